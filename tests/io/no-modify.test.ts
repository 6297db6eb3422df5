import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { detectFormat, getFormat } from '../../src/formats/index.js';
import { isInputProblem } from '../../src/io/read.js';
import { FIXTURES, readAll, tempFile } from './helpers.js';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}

function fingerprint(path: string): string {
  const stat = statSync(path);
  return `${stat.mtimeMs}:${stat.size}:${createHash('sha256').update(readFileSync(path)).digest('hex')}`;
}

describe('input files', () => {
  it('are never modified by sniffing, reading or segmenting', async () => {
    const files = [...filesUnder(FIXTURES), tempFile('data.jsonl.gz', gzipSync('{"text":"zipped"}\n'))];
    expect(files.length).toBeGreaterThan(15);
    const before = files.map(fingerprint);
    for (const path of files) {
      const { kind, items } = await readAll(path);
      const records = items.filter((i) => !isInputProblem(i));
      const values = records.map((r) => ('value' in r ? r.value : null));
      const adapter = kind === 'markdown' ? getFormat('markdown') : kind === 'text' ? getFormat('plaintext') : detectFormat(values);
      for (const v of values) adapter?.segments(v, { wholeConversation: false });
    }
    expect(files.map(fingerprint)).toEqual(before);
  });
});
