import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/config/errors.js';
import { discoverFiles } from '../../src/engine/discover.js';
import { makeTree } from '../config/tmp.js';

const tree = {
  'data/a.jsonl': '{}\n',
  'data/b.ndjson': '{}\n',
  'data/c.json': '[]',
  'data/d.md': '# d',
  'data/e.markdown': '# e',
  'data/f.txt': 'f',
  'data/g.jsonl.gz': 'gz',
  'data/h.json.gz': 'gz',
  'data/i.csv': 'a,b',
  'data/j.txt.gz': 'gz',
  'data/sub/k.jsonl': '{}\n',
  'data/.hidden/l.jsonl': '{}\n',
  'data/.m.jsonl': '{}\n',
  'data/node_modules/pkg/n.json': '{}',
  'package.json': '{}',
  'package-lock.json': '{}',
  'tsconfig.build.json': '{}',
  'neglint.config.json': '{}',
  'ignored/o.jsonl': '{}\n',
  '.gitignore': 'ignored/\n*.secret.jsonl\n',
  'data/p.secret.jsonl': '{}\n',
};

const shown = (files: { displayPath: string }[]) => files.map((f) => f.displayPath);

describe('discoverFiles', () => {
  it('expands a directory to its dataset files, sorted, skipping the usual non-datasets and .gitignore', async () => {
    const root = makeTree(tree);
    const files = await discoverFiles([], root);
    expect(shown(files)).toEqual([
      'data/a.jsonl',
      'data/b.ndjson',
      'data/c.json',
      'data/d.md',
      'data/e.markdown',
      'data/f.txt',
      'data/g.jsonl.gz',
      'data/h.json.gz',
      'data/i.csv',
      'data/sub/k.jsonl',
    ]);
    expect(files[0]!.path).toBe(path.join(root, 'data/a.jsonl'));
  });

  it('takes an existing file as it is, whatever its extension, even if gitignored', async () => {
    const root = makeTree(tree);
    expect(shown(await discoverFiles(['data/i.csv', './data/p.secret.jsonl', 'data/.m.jsonl'], root))).toEqual([
      'data/.m.jsonl',
      'data/i.csv',
      'data/p.secret.jsonl',
    ]);
  });

  it('deduplicates paths given several ways', async () => {
    const root = makeTree(tree);
    const files = await discoverFiles(['data/a.jsonl', 'data/*.jsonl', 'data', path.join(root, 'data/a.jsonl')], root);
    expect(shown(files).filter((p) => p === 'data/a.jsonl')).toHaveLength(1);
  });

  it('globs respect .gitignore and node_modules', async () => {
    const root = makeTree(tree);
    expect(shown(await discoverFiles(['**/*.jsonl'], root))).toEqual(['data/a.jsonl', 'data/sub/k.jsonl']);
  });

  it('a leading ! removes matches', async () => {
    const root = makeTree(tree);
    expect(shown(await discoverFiles(['data', '!data/sub/**', '!*.md'], root))).toEqual([
      'data/a.jsonl',
      'data/b.ndjson',
      'data/c.json',
      'data/e.markdown',
      'data/f.txt',
      'data/g.jsonl.gz',
      'data/h.json.gz',
      'data/i.csv',
    ]);
  });

  it('display paths are relative to cwd, forward slashes', async () => {
    const root = makeTree(tree);
    const sub = path.join(root, 'data/sub');
    expect(shown(await discoverFiles(['../a.jsonl', '.'], sub))).toEqual(['../a.jsonl', 'k.jsonl']);
    const outside = makeTree({ 'x.jsonl': '{}' });
    expect(shown(await discoverFiles([path.join(outside, 'x.jsonl')], root))).toEqual([path.join(outside, 'x.jsonl').split(path.sep).join('/')]);
  });

  it('config exclude (relative to the config directory) and include', async () => {
    const root = makeTree(tree);
    const sub = path.join(root, 'data');
    expect(shown(await discoverFiles(['.'], sub, { base: root, exclude: ['data/sub/', '*.md', '*.gz'] }))).toEqual([
      'a.jsonl',
      'b.ndjson',
      'c.json',
      'e.markdown',
      'f.txt',
      'i.csv',
    ]);
    expect(shown(await discoverFiles([], root, { include: ['data/*.csv', 'sub/*.jsonl', '**/k.jsonl'] }))).toEqual(['data/i.csv', 'data/sub/k.jsonl']);
    // an explicitly named file that the config excludes is skipped quietly (pre-commit passes every staged file)
    expect(shown(await discoverFiles(['data/a.jsonl', 'data/c.json'], root, { exclude: ['a.jsonl'] }))).toEqual(['data/c.json']);
  });

  it('clear errors', async () => {
    const root = makeTree({ ...tree, 'empty-dir/': '', 'only-csv/x.csv': '', 'only-xlsx/x.xlsx': '' });
    const failure = async (patterns: string[], options = {}) => {
      const error = await discoverFiles(patterns, root, options).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UsageError);
      return (error as Error).message;
    };
    expect(await failure(['data/*.parquet'])).toBe('no files match "data/*.parquet"');
    expect(await failure(['empty-dir'])).toBe('no dataset files in "empty-dir/" (looked for .jsonl, .ndjson, .json, .csv, .tsv, .parquet, .md, .txt)');
    expect(await failure(['only-xlsx/'])).toBe('no dataset files in "only-xlsx/" (looked for .jsonl, .ndjson, .json, .csv, .tsv, .parquet, .md, .txt)');
    expect(await failure(['nope.jsonl'])).toBe('no such file or directory: "nope.jsonl"');
    expect(await failure(['data/sub'], { exclude: ['k.jsonl'] })).toBe('all dataset files in "data/sub/" are excluded');
    expect(await failure(['data/sub/*.jsonl'], { exclude: ['k.jsonl'] })).toBe('all files matching "data/sub/*.jsonl" are excluded by the config');
    expect(await failure(['only-csv'], { include: ['*.parquet'] })).toBe('no dataset files in "only-csv/" (looked for *.parquet)');
    expect((await discoverFiles(['only-csv'], root)).map((f) => f.displayPath)).toEqual(['only-csv/x.csv']);
  });
});
