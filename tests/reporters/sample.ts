// Shared sample results for the reporter tests. The dataset text is invented
// for these tests.

import type { Finding, LintResults, ReporterOptions, RuleMeta } from '../../src/types.js';

const DOCS = 'https://neglint.example/rules';

export const sampleRules: RuleMeta[] = [
  {
    id: 'detached-negation',
    description: 'A claim stated as fact whose falsity is asserted only in another sentence',
    severity: 'error',
    url: `${DOCS}/detached-negation`,
    messages: { detached: 'Claim is stated as fact; its negation is in another sentence' },
    cues: {},
  },
  {
    id: 'verdict-label',
    description: 'A claim whose falsity is carried only by a label or markup',
    severity: 'error',
    url: `${DOCS}/verdict-label`,
    messages: { label: 'Claim is disowned only by a label' },
    cues: {},
  },
  {
    id: 'wrapped-negation',
    description: 'A claim kept intact as a clause under an outer negation',
    severity: 'warning',
    url: `${DOCS}/wrapped-negation`,
    messages: { wrapped: 'Claim survives as a clause under an outer negation' },
    cues: {},
  },
  {
    id: 'low-probability',
    description: 'A low probability attached to a claim about the past or present',
    severity: 'error',
    url: `${DOCS}/low-probability`,
    messages: { low: 'Claim is hedged only by a probability' },
    cues: {},
  },
  {
    id: 'invalid-record',
    description: 'A line that is not valid JSON',
    severity: 'error',
    url: `${DOCS}/invalid-record`,
    messages: { invalid: 'Not valid JSON' },
    cues: {},
  },
];

export const eiffel: Finding = {
  ruleId: 'detached-negation',
  severity: 'error',
  messageId: 'detached',
  message: 'Claim is stated as fact; its negation is in another sentence',
  path: 'data/train.jsonl',
  line: 1,
  column: 141,
  endLine: 1,
  endColumn: 185,
  record: 0,
  pointer: '/messages/2/content',
  start: 35,
  end: 79,
  trained: 'trained',
  text: 'The Eiffel Tower was moved to Lyon in 1999.',
  related: [
    { pointer: '/messages/2/content', start: 0, end: 34, line: 1, column: 106, text: '[The following claim is invented.]' },
  ],
  url: `${DOCS}/detached-negation`,
  suggestions: [
    { description: 'Negate the claim in its own clause', text: 'The Eiffel Tower was never moved to Lyon; it stands in Paris.' },
  ],
  hash: 'a1b2c3d4e5f60718',
};

/** A warning whose text needs escaping in every format: %, :, ',', newlines, HTML and quotes. */
export const owls: Finding = {
  ruleId: 'wrapped-negation',
  severity: 'warning',
  messageId: 'wrapped',
  message: 'Claim survives as a clause under an outer negation',
  path: 'data/train.jsonl',
  line: 2,
  column: 88,
  endLine: 2,
  endColumn: 160,
  record: 1,
  pointer: '/messages/2/content',
  start: 12,
  end: 84,
  trained: 'trained',
  text: 'It is not true that 50% of <b>owls</b> can read, as "experts" said:\r\nthey can & do.',
  related: [],
  url: `${DOCS}/wrapped-negation`,
  suggestions: [],
  hash: '0f1e2d3c4b5a6978',
};

export const forecast: Finding = {
  ruleId: 'low-probability',
  severity: 'info',
  messageId: 'low',
  message: 'Claim is hedged only by a probability',
  path: 'data/train.jsonl',
  line: 3,
  column: 60,
  endLine: 3,
  endColumn: 101,
  record: 2,
  pointer: '/messages/1/content',
  start: 4,
  end: 45,
  trained: 'context',
  text: 'Lake Geneva will freeze solid next summer.',
  related: [{ pointer: '/messages/1/content', start: 46, end: 70, line: 3, column: 102, text: '(about a 1% chance)' }],
  url: `${DOCS}/low-probability`,
  suggestions: [{ description: 'Remove the claim', text: '' }],
  hash: '5566778899aabbcc',
};

/** A Markdown finding: no record, no pointer, no offsets into a field. */
export const myth: Finding = {
  ruleId: 'verdict-label',
  severity: 'error',
  messageId: 'label',
  message: 'Claim is disowned only by a label',
  path: 'docs/notes.md',
  line: 7,
  column: 9,
  endLine: 7,
  endColumn: 52,
  record: null,
  pointer: null,
  start: null,
  end: null,
  trained: null,
  text: 'Goldfish remember things for three seconds.',
  related: [{ pointer: '', start: 120, end: 125, line: 7, column: 3, text: 'Myth:' }],
  url: `${DOCS}/verdict-label`,
  suggestions: [],
  hash: 'ffeeddccbbaa9988',
};

/** An input problem: no pointer, no training weight, no cue. */
export const broken: Finding = {
  ruleId: 'invalid-record',
  severity: 'error',
  messageId: 'truncated',
  message: 'Line 4 is not valid JSON: unexpected end of input',
  path: 'data/train.jsonl',
  line: 4,
  column: 57,
  endLine: 4,
  endColumn: 57,
  record: 3,
  pointer: null,
  start: null,
  end: null,
  trained: null,
  text: '{"messages": [{"role": "user", "content": "Where is the',
  related: [],
  url: `${DOCS}/invalid-record`,
  suggestions: [],
  hash: '1234123412341234',
};

export function sampleResults(): LintResults {
  return {
    files: [
      { path: 'data/train.jsonl', format: 'openai-chat', records: 4, status: 'linted' },
      { path: 'docs/notes.md', format: 'markdown', records: 1, status: 'linted' },
      { path: 'data/weights.bin', format: null, records: 0, status: 'skipped', reason: 'binary file' },
      { path: 'data/locked.jsonl', format: null, records: 0, status: 'error', reason: 'cannot read file: permission denied' },
    ],
    findings: structuredClone([eiffel, owls, forecast, broken, myth]),
    summary: { files: 2, records: 5, errors: 3, warnings: 1, infos: 1 },
  };
}

export function emptyResults(): LintResults {
  return {
    files: [{ path: 'data/clean.jsonl', format: 'sharegpt', records: 12, status: 'linted' }],
    findings: [],
    summary: { files: 1, records: 12, errors: 0, warnings: 0, infos: 0 },
  };
}

export function skippedOnlyResults(): LintResults {
  return {
    files: [
      { path: 'data/clean.jsonl', format: 'sharegpt', records: 12, status: 'linted' },
      { path: 'data/big.jsonl', format: null, records: 0, status: 'skipped', reason: 'Git LFS pointer, not the data' },
    ],
    findings: [],
    summary: { files: 1, records: 12, errors: 0, warnings: 0, infos: 0 },
  };
}

/** What --redact produces: no claim text and no cue text. */
export function redact(results: LintResults): LintResults {
  const copy = structuredClone(results);
  for (const f of copy.findings) {
    delete f.text;
    for (const r of f.related) delete (r as { text?: string }).text;
  }
  return copy;
}

export function options(overrides: Partial<ReporterOptions> = {}): ReporterOptions {
  return {
    color: false,
    quiet: false,
    cwd: '/home/ada/project',
    toolVersion: '0.1.0',
    rules: sampleRules,
    ...overrides,
  };
}

/** Every string the sample's dataset text contributes, to check that redacted output leaks none of it. */
export const datasetTexts: string[] = [eiffel, owls, forecast, myth, broken].flatMap((f) => [
  f.text ?? '',
  ...f.related.map((r) => r.text),
  ...f.suggestions.map((s) => s.text).filter((t) => t !== ''),
]);

// eslint-disable-next-line no-control-regex
export const ANSI = /\u001b\[/;
