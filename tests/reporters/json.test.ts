import { describe, expect, it } from 'vitest';
import { json } from '../../src/reporters/json.js';
import { broken, datasetTexts, eiffel, emptyResults, myth, options, redact, sampleResults, skippedOnlyResults } from './sample.js';

function parse(text: string): any {
  return JSON.parse(text);
}

describe('json reporter', () => {
  it('writes the version-1 document with keys in the design order, pretty-printed', () => {
    const out = json(sampleResults(), options());
    expect(out.endsWith('}\n')).toBe(true);
    expect(out.startsWith('{\n  "version": 1,\n  "tool": {\n    "name": "neglint",\n    "version": "0.1.0"\n  },')).toBe(true);
    const doc = parse(out);
    expect(Object.keys(doc)).toEqual(['version', 'tool', 'files', 'findings', 'summary']);
    expect(doc.version).toBe(1);
    expect(doc.tool).toEqual({ name: 'neglint', version: '0.1.0' });
    expect(doc.summary).toEqual({ files: 2, records: 5, errors: 3, warnings: 1, infos: 1 });
    expect(Object.keys(doc.summary)).toEqual(['files', 'records', 'errors', 'warnings', 'infos']);
  });

  it('lists files with path, format, records, status (and the reason for a file not linted)', () => {
    const doc = parse(json(sampleResults(), options()));
    expect(doc.files[0]).toEqual({ path: 'data/train.jsonl', format: 'openai-chat', records: 4, status: 'linted' });
    expect(Object.keys(doc.files[0])).toEqual(['path', 'format', 'records', 'status']);
    expect(doc.files[2]).toEqual({ path: 'data/weights.bin', format: null, records: 0, status: 'skipped', reason: 'binary file' });
    expect(doc.files[3].status).toBe('error');
  });

  it('writes each finding field by field, in the design order', () => {
    const doc = parse(json(sampleResults(), options()));
    const f = doc.findings[0];
    expect(Object.keys(f)).toEqual([
      'ruleId', 'severity', 'message', 'messageId', 'path', 'line', 'column', 'endLine', 'endColumn',
      'record', 'pointer', 'start', 'end', 'trained', 'text', 'related', 'url', 'suggestions',
    ]);
    expect(f.ruleId).toBe('detached-negation');
    expect(f.severity).toBe('error');
    expect(f.message).toBe(eiffel.message);
    expect(f.path).toBe('data/train.jsonl');
    expect([f.line, f.column, f.endLine, f.endColumn]).toEqual([1, 141, 1, 185]);
    expect(f.record).toBe(0);
    expect(f.pointer).toBe('/messages/2/content');
    expect([f.start, f.end]).toEqual([35, 79]);
    expect(f.trained).toBe('trained');
    expect(f.text).toBe('The Eiffel Tower was moved to Lyon in 1999.');
    expect(f.related).toEqual([
      { pointer: '/messages/2/content', start: 0, end: 34, line: 1, text: '[The following claim is invented.]' },
    ]);
    expect(Object.keys(f.related[0])).toEqual(['pointer', 'start', 'end', 'line', 'text']);
    expect(f.url).toBe('https://neglint.example/rules/detached-negation');
    expect(f.suggestions).toEqual([eiffel.suggestions[0]]);
    expect(Object.keys(f.suggestions[0])).toEqual(['description', 'text']);
    expect(f).not.toHaveProperty('hash');
  });

  it('keeps nulls for Markdown findings and input problems', () => {
    const doc = parse(json(sampleResults(), options()));
    const md = doc.findings.find((f: any) => f.path === myth.path);
    expect(md.record).toBeNull();
    expect(md.pointer).toBeNull();
    expect(md.start).toBeNull();
    expect(md.end).toBeNull();
    expect(md.trained).toBeNull();
    const bad = doc.findings.find((f: any) => f.ruleId === broken.ruleId);
    expect(bad.related).toEqual([]);
    expect(bad.suggestions).toEqual([]);
    expect(bad.text).toBe(broken.text);
  });

  it('round-trips awkward text exactly', () => {
    const doc = parse(json(sampleResults(), options()));
    expect(doc.findings[1].text).toBe('It is not true that 50% of <b>owls</b> can read, as "experts" said:\r\nthey can & do.');
  });

  it('omits all dataset text under redaction and adds the hash instead', () => {
    const out = json(redact(sampleResults()), options());
    for (const t of datasetTexts) expect(out).not.toContain(JSON.stringify(t).slice(1, -1));
    const doc = parse(out);
    const f = doc.findings[0];
    expect(f).not.toHaveProperty('text');
    expect(f.related[0]).toEqual({ pointer: '/messages/2/content', start: 0, end: 34, line: 1 });
    expect(f.suggestions).toEqual([{ description: 'Negate the claim in its own clause' }]);
    expect(Object.keys(f).at(-1)).toBe('hash');
    expect(f.hash).toBe(eiffel.hash);
  });

  it('writes a full document for zero findings and for skipped files', () => {
    const doc = parse(json(emptyResults(), options()));
    expect(doc.findings).toEqual([]);
    expect(doc.files).toHaveLength(1);
    const skipped = parse(json(skippedOnlyResults(), options()));
    expect(skipped.files[1]).toEqual({
      path: 'data/big.jsonl', format: null, records: 0, status: 'skipped', reason: 'Git LFS pointer, not the data',
    });
  });

  it('shows only errors under quiet, leaving the run summary as it was', () => {
    const doc = parse(json(sampleResults(), options({ quiet: true })));
    expect(doc.findings.map((f: any) => f.severity)).toEqual(['error', 'error', 'error']);
    expect(doc.summary.warnings).toBe(1);
  });
});
