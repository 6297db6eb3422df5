import { describe, expect, it } from 'vitest';
import { getReporter, reporterNames, reporters } from '../../src/reporters/index.js';
import { eiffel, emptyResults, options, redact, sampleResults, skippedOnlyResults } from './sample.js';
import type { LintResults } from '../../src/types.js';

const FORMATS = ['stylish', 'json', 'jsonl', 'sarif', 'github', 'html'];

describe('reporter registry', () => {
  it('has every --format of the design, stylish first', () => {
    expect(reporterNames).toEqual(FORMATS);
    expect(Object.keys(reporters)).toEqual(FORMATS);
    for (const name of FORMATS) expect(getReporter(name)).toBe(reporters[name]);
  });

  it('rejects unknown names, including inherited property names', () => {
    expect(() => getReporter('xml')).toThrow('Unknown format "xml"; use one of: stylish, json, jsonl, sarif, github, html');
    expect(() => getReporter('toString')).toThrow(/Unknown format/);
    expect(() => getReporter('__proto__')).toThrow(/Unknown format/);
  });

  const cases: Record<string, () => LintResults> = {
    sample: sampleResults,
    empty: emptyResults,
    skipped: skippedOnlyResults,
    redacted: () => redact(sampleResults()),
    'no related, no suggestions, zero positions': () => ({
      ...emptyResults(),
      findings: [{ ...eiffel, related: [], suggestions: [], line: 0, column: 0, endLine: 0, endColumn: 0 }],
    }),
  };

  for (const name of FORMATS) {
    for (const [label, make] of Object.entries(cases)) {
      it(`${name}: is pure and deterministic (${label})`, () => {
        const input = make();
        const before = structuredClone(input);
        const a = getReporter(name)(input, options());
        const b = getReporter(name)(make(), options());
        expect(a).toBe(b);
        expect(input).toEqual(before);
        expect(typeof a).toBe('string');
        if (a !== '') expect(a.endsWith('\n')).toBe(true);
      });
    }
  }
});
