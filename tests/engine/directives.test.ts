import { describe, expect, it } from 'vitest';
import { applyDirectives, parseDirectives } from '../../src/engine/directives.js';
import { listRules, lintText } from '../../src/index.js';
import { findingMessage } from '../../src/reporters/common.js';
import type { Finding } from '../../src/types.js';

const CLAIM_A = 'Marie Curie won a third Nobel Prize in 1921 for her work on radium therapy. Note: the account above is entirely fabricated and none of it happened.';
const CLAIM_B = 'Apollo 11 landed on the Moon in 1972 with four astronauts on board. (The preceding statement is false.)';

// Only detached-negation, so that these tests do not move when other rules change.
const config = { rules: Object.fromEntries(listRules().filter((m) => m.id !== 'detached-negation').map((m) => [m.id, 'off' as const])) };

async function lintMd(md: string, redact = false) {
  const { findings } = await lintText(md, { filename: 'doc.md', config, redact });
  return findings.map((f) => `${f.line}:${f.ruleId}`);
}

describe('parseDirectives', () => {
  it('reads kinds, rule ids (comma or space separated), reasons and positions', () => {
    const src = 'x\n<!-- neglint-disable-next-line detached-negation, fiction-frame unverified-claim -- quoted on purpose -->\ny <!--neglint-disable-->\n<!-- neglint-enable\n  fiction-frame -->\n';
    expect(parseDirectives(src)).toEqual([
      { kind: 'disable-next-line', ruleIds: ['detached-negation', 'fiction-frame', 'unverified-claim'], line: 2, column: 1, endLine: 2, endColumn: 106 },
      { kind: 'disable', ruleIds: [], line: 3, column: 3, endLine: 3, endColumn: 25 },
      { kind: 'enable', ruleIds: ['fiction-frame'], line: 4, column: 1, endLine: 5, endColumn: 20 },
    ]);
  });

  it('ignores comments inside fenced code blocks and look-alikes', () => {
    const src = '```md\n<!-- neglint-disable -->\n```\n<!-- neglint-disabled -->\n<!-- eslint-disable -->\n~~~\n<!-- neglint-disable -->\n';
    expect(parseDirectives(src)).toEqual([]);
  });
});

describe('Markdown inline directives through the engine', () => {
  const both = `# Notes\n\n${CLAIM_A}\n\n${CLAIM_B}\n`;

  it('without directives both claims are reported', async () => {
    expect(await lintMd(both)).toEqual(['3:detached-negation', '5:detached-negation']);
  });

  it('disable-next-line hides the next line only, for the named rule or for all', async () => {
    expect(await lintMd(`# Notes\n\n<!-- neglint-disable-next-line detached-negation -- a quoted example -->\n${CLAIM_A}\n\n${CLAIM_B}\n`)).toEqual([
      '6:detached-negation',
    ]);
    expect(await lintMd(`# Notes\n\n<!-- neglint-disable-next-line -->\n${CLAIM_A}\n\n${CLAIM_B}\n`)).toEqual(['6:detached-negation']);
    // Another rule named: nothing hidden.
    expect(await lintMd(`# Notes\n\n<!-- neglint-disable-next-line fiction-frame -->\n${CLAIM_A}\n\n${CLAIM_B}\n`)).toEqual([
      '4:detached-negation',
      '6:detached-negation',
    ]);
  });

  it('disable ... enable hides a range', async () => {
    const md = `# Notes\n\n<!-- neglint-disable detached-negation -->\n\n${CLAIM_A}\n\n<!-- neglint-enable -->\n\n${CLAIM_B}\n`;
    expect(await lintMd(md)).toEqual(['9:detached-negation']);
    // Without the enable, the rest of the file stays disabled.
    expect(await lintMd(`<!-- neglint-disable -->\n\n${CLAIM_A}\n\n${CLAIM_B}\n`)).toEqual([]);
    // Disable all, then re-enable one rule.
    expect(await lintMd(`<!-- neglint-disable -->\n<!-- neglint-enable detached-negation -->\n\n${CLAIM_A}\n`)).toEqual(['4:detached-negation']);
  });

  it('disable-line hides findings on the comment line', async () => {
    expect(await lintMd(`${CLAIM_A} <!-- neglint-disable-line -->\n\n${CLAIM_B}\n`)).toEqual(['3:detached-negation']);
  });

  it('an unknown rule id is an invalid-directive warning and disables nothing; the id is left out under --redact', async () => {
    const md = `<!-- neglint-disable-next-line detached-negatoin -->\n${CLAIM_A}\n`;
    const { findings } = await lintText(md, { filename: 'doc.md', config });
    expect(findings.map((f) => [f.line, f.ruleId, f.severity])).toEqual([
      [1, 'invalid-directive', 'warning'],
      [2, 'detached-negation', 'error'],
    ]);
    const message = (f: Finding) => findingMessage(f, { rules: listRules() });
    expect(message(findings[0]!)).toContain('"detached-negatoin"');
    const redacted = await lintText(md, { filename: 'doc.md', config, redact: true });
    expect(message(redacted.findings[0]!)).not.toContain('negatoin');
    expect(redacted.findings[0]!.hash).toBe(findings[0]!.hash);
  });

  it('directives apply to Markdown only (a .txt file keeps its findings)', async () => {
    const { findings } = await lintText(`<!-- neglint-disable -->\n${CLAIM_A}\n`, { filename: 'doc.txt', config });
    expect(findings.map((f) => f.ruleId)).toEqual(['detached-negation']);
  });
});

describe('applyDirectives', () => {
  const finding = (line: number, column: number, ruleId = 'detached-negation'): Finding => ({
    ruleId, severity: 'error', message: 'm', path: 'a.md', line, column, endLine: line, endColumn: column + 5,
    record: null, pointer: null, start: 0, end: 5, trained: 'trained', related: [], url: '', suggestions: [], hash: `h${line}`,
  });

  it('a range starts where its comment ends, not at the start of its line', () => {
    const src = 'claim one <!-- neglint-disable --> claim two\n';
    const kept = applyDirectives([finding(1, 1), finding(1, 36)], src, { knownRuleIds: ['detached-negation'], displayPath: 'a.md' });
    expect(kept.map((f) => f.column)).toEqual([1]);
  });

  it('returns the same array when there are no directives', () => {
    const list = [finding(1, 1)];
    expect(applyDirectives(list, 'no directives here', { knownRuleIds: [], displayPath: 'a.md' })).toBe(list);
  });
});
