// CSV and TSV with a header row: each data row is a record whose keys are the
// header's names, read through csv-parse (a maintained streaming parser)
// chunk by chunk. The row's raw text is kept, so findings point at the real
// line and column of the cell in the file, and cells holding a chat as JSON
// text are read as JSON (../formats/cells.ts) and mapped through both layers.

import type { CsvError } from 'csv-parse';
import { Readable } from 'node:stream';
import { cellValue } from '../formats/cells.js';
import type { InputProblem, RawRecord } from '../types.js';
import { locateString, parsePointer } from './json-locate.js';

/** Rows above this many characters are an error, as are JSON Lines records above 256 MiB. */
const MAX_ROW_CHARS = 256 * 1024 * 1024;

interface Row {
  record: string[];
  raw: string;
  info: { lines: number; bytes: number };
}

export async function* readCsv(chunks: AsyncIterable<Buffer>, delimiter: ',' | '\t'): AsyncGenerator<RawRecord | InputProblem> {
  // Loaded on first need, like the Parquet reader: JSON Lines runs never pay for it.
  const { parse } = await import('csv-parse');
  const parser = Readable.from(chunks).pipe(
    parse({
      delimiter,
      bom: true,
      info: true,
      raw: true,
      // Files mix line endings (a header written on Windows, rows appended elsewhere).
      record_delimiter: ['\r\n', '\n'],
      skip_empty_lines: true,
      // A quote inside an unquoted field is text ('5" screen'), as spreadsheets write it.
      relax_quotes: true,
      // Rows with a wrong number of fields are reported here, not thrown.
      relax_column_count: true,
      max_record_size: MAX_ROW_CHARS,
    }),
  );
  let header: string[] | null = null;
  let index = 0;
  try {
    for await (const row of parser as AsyncIterable<Row>) {
      const raw = withoutDelimiter(row.raw);
      const line = row.info.lines - countNewlines(raw);
      if (header === null) {
        header = row.record;
        continue;
      }
      const record = index++;
      if (row.record.length !== header.length) {
        const fields = row.record.length;
        yield {
          ruleId: 'invalid-record',
          ...(fields === 1 ? { messageId: 'csvOneField', data: { line, header: header.length, record } } : { messageId: 'csvFields', data: { line, fields, header: header.length, record } }),
          line,
          column: 1,
          record,
        };
        continue;
      }
      const value: Record<string, unknown> = {};
      for (let k = 0; k < header.length; k++) value[header[k]!] = cellValue(header[k]!, row.record[k]!);
      const names = header;
      yield {
        index: record,
        line,
        column: 1,
        byteOffset: row.info.bytes - Buffer.byteLength(row.raw),
        raw,
        value,
        locate: (pointer) => locateCell(raw, names, value, pointer, delimiter),
      };
    }
  } catch (error) {
    const e = error as CsvError;
    if (typeof e.code !== 'string' || !e.code.startsWith('CSV_')) throw error;
    const line = typeof e.lines === 'number' ? e.lines : 1;
    yield { ruleId: 'invalid-record', ...csvReason(e, line), line, column: 1, record: null };
  }
}

function csvReason(e: CsvError, line: number): Pick<InputProblem, 'messageId' | 'data'> {
  if (e.code === 'CSV_QUOTE_NOT_CLOSED') return { messageId: 'csvQuoteNotClosed', data: { line } };
  if (e.code === 'CSV_MAX_RECORD_SIZE') return { messageId: 'csvRowTooLarge', data: { mib: MAX_ROW_CHARS / 1024 / 1024, line } };
  return { messageId: 'csvUnparsable', data: { detail: e.message.replace(/\s+/g, ' '), line } };
}

function withoutDelimiter(raw: string): string {
  if (raw.endsWith('\r\n')) return raw.slice(0, -2);
  if (raw.endsWith('\n')) return raw.slice(0, -1);
  return raw;
}

function countNewlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * Offset in the cell's text -> offset in the raw row, for `pointer` (its
 * first token names the column; the rest, if any, points into the cell's JSON).
 */
function locateCell(raw: string, header: string[], value: Record<string, unknown>, pointer: string, delimiter: string): ((offset: number) => number) | null {
  const tokens = parsePointer(pointer);
  if (!tokens || tokens.length === 0) return null;
  const column = header.lastIndexOf(tokens[0]!);
  if (column < 0) return null;
  const field = fieldMapper(raw, column, delimiter);
  if (!field) return null;
  if (tokens.length === 1) return typeof value[tokens[0]!] === 'string' ? field.map : null;
  // A JSON cell: the decoded string inside the JSON text, then the CSV quoting around it.
  const inner = locateString(field.text, pointer.slice(pointer.indexOf('/', 1)));
  return inner ? (offset) => field.map(inner(offset)) : null;
}

/** Field `column` of a raw CSV row: its decoded text and the map from offsets in it to offsets in the row. */
function fieldMapper(raw: string, column: number, delimiter: string): { text: string; map: (offset: number) => number } | null {
  let i = 0;
  for (let k = 0; ; k++) {
    const quoted = raw.charCodeAt(i) === 34;
    let end: number;
    // Decoded offsets at which a doubled quote ("") stands for one character.
    const escapes: number[] = [];
    let text = '';
    if (quoted) {
      let j = i + 1;
      for (;;) {
        const q = raw.indexOf('"', j);
        if (q < 0) {
          end = raw.length;
          text += raw.slice(j);
          break;
        }
        text += raw.slice(j, q);
        if (raw.charCodeAt(q + 1) === 34) {
          escapes.push(text.length);
          text += '"';
          j = q + 2;
          continue;
        }
        end = raw.indexOf(delimiter, q + 1);
        if (end < 0) end = raw.length;
        break;
      }
    } else {
      end = raw.indexOf(delimiter, i);
      if (end < 0) end = raw.length;
      text = raw.slice(i, end);
    }
    if (k === column) {
      const start = quoted ? i + 1 : i;
      // Each escape before the offset adds one raw character.
      return {
        text,
        map: (offset) => {
          let shift = 0;
          while (shift < escapes.length && escapes[shift]! < offset) shift++;
          return start + offset + shift;
        },
      };
    }
    if (end >= raw.length) return null;
    i = end + delimiter.length;
  }
}
