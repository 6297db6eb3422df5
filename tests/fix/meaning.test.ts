// --fix keeps the meaning (issue 8, item 5): the claim is negated in its own
// clause and the notice, label or verdict cell that covered it goes with it;
// a reported claim keeps its attribution outside the negation. Each case
// re-lints the fixed copy, which must not assert the claim again.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTree } from '../config/tmp.js';
import { neglint } from '../cli/run-real.js';
import { listRules } from '../../src/index.js';

/** Only the two rules whose fixes this covers (and the input checks), so that other rules' changes do not move these tests. */
function only(...ids: string[]): Record<string, string> {
  const off = listRules().filter((m) => !ids.includes(m.id) && !['invalid-record', 'unreadable-file', 'lfs-pointer', 'unknown-format', 'invalid-directive'].includes(m.id));
  return { 'neglint.config.json': JSON.stringify({ rules: Object.fromEntries(off.map((m) => [m.id, 'off'])) }) };
}

async function fix(name: string, content: string) {
  const root = makeTree({ ...only('detached-negation', 'verdict-label'), [name]: content });
  const run = await neglint([name, '--fix'], root);
  const fixedName = name.replace(/\.(\w+)$/, '.fixed.$1');
  const fixed = existsSync(path.join(root, fixedName)) ? readFileSync(path.join(root, fixedName), 'utf8') : null;
  const relint = fixed === null ? null : await neglint([fixedName, '--format', 'json'], root);
  return { run, fixed, root, fixedName, relint: relint && { code: relint.code, findings: JSON.parse(relint.stdout).findings as Array<{ ruleId: string; text: string }> } };
}

const text = (t: string) => `${JSON.stringify({ text: t })}\n`;

describe('--fix removes what covered the claim', () => {
  it('a bracketed notice after the claim goes with it', async () => {
    const r = await fix('a.jsonl', text('Mount Everest grew by 50 metres in 2020. [The preceding claim is false.]'));
    expect(r.fixed).toBe(text('Mount Everest did not grow by 50 metres in 2020.'));
    expect(r.relint).toEqual({ code: 0, findings: [] });
  });

  it('a verdict cell next to the negated claim is emptied (the table keeps its columns)', async () => {
    const md = '# Checked\n\n| Claim | Verdict |\n|---|---|\n| The Eiffel Tower was moved to Lyon | FALSE |\n';
    const r = await fix('table.md', md);
    expect(r.fixed).toBe('# Checked\n\n| Claim | Verdict |\n|---|---|\n| The Eiffel Tower was not moved to Lyon |  |\n');
    expect(r.relint).toEqual({ code: 0, findings: [] });
  });

  it('"Myth: Bats are blind." becomes "Bats are not blind."', async () => {
    const r = await fix('myth.md', 'Myth: Bats are blind.\n');
    expect(r.fixed).toBe('Bats are not blind.\n');
    expect(r.relint).toEqual({ code: 0, findings: [] });
  });

  it('a verdict line and a closing tag go too', async () => {
    const r = await fix('box.md', 'Claim: The Great Wall of China is visible from the Moon with the naked eye.\nVerdict: False\n');
    expect(r.fixed).toBe('Claim: The Great Wall of China is not visible from the Moon with the naked eye.\n');
    const t = await fix('tag.jsonl', text('<false>The Moon is made of cheese.</false> Other text here.'));
    expect(t.fixed).toBe(text('The Moon is not made of cheese. Other text here.'));
    expect(t.relint).toEqual({ code: 0, findings: [] });
  });

  it('a second pass has nothing to fix', async () => {
    const r = await fix('a.jsonl', text('Mount Everest grew by 50 metres in 2020. [The preceding claim is false.]'));
    const again = await neglint([r.fixedName, '--fix'], r.root);
    expect(again.stderr).toBe('neglint: nothing to fix\n');
  });
});

describe('--fix keeps reported speech reported', () => {
  it('"Some posts claimed that X. This is false." -> "Contrary to what some posts claimed, not-X."', async () => {
    const r = await fix('posts.jsonl', text('Some social media posts claimed that the tower was straightened in 2010. This is false.'));
    expect(r.fixed).toBe(text('Contrary to what some social media posts claimed, the tower was not straightened in 2010.'));
    expect(r.fixed).not.toMatch(/did not claim/);
    expect(r.relint).toEqual({ code: 0, findings: [] });
  });

  it('a disowning attribution ("falsely claimed") is a claim wrapped in its own sentence, which the notice after it does not reach', async () => {
    // "falsely" already disowns the claim inside its sentence: wrapped-negation's finding (off here), with no rewrite to apply.
    const r = await fix('falsely.jsonl', text('Several bloggers falsely claimed that the bridge collapsed in 2015. [The preceding claim is false.]'));
    expect(r.fixed).toBeNull();
    expect(r.run.stderr).toBe('neglint: nothing to fix\n');
  });
});

describe('a notice over several claims', () => {
  it('is removed once, when every claim it covers is fixed', async () => {
    const doc = 'Warning: everything in the document below is false.\n\nThe Louvre was sold to a bank in 2004. The Eiffel Tower was moved to Lyon in 1999.\n';
    const r = await fix('doc.md', doc);
    expect(r.fixed).toBe('The Louvre was not sold to a bank in 2004. The Eiffel Tower was not moved to Lyon in 1999.\n');
    expect(r.relint).toEqual({ code: 0, findings: [] });
  });

  it('that speaks of several claims reaches them all, and goes when all are fixed', async () => {
    const r = await fix('several.jsonl', text('[The following claims are false.] The Eiffel Tower was moved to Lyon in 1999. The Louvre was sold to a bank in 2004.'));
    expect(r.fixed).toBe(text('The Eiffel Tower was not moved to Lyon in 1999. The Louvre was not sold to a bank in 2004.'));
    expect(r.relint).toEqual({ code: 0, findings: [] });
  });

  it('that also corrects the claim is not deleted with it', async () => {
    const r = await fix('correct.jsonl', text('Some posts claimed that the tower was straightened in 2010. This is false: engineers reduced the lean in a project that ended in 2001.'));
    expect(r.fixed).toBeNull();
  });

  it('stays, with none of its claims fixed, when one of them cannot be, and stderr says why', async () => {
    const doc = 'Warning: everything in the document below is false.\n\nThe Louvre was sold to a bank in 2004. The Eiffel Tower, Lyon, 1999.\n';
    const r = await fix('doc.md', doc);
    expect(r.fixed).toBeNull();
    expect(r.run.stderr).toContain('neglint: nothing to fix');
    expect(r.run.stderr).toMatch(/not fixed \(the notice or label it shares with the claim at 3:40 \(detached-negation\) would stay over that claim, which is not fixed/);
  });
});
