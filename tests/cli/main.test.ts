import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { makeTree } from '../config/tmp.js';
import { calls } from './fakes.js';

vi.mock('../../src/engine/lint-file.js', async () => ({ lintFile: (await import('./fakes.js')).lintFile }));
vi.mock('../../rules/index.js', async () => ({ rules: (await import('./fakes.js')).fakeRules }));
vi.mock('../../src/reporters/index.js', async () => {
  const fakes = await import('./fakes.js');
  return {
    getReporter: (name: string) =>
      name === 'html'
        ? () => {
            throw new Error('the html reporter exploded');
          }
        : fakes.getReporter(name),
  };
});

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  /** stdout parsed as the fake reporter's JSON */
  report: () => { reporter: string; color: boolean; quiet: boolean; toolVersion: string; results: import('../../src/types.js').LintResults };
}

async function cli(argv: string[], options: { cwd: string; env?: Record<string, string>; stdin?: string; isTTY?: boolean }): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: { write: (s: string) => ((stdout += s), true), isTTY: options.isTTY ?? false },
    stderr: { write: (s: string) => ((stderr += s), true) },
    cwd: options.cwd,
    env: options.env ?? {},
    stdin: Readable.from([Buffer.from(options.stdin ?? '')]),
  });
  return { code, stdout, stderr, report: () => JSON.parse(stdout) };
}

const dataset = {
  'data/clean.jsonl': '{"text": "fine"}\n{"text": "also fine"}\n',
  'data/errors.jsonl': '{"text": "@detached-negation"}\n{"text": "ok"}\n{"text": "@fiction-frame"}\n',
  'data/warnings.jsonl': '{"text": "@wrapped-negation"}\n{"text": "@wrapped-negation"}\n',
  'notes/readme.md': '# notes\n',
};

beforeEach(() => {
  calls.length = 0;
});

describe('exit codes', () => {
  it('0 when nothing is at or above the fail level', async () => {
    const root = makeTree(dataset);
    const run = await cli(['data/clean.jsonl', 'data/warnings.jsonl'], { cwd: root });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.report().results.summary).toEqual({ files: 2, records: 4, errors: 0, warnings: 2, infos: 0 });
  });

  it('1 for errors; findings sorted by path, record, line, column', async () => {
    const root = makeTree(dataset);
    const run = await cli([], { cwd: root });
    expect(run.code).toBe(1);
    const { results } = run.report();
    expect(results.files.map((f) => f.path)).toEqual(['data/clean.jsonl', 'data/errors.jsonl', 'data/warnings.jsonl', 'notes/readme.md']);
    expect(results.findings.map((f) => `${f.path}:${f.line}:${f.ruleId}`)).toEqual([
      'data/errors.jsonl:1:detached-negation',
      'data/errors.jsonl:3:fiction-frame',
      'data/warnings.jsonl:1:wrapped-negation',
      'data/warnings.jsonl:2:wrapped-negation',
    ]);
    expect(results.summary).toEqual({ files: 4, records: 8, errors: 2, warnings: 2, infos: 0 });
  });

  it('--fail-on levels', async () => {
    const root = makeTree({ ...dataset, 'data/info.jsonl': '{"text": "@fiction-frame"}\n' });
    const info = ['data/info.jsonl', '--rule', 'fiction-frame=info'];
    expect((await cli(['data/warnings.jsonl', '--fail-on', 'warning'], { cwd: root })).code).toBe(1);
    expect((await cli(['data/warnings.jsonl', '--fail-on', 'error'], { cwd: root })).code).toBe(0);
    expect((await cli([...info, '--fail-on', 'warning'], { cwd: root })).code).toBe(0);
    expect((await cli([...info, '--fail-on', 'info'], { cwd: root })).code).toBe(1);
    expect((await cli(['data/errors.jsonl', '--fail-on', 'never'], { cwd: root })).code).toBe(0);
    expect((await cli(['data/errors.jsonl', '--fail-on=never', '--max-warnings', '5'], { cwd: root })).code).toBe(0);
  });

  it('--max-warnings', async () => {
    const root = makeTree(dataset);
    const over = await cli(['data/warnings.jsonl', '--max-warnings', '1'], { cwd: root });
    expect(over.code).toBe(1);
    expect(over.stderr).toBe('neglint: too many warnings (2 > 1)\n');
    const zero = await cli(['data/warnings.jsonl', '--max-warnings=0'], { cwd: root });
    expect(zero.code).toBe(1);
    expect(zero.stderr).toBe('neglint: too many warnings (2 > 0)\n');
    const at = await cli(['data/warnings.jsonl', '--max-warnings', '2'], { cwd: root });
    expect(at.code).toBe(0);
    expect(at.stderr).toBe('');
    expect((await cli(['data/warnings.jsonl', '--max-warnings=-1'], { cwd: root })).code).toBe(0);
    const bad = await cli(['--max-warnings', 'ten'], { cwd: root });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('neglint: --max-warnings needs a whole number (0 or more; -1 for no limit), got "ten"\n');
  });

  it('2 when a file cannot be linted; the other files are still reported', async () => {
    const root = makeTree({ ...dataset, 'data/broken.jsonl': 'THROW\n' });
    const run = await cli(['data'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('neglint: could not lint data/broken.jsonl: the fake engine was told to throw\n');
    const { results } = run.report();
    expect(results.files.find((f) => f.path === 'data/broken.jsonl')).toMatchObject({ status: 'error' });
    expect(results.summary.errors).toBe(2);
  });

  it('2 with one line and no stack trace for an internal error; --debug adds the stack', async () => {
    const root = makeTree(dataset);
    const run = await cli(['data/clean.jsonl', '--format', 'html'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('neglint: internal error: the html reporter exploded (run with --debug for details)\n');
    const debug = await cli(['data/clean.jsonl', '--format', 'html', '--debug'], { cwd: root });
    expect(debug.code).toBe(2);
    expect(debug.stderr).toMatch(/^neglint: internal error: the html reporter exploded\nError: the html reporter exploded\n\s+at /);
  });
});

describe('argument errors (exit 2)', () => {
  const cases: Array<[string[], string]> = [
    [['--formt', 'json'], 'neglint: unknown option --formt (did you mean --format?); see neglint --help'],
    [['--bogus'], 'neglint: unknown option --bogus; see neglint --help'],
    [['-x'], 'neglint: unknown option -x; see neglint --help'],
    [['--format'], 'neglint: --format needs a value; see neglint --help'],
    [['--format', 'csv'], 'neglint: --format must be one of stylish|json|jsonl|sarif|github|html, got "csv"'],
    [['--format', 'jsn'], 'neglint: --format must be one of stylish|json|jsonl|sarif|github|html, got "jsn" (did you mean "json"?)'],
    [['--fail-on', 'warn'], 'neglint: --fail-on must be one of error|warning|info|never, got "warn" (did you mean "warning"?)'],
    [['--profile', 'whole'], 'neglint: --profile must be one of default|whole-conversation, got "whole" (did you mean "whole-conversation"?)'],
    [['--rule', 'detached-negatoin=off'], 'neglint: --rule detached-negatoin=off: unknown rule "detached-negatoin" (did you mean "detached-negation"?); see neglint --list-rules'],
    [['--rule', 'fiction-frame=fatal'], 'neglint: --rule fiction-frame=fatal: expected one of off|info|warning|error, got "fatal"'],
    [['--rule', 'fiction-frame'], 'neglint: --rule needs ID=SEVERITY (for example --rule fiction-frame=warning), got "fiction-frame"'],
    [['--quiet=yes'], 'neglint: --quiet does not take a value; see neglint --help'],
    [['--concurrency', '0'], 'neglint: --concurrency needs auto or a whole number of at least 1, got "0"'],
    [['--shard', '3/2'], 'neglint: --shard needs I/N with 1 <= I <= N (for example --shard 1/4), got "3/2"'],
    [['--shard', '0/2'], 'neglint: --shard needs I/N with 1 <= I <= N (for example --shard 1/4), got "0/2"'],
    [['--update-baseline'], 'neglint: --update-baseline needs --baseline FILE'],
    [['-', 'data/clean.jsonl'], 'neglint: standard input ("-") cannot be combined with file paths'],
    [['--color', '--no-color'], 'neglint: --color and --no-color cannot be used together'],
  ];
  it.each(cases)('%j', async (argv, message) => {
    const root = makeTree(dataset);
    const run = await cli(argv, { cwd: root });
    expect(run.stderr).toBe(`${message}\n`);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
  });
});

describe('files', () => {
  it('a glob that matches nothing', async () => {
    const root = makeTree(dataset);
    const run = await cli(['data/*.parquet'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('neglint: no files match "data/*.parquet"\n');
  });

  it('a directory with no dataset files', async () => {
    const root = makeTree({ ...dataset, 'empty-dir/': '', 'images/a.png': 'x' });
    expect((await cli(['empty-dir'], { cwd: root })).stderr).toBe(
      'neglint: no dataset files in "empty-dir/" (looked for .jsonl, .ndjson, .json, .csv, .tsv, .parquet, .md, .txt)\n',
    );
    const run = await cli(['images/'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('neglint: no dataset files in "images/" (looked for .jsonl, .ndjson, .json, .csv, .tsv, .parquet, .md, .txt)\n');
  });

  it('a path that does not exist', async () => {
    const root = makeTree(dataset);
    const run = await cli(['data/missing.jsonl'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('neglint: no such file or directory: "data/missing.jsonl"\n');
  });
});

describe('--output', () => {
  it('writes the report to a file, creating directories, and nothing to stdout', async () => {
    const root = makeTree(dataset);
    const run = await cli(['data/errors.jsonl', '--format', 'json', '--output', 'reports/deep/out.json'], { cwd: root, isTTY: true });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const written = JSON.parse(readFileSync(path.join(root, 'reports/deep/out.json'), 'utf8'));
    expect(written.reporter).toBe('json');
    expect(written.color).toBe(false);
    expect(written.results.summary.errors).toBe(2);
  });

  it('refuses to write over an input dataset file', async () => {
    const root = makeTree(dataset);
    const before = readFileSync(path.join(root, 'data/errors.jsonl'), 'utf8');
    for (const argv of [
      ['data/errors.jsonl', '--output', 'data/errors.jsonl'],
      ['data', '--output', './data/../data/errors.jsonl'],
      ['data/*.jsonl', '-o', path.join(root, 'data/errors.jsonl')],
    ]) {
      const run = await cli(argv, { cwd: root });
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^neglint: --output .* is one of the files being linted; refusing to overwrite it\n$/);
    }
    expect(readFileSync(path.join(root, 'data/errors.jsonl'), 'utf8')).toBe(before);
    expect(calls).toEqual([]);
  });

  it('refuses a directory', async () => {
    const root = makeTree(dataset);
    const run = await cli(['data/clean.jsonl', '--output', 'notes'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('neglint: --output notes is a directory; give a file name\n');
  });
});

describe('config through the CLI', () => {
  it('a config error is one line, exit 2, no stack trace', async () => {
    const root = makeTree({ ...dataset, '.neglintrc.json': '{"rules": {"detached-negatoin": "off"}}' });
    const run = await cli(['data'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'neglint: config error in .neglintrc.json: rules.detached-negatoin: unknown rule (did you mean "detached-negation"?)\n',
    );
  });

  it('format is checked against the format adapters', async () => {
    const root = makeTree({ ...dataset, '.neglintrc.json': '{"overrides": [{"files": ["*.jsonl"], "format": "openai-chta"}]}' });
    const run = await cli(['data'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^neglint: config error in \.neglintrc\.json: overrides\[0\]\.format: expected one of auto\|[a-z|-]*openai-chat[a-z|-]*, got "openai-chta" \(did you mean "openai-chat"\?\)\n$/,
    );
  });

  it('input-problem ids are configurable like rules', async () => {
    const root = makeTree({ ...dataset, '.neglintrc.json': '{"rules": {"invalid-record": "warning", "lfs-pointer": "off"}}' });
    expect((await cli(['data/clean.jsonl'], { cwd: root })).code).toBe(0);
    expect(calls[0]!.config.rules['invalid-record']).toEqual({ severity: 'warning', options: {} });
    expect(calls[0]!.config.rules['unknown-format']).toEqual({ severity: 'warning', options: {} });
  });

  it('config overrides, then --rule and --profile flags', async () => {
    const root = makeTree({
      ...dataset,
      'neglint.config.json': JSON.stringify({
        rules: { 'fiction-frame': 'warning' },
        overrides: [{ files: ['data/errors.jsonl'], rules: { 'detached-negation': 'warning' }, profile: 'whole-conversation' }],
      }),
    });
    const run = await cli(['data/errors.jsonl', '--max-warnings', '5'], { cwd: root });
    expect(run.code).toBe(0);
    expect(run.report().results.summary).toMatchObject({ errors: 0, warnings: 2 });
    expect(calls[0]!.config.formatOptions.wholeConversation).toBe(true);

    const flagged = await cli(['data/errors.jsonl', '--rule', 'fiction-frame=error', '--rule', 'detached-negation=off', '--profile', 'default'], { cwd: root });
    expect(flagged.code).toBe(1);
    expect(flagged.report().results.findings.map((f) => `${f.ruleId}:${f.severity}`)).toEqual(['fiction-frame:error']);
    expect(calls[1]!.config.formatOptions.wholeConversation).toBe(false);
  });

  it('config exclude and include shape what a directory expands to', async () => {
    const root = makeTree({ ...dataset, 'data/extra.csv': 'a,b\n', '.neglintrc.json': JSON.stringify({ exclude: ['errors.jsonl'], include: ['data/**/*.{jsonl,csv}'] }) });
    const run = await cli(['data'], { cwd: root });
    expect(run.report().results.files.map((f) => f.path)).toEqual(['data/clean.jsonl', 'data/extra.csv', 'data/warnings.jsonl']);
  });

  it('--config replaces discovery', async () => {
    const root = makeTree({ ...dataset, '.neglintrc.json': '{"rules": {"fiction-frame": "off"}}', 'strict.json': '{"rules": {"wrapped-negation": "error"}}' });
    const run = await cli(['data/warnings.jsonl', '--config', 'strict.json'], { cwd: root });
    expect(run.code).toBe(1);
    const missing = await cli(['data/warnings.jsonl', '--config', 'nope.json'], { cwd: root });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('neglint: config file not found: nope.json\n');
  });
});

describe('--print-config', () => {
  it('prints the resolved config for a path and where it came from', async () => {
    const root = makeTree({
      ...dataset,
      'package.json': JSON.stringify({
        name: 'my-data',
        neglint: { rules: { 'fiction-frame': ['warning', { a: 1 }] }, overrides: [{ files: ['*.md'], profile: 'whole-conversation' }] },
      }),
    });
    const run = await cli(['--print-config', 'notes/readme.md', '--rule', 'wrapped-negation=off'], { cwd: root });
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.stdout);
    expect(printed).toMatchObject({
      file: 'notes/readme.md',
      source: 'package.json#neglint',
      configFile: path.join(root, 'package.json'),
      overrides: [0],
      format: 'auto',
      formatOptions: { wholeConversation: true },
    });
    expect(printed.rules['fiction-frame']).toEqual({ severity: 'warning', options: { a: 1 } });
    expect(printed.rules['wrapped-negation'].severity).toBe('off');
    expect(printed.rules['detached-negation'].severity).toBe('error');
    expect(calls).toEqual([]);
  });

  it('without a config file, says so', async () => {
    const root = makeTree(dataset);
    const printed = JSON.parse((await cli(['--print-config', 'data/x.jsonl'], { cwd: root })).stdout);
    expect(printed.source).toBe('defaults (no config file found)');
    expect(printed.configFile).toBeNull();
  });

  it('takes one path', async () => {
    const root = makeTree(dataset);
    const run = await cli(['--print-config', 'a.jsonl', 'b.jsonl'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('neglint: --print-config takes one file path\n');
  });
});

describe('informational flags', () => {
  it('--version reads package.json', async () => {
    const pkg = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../package.json'), 'utf8'));
    const run = await cli(['--version'], { cwd: makeTree({}) });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`${pkg.version}\n`);
  });

  it('--help lists every flag', async () => {
    const run = await cli(['--help'], { cwd: makeTree({}) });
    expect(run.code).toBe(0);
    for (const flag of [
      '--format', '--output', '--config', '--rule', '--profile', '--fail-on', '--max-warnings', '--baseline', '--update-baseline',
      '--fix', '--fix-dry-run', '--changed-since', '--concurrency', '--shard', '--redact', '--quiet', '--no-color',
      '--list-rules', '--print-config', '--init', '--no-progress', '--version', '--help', '--debug', '--stdin-filename',
    ]) {
      expect(run.stdout).toContain(flag);
    }
    expect(run.stdout).toMatch(/^neglint \d+\.\d+\.\d+/);
  });

  it('--list-rules prints id, default severity and description for rules and input problems', async () => {
    const run = await cli(['--list-rules'], { cwd: makeTree({}) });
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^rule\s+severity\s+description$/);
    expect(lines.map((l) => l.split(/\s+/).slice(0, 2).join(' ')).slice(1)).toEqual([
      'detached-negation error',
      'wrapped-negation warning',
      'fiction-frame error',
      'invalid-record error',
      'lfs-pointer warning',
      'unknown-format warning',
      'invalid-directive warning',
      'unreadable-file error',
    ]);
    expect(run.stdout).toContain('A claim whose negation is in another sentence');
    expect(run.stdout).not.toContain('\u001b[');

    const json = JSON.parse((await cli(['--list-rules', '--format', 'json'], { cwd: makeTree({}) })).stdout);
    expect(json[3]).toEqual({
      id: 'invalid-record',
      severity: 'error',
      description: expect.any(String),
      url: 'https://github.com/neglint/neglint/blob/main/docs/input-problems.md#invalid-record',
    });
  });
});

describe('output options', () => {
  it('colour: --no-color, NO_COLOR, FORCE_COLOR, terminal', async () => {
    const root = makeTree(dataset);
    const color = async (argv: string[], env: Record<string, string>, isTTY: boolean) =>
      (await cli(['data/clean.jsonl', ...argv], { cwd: root, env, isTTY })).report().color;
    expect(await color([], {}, true)).toBe(true);
    expect(await color([], {}, false)).toBe(false);
    expect(await color(['--no-color'], {}, true)).toBe(false);
    expect(await color([], { NO_COLOR: '1' }, true)).toBe(false);
    expect(await color([], { FORCE_COLOR: '1' }, false)).toBe(true);
    expect(await color([], { FORCE_COLOR: '0' }, true)).toBe(false);
    expect(await color(['--color'], { NO_COLOR: '1' }, false)).toBe(true);
  });

  it('--quiet and --redact reach the reporter and the engine', async () => {
    const root = makeTree(dataset);
    const run = await cli(['data/errors.jsonl', '--quiet', '--redact'], { cwd: root });
    expect(run.report().quiet).toBe(true);
    expect(calls[0]!.redact).toBe(true);
    expect(run.report().results.findings[0]!.text).toBeUndefined();
  });
});

describe('standard input', () => {
  it('lints "-" under --stdin-filename', async () => {
    const root = makeTree({ '.neglintrc.json': JSON.stringify({ overrides: [{ files: ['*.md'], rules: { 'fiction-frame': 'warning' } }] }) });
    const run = await cli(['-', '--stdin-filename', 'notes/page.md'], { cwd: root, stdin: 'intro\n@fiction-frame here\n' });
    expect(run.code).toBe(0);
    expect(calls[0]).toMatchObject({ displayPath: 'notes/page.md', path: path.join(root, 'notes/page.md'), text: 'intro\n@fiction-frame here\n' });
    expect(run.report().results.findings).toMatchObject([{ path: 'notes/page.md', line: 2, severity: 'warning' }]);
  });

  it('is reported as <stdin> without a name', async () => {
    const root = makeTree({});
    const run = await cli(['-'], { cwd: root, stdin: '@detached-negation' });
    expect(run.code).toBe(1);
    expect(run.report().results.files).toMatchObject([{ path: '<stdin>' }]);
  });

  it('--output is allowed with standard input', async () => {
    const root = makeTree({});
    const run = await cli(['-', '-o', 'out/r.json'], { cwd: root, stdin: 'fine' });
    expect(run.code).toBe(0);
    expect(existsSync(path.join(root, 'out/r.json'))).toBe(true);
  });
});

describe('--output does not clobber unrelated state', () => {
  it('overwrites a previous report', async () => {
    const root = makeTree(dataset);
    writeFileSync(path.join(root, 'report.json'), 'old');
    const run = await cli(['data/clean.jsonl', '-o', 'report.json'], { cwd: root });
    expect(run.code).toBe(0);
    expect(readFileSync(path.join(root, 'report.json'), 'utf8')).not.toBe('old');
  });
});
