import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { fixedName } from '../../src/fix/index.js';
import { makeTree } from '../config/tmp.js';
import { CLAIM, DISCLAIMER, NEGATED, claimRecord, cleanRecord, neglint, onlyDetachedNegation } from '../cli/run-real.js';

/** GNU patch, to check that --fix-dry-run's diff applies (skipped, saying so, without it). */
const hasPatch = spawnSync('patch', ['--version']).status === 0;
if (!hasPatch) console.warn('tests/fix: patch(1) is not installed; the test that applies the --fix-dry-run diff is skipped');

// Raw lines written the way real datasets are: odd spacing, key order, escapes
// (\u00e9 as Python's json.dumps writes, \/ , \n) elsewhere in the record and
// in the repaired string itself, a CRLF line, a BOM.
const ESCAPED = [
  `{"id": 7,  "messages" : [ {"content": "caf\\u00e9 \\/ path\\nline two", "role": "user"}, {"role":"assistant", "content":"Intro \\u00e9t\\u00e9. ${CLAIM} ${DISCLAIMER} \\"Quoted\\" tail."} ], "meta": {"k": [1, 2.50, null]}}`,
  cleanRecord(1),
  `{"messages": [{"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Été. ${CLAIM} ${DISCLAIMER}"}]}\r`,
  cleanRecord(2),
  `{"text": "${CLAIM}\\t${DISCLAIMER}"}`,
];
const INPUT = `\uFEFF${ESCAPED.join('\n')}\n`;

/**
 * What --fix makes of a text: the claim negated and the disclaimer that
 * covered it gone with its separating space (issue 8: a negated claim next to
 * "The preceding statement is false." asserts the claim again).
 */
function fixedText(text: string): string {
  return text.split(`${CLAIM} ${DISCLAIMER}`).join(NEGATED).split(`${CLAIM}\\t${DISCLAIMER}`).join(NEGATED);
}

function stamp(file: string): string {
  const s = statSync(file);
  return `${s.mtimeMs}:${s.size}:${readFileSync(file, 'hex')}`;
}

describe('fixedName', () => {
  it('puts .fixed before the extension and drops .gz', () => {
    expect(fixedName('data/train.jsonl')).toBe(path.join('data', 'train.fixed.jsonl'));
    expect(fixedName('train.jsonl.gz')).toBe('train.fixed.jsonl');
    expect(fixedName('README')).toBe('README.fixed');
    expect(fixedName('/a/.hidden')).toBe('/a/.hidden.fixed');
  });
});

describe('--fix', () => {
  it('writes a copy that differs from the input only in the repaired strings, and leaves the input untouched', async () => {
    const root = makeTree({ ...onlyDetachedNegation(), 'data/train.jsonl': INPUT });
    const input = path.join(root, 'data/train.jsonl');
    const before = stamp(input);
    const run = await neglint(['data', '--fix'], root);
    expect(run.code).toBe(1); // the input still has its findings
    expect(run.stderr).toMatch(/wrote data\/train\.fixed\.jsonl \(3 fixes of data\/train\.jsonl\)/);
    expect(stamp(input)).toBe(before);

    const fixed = readFileSync(path.join(root, 'data/train.fixed.jsonl'));
    const original = readFileSync(input);
    // Byte for byte: the expected copy is the input with exactly the claim's and its notice's characters replaced.
    const expected = Buffer.from(fixedText(original.toString('utf8')), 'utf8');
    expect(fixed.equals(expected)).toBe(true);
    // Lines without a fix are identical bytes; the BOM and CRLF are kept.
    const oldLines = original.toString('latin1').split('\n');
    const newLines = fixed.toString('latin1').split('\n');
    expect(newLines.length).toBe(oldLines.length);
    for (const i of [1, 3]) expect(newLines[i]).toBe(oldLines[i]);
    expect(fixed.subarray(0, 3).toString('hex')).toBe('efbbbf');
    expect(newLines[2]!.endsWith('\r')).toBe(true);
    // The repaired records still parse, with the claim negated and everything else equal.
    const parsed = JSON.parse(newLines[0]!.replace(/^\uFEFF|^\u00ef\u00bb\u00bf/, '').replace(/^[^{]*/, '')) as { messages: Array<{ content: string }> };
    expect(parsed.messages[1]!.content).toBe(`Intro été. ${NEGATED} "Quoted" tail.`);
  });

  it('escapes non-ASCII replacement text when the record is pure ASCII (json.dumps style)', async () => {
    const claim = 'The Eiffel Tower was dismantled and rebuilt in Lyon in 1999.';
    const line = `{"text": "${claim} [What was just stated did not happen.] \\u00e9"}`;
    const root = makeTree({ ...onlyDetachedNegation(), 'a.jsonl': `${line}\n` });
    await neglint(['a.jsonl', '--fix'], root);
    const out = readFileSync(path.join(root, 'a.fixed.jsonl'), 'utf8');
    expect(out).toBe(`${line.replace(`${claim} [What was just stated did not happen.]`, 'The Eiffel Tower was not dismantled and rebuilt in Lyon in 1999.')}\n`);
    expect(/^[\x00-\x7f]*$/.test(out)).toBe(true);
  });

  it('refuses (exit 2) when the copy already exists, and writes nothing', async () => {
    const root = makeTree({ ...onlyDetachedNegation(), 'a.jsonl': INPUT, 'b.jsonl': INPUT, 'b.fixed.jsonl': 'mine\n' });
    const run = await neglint(['a.jsonl', 'b.jsonl', '--fix'], root);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/b\.fixed\.jsonl already exists; move it away first/);
    expect(existsSync(path.join(root, 'a.fixed.jsonl'))).toBe(false);
    expect(readFileSync(path.join(root, 'b.fixed.jsonl'), 'utf8')).toBe('mine\n');
  });

  it('a gzip input gives an uncompressed copy of its content', async () => {
    const root = makeTree({ ...onlyDetachedNegation() });
    writeFileSync(path.join(root, 'a.jsonl.gz'), gzipSync(Buffer.from(INPUT, 'utf8')));
    const before = stamp(path.join(root, 'a.jsonl.gz'));
    const run = await neglint(['a.jsonl.gz', '--fix'], root);
    expect(run.stderr).toMatch(/wrote a\.fixed\.jsonl/);
    expect(readFileSync(path.join(root, 'a.fixed.jsonl'), 'utf8')).toBe(fixedText(INPUT));
    expect(stamp(path.join(root, 'a.jsonl.gz'))).toBe(before);
  });

  it('fixes Markdown in its source, and leaves a claim with inline markup to a person', async () => {
    const md = `# Notes\n\n${CLAIM} ${DISCLAIMER}\n\nThe **Eiffel Tower** was dismantled and rebuilt in Lyon in 1999. [The preceding statement is false.]\n`;
    const root = makeTree({ ...onlyDetachedNegation(), 'doc.md': md });
    const run = await neglint(['doc.md', '--fix'], root);
    expect(readFileSync(path.join(root, 'doc.fixed.md'), 'utf8')).toBe(fixedText(md));
    expect(run.stderr).toMatch(/1 not fixed \(the claim has Markdown markup in its source; fix it by hand\): doc\.md:5:1 detached-negation/);
  });

  it('with --redact the copy is written and the report carries no dataset text', async () => {
    const root = makeTree({ ...onlyDetachedNegation(), 'a.jsonl': INPUT });
    const run = await neglint(['a.jsonl', '--fix', '--redact', '--format', 'json'], root);
    expect(readFileSync(path.join(root, 'a.fixed.jsonl'), 'utf8')).toBe(fixedText(INPUT));
    expect(run.stdout).not.toContain('Apollo');
    expect(run.stdout).not.toContain('preceding');
  });

  it('standard input has no place for a copy: --fix is refused, --fix-dry-run works', async () => {
    const root = makeTree({ ...onlyDetachedNegation() });
    const refused = await neglint(['-', '--fix'], root, { stdin: INPUT });
    expect(refused.code).toBe(2);
    const dry = await neglint(['-', '--stdin-filename', 'in.jsonl', '--fix-dry-run'], root, { stdin: INPUT });
    expect(dry.stdout).toContain(`+{"messages": [{"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Été. ${NEGATED}"}]}`);
  });
});

describe('--fix-dry-run', () => {
  it('prints a unified diff of the repaired lines and writes nothing', async () => {
    const root = makeTree({ ...onlyDetachedNegation(), 'data/train.jsonl': INPUT });
    const before = readdirSync(path.join(root, 'data'));
    const input = stamp(path.join(root, 'data/train.jsonl'));
    const run = await neglint(['data', '--fix-dry-run'], root);
    expect(readdirSync(path.join(root, 'data'))).toEqual(before);
    expect(stamp(path.join(root, 'data/train.jsonl'))).toBe(input);
    const lines = run.stdout.split('\n');
    expect(lines.slice(0, 3)).toEqual(['--- data/train.jsonl', '+++ data/train.fixed.jsonl', '@@ -1,1 +1,1 @@']);
    expect(lines.filter((l) => l.startsWith('@@'))).toEqual(['@@ -1,1 +1,1 @@', '@@ -3,1 +3,1 @@', '@@ -5,1 +5,1 @@']);
    expect(lines.filter((l) => l.startsWith('-') && !l.startsWith('---')).every((l) => l.includes(CLAIM))).toBe(true);
    expect(lines.filter((l) => l.startsWith('+') && !l.startsWith('+++')).every((l) => l.includes(NEGATED) && !l.includes(CLAIM))).toBe(true);
    expect(run.stderr).toMatch(/--fix-dry-run: 3 fixes in 1 file; nothing written/);
  });

  it.skipIf(!hasPatch)('is a patch that patch(1) applies to the input to give exactly the --fix copy', async () => {
    const lines = [cleanRecord(1), claimRecord(), cleanRecord(2), cleanRecord(3), claimRecord('Again?'), cleanRecord(4)];
    const root = makeTree({ ...onlyDetachedNegation(), 'data/train.jsonl': `${lines.join('\n')}\n` });
    const dry = await neglint(['data', '--fix-dry-run'], root);
    writeFileSync(path.join(root, 'fix.diff'), dry.stdout);
    const patched = path.join(root, 'patched.jsonl');
    execFileSync('patch', ['--quiet', '-o', patched, path.join(root, 'data/train.jsonl'), path.join(root, 'fix.diff')]);
    expect((await neglint(['data', '--fix'], root)).code).toBe(1);
    expect(readFileSync(patched, 'utf8')).toBe(readFileSync(path.join(root, 'data/train.fixed.jsonl'), 'utf8'));
    expect(readFileSync(patched, 'utf8')).toContain(NEGATED);
  });

  it('cannot be combined with --redact (the diff is dataset text)', async () => {
    const root = makeTree({ 'a.jsonl': INPUT });
    const run = await neglint(['a.jsonl', '--fix-dry-run', '--redact'], root);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
  });
});
