// `neglint --init`: a commented starter config that loads as it is, and never
// overwrites or shadows a config that is there.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { listFormats, listRules } from '../../src/index.js';
import { makeTree } from '../config/tmp.js';
import { cleanRecord, neglint } from './run-real.js';

const knownRules = listRules().map((r) => ({ id: r.id, severity: r.severity }));

describe('--init', () => {
  it('writes a commented neglint.config.json that changes nothing until edited, with $schema', async () => {
    const root = makeTree({ 'data/a.jsonl': `${cleanRecord(1)}\n` });
    const run = await neglint(['--init'], root);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toBe('Wrote neglint.config.json: every setting in it is commented out; edit it, then run neglint.\n');
    const text = readFileSync(path.join(root, 'neglint.config.json'), 'utf8');
    expect(text).toMatch(/^\/\/ neglint config \(JSONC/);
    expect(text).toMatch(/"\$schema": "https:\/\/raw\.githubusercontent\.com\/neglint\/neglint\/v\d+\.\d+\.\d+\/schema\/neglint\.config\.schema\.json"/);
    for (const rule of listRules()) expect(text).toContain(`// "${rule.id}":`);
    const loaded = await loadConfig({ cwd: root, knownRules, knownFormats: listFormats() });
    expect(loaded.source).toBe('neglint.config.json');
    expect(loaded.config).toEqual({ $schema: expect.any(String), rules: {}, overrides: [] });
    expect((await neglint(['data'], root)).code).toBe(0);
  });

  it('refuses to overwrite the file, or to shadow another config in the directory (exit 2, nothing changed)', async () => {
    const root = makeTree({ 'neglint.config.json': '{"rules": {}}' });
    const again = await neglint(['--init'], root);
    expect(again.code).toBe(2);
    expect(again.stderr).toBe('neglint: --init: neglint.config.json already exists here; refusing to write another config next to it\n');
    expect(readFileSync(path.join(root, 'neglint.config.json'), 'utf8')).toBe('{"rules": {}}');

    const rc = makeTree({ '.neglintrc.json': '{}' });
    expect((await neglint(['--init'], rc)).stderr).toContain('.neglintrc.json already exists here');
    const pkg = makeTree({ 'package.json': '{"name": "x", "neglint": {}}' });
    expect((await neglint(['--init'], pkg)).stderr).toContain('package.json#neglint already exists here');
  });

  it('--config FILE names the file to write, and refuses an existing one', async () => {
    const root = makeTree({});
    expect((await neglint(['--init', '--config', 'configs/neglint.json'], root)).code).toBe(2); // no such directory
    writeFileSync(path.join(root, 'mine.json'), '{}');
    const refused = await neglint(['--init', '--config', 'mine.json'], root);
    expect(refused.stderr).toBe('neglint: --init: mine.json already exists; refusing to overwrite it\n');
    const ok = await neglint(['--init', '--config', 'other.json'], root);
    expect(ok.code).toBe(0);
    expect((await neglint(['--config', 'other.json', '--print-config'], root)).code).toBe(0);
  });

  it('takes no paths', async () => {
    const run = await neglint(['--init', 'data'], makeTree({}));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--init writes a config file; it takes no paths');
  });
});
