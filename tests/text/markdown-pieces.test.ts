// A large Markdown document is parsed in pieces (remark's tree of a whole
// 10 MB table took 2.4 GB); the plain text, blocks, marks and the map back
// to the source must be those of parsing it whole.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadMarkdownParser, markdownPieces, markdownToSegment } from '../../src/text/markdown.js';

beforeAll(loadMarkdownParser);

const table = (rows: number) =>
  ['| # | claim | verdict |', '|---|:---|---:|', ...Array.from({ length: rows }, (_, i) => `| ${i} | Row ${i} says the *tower* was ~~moved~~ in 19${i % 100} &amp; more | ${i % 3 ? 'ok' : '**FALSE**'} |`)].join('\n');

const documents: Record<string, string> = {
  'a long table': `# Claims\n\n${table(60)}\n\nAfter the table, a paragraph.\n`,
  'fences, lists, quotes and HTML across blank lines':
    [
      '# Title',
      'Intro paragraph with a [link](http://x.test) and `code`.',
      '```js\nconst a = 1;\n\nconst b = 2; // not prose\n```',
      '- item one\n\n  continued item paragraph\n- item two',
      '> quoted line\n> second line',
      '<!-- a comment\n\nspanning a blank line -->',
      '<pre>\npreformatted\n\ntext\n</pre>',
      '    indented code\n\n    more code',
      'The preceding statement is false.',
      table(8),
      'Closing words, with a hard  \nbreak.',
    ].join('\n\n') + '\n',
};

describe('Markdown in pieces', () => {
  for (const [name, source] of Object.entries(documents)) {
    it(`${name}: the same segment as parsing it whole`, () => {
      const whole = markdownToSegment(source, Infinity);
      for (const size of [20, 40, 200, Math.floor(source.length / 2)]) {
        expect(markdownPieces(source, size).length, `pieces of ${size}`).toBeGreaterThan(1);
        const pieced = markdownToSegment(source, size);
        expect(pieced.text).toBe(whole.text);
        expect(pieced.blocks).toEqual(whole.blocks);
        expect(pieced.marks).toEqual(whole.marks);
        for (let o = 0; o <= whole.text.length; o += 7) expect(pieced.sourceOffset!(o), `offset ${o}`).toBe(whole.sourceOffset!(o));
      }
    });
  }

  it('pieces cover the document, each starting where the last ended', () => {
    const source = documents['a long table']!;
    const pieces = markdownPieces(source, 300);
    let at = 0;
    for (const p of pieces) {
      expect(p.offset).toBe(at);
      at = p.offset + p.text.length - p.prefix;
    }
    expect(at).toBe(source.length);
    expect(pieces.some((p) => p.continuesTable)).toBe(true);
  });
});
