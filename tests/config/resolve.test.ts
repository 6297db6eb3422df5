import { describe, expect, it } from 'vitest';
import { globMatcher, matchingOverrides, resolveFileConfig, type LoadedConfig, type NeglintConfig } from '../../src/config/index.js';

const knownRules = [
  { id: 'detached-negation', severity: 'error' as const },
  { id: 'fiction-frame', severity: 'error' as const },
  { id: 'wrapped-negation', severity: 'warning' as const },
  { id: 'lfs-pointer', severity: 'warning' as const },
];

function loaded(config: NeglintConfig): LoadedConfig {
  return { config, filePath: '/repo/.neglintrc.json', source: '.neglintrc.json', baseDir: '/repo', knownRules };
}

describe('resolveFileConfig', () => {
  it('starts from every rule default', () => {
    const resolved = resolveFileConfig(loaded({}), 'data/a.jsonl');
    expect(resolved).toEqual({
      rules: {
        'detached-negation': { severity: 'error', options: {} },
        'fiction-frame': { severity: 'error', options: {} },
        'wrapped-negation': { severity: 'warning', options: {} },
        'lfs-pointer': { severity: 'warning', options: {} },
      },
      format: 'auto',
      formatOptions: { wholeConversation: false },
    });
  });

  it('base config, then matching overrides in order, then flags', () => {
    const config = loaded({
      rules: { 'fiction-frame': ['warning', { realEntities: true }], 'lfs-pointer': 'off' },
      format: 'openai-chat',
      fields: { '/meta/note': 'context' },
      overrides: [
        { files: ['*.md'], rules: { 'fiction-frame': 'info' }, format: 'auto' },
        { files: ['data/**/*.jsonl'], excludedFiles: ['data/raw/**'], rules: { 'fiction-frame': 'error', 'wrapped-negation': 'off' } },
        { files: ['data/dpo/*.jsonl'], rules: { 'wrapped-negation': ['info', { x: 1 }] }, fields: { '/extra': 'penalized' }, profile: 'whole-conversation' },
      ],
    });

    const md = resolveFileConfig(config, 'docs/guide.md');
    expect(md.rules['fiction-frame']).toEqual({ severity: 'info', options: { realEntities: true } });
    expect(md.rules['lfs-pointer']!.severity).toBe('off');
    expect(md.format).toBe('auto');
    expect(matchingOverrides(config, 'docs/guide.md')).toEqual([0]);

    const raw = resolveFileConfig(config, 'data/raw/a.jsonl');
    expect(matchingOverrides(config, 'data/raw/a.jsonl')).toEqual([]);
    expect(raw.rules['fiction-frame']!.severity).toBe('warning');
    expect(raw.format).toBe('openai-chat');
    expect(raw.formatOptions).toEqual({ wholeConversation: false, fields: { '/meta/note': 'context' } });

    const dpo = resolveFileConfig(config, 'data/dpo/b.jsonl');
    expect(matchingOverrides(config, 'data/dpo/b.jsonl')).toEqual([1, 2]);
    expect(dpo.rules['fiction-frame']).toEqual({ severity: 'error', options: { realEntities: true } });
    expect(dpo.rules['wrapped-negation']).toEqual({ severity: 'info', options: { x: 1 } });
    expect(dpo.formatOptions).toEqual({ wholeConversation: true, fields: { '/meta/note': 'context', '/extra': 'penalized' } });

    const flagged = resolveFileConfig(config, 'data/dpo/b.jsonl', {
      ruleOverrides: { 'wrapped-negation': 'error', 'detached-negation': 'off' },
      profile: 'default',
    });
    expect(flagged.rules['wrapped-negation']).toEqual({ severity: 'error', options: { x: 1 } });
    expect(flagged.rules['detached-negation']!.severity).toBe('off');
    expect(flagged.formatOptions.wholeConversation).toBe(false);
  });

  it('profile whole-conversation sets formatOptions.wholeConversation', () => {
    expect(resolveFileConfig(loaded({ profile: 'whole-conversation' }), 'a.jsonl').formatOptions.wholeConversation).toBe(true);
    expect(resolveFileConfig(loaded({}), 'a.jsonl', { profile: 'whole-conversation' }).formatOptions.wholeConversation).toBe(true);
  });

  it('a later override replaces the options only when it gives some', () => {
    const config = loaded({
      rules: { 'fiction-frame': ['error', { a: 1 }] },
      overrides: [{ files: ['*.jsonl'], rules: { 'fiction-frame': ['warning'] } }, { files: ['b.jsonl'], rules: { 'fiction-frame': ['info', { b: 2 }] } }],
    });
    expect(resolveFileConfig(config, 'a.jsonl').rules['fiction-frame']).toEqual({ severity: 'warning', options: { a: 1 } });
    expect(resolveFileConfig(config, 'b.jsonl').rules['fiction-frame']).toEqual({ severity: 'info', options: { b: 2 } });
  });

  it('the lintText format option wins over the config', () => {
    expect(resolveFileConfig(loaded({ format: 'sharegpt' }), 'x', { format: 'alpaca' }).format).toBe('alpaca');
  });
});

describe('globMatcher', () => {
  it('reads globs like .gitignore and ESLint overrides', () => {
    const m = globMatcher(['*.md', 'data/raw', 'build/', 'logs', './top/*.json', '.hidden.jsonl']);
    expect(m('README.md')).toBe(true);
    expect(m('docs/deep/x.md')).toBe(true); // no slash: any depth
    expect(m('data/raw/a.jsonl')).toBe(true); // a directory: everything under it
    expect(m('data/rawer/a.jsonl')).toBe(false);
    expect(m('build/a.json')).toBe(true);
    expect(m('x/logs/a.txt')).toBe(true); // a bare directory name at any depth
    expect(m('top/a.json')).toBe(true);
    expect(m('sub/top/a.json')).toBe(false);
    expect(m('a/.hidden.jsonl')).toBe(true);
    expect(m('data/train.jsonl')).toBe(false);
    expect(globMatcher([])('anything')).toBe(false);
  });
});
