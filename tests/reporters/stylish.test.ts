import { describe, expect, it } from 'vitest';
import { stylish } from '../../src/reporters/stylish.js';
import type { LintResults } from '../../src/types.js';
import { ANSI, datasetTexts, eiffel, emptyResults, options, redact, sampleResults, skippedOnlyResults } from './sample.js';

describe('stylish reporter', () => {
  it('groups findings by file with aligned columns and a summary line', () => {
    const out = stylish(sampleResults(), options());
    expect(out).not.toMatch(ANSI);
    const lines = out.split('\n');
    expect(lines[0]).toBe('data/train.jsonl');
    expect(lines[1]).toBe(
      '  1:141  error    Claim is stated as fact; its negation is in another sentence  detached-negation',
    );
    expect(out).toContain(
      '\n  2:88   warning  Claim survives as a clause under an outer negation            wrapped-negation\n',
    );
    expect(out).toContain('\n  3:60   info     Claim is hedged only by a probability                         low-probability\n');
    expect(out).toContain('\ndocs/notes.md\n  7:9  error  Claim is disowned only by a label  verdict-label\n');
    expect(out).toContain('\n✖ 5 problems (3 errors, 1 warning, 1 info)\n');
    expect(out.endsWith('1 file skipped, 1 file could not be linted.\n')).toBe(true);
  });

  it('aligns rule ids by terminal columns when a message quotes wide (CJK, emoji) text', () => {
    const rules = [{ id: 'r', description: '', severity: 'error' as const, url: '', messages: { m: 'Label {{label}} found' }, cues: {} }];
    const base = { ...eiffel, ruleId: 'r', messageId: 'm', message: undefined, url: '', related: [], suggestions: [] };
    const results: LintResults = {
      files: [{ path: 'a.jsonl', format: 'text', records: 3, status: 'linted' }],
      findings: [
        { ...base, line: 1, data: { label: 'FALSE' } },
        { ...base, line: 2, data: { label: '虚假新闻' } },
        { ...base, line: 3, data: { label: '❌❌' } },
      ],
      summary: { files: 1, records: 3, errors: 3, warnings: 0, infos: 0 },
    };
    const lines = stylish(results, options({ rules })).split('\n').filter((l) => /^ {2}\d:/.test(l));
    expect(lines).toHaveLength(3);
    // Each CJK character and each emoji takes two columns: 8 columns for the CJK label, 4 for the crosses, 5 for FALSE.
    expect(lines[0]).toBe('  1:141  error  Label FALSE found     r');
    expect(lines[1]).toBe('  2:141  error  Label 虚假新闻 found  r');
    expect(lines[2]).toBe('  3:141  error  Label ❌❌ found      r');
  });

  it('shows the claim, the cue, where, the fix and the doc url under each finding', () => {
    const out = stylish(sampleResults(), options());
    const pad = ' '.repeat(18);
    expect(out).toContain(
      [
        `${pad}claim  The Eiffel Tower was moved to Lyon in 1999.`,
        `${pad}cue    [The following claim is invented.]`,
        `${pad}in     record 0 /messages/2/content (trained)`,
        `${pad}fix    Negate the claim in its own clause`,
        `${pad}docs   https://neglint.example/rules/detached-negation`,
      ].join('\n'),
    );
  });

  it('shows a Markdown finding without record or pointer', () => {
    const out = stylish(sampleResults(), options());
    const md = out.slice(out.indexOf('docs/notes.md'));
    expect(md).toContain('claim  Goldfish remember things for three seconds.');
    expect(md).toContain('cue    Myth:');
    expect(md.split('\n\n')[0]).not.toContain(' in ');
  });

  it('states the reason for skipped and failed files', () => {
    const out = stylish(sampleResults(), options());
    expect(out).toContain('\ndata/weights.bin\n  skipped  binary file\n');
    expect(out).toContain('\ndata/locked.jsonl\n  error  cannot read file: permission denied\n');
  });

  it('colours only when asked', () => {
    const plain = stylish(sampleResults(), options({ color: false }));
    const colored = stylish(sampleResults(), options({ color: true }));
    expect(plain).not.toMatch(ANSI);
    expect(colored).toMatch(ANSI);
    expect(colored).toContain('\u001b[4mdata/train.jsonl\u001b[24m');
    // eslint-disable-next-line no-control-regex
    expect(colored.replace(/\u001b\[[0-9;]*m/g, '')).toBe(plain);
  });

  it('shows only errors under quiet, and no skipped files', () => {
    const out = stylish(sampleResults(), options({ quiet: true }));
    expect(out).not.toContain('warning  ');
    expect(out).not.toContain('info  ');
    expect(out).not.toContain('weights.bin');
    expect(out).toContain('data/locked.jsonl');
    expect(out).toContain('✖ 3 problems (3 errors, 0 warnings, 0 infos)');
  });

  it('prints nothing for a clean run, and a short summary when files were skipped', () => {
    expect(stylish(emptyResults(), options())).toBe('');
    expect(stylish(skippedOnlyResults(), options())).toBe(
      'data/big.jsonl\n  skipped  Git LFS pointer, not the data\n\nNo problems; 1 file skipped.\n',
    );
    expect(stylish(skippedOnlyResults(), options({ quiet: true }))).toBe('');
  });

  it('shows the hash instead of any dataset text when redacted', () => {
    const out = stylish(redact(sampleResults()), options());
    for (const t of datasetTexts) expect(out).not.toContain(t);
    expect(out).toContain('hash   a1b2c3d4e5f60718 (text redacted)');
    expect(out).toContain('fix    Negate the claim in its own clause');
  });

  it('makes control characters in dataset text visible and keeps each finding on its lines', () => {
    const results: LintResults = {
      ...emptyResults(),
      findings: [
        {
          ...eiffel,
          path: 'data/evil\nname.jsonl',
          text: 'Paris\u001b[2J is \u202Enot\u202C in France.\tReally.',
          related: [{ ...eiffel.related[0]!, line: 3, text: '[invented]\r\n' }],
        },
      ],
    };
    const out = stylish(results, options({ color: true }));
    expect(out).toContain('data/evil\\nname.jsonl');
    expect(out).toContain('Paris\\u001b[2J is \\u202enot\\u202c in France. Really.');
    expect(out).toContain('[invented]\\r\\n');
    expect(out).toContain('(line 3)');
    expect(out).not.toContain('\u001b[2J');
    expect(out).not.toContain('\u202E');
  });

  it('shortens very long claims', () => {
    const long = 'The Moon is made of basalt cheese. '.repeat(100);
    const out = stylish({ ...emptyResults(), findings: [{ ...eiffel, text: long }] }, options());
    const claimLine = out.split('\n').find((l) => l.includes('claim '))!;
    expect(claimLine.length).toBeLessThan(340);
    expect(claimLine.endsWith('…')).toBe(true);
  });

  it('mentions baselined findings and stale baseline entries', () => {
    const out = stylish({ ...emptyResults(), baselined: 4, staleBaseline: 1 }, options());
    expect(out).toBe(
      '4 findings hidden by the baseline.\n1 baseline entry matched nothing (--update-baseline prunes them).\n',
    );
  });
});
