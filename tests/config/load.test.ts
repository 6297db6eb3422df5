import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, findConfigFile, loadConfig } from '../../src/config/index.js';
import { makeTree } from './tmp.js';

const knownRules = [
  { id: 'detached-negation', severity: 'error' as const },
  { id: 'fiction-frame', severity: 'error' as const },
  { id: 'wrapped-negation', severity: 'warning' as const },
  { id: 'invalid-record', severity: 'error' as const },
];

const cfg = (rules: Record<string, unknown>) => JSON.stringify({ rules });

describe('config discovery', () => {
  it('finds neglint.config.json before .neglintrc.json before package.json#neglint in one directory', async () => {
    const root = makeTree({
      'neglint.config.json': cfg({ 'fiction-frame': 'off' }),
      '.neglintrc.json': cfg({ 'fiction-frame': 'info' }),
      'package.json': JSON.stringify({ name: 'x', neglint: cfg({ 'fiction-frame': 'warning' }) }),
    });
    const loaded = await loadConfig({ cwd: root, knownRules });
    expect(loaded.source).toBe('neglint.config.json');
    expect(loaded.config.rules).toEqual({ 'fiction-frame': 'off' });
    expect(loaded.filePath).toBe(path.join(root, 'neglint.config.json'));
    expect(loaded.baseDir).toBe(root);
  });

  it('uses .neglintrc.json when there is no neglint.config.json', async () => {
    const root = makeTree({ '.neglintrc.json': cfg({ 'fiction-frame': 'info' }), 'package.json': '{"neglint": {}}' });
    const loaded = await loadConfig({ cwd: root, knownRules });
    expect(loaded.source).toBe('.neglintrc.json');
  });

  it('reads package.json#neglint and skips a package.json without the key', async () => {
    const root = makeTree({
      'package.json': JSON.stringify({ name: 'outer', neglint: { rules: { 'wrapped-negation': 'error' } } }),
      'pkg/package.json': JSON.stringify({ name: 'inner' }),
    });
    const loaded = await loadConfig({ cwd: path.join(root, 'pkg'), knownRules });
    expect(loaded.source).toBe('../package.json#neglint');
    expect(loaded.config.rules).toEqual({ 'wrapped-negation': 'error' });
    expect(loaded.baseDir).toBe(root);
  });

  it('searches upward and the nearest config wins', async () => {
    const root = makeTree({
      '.neglintrc.json': cfg({ 'fiction-frame': 'info' }),
      'a/neglint.config.json': cfg({ 'fiction-frame': 'warning' }),
      'a/b/c/': '',
    });
    const deep = await loadConfig({ cwd: path.join(root, 'a/b/c'), knownRules });
    expect(deep.source).toBe('../../neglint.config.json');
    expect(deep.config.rules).toEqual({ 'fiction-frame': 'warning' });
    const top = await findConfigFile(root);
    expect(top?.path).toBe(path.join(root, '.neglintrc.json'));
  });

  it('stops at the directory that holds .git, after checking it', async () => {
    const root = makeTree({ '.neglintrc.json': cfg({ 'fiction-frame': 'info' }), 'repo/data/': '' });
    mkdirSync(path.join(root, 'repo/.git'));
    const loaded = await loadConfig({ cwd: path.join(root, 'repo/data'), knownRules });
    expect(loaded.filePath).toBeNull();
    expect(loaded.source).toMatch(/^defaults/);
    expect(loaded.config).toEqual({});

    const withConfigAtRoot = makeTree({ 'neglint.config.json': cfg({}), 'sub/': '' });
    expect((await loadConfig({ cwd: path.join(withConfigAtRoot, 'sub'), knownRules })).source).toBe('../neglint.config.json');
  });

  it('--config replaces discovery', async () => {
    const root = makeTree({ '.neglintrc.json': cfg({ 'fiction-frame': 'info' }), 'cfg/strict.json': cfg({ 'wrapped-negation': 'error' }) });
    const loaded = await loadConfig({ cwd: root, configFile: 'cfg/strict.json', knownRules });
    expect(loaded.source).toBe('--config cfg/strict.json');
    expect(loaded.config.rules).toEqual({ 'wrapped-negation': 'error' });
    expect(loaded.baseDir).toBe(path.join(root, 'cfg'));
  });

  it('--config with a package.json reads its neglint key', async () => {
    const root = makeTree({ 'other/package.json': JSON.stringify({ neglint: { profile: 'whole-conversation' } }) });
    const loaded = await loadConfig({ cwd: root, configFile: 'other/package.json', knownRules });
    expect(loaded.config.profile).toBe('whole-conversation');
    const bare = makeTree({ 'package.json': '{"name": "x"}' });
    await expect(loadConfig({ cwd: bare, configFile: 'package.json', knownRules })).rejects.toThrow(
      'config error in package.json: no "neglint" key',
    );
  });

  it('a missing --config file is a config error', async () => {
    const root = makeTree({});
    const error = await loadConfig({ cwd: root, configFile: 'nope.json', knownRules }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toBe('config file not found: nope.json');
  });

  it('a BOM at the start of a config file is fine', async () => {
    const root = makeTree({ '.neglintrc.json': '\uFEFF{"rules": {"fiction-frame": "off"}}' });
    expect((await loadConfig({ cwd: root, knownRules })).config.rules).toEqual({ 'fiction-frame': 'off' });
  });
});

describe('JSONC config files', () => {
  it('accepts // and /* */ comments and trailing commas', async () => {
    const text = '{\n  // the rules\n  "rules": {\n    "fiction-frame": "off", /* quoted on purpose */\n  },\n  "exclude": ["eval/**",],\n}\n';
    const root = makeTree({ 'neglint.config.json': text });
    const loaded = await loadConfig({ cwd: root, knownRules });
    expect(loaded.config).toEqual({ rules: { 'fiction-frame': 'off' }, exclude: ['eval/**'] });
  });
});

describe('bad JSON in a config file', () => {
  const cases: Array<[string, string]> = [
    ['{\n  "rules": {\n    "fiction-frame" "off"\n  }\n}\n', 'invalid JSON at line 3, column 21: expected ":" after the property name'],
    ['{"rules": {}', 'invalid JSON at line 1, column 13: unexpected end of file'],
    ["{'rules': {}}", 'invalid JSON at line 1, column 2: strings must use double quotes'],
    ['{\n  /* never closed\n  "rules": {}\n}', 'invalid JSON at line 2, column 3: unterminated /* comment'],
    ['', 'invalid JSON at line 1, column 1: the file is empty'],
    ['// only a comment\n', 'invalid JSON at line 2, column 1: the file is empty'],
    ['{"rules": {}} x', 'invalid JSON at line 1, column 15: unexpected text after the end of the JSON value'],
    ['{"profile": "a\nb"}', 'invalid JSON at line 1, column 13: unterminated string (line break inside a string)'],
    ['{\n  "rules": {\n    "fiction-frame": "off"\n    "wrapped-negation": "off"\n  }\n}', 'invalid JSON at line 4, column 5: expected "," between entries'],
  ];
  it.each(cases)('%j', async (text, message) => {
    const root = makeTree({ '.neglintrc.json': text });
    await expect(loadConfig({ cwd: root, knownRules })).rejects.toThrow(`config error in .neglintrc.json: ${message}`);
  });

  it('package.json stays strict JSON (npm reads it so), and the error names package.json', async () => {
    const root = makeTree({ 'package.json': '{"name": "x",}' });
    await expect(loadConfig({ cwd: root, knownRules })).rejects.toThrow(
      'config error in package.json: invalid JSON at line 1, column 14: trailing comma',
    );
    const commented = makeTree({ 'package.json': '{"name": "x", // hi\n "neglint": {}}' });
    await expect(loadConfig({ cwd: commented, knownRules })).rejects.toThrow(
      'config error in package.json: invalid JSON at line 1, column 15: comments are not allowed in this file (strict JSON)',
    );
  });
});

