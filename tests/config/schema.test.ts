import { describe, expect, it } from 'vitest';
import { ConfigError, configFromObject, loadConfig, validateConfig } from '../../src/config/index.js';
import { makeTree } from './tmp.js';

const knownRules = [
  { id: 'detached-negation', severity: 'error' as const },
  { id: 'fiction-frame', severity: 'error' as const },
  { id: 'wrapped-negation', severity: 'warning' as const },
  { id: 'invalid-record', severity: 'error' as const },
  { id: 'lfs-pointer', severity: 'warning' as const },
];
const ruleIds = knownRules.map((r) => r.id);

function problem(config: unknown, formats?: string[]): string {
  try {
    validateConfig(config, '.neglintrc.json', formats ? { ruleIds, formats } : { ruleIds });
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).not.toContain('\n');
    return message;
  }
  throw new Error('expected a config error');
}

describe('config schema messages', () => {
  it('accepts a full config', () => {
    const config = {
      $schema: './node_modules/neglint/schema.json',
      rules: { 'detached-negation': 'warning', 'fiction-frame': ['info', { realEntities: false }], 'invalid-record': ['off'] },
      include: ['data/**/*.jsonl'],
      exclude: ['data/raw/'],
      format: 'openai-chat',
      fields: { '/messages/0/content': 'context', '': 'trained' },
      profile: 'whole-conversation',
      overrides: [{ files: ['*.md'], excludedFiles: ['README.md'], rules: { 'fiction-frame': 'off' }, format: 'auto', fields: {}, profile: 'default' }],
    };
    expect(validateConfig(config, 'x', { ruleIds })).toBe(config);
  });

  it('unknown rule, with a suggestion', () => {
    expect(problem({ rules: { 'detached-negatoin': 'error' } })).toBe(
      'config error in .neglintrc.json: rules.detached-negatoin: unknown rule (did you mean "detached-negation"?)',
    );
  });

  it('unknown rule, without a plausible suggestion', () => {
    expect(problem({ rules: { 'no-such-thing-at-all': 'error' } })).toBe('config error in .neglintrc.json: rules.no-such-thing-at-all: unknown rule');
  });

  it('unknown rule inside an override', () => {
    expect(problem({ overrides: [{ files: ['*.md'] }, { files: ['*.jsonl'], rules: { 'fiction-fram': 'off' } }] })).toBe(
      'config error in .neglintrc.json: overrides[1].rules.fiction-fram: unknown rule (did you mean "fiction-frame"?)',
    );
  });

  it('bad severity', () => {
    expect(problem({ rules: { 'fiction-frame': 'fatal' } })).toBe(
      'config error in .neglintrc.json: rules.fiction-frame: expected one of off|info|warning|error, got "fatal"',
    );
    expect(problem({ rules: { 'fiction-frame': 'warn' } })).toBe(
      'config error in .neglintrc.json: rules.fiction-frame: expected one of off|info|warning|error, got "warn" (did you mean "warning"?)',
    );
  });

  it('bad severity in the array form', () => {
    expect(problem({ rules: { 'fiction-frame': ['fatal', {}] } })).toBe(
      'config error in .neglintrc.json: rules.fiction-frame[0]: expected one of off|info|warning|error, got "fatal"',
    );
    expect(problem({ rules: { 'fiction-frame': ['error', 'x'] } })).toBe(
      'config error in .neglintrc.json: rules.fiction-frame[1]: expected an object, got "x"',
    );
    expect(problem({ rules: { 'fiction-frame': [] } })).toBe(
      'config error in .neglintrc.json: rules.fiction-frame: expected "severity" or ["severity", {options}], got an array of 0',
    );
    expect(problem({ rules: { 'fiction-frame': ['error', {}, {}] } })).toBe(
      'config error in .neglintrc.json: rules.fiction-frame: expected "severity" or ["severity", {options}], got an array of 3',
    );
  });

  it('numeric (ESLint-style) severity', () => {
    expect(problem({ rules: { 'fiction-frame': 2 } })).toBe(
      'config error in .neglintrc.json: rules.fiction-frame: expected a severity (off|info|warning|error) or [severity, {options}], got 2',
    );
  });

  it('unknown top-level key, with a suggestion', () => {
    expect(problem({ rule: {} })).toBe('config error in .neglintrc.json: rule: unknown key (did you mean "rules"?)');
    expect(problem({ colours: true })).toBe(
      'config error in .neglintrc.json: colours: unknown key (allowed: $schema, rules, include, exclude, format, fields, profile, overrides)',
    );
  });

  it('unknown key in an override', () => {
    expect(problem({ overrides: [{ files: ['a'], exclude: ['b'] }] })).toBe(
      'config error in .neglintrc.json: overrides[0].exclude: unknown key (did you mean "excludedFiles"?)',
    );
  });

  it('override without files', () => {
    expect(problem({ overrides: [{ rules: {} }] })).toBe('config error in .neglintrc.json: overrides[0].files: missing (required)');
    expect(problem({ overrides: [{ files: [] }] })).toBe('config error in .neglintrc.json: overrides[0].files: must list at least one glob');
  });

  it('wrong types', () => {
    expect(problem([])).toBe('config error in .neglintrc.json: the config must be a JSON object, got an array');
    expect(problem({ include: 'data/*.jsonl' })).toBe('config error in .neglintrc.json: include: expected an array, got "data/*.jsonl"');
    expect(problem({ exclude: ['ok', 3] })).toBe('config error in .neglintrc.json: exclude[1]: expected a string, got 3');
    expect(problem({ include: [''] })).toBe('config error in .neglintrc.json: include[0]: must not be empty');
    expect(problem({ rules: [] })).toBe('config error in .neglintrc.json: rules: expected an object, got an array');
  });

  it('bad profile and field weights', () => {
    expect(problem({ profile: 'whole' })).toBe(
      'config error in .neglintrc.json: profile: expected one of default|whole-conversation, got "whole" (did you mean "whole-conversation"?)',
    );
    expect(problem({ fields: { '/text': 'train' } })).toBe(
      'config error in .neglintrc.json: fields["/text"]: expected one of trained|context|penalized, got "train" (did you mean "trained"?)',
    );
    expect(problem({ fields: { text: 'trained' } })).toBe('config error in .neglintrc.json: fields: "text" is not a JSON Pointer (it must start with "/")');
  });

  it('format checked against known adapters when they are given', () => {
    expect(problem({ format: 'openai-chta' }, ['openai-chat', 'sharegpt'])).toBe(
      'config error in .neglintrc.json: format: expected one of auto|openai-chat|sharegpt, got "openai-chta" (did you mean "openai-chat"?)',
    );
    expect(problem({ format: '' })).toBe('config error in .neglintrc.json: format: must not be empty');
  });

  it('the message names the file it came from', async () => {
    const root = makeTree({ 'package.json': JSON.stringify({ neglint: { rules: { 'fiction-frame': 'fatal' } } }) });
    await expect(loadConfig({ cwd: root, knownRules })).rejects.toThrow(
      'config error in package.json#neglint: rules.fiction-frame: expected one of off|info|warning|error, got "fatal"',
    );
  });

  it('configFromObject validates a config given in code', () => {
    expect(() => configFromObject({ rules: { nope: 'off' } } as never, { cwd: '/', knownRules })).toThrow(
      'config error in the config object: rules.nope: unknown rule',
    );
  });
});
