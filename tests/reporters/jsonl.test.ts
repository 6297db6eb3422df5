import { describe, expect, it } from 'vitest';
import { jsonl } from '../../src/reporters/jsonl.js';
import { compareFindings, mergeJsonl, readShardOutputs } from '../../src/reporters/merge.js';
import type { LintResults } from '../../src/types.js';
import { datasetTexts, emptyResults, options, redact, sampleResults, skippedOnlyResults } from './sample.js';

function shard(results: LintResults, keep: (path: string, record: number | null) => boolean): LintResults {
  return { ...results, findings: results.findings.filter((f) => keep(f.path, f.record)) };
}

describe('jsonl reporter', () => {
  it('writes one finding per line in the json finding shape, plus related column and hash', () => {
    const out = jsonl(sampleResults(), options());
    const lines = out.split('\n');
    expect(lines.at(-1)).toBe('');
    // five findings, then one line per file (issue 8: the merge needs the files)
    expect(lines).toHaveLength(5 + sampleResults().files.length + 1);
    expect(lines.slice(5, -1).map((l) => JSON.parse(l))).toEqual(sampleResults().files.map((f) => ({ type: 'file', ...f })));
    const first = JSON.parse(lines[0]!);
    expect(Object.keys(first)).toEqual([
      'ruleId', 'severity', 'message', 'messageId', 'path', 'line', 'column', 'endLine', 'endColumn',
      'record', 'pointer', 'start', 'end', 'trained', 'text', 'related', 'url', 'suggestions', 'hash',
    ]);
    expect(Object.keys(first.related[0])).toEqual(['pointer', 'start', 'end', 'line', 'column', 'text']);
    // a CR/LF inside the claim stays inside its JSON string
    expect(lines[1]).toContain('said:\\r\\nthey');
  });

  it('writes only the file lines for zero findings, and only errors under quiet', () => {
    expect(jsonl(emptyResults(), options())).toBe(emptyResults().files.map((f) => `${JSON.stringify({ type: 'file', ...f })}\n`).join(''));
    expect(jsonl(skippedOnlyResults(), options()).split('\n').filter(Boolean).every((l) => JSON.parse(l).type === 'file')).toBe(true);
    const quiet = jsonl(sampleResults(), options({ quiet: true })).trim().split('\n').map((l) => JSON.parse(l)).filter((l) => l.type !== 'file');
    expect(quiet.map((l) => l.severity)).toEqual(['error', 'error', 'error']);
  });

  it('leaks no dataset text under redaction', () => {
    const out = jsonl(redact(sampleResults()), options());
    for (const t of datasetTexts) expect(out).not.toContain(JSON.stringify(t).slice(1, -1));
    expect(JSON.parse(out.split('\n')[0]!).hash).toBe('a1b2c3d4e5f60718');
  });
});

describe('mergeJsonl', () => {
  it('reads the file lines back (readShardOutputs), the worst status winning for a file several shards list', () => {
    const all = sampleResults();
    const again = readShardOutputs([jsonl(all, options()), jsonl({ ...all, findings: [], files: all.files.map((f) => ({ ...f, status: 'linted' as const })) }, options())]);
    expect(again.files).toEqual([...all.files].sort((a, b) => (a.path < b.path ? -1 : 1)));
    expect(() => readShardOutputs(['{"type": "file", "path": "a", "format": null, "records": 0, "status": "gone"}'])).toThrow(/unknown file status "gone"/);
  });

  it('reassembles shard outputs into the engine order, losslessly', () => {
    const all = sampleResults();
    const a = jsonl(shard(all, (_p, r) => r === 1 || r === null), options());
    const b = jsonl(shard(all, (_p, r) => r !== 1 && r !== null), options());
    const merged = mergeJsonl([b, a]);
    const expected = [...all.findings].sort(compareFindings);
    expect(merged).toEqual(expected);
    expect(merged.map((f) => `${f.path}#${f.record}`)).toEqual([
      'data/train.jsonl#0', 'data/train.jsonl#1', 'data/train.jsonl#2', 'data/train.jsonl#3', 'docs/notes.md#null',
    ]);
  });

  it('sorts by path, then record (null first), line, column', () => {
    const base = sampleResults().findings[0]!;
    const mk = (path: string, record: number | null, line: number, column: number) =>
      JSON.stringify({ ...base, path, record, line, column });
    const merged = mergeJsonl([
      [mk('b.jsonl', 0, 1, 1), mk('a.jsonl', 2, 3, 9)].join('\n'),
      [mk('a.jsonl', 2, 3, 4), mk('a.jsonl', null, 9, 9), mk('a.jsonl', 1, 2, 1)].join('\r\n') + '\r\n',
    ]);
    expect(merged.map((f) => [f.path, f.record, f.line, f.column])).toEqual([
      ['a.jsonl', null, 9, 9],
      ['a.jsonl', 1, 2, 1],
      ['a.jsonl', 2, 3, 4],
      ['a.jsonl', 2, 3, 9],
      ['b.jsonl', 0, 1, 1],
    ]);
  });

  it('accepts empty shards, blank lines and a BOM', () => {
    const one = jsonl(sampleResults(), options()).split('\n')[0]!;
    expect(mergeJsonl([])).toEqual([]);
    expect(mergeJsonl(['', '\n\n'])).toEqual([]);
    expect(mergeJsonl([`\uFEFF${one}\n\n`])).toHaveLength(1);
  });

  it('reads redacted output back as redacted findings', () => {
    const merged = mergeJsonl([jsonl(redact(sampleResults()), options())]);
    expect(merged).toHaveLength(5);
    expect(merged[0]).not.toHaveProperty('text');
    expect(merged[0]!.hash).toBe('a1b2c3d4e5f60718');
    // and writing them again still leaks nothing
    const again = jsonl({ ...sampleResults(), findings: merged }, options());
    for (const t of datasetTexts) expect(again).not.toContain(JSON.stringify(t).slice(1, -1));
  });

  it('names the shard and line of a bad line', () => {
    const good = jsonl(sampleResults(), options());
    expect(() => mergeJsonl([good, 'not json'])).toThrow(/shard 2, line 1: not valid JSON/);
    expect(() => mergeJsonl([`${good}{"ruleId": 3}\n`])).toThrow(new RegExp(`shard 1, line ${good.split('\n').length}: not a neglint finding`));
    expect(() => mergeJsonl(['[1,2]'])).toThrow(/must be a JSON object/);
    const line = JSON.parse(good.split('\n')[0]!);
    expect(() => mergeJsonl([JSON.stringify({ ...line, severity: 'fatal' })])).toThrow(/unknown severity "fatal"/);
  });
});
