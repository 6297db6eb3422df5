// The README's library example is run exactly as written: the code between
// its api-example markers, saved inside the package (so `import ... from
// 'neglint'` resolves to this package, as it does in a clone after npm
// install) and run with node against the built lib/.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';

const repo = path.resolve(import.meta.dirname, '../..');
const built = existsSync(path.join(repo, 'lib/src/index.js'));

export function readmeExample(readme: string): string {
  const block = /<!-- api-example:start -->\n```js\n([\s\S]*?)```\n<!-- api-example:end -->/.exec(readme);
  if (!block) throw new Error('README.md has no api-example block');
  return block[1]!;
}

it.skipIf(!built)('the library example in the README runs and prints its findings', () => {
  const code = readmeExample(readFileSync(path.join(repo, 'README.md'), 'utf8'));
  expect(code).toContain("from 'neglint'");
  const file = path.join(repo, 'lib', `readme-example-${process.pid}.mjs`);
  writeFileSync(file, code);
  try {
    const run = spawnSync(process.execPath, [file], { cwd: repo, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.at(-1)).toMatch(/^records: 2, errors: \d+, warnings: \d+$/);
    const [, errors, warnings] = lines.at(-1)!.match(/\d+/g)!.map(Number);
    expect(errors! + warnings!).toBeGreaterThan(0);
    expect(lines[0]).toMatch(/^train\.jsonl:1:\d+ (error|warning|info) [a-z-]+: \S/);
    expect(lines).toContain('  claim: Apollo 11 landed on the Moon in 1972 with four astronauts on board.');
  } finally {
    rmSync(file, { force: true });
  }
});
