import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, github, workflowCommand } from '../../src/reporters/github.js';
import type { LintResults } from '../../src/types.js';
import { datasetTexts, eiffel, emptyResults, myth, options, redact, sampleResults, skippedOnlyResults } from './sample.js';

describe('workflow command escaping', () => {
  it('escapes data: %, CR, LF (percent first)', () => {
    expect(escapeData('100% sure\r\nnext')).toBe('100%25 sure%0D%0Anext');
    expect(escapeData('%0A')).toBe('%250A');
    expect(escapeData('a: b, c')).toBe('a: b, c');
    expect(escapeData('')).toBe('');
  });

  it('escapes properties: also : and ,', () => {
    expect(escapeProperty('C:\\data\\a,b.jsonl')).toBe('C%3A\\data\\a%2Cb.jsonl');
    expect(escapeProperty('50%:\n,')).toBe('50%25%3A%0A%2C');
    expect(escapeProperty('%3A')).toBe('%253A');
  });

  it('builds a command with escaped properties and message, skipping undefined properties', () => {
    expect(
      workflowCommand('warning', [['file', 'a,b:c.jsonl'], ['line', 3], ['col', undefined], ['title', 't']], 'x\ny'),
    ).toBe('::warning file=a%2Cb%3Ac.jsonl,line=3,title=t::x%0Ay');
    expect(workflowCommand('notice', [], 'hi')).toBe('::notice::hi');
  });
});

describe('github reporter', () => {
  it('writes one annotation per finding with position, title and message', () => {
    const lines = github(sampleResults(), options()).split('\n');
    expect(lines.at(-1)).toBe('');
    expect(lines).toContain(
      '::error file=data/train.jsonl,line=1,col=141,endLine=1,endColumn=185,title=neglint(detached-negation)::' +
        'Claim is stated as fact; its negation is in another sentence%0A' +
        'Claim: The Eiffel Tower was moved to Lyon in 1999.%0A' +
        'Cue: [The following claim is invented.]%0A' +
        'Rule: detached-negation https://neglint.example/rules/detached-negation',
    );
  });

  it('maps severities: error, warning, info -> notice', () => {
    const commands = github(sampleResults(), options())
      .trim()
      .split('\n')
      .filter((l) => l.includes('line='))
      .map((l) => l.slice(2, l.indexOf(' ')));
    expect(commands).toEqual(['error', 'warning', 'notice', 'error', 'error']);
  });

  it('escapes awkward claim text so that it stays on one line', () => {
    const out = github(sampleResults(), options());
    const owl = out.split('\n').find((l) => l.startsWith('::warning'))!;
    expect(owl).toContain('Claim: It is not true that 50%25 of <b>owls</b> can read, as "experts" said:%0D%0Athey can & do.');
    expect(out.split('\n')).toHaveLength(8);
  });

  it('escapes paths in properties and makes absolute paths under cwd relative', () => {
    const results: LintResults = {
      ...emptyResults(),
      findings: [{ ...eiffel, path: '/home/ada/project/data/q1,q2: mix.jsonl' }],
    };
    expect(github(results, options())).toMatch(/^::error file=data\/q1%2Cq2%3A mix\.jsonl,line=1,/);
  });

  it('annotates skipped files as notices and failed files as errors', () => {
    const out = github(sampleResults(), options());
    expect(out).toContain('::notice file=data/weights.bin,title=neglint%3A file skipped::data/weights.bin skipped: binary file\n');
    expect(out).toContain(
      '::error file=data/locked.jsonl,title=neglint%3A file could not be linted::data/locked.jsonl could not be linted: cannot read file: permission denied\n',
    );
  });

  it('handles zero findings, quiet mode, Markdown findings and redaction', () => {
    expect(github(emptyResults(), options())).toBe('');
    expect(github(skippedOnlyResults(), options({ quiet: true }))).toBe('');
    const quiet = github(sampleResults(), options({ quiet: true }));
    expect(quiet).not.toMatch(/^::(warning|notice)/m);
    expect(quiet.trim().split('\n')).toHaveLength(4);
    expect(github(sampleResults(), options())).toContain(`::error file=docs/notes.md,line=7,col=9,endLine=7,endColumn=52,title=neglint(${myth.ruleId})::`);
    const redacted = github(redact(sampleResults()), options());
    for (const t of datasetTexts) expect(redacted).not.toContain(escapeData(t));
    expect(redacted).toContain('title=neglint(detached-negation)::Claim is stated as fact; its negation is in another sentence%0ARule:');
  });

  it('leaves out positions that are not real positions', () => {
    const out = github({ ...emptyResults(), findings: [{ ...eiffel, line: 0, column: 0, endLine: 0, endColumn: 0 }] }, options());
    expect(out.startsWith('::error file=data/train.jsonl,title=neglint(detached-negation)::')).toBe(true);
  });
});
