import { readFileSync } from 'node:fs';
import AjvModule from 'ajv';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { sarif } from '../../src/reporters/sarif.js';
import type { LintResults, ReporterOptions } from '../../src/types.js';
import { datasetTexts, eiffel, emptyResults, options, redact, sampleResults, sampleRules, skippedOnlyResults } from './sample.js';

// ajv and ajv-formats are CommonJS; take the class and the plugin whichever way the interop hands them over.
const Ajv = ((AjvModule as unknown as { default?: unknown }).default ?? AjvModule) as typeof AjvModule;
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as typeof addFormatsModule;

const schema = JSON.parse(readFileSync(new URL('../fixtures/sarif-schema-2.1.0.json', import.meta.url), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);

function check(results: LintResults, opts: ReporterOptions): any {
  const out = sarif(results, opts);
  const log = JSON.parse(out);
  const ok = validate(log);
  if (!ok) throw new Error(`SARIF does not match the schema:\n${ajv.errorsText(validate.errors, { separator: '\n' })}`);
  return log;
}

describe('sarif reporter', () => {
  it('the validator is real: it rejects a log that breaks the schema', () => {
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] })).toBe(false);
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, level: 'fatal' }] }] })).toBe(false);
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x', informationUri: 'not a uri' } } }] })).toBe(false);
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } } }] })).toBe(true);
  });

  it('validates against the SARIF 2.1.0 schema in every case', () => {
    check(sampleResults(), options());
    check(emptyResults(), options());
    check(skippedOnlyResults(), options());
    check(redact(sampleResults()), options());
    check(sampleResults(), options({ quiet: true }));
    check(sampleResults(), options({ cwd: 'C:\\Users\\ada\\project', rules: [] }));
    check(sampleResults(), options({ cwd: '' }));
    check(
      {
        ...emptyResults(),
        findings: [
          { ...eiffel, path: '/srv/other place/ünïcode #1.jsonl', line: 0, column: 0, endLine: 0, endColumn: 0, hash: '' },
          { ...eiffel, path: '../sibling/x.jsonl', ruleId: 'lfs-pointer', url: 'rules/lfs-pointer/README.md', severity: 'warning' },
          { ...eiffel, path: 'C:\\data\\a b.jsonl', line: 5, endLine: 4, column: 9, endColumn: 2 },
        ],
      },
      options(),
    );
  });

  it('describes the tool and every rule', () => {
    const log = check(sampleResults(), options());
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const driver = log.runs[0].tool.driver;
    expect(driver.name).toBe('neglint');
    expect(driver.version).toBe('0.1.0');
    expect(driver.semanticVersion).toBe('0.1.0');
    expect(driver.informationUri).toMatch(/^https:\/\//);
    expect(driver.rules.map((r: any) => r.id)).toEqual(sampleRules.map((r) => r.id));
    expect(driver.rules[0]).toEqual({
      id: 'detached-negation',
      shortDescription: { text: sampleRules[0]!.description },
      helpUri: 'https://neglint.example/rules/detached-negation',
      defaultConfiguration: { level: 'error' },
    });
    expect(driver.rules[2].defaultConfiguration.level).toBe('warning');
    const withInfo = check(emptyResults(), options({ rules: [{ ...sampleRules[3]!, severity: 'info' }] }));
    expect(withInfo.runs[0].tool.driver.rules[0].defaultConfiguration.level).toBe('note');
  });

  it('writes results with rule index, level, message, location, cue and fingerprint', () => {
    const log = check(sampleResults(), options());
    const run = log.runs[0];
    expect(run.results).toHaveLength(5);
    const r = run.results[0];
    expect(r.ruleId).toBe('detached-negation');
    expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
    expect(r.level).toBe('error');
    expect(r.message.text).toBe(
      'Claim is stated as fact; its negation is in another sentence\n' +
        'Claim: The Eiffel Tower was moved to Lyon in 1999.\n' +
        'Cue: [The following claim is invented.]',
    );
    expect(r.locations).toEqual([
      {
        physicalLocation: {
          artifactLocation: { uri: 'data/train.jsonl', uriBaseId: '%SRCROOT%', index: 0 },
          region: { startLine: 1, startColumn: 141, endLine: 1, endColumn: 185 },
        },
      },
    ]);
    expect(r.relatedLocations).toEqual([
      {
        id: 1,
        physicalLocation: {
          artifactLocation: { uri: 'data/train.jsonl', uriBaseId: '%SRCROOT%', index: 0 },
          region: { startLine: 1, startColumn: 106 },
        },
        message: { text: 'Cue: [The following claim is invented.]' },
      },
    ]);
    expect(r.partialFingerprints).toEqual({ 'neglint/v1': 'a1b2c3d4e5f60718' });
    expect(r.properties).toEqual({ record: 0, pointer: '/messages/2/content', start: 35, end: 79, trained: 'trained' });
    expect(run.results.map((x: any) => x.level)).toEqual(['error', 'warning', 'note', 'error', 'error']);
    for (const x of run.results) expect(run.tool.driver.rules[x.ruleIndex].id).toBe(x.ruleId);
  });

  it('keeps the fingerprint when only the position changes', () => {
    const moved = { ...emptyResults(), findings: [{ ...eiffel, line: 40, endLine: 40 }] };
    const a = check({ ...emptyResults(), findings: [eiffel] }, options()).runs[0].results[0];
    const b = check(moved, options()).runs[0].results[0];
    expect(b.partialFingerprints).toEqual(a.partialFingerprints);
    expect(b.locations[0].physicalLocation.region.startLine).toBe(40);
  });

  it('lists every file as an artifact, with the base directory', () => {
    const run = check(sampleResults(), options()).runs[0];
    expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///home/ada/project/' } });
    expect(run.artifacts.map((a: any) => a.location.uri)).toEqual([
      'data/train.jsonl',
      'docs/notes.md',
      'data/weights.bin',
      'data/locked.jsonl',
    ]);
    expect(run.artifacts[2]).toEqual({
      location: { uri: 'data/weights.bin', uriBaseId: '%SRCROOT%' },
      roles: ['analysisTarget'],
      properties: { format: null, records: 0, status: 'skipped', reason: 'binary file' },
    });
    expect(run.results[4].locations[0].physicalLocation.artifactLocation.index).toBe(1);
  });

  it('reports skipped and failed files as notifications of a successful run', () => {
    const inv = check(sampleResults(), options()).runs[0].invocations;
    expect(inv).toHaveLength(1);
    expect(inv[0].executionSuccessful).toBe(true);
    expect(inv[0].toolExecutionNotifications.map((n: any) => [n.level, n.message.text])).toEqual([
      ['note', 'Skipped data/weights.bin: binary file'],
      ['error', 'Could not lint data/locked.jsonl: cannot read file: permission denied'],
    ]);
    expect(check(emptyResults(), options()).runs[0].invocations).toEqual([{ executionSuccessful: true }]);
  });

  it('writes uris with forward slashes relative to the source root, or file uris outside it', () => {
    const results: LintResults = {
      ...emptyResults(),
      findings: [
        { ...eiffel, path: '/home/ada/project/data/sub dir/a#1.jsonl' },
        { ...eiffel, path: './data/b.jsonl' },
        { ...eiffel, path: '/srv/shared/c.jsonl' },
      ],
    };
    const uris = check(results, options()).runs[0].results.map((r: any) => r.locations[0].physicalLocation.artifactLocation);
    expect(uris).toEqual([
      { uri: 'data/sub%20dir/a%231.jsonl', uriBaseId: '%SRCROOT%', index: 1 },
      { uri: 'data/b.jsonl', uriBaseId: '%SRCROOT%', index: 2 },
      { uri: 'file:///srv/shared/c.jsonl', index: 3 },
    ]);
    const win = check(
      { ...emptyResults(), findings: [{ ...eiffel, path: 'C:\\work\\ds\\data\\train.jsonl' }, { ...eiffel, path: 'data\\x.jsonl' }] },
      options({ cwd: 'C:\\work\\ds' }),
    ).runs[0];
    expect(win.originalUriBaseIds['%SRCROOT%'].uri).toBe('file:///C:/work/ds/');
    expect(win.results.map((r: any) => r.locations[0].physicalLocation.artifactLocation.uri)).toEqual([
      'data/train.jsonl',
      'data/x.jsonl',
    ]);
  });

  it('gives findings of rules not listed in options a descriptor of their own', () => {
    const run = check(sampleResults(), options({ rules: sampleRules.slice(0, 1) })).runs[0];
    expect(run.tool.driver.rules.map((r: any) => r.id)).toEqual([
      'detached-negation',
      'wrapped-negation',
      'low-probability',
      'invalid-record',
      'verdict-label',
    ]);
    for (const x of run.results) expect(run.tool.driver.rules[x.ruleIndex].id).toBe(x.ruleId);
  });

  it('handles Markdown findings without record or pointer', () => {
    const r = check(sampleResults(), options()).runs[0].results[4];
    expect(r.ruleId).toBe('verdict-label');
    expect(r.properties).toEqual({ record: null, pointer: null, start: null, end: null, trained: null });
    expect(r.relatedLocations[0].message.text).toBe('Cue: Myth:');
  });

  it('carries no dataset text when redacted, but keeps the fingerprint', () => {
    const out = sarif(redact(sampleResults()), options());
    for (const t of datasetTexts) expect(out).not.toContain(JSON.stringify(t).slice(1, -1));
    const r = JSON.parse(out).runs[0].results[0];
    expect(r.message.text).toBe('Claim is stated as fact; its negation is in another sentence');
    expect(r.relatedLocations[0].message.text).toBe('Cue (text redacted)');
    expect(r.partialFingerprints['neglint/v1']).toBe('a1b2c3d4e5f60718');
  });

  it('shows only errors under quiet but still describes every rule', () => {
    const run = check(sampleResults(), options({ quiet: true })).runs[0];
    expect(run.results.map((r: any) => r.level)).toEqual(['error', 'error', 'error']);
    expect(run.tool.driver.rules).toHaveLength(sampleRules.length);
    expect(run.invocations[0].toolExecutionNotifications).toHaveLength(1);
  });
});
