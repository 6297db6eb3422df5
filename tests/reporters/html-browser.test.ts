// The audit report as a reader meets it: the demo dataset's report opened in
// a real browser (Debian's chromium, driven by playwright-core; no browser is
// downloaded), its totals checked against what --format json says for the
// same input (so the test does not move when the rules change), a filter and
// the search box used, a screenshot saved. Skipped, saying so, when
// /usr/bin/chromium is not installed (.ci/run installs it).
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { neglint } from '../cli/run-real.js';

const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available) console.warn(`tests/reporters/html-browser: ${CHROMIUM} is not installed (apt-get install chromium); the browser tests are skipped`);

const repo = path.resolve(import.meta.dirname, '../..');
const demo = 'fixtures/demo';

interface JsonFinding {
  ruleId: string;
  severity: string;
  path: string;
  record: number | null;
  text?: string;
  related: Array<{ text?: string }>;
  suggestions: Array<{ text?: string }>;
}
interface JsonReport {
  files: Array<{ path: string }>;
  findings: JsonFinding[];
  summary: { files: number; records: number; errors: number; warnings: number; infos: number };
}

const INPUT_PROBLEMS = new Set(['invalid-record', 'unreadable-file', 'lfs-pointer', 'unknown-format', 'invalid-directive']);

describe.skipIf(!available)('the HTML report in Chromium', () => {
  let dir: string;
  let context: BrowserContext;
  let report: JsonReport;
  const requests: string[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'neglint-html-'));
    const json = await neglint([demo, '--format', 'json'], repo);
    report = JSON.parse(json.stdout);
    expect(report.findings.length).toBeGreaterThan(0);
    for (const [name, extra] of [['report.html', []], ['redacted.html', ['--redact']]] as const) {
      const run = await neglint([demo, '--format', 'html', '-o', path.join(dir, name), ...extra], repo);
      expect(run.stderr).toBe('');
    }
    context = await chromium.launchPersistentContext(path.join(dir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      viewport: { width: 1280, height: 900 },
    });
    context.on('request', (request) => requests.push(request.url()));
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function open(name: string): Promise<Page> {
    const page = await context.newPage();
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`console: ${message.text()}`);
    });
    await page.goto(pathToFileURL(path.join(dir, name)).href);
    await page.waitForSelector('#findings-body tr');
    return page;
  }

  const rows = (page: Page) => page.locator('#findings-body tr').count();
  const matching = async (page: Page) => Number(await page.locator('#page-info').getAttribute('data-matching'));

  it('shows the totals --format json reports, a chart bar per rule, and the first page of findings', async () => {
    const page = await open('report.html');
    const total = (key: string) => page.locator(`[data-total="${key}"]`).textContent();
    const s = report.summary;
    expect(await total('files')).toBe(String(s.files));
    expect(await total('records')).toBe(String(s.records));
    expect(await total('errors')).toBe(String(s.errors));
    expect(await total('warnings')).toBe(String(s.warnings));
    expect(await total('infos')).toBe(String(s.infos));
    expect(await total('findings')).toBe(String(report.findings.length));
    const flagged = new Set(report.findings.filter((f) => !INPUT_PROBLEMS.has(f.ruleId)).map((f) => `${f.path}#${f.record}`));
    expect(await total('flagged-records')).toMatch(new RegExp(`^${flagged.size} \\(`));
    const rules = new Set(report.findings.map((f) => f.ruleId));
    expect(await page.locator('svg.chart g.bar').count()).toBe(rules.size);
    expect(await rows(page)).toBe(Math.min(100, report.findings.length));
    expect(await matching(page)).toBe(report.findings.length);
    // The claim and its cue are marked in the rows.
    const first = report.findings.find((f) => f.text && f.related.some((r) => r.text))!;
    expect(await page.locator('mark.claim', { hasText: first.text! }).count()).toBeGreaterThan(0);
    expect(await page.locator('mark.cue').count()).toBeGreaterThan(0);
    // Kept after the run (a directory of its own) for a person to look at.
    const shot = path.join(mkdtempSync(path.join(os.tmpdir(), 'neglint-report-shot-')), 'report.png');
    await page.screenshot({ path: shot, fullPage: true });
    expect(statSync(shot).size).toBeGreaterThan(10_000);
    console.info(`tests/reporters/html-browser: screenshot of the demo report at ${shot}`);
    await page.close();
  }, 60_000);

  it('a filter changes the rows to what the JSON has for it, and Clear brings them back', async () => {
    const page = await open('report.html');
    const candidates: Array<{ select: string; value: string; count: number }> = [];
    for (const severity of ['error', 'warning', 'info']) candidates.push({ select: '#f-severity', value: severity, count: report.findings.filter((f) => f.severity === severity).length });
    const fileOptions = await page.locator('#f-file option').evaluateAll((options) => options.map((o) => [(o as HTMLOptionElement).value, o.textContent ?? '']));
    for (const [value, label] of fileOptions) {
      if (value === '') continue;
      const file = label.replace(/ \(\d+\)$/, '');
      candidates.push({ select: '#f-file', value, count: report.findings.filter((f) => f.path === file).length });
    }
    const pick = candidates.find((c) => c.count > 0 && c.count !== report.findings.length);
    expect(pick, 'the demo report has findings of more than one severity or file').toBeDefined();
    await page.selectOption(pick!.select, pick!.value);
    expect(await matching(page)).toBe(pick!.count);
    expect(await rows(page)).toBe(Math.min(100, pick!.count));
    await page.click('#f-clear');
    expect(await matching(page)).toBe(report.findings.length);
    // A bar of the chart filters by its rule.
    const rule = report.findings[0]!.ruleId;
    await page.locator(`svg.chart g.bar[data-rule="${rule}"]`).click();
    expect(await matching(page)).toBe(report.findings.filter((f) => f.ruleId === rule).length);
    await page.close();
  }, 60_000);

  it('the search box finds a claim, and nothing for text that is not there', async () => {
    const page = await open('report.html');
    const claim = report.findings.find((f) => f.text && f.text.length > 20)!.text!;
    const term = claim.slice(0, 20).toUpperCase();
    await page.fill('#f-search', term);
    await page.waitForFunction((n) => document.getElementById('page-info')!.getAttribute('data-matching') !== String(n), report.findings.length);
    const expected = report.findings.filter((f) => [f.text ?? '', ...f.related.map((r) => r.text ?? ''), ...f.suggestions.map((s) => s.text ?? '')].some((t) => t.toLowerCase().includes(term.toLowerCase())));
    expect(await matching(page)).toBeGreaterThanOrEqual(expected.length);
    for (const text of await page.locator('#findings-body tr').allTextContents()) expect(text.toLowerCase()).toContain(term.toLowerCase());
    await page.fill('#f-search', 'zz-no-such-text-zz');
    await page.waitForFunction(() => document.getElementById('page-info')!.getAttribute('data-matching') === '0');
    expect(await rows(page)).toBe(0);
    expect(await page.locator('#findings-empty').isVisible()).toBe(true);
    await page.close();
  }, 60_000);

  it('under --redact the rendered page shows no dataset text', async () => {
    const page = await open('redacted.html');
    const shown = await page.locator('body').innerText();
    const texts = report.findings.flatMap((f) => [f.text ?? '', ...f.related.map((r) => r.text ?? ''), ...f.suggestions.map((s) => s.text ?? '')]).filter((t) => t.length > 3);
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) expect(shown).not.toContain(text);
    expect(shown).toContain('Text redacted');
    await page.close();
  }, 60_000);

  it('made no network request and raised no script or CSP error', () => {
    expect(requests.filter((url) => !url.startsWith('file://'))).toEqual([]);
    expect(problems).toEqual([]);
  });
});
