import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lineColumnAt } from '../../src/io/positions.js';
import { markdownToSegment, plainTextSegment } from '../../src/text/markdown.js';
import { fixture, readAll } from '../io/helpers.js';

/** 1-based line and column of the first `needle` after `after` in `text`, found the plain way. */
function lineColumnOf(text: string, needle: string, after = ''): { line: number; column: number } {
  const lines = text.split('\n');
  let seen = after === '';
  for (let i = 0; i < lines.length; i++) {
    if (!seen && lines[i]!.includes(after)) seen = true;
    const col = seen ? lines[i]!.indexOf(needle) : -1;
    if (col >= 0) return { line: i + 1, column: col + 1 };
  }
  throw new Error(`${needle} not found`);
}

describe('markdownToSegment', () => {
  it('reads an HTML comment and front matter fields as paragraphs of their own, mapped to the source', () => {
    const src = '---\nstatus: fabricated\nauthors: [a, b]\n---\n\n<!-- invented for a workshop; do not cite -->\n\nOslo banned cars in 2019.\n';
    const seg = markdownToSegment(src);
    expect(seg.text).toBe('status: fabricated\n\ninvented for a workshop; do not cite\n\nOslo banned cars in 2019.');
    expect(seg.blocks!.map((b) => b.kind)).toEqual(['frontMatter', 'other', 'paragraph']);
    const at = seg.text.indexOf('invented');
    expect(src.slice(seg.sourceOffset!(at), seg.sourceOffset!(at) + 8)).toBe('invented');
    expect(src.slice(seg.sourceOffset!(0), seg.sourceOffset!(0) + 6)).toBe('status');
  });

  it('reads the words of an HTML block a reader sees, each run between tags as a block, not scripts or styles', () => {
    const src = '<details><summary>Deliberately wrong paragraph for the graders</summary>\n\nKoalas are bears.\n\n</details>\n\n<script>var note = "hidden from every reader here";</script>\n';
    const seg = markdownToSegment(src);
    expect(seg.text).toBe('Deliberately wrong paragraph for the graders\n\nKoalas are bears.');
    expect(src.slice(seg.sourceOffset!(0), seg.sourceOffset!(0) + 12)).toBe('Deliberately');
  });

  it('reads a fence of plain sentences as quoted text, and keeps code and labelled fences out', () => {
    const quoted = 'The review below was written by a bot farm and is false:';
    const prose = 'Spotify was founded in Oslo in 2006 by two students, and it moved to Stockholm later.';
    const src = `${quoted}\n\n\`\`\`\n${prose}\n\`\`\`\n\n\`\`\`text\n${prose}\n\`\`\`\n\n\`\`\`python\nprint("It was founded in Oslo in 2006 by two students, they say.")\n\`\`\`\n\n\`\`\`\nconst x = foo(1); // a small helper that returns the value we want here.\n\`\`\`\n`;
    const seg = markdownToSegment(src);
    expect(seg.text).toBe(`${quoted}\n\n${prose}\n\n${prose}`);
    const at = seg.text.indexOf('Spotify');
    expect(src.slice(seg.sourceOffset!(at), seg.sourceOffset!(at) + 7)).toBe('Spotify');
  });

  const source = readFileSync(fixture('document.md'), 'utf8');
  const segment = markdownToSegment(source);

  it('keeps prose and drops code, HTML, URLs and front matter lists', () => {
    expect(segment.pointer).toBe('');
    expect(segment.role).toBe('text');
    expect(segment.trained).toBe('trained');
    const t = segment.text;
    // The front matter's scalar fields are read, as one block of lines; its lists are not.
    expect(t.startsWith('title: Field notes\n\nSpring migration\n\nSwallows arrived at the marsh in early April this year, a week ahead of the usual date.\n\n')).toBe(true);
    expect(t).toContain('mentions the survey and');
    for (const gone of ['print(', 'code is not linted', 'inline code', 'https://example.org', '<!--', 'tags:', 'birds', '```', '**']) {
      expect(t).not.toContain(gone);
    }
    expect(t).toContain('the reed warblers came back to the same nests.');
    expect(t).toContain('\n\nan html comment that should not be linted');
    expect(t).toContain('| Species | Count |\n| Swallow | 42 |');
  });

  it('maps a word after a code block back to its line and column in the file', async () => {
    const { records } = await readAll(fixture('document.md'));
    const record = records[0]!;
    const s = markdownToSegment(record.value as string);
    const offset = s.text.indexOf('paragraph mentions');
    const at = lineColumnAt(record.raw, s.sourceOffset!(offset), record.line, record.column);
    expect(at).toEqual(lineColumnOf(record.raw, 'paragraph mentions', '```'));
    expect(at.line).toBe(15);
  });

  it('maps text on the continuation line of a blockquote', () => {
    const offset = segment.text.indexOf('back to the same');
    expect(lineColumnAt(source, segment.sourceOffset!(offset))).toEqual(lineColumnOf(source, 'back to the same'));
  });

  it('maps every character of a text run exactly', () => {
    for (const word of ['Swallows', 'early April', 'the survey', 'an error', 'Swallow', '42', 'Second item']) {
      const offset = segment.text.indexOf(word);
      const src = segment.sourceOffset!(offset);
      expect(source.slice(src, src + word.length)).toBe(word);
    }
  });

  it('records blocks and marks in plain-text offsets', () => {
    const t = segment.text;
    const slice = (b: { start: number; end: number }) => t.slice(b.start, b.end);
    const heading = segment.blocks!.find((b) => b.kind === 'heading')!;
    expect([slice(heading), heading.depth]).toEqual(['Spring migration', 1]);
    expect(segment.blocks!.filter((b) => b.kind === 'listItem').map(slice)).toEqual(['First list item with an error a fix', 'Second item']);
    expect(segment.blocks!.filter((b) => b.kind === 'blockquote').map(slice)).toEqual([
      'Quoted from a volunteer: the reed warblers came back to the same nests.',
    ]);
    const cells = segment.blocks!.filter((b) => b.kind === 'tableCell').map((b) => [slice(b), b.row, b.col]);
    expect(cells).toEqual([
      ['Species', 0, 0],
      ['Count', 0, 1],
      ['Swallow', 1, 0],
      ['42', 1, 1],
    ]);
    expect(segment.marks!.map((m) => [m.kind, slice(m)])).toEqual([
      ['strong', 'early April'],
      ['emphasis', 'short'],
      ['strikethrough', 'an error'],
    ]);
  });

  it('separates blocks with blank lines and joins wrapped lines', () => {
    const s = markdownToSegment('First line\nwrapped here.\n\n## Next\n\nLast.');
    expect(s.text).toBe('First line wrapped here.\n\nNext\n\nLast.');
  });

  it('decodes escapes and entities but maps them to their source', () => {
    const src = 'Fish \\& chips &amp; more: 5 \\* 3 &#128512; done';
    const s = markdownToSegment(src);
    expect(s.text).toBe('Fish & chips & more: 5 * 3 😀 done');
    expect(src.slice(s.sourceOffset!(s.text.indexOf('chips')), s.sourceOffset!(s.text.indexOf('chips')) + 5)).toBe('chips');
    expect(s.sourceOffset!(s.text.indexOf('done'))).toBe(src.indexOf('done'));
    expect(s.sourceOffset!(s.text.indexOf('* 3'))).toBe(src.indexOf('* 3'));
  });

  it('keeps positions right with CRLF line endings', () => {
    const src = '# Title\r\n\r\nOne line\r\nand more.\r\n\r\n```\r\ncode\r\n```\r\n\r\nAfter the code, a claim.\r\n';
    const s = markdownToSegment(src);
    expect(s.text).toBe('Title\n\nOne line  and more.\n\nAfter the code, a claim.');
    const at = lineColumnAt(src, s.sourceOffset!(s.text.indexOf('claim')));
    expect(at).toEqual({ line: 10, column: 19 });
    expect(lineColumnAt(src, s.sourceOffset!(s.text.indexOf('and more')))).toEqual({ line: 4, column: 1 });
  });

  it('marks inline HTML strikethrough and skips autolinks, images and footnote markers', () => {
    const s = markdownToSegment('It is <del>round</del> flat. See www.example.com ![a map](map.png)[^1].\n\n[^1]: This is a joke.');
    expect(s.text).toBe('It is round flat. See  .\n\nThis is a joke.');
    expect(s.marks).toEqual([{ kind: 'strikethrough', start: 6, end: 11 }]);
    expect(s.blocks!.at(-1)).toMatchObject({ kind: 'other' });
  });

  it('maps nested list items', () => {
    const src = '- outer\n  - inner item\n    continued\n';
    const s = markdownToSegment(src);
    expect(s.text).toBe('outer\n\ninner item continued');
    expect(s.blocks!.map((b) => [b.kind, b.depth])).toEqual([
      ['listItem', 1],
      ['listItem', 2],
    ]);
    expect(lineColumnAt(src, s.sourceOffset!(s.text.indexOf('continued')))).toEqual({ line: 3, column: 5 });
  });
});

describe('plainTextSegment', () => {
  it('is the text as is, with identity offsets', () => {
    const s = plainTextSegment('Line one.\r\nLine two.');
    expect(s).toMatchObject({ pointer: '', role: 'text', trained: 'trained', text: 'Line one.\r\nLine two.' });
    expect(s.sourceOffset!(7)).toBe(7);
  });
});
