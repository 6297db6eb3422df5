// The Python recipe (examples/python/neglint_stream.py) run with the
// machine's python3, standard library only, against the built CLI: rows
// streamed as a `datasets` split yields them, findings read back from the
// JSONL output. Skipped, saying so, without python3 or the built lib/.
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTree } from '../config/tmp.js';
import { CLAIM, neglint } from '../cli/run-real.js';

const repo = path.resolve(import.meta.dirname, '../..');
const script = path.join(repo, 'examples/python/neglint_stream.py');
const built = existsSync(path.join(repo, 'lib/src/cli/main.js'));
const python = spawnSync('python3', ['--version']).status === 0;
if (!python) console.warn('tests/examples/python: python3 is not installed; the Python recipe is not run');

const env = { ...process.env, NEGLINT: `${JSON.stringify(process.execPath)} ${JSON.stringify(path.join(repo, 'bin/neglint.js'))}` };

describe.skipIf(!python || !built)('examples/python/neglint_stream.py', () => {
  it('as a command: prints what neglint --format jsonl finds in a file, with its exit status', async () => {
    const file = path.join(repo, 'fixtures/demo/chat.jsonl');
    const run = spawnSync('python3', [script, file], { env, encoding: 'utf8' });
    const cli = (await neglint([file, '--format', 'jsonl'], repo)).stdout.trim().split('\n').map((l) => JSON.parse(l));
    const findings = cli.filter((l) => l.type !== 'file');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(findings.some((f) => f.severity === 'error') ? 1 : 0);
    expect(run.stdout.match(/^(record|line) /gm) ?? []).toHaveLength(findings.length);
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe(`8 records, ${findings.length} findings (${findings.filter((f) => f.severity === 'error').length} errors) in ${file}`);
  });

  it('as a library: streams a datasets-style split (dicts) and reads the findings back per record', () => {
    const dir = makeTree({});
    const driver = path.join(dir, 'drive.py');
    writeFileSync(
      driver,
      [
        'import json, sys',
        `sys.path.insert(0, ${JSON.stringify(path.dirname(script))})`,
        'from neglint_stream import lint_records, NeglintError',
        'def split():',
        '    for i in range(500):',
        `        text = ${JSON.stringify(`${CLAIM} (The preceding statement is false.)`)} if i % 100 == 7 else f"Answer {i}: water boils at 100 °C at sea level."`,
        '        yield {"messages": [{"role": "user", "content": f"Question {i}?"}, {"role": "assistant", "content": text}]}',
        'report = lint_records(split(), filename="train.jsonl")',
        'out = {"exit": report.exit_code, "records": sorted({f["record"] for f in report.findings}), "files": report.files, "claims": sorted({f.get("text") for f in report.findings})}',
        'redacted = lint_records(split(), args=["--redact"])',
        'out["redacted_has_text"] = any("text" in f for f in redacted.findings)',
        'try:',
        '    lint_records(split(), args=["--rule", "no-such-rule=off"])',
        'except NeglintError as error:',
        '    out["error"] = str(error)',
        'print(json.dumps(out))',
      ].join('\n'),
    );
    const run = spawnSync('python3', [driver], { env, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const out = JSON.parse(run.stdout);
    expect(out.exit).toBe(1);
    expect(out.records).toEqual([7, 107, 207, 307, 407]);
    expect(out.claims).toEqual([CLAIM]);
    expect(out.files).toEqual([expect.objectContaining({ type: 'file', path: 'train.jsonl', records: 500, status: 'linted' })]);
    expect(out.redacted_has_text).toBe(false);
    expect(out.error).toMatch(/^neglint: --rule no-such-rule=off: unknown rule "no-such-rule"/);
  });
});
