// Regenerates fixtures/formats/tables/* from the two JSON Lines files there
// (chat.jsonl, alpaca.jsonl): the same records as zstd JSON Lines, CSV, TSV
// and Parquet, for the test that every format gives the same findings.
//
//   node scripts/make-table-fixtures.mjs      (needs the zstd command and the dev dependencies)
//
// Parquet files are written by hyparquet-writer with an explicit schema, so
// that chat messages are a real list<struct<role, content>> column, as
// Hugging Face datasets write them, and compressed with zstd (the zstd
// command as the page compressor) and gzip, the codecs neglint must decode
// besides hyparquet's built-in snappy.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parquetWriteFile } from 'hyparquet-writer';

const dir = resolve(import.meta.dirname, '../fixtures/formats/tables');
const read = (name) => readFileSync(join(dir, name), 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));

function csvField(value, delimiter) {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return /["\n\r]/.test(text) || text.includes(delimiter) ? `"${text.replace(/"/g, '""')}"` : text;
}

function writeTable(name, records, delimiter) {
  const keys = Object.keys(records[0]);
  const rows = [keys, ...records.map((r) => keys.map((k) => r[k]))];
  // CRLF after the header and LF after rows: both occur in the wild, and lines must still count right.
  const text = rows.map((row) => row.map((v) => csvField(v, delimiter)).join(delimiter)).map((line, i) => line + (i === 0 ? '\r\n' : '\n')).join('');
  writeFileSync(join(dir, name), text);
}

const zstd = (bytes) => new Uint8Array(execFileSync('zstd', ['-q', '-c', '-19'], { input: bytes }));
const string = (name) => ({ name, repetition_type: 'OPTIONAL', type: 'BYTE_ARRAY', converted_type: 'UTF8' });

const chat = read('chat.jsonl');
execFileSync('zstd', ['-q', '-f', '-19', join(dir, 'chat.jsonl'), '-o', join(dir, 'chat.jsonl.zst')]);
writeTable('chat.csv', chat, ',');
parquetWriteFile({
  filename: join(dir, 'chat.parquet'),
  columnData: [{ name: 'messages', data: chat.map((r) => r.messages) }],
  schema: [
    { name: 'root', num_children: 1 },
    { name: 'messages', repetition_type: 'OPTIONAL', converted_type: 'LIST', num_children: 1 },
    { name: 'list', repetition_type: 'REPEATED', num_children: 1 },
    { name: 'element', repetition_type: 'OPTIONAL', num_children: 2 },
    string('role'),
    string('content'),
  ],
  codec: 'ZSTD',
  compressors: { ZSTD: zstd },
  rowGroupSize: 5,
});

const alpaca = read('alpaca.jsonl');
writeTable('alpaca.csv', alpaca, ',');
writeTable('alpaca.tsv', alpaca, '\t');
parquetWriteFile({
  filename: join(dir, 'alpaca.parquet'),
  columnData: [
    ...['instruction', 'input', 'output'].map((name) => ({ name, data: alpaca.map((r) => r[name]) })),
    // Raw bytes (a thumbnail, an embedding) are not text: neglint does not read such columns.
    { name: 'thumbnail', data: alpaca.map((_, i) => new Uint8Array([0x89, 0x50, 0x4e, 0x47, i])) },
  ],
  schema: [
    { name: 'root', num_children: 4 },
    string('instruction'),
    string('input'),
    string('output'),
    { name: 'thumbnail', repetition_type: 'OPTIONAL', type: 'BYTE_ARRAY' },
  ],
  codec: 'GZIP',
  compressors: { GZIP: (bytes) => new Uint8Array(gzipSync(bytes)) },
  rowGroupSize: 3,
});
console.log(`wrote ${dir}`);
