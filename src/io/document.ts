// Reader for Markdown and plain-text files: the whole document is one record,
// because rules need to see a disclaimer in the first paragraph and the claim
// in the tenth. That is the one place a file is held in memory, so it is capped.

import { isUtf8 } from 'node:buffer';
import type { InputProblem, RawRecord } from '../types.js';
import { gzipProblem, hasBom, isGzipError } from './bytes.js';
import { lineIndex } from './positions.js';

export const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;

/** Invalid-UTF-8 problems reported per document before summarising the rest. */
const MAX_UTF8_PROBLEMS = 20;

export async function* readDocument(chunks: AsyncIterable<Buffer>): AsyncGenerator<RawRecord | InputProblem> {
  const parts: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of chunks) {
      size += chunk.length;
      if (size > MAX_DOCUMENT_BYTES) {
        yield {
          ruleId: 'invalid-record',
          messageId: 'documentTooLarge',
          data: { mib: MAX_DOCUMENT_BYTES / 1024 / 1024 },
          line: 1,
          column: 1,
          record: null,
        };
        return;
      }
      parts.push(chunk);
    }
  } catch (error) {
    if (!isGzipError(error)) throw error;
    yield gzipProblem(error, 0, { line: 1, column: 1 });
    return;
  }
  let buf = Buffer.concat(parts, size);
  let byteOffset = 0;
  if (hasBom(buf)) {
    buf = buf.subarray(3);
    byteOffset = 3;
  }
  const text = buf.toString('utf8');
  if (text.includes('\uFFFD') && !isUtf8(buf)) yield* utf8Problems(text);
  // CRLF stays in `raw`: positions are computed on it, and "\r" never starts a line.
  yield { index: null, line: 1, column: 1, byteOffset, raw: text, value: text };
}

function* utf8Problems(text: string): Generator<InputProblem> {
  const at = lineIndex(text);
  let lastLine = 0;
  let reported = 0;
  let more = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) {
    const { line, column } = at(i);
    if (line === lastLine) continue;
    lastLine = line;
    if (reported === MAX_UTF8_PROBLEMS) {
      more++;
      continue;
    }
    reported++;
    yield { ruleId: 'invalid-record', messageId: 'utf8Document', data: { line }, line, column, record: null };
  }
  if (more > 0) {
    yield {
      ruleId: 'invalid-record',
      messageId: 'utf8More',
      data: { count: more },
      line: lastLine,
      column: 1,
      record: null,
    };
  }
}
