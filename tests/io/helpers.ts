import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readRecords, isInputProblem } from '../../src/io/read.js';
import { sniffFile } from '../../src/io/sniff.js';
import { problemMessage } from '../../src/engine/input-rules.js';
import type { InputProblem, RawRecord } from '../../src/types.js';

export const FIXTURES = fileURLToPath(new URL('../../fixtures/formats/', import.meta.url));

export function fixture(name: string): string {
  return join(FIXTURES, name);
}

/** A fresh temp file with `content`, for inputs that must not be committed. */
export function tempFile(name: string, content: string | Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'neglint-io-'));
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** A problem with its message filled, as the reporters show it (messages are templates since issue 8). */
export type ShownProblem = InputProblem & { message: string };

export function shown(p: InputProblem): ShownProblem {
  return { ...p, message: problemMessage(p) };
}

export interface ReadResult {
  records: RawRecord[];
  problems: ShownProblem[];
  items: Array<RawRecord | InputProblem>;
}

/** Sniffs and reads a file the way the engine does. */
export async function readAll(path: string): Promise<ReadResult & { kind: string; gzip: boolean }> {
  const sniff = await sniffFile(path);
  const items: Array<RawRecord | InputProblem> = [];
  for await (const item of readRecords(path, sniff)) items.push(item);
  return {
    kind: sniff.kind,
    gzip: sniff.gzip,
    items,
    records: items.filter((i): i is RawRecord => !isInputProblem(i)),
    problems: items.filter(isInputProblem).map(shown),
  };
}
