// `--format html`: the audit report, one self-contained page (inline style,
// one inline script allowed by its hash, inline SVG, no network) for the
// people who own a dataset: the totals, a chart of findings by rule and
// severity, a table per file (records, flagged records, the share of trained
// text in them), the claims flagged in the most records, and every finding
// with its cue and claim marked and the suggested rewrite beside it, with
// filters by rule, severity and file and a search box. The findings travel as
// JSON inside the page and are rendered a page at a time (html-client.ts), so
// a report of 60,000 findings stays a light page. Under --redact no dataset
// text is in the page at all. Pure: results in, one string out.

import { createHash } from 'node:crypto';
import { inputRuleIds } from '../engine/input-rules.js';
import type { FileResult, Finding, LintResults, Reporter, ReporterOptions, Severity } from '../types.js';
import { CLIENT_SCRIPT } from './html-client.js';
import { ruleChart, SEVERITY_ORDER, sortRuleCounts, type RuleCount } from './html-chart.js';
import { escapeHtml, safeHref, scriptJson } from './html-escape.js';
import { countSeverities, findingMessage, isRedacted, plural, relatedText, sanitizeBlock, truncate, visibleFindings } from './common.js';

export { escapeHtml, safeHref } from './html-escape.js';

/** Findings per page in the findings table, unless the reader picks another size. */
export const PAGE_SIZE = 100;
/** Rows of the repeated-claims table. */
export const TOP_CLAIMS = 20;

const STYLE = `
:root{--fg:#1f2328;--muted:#57606a;--line:#d0d7de;--bg2:#f6f8fa;--err:#cf222e;--warn:#9a6700;--info:#0969da;--ok:#1a7f37}
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:var(--fg);background:#fff}
header,main,footer{max-width:1200px;margin:0 auto;padding:0 1.5rem}
header{padding-top:1.5rem}
nav{position:sticky;top:0;background:#fff;border-bottom:1px solid var(--line);padding:.4rem 1.5rem;z-index:1}
nav a{margin-right:1rem;color:var(--info);text-decoration:none}
h1{font-size:1.5rem;margin:0 0 .5rem}
h2{font-size:1.15rem;margin:1.8rem 0 .6rem}
.mono,.path,.where,code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
table{border-collapse:collapse;width:100%;margin:.5rem 0}
th,td{border:1px solid var(--line);padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:var(--bg2);position:sticky;top:2.1rem}
td.num,th.num{text-align:right;white-space:nowrap}
.totals{display:flex;flex-wrap:wrap;gap:.6rem;margin:.8rem 0;padding:0}
.totals div{border:1px solid var(--line);border-radius:6px;padding:.5rem .8rem;min-width:7.5rem}
.totals dt{color:var(--muted);font-size:.8rem;text-transform:uppercase}
.totals dd{margin:0;font-size:1.35rem;font-weight:600}
.totals .error dd{color:var(--err)}.totals .warning dd{color:var(--warn)}.totals .info dd{color:var(--info)}
.status{font-weight:600}.status.error{color:var(--err)}.status.warning{color:var(--warn)}.status.linted{color:var(--ok)}
.notes{color:var(--muted)}
.chart{max-width:100%;height:auto;font-size:12px}
.chart .bar{cursor:pointer}.chart .bar:hover rect,.chart .bar:focus rect{opacity:.8}
.chart .bar-label{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;fill:var(--fg)}
.chart .bar-count,.chart .legend{fill:var(--muted)}
.badge{display:inline-block;border-radius:1em;padding:0 .5em;font-size:.8rem;font-weight:600;color:#fff}
.badge.error{background:var(--err)}.badge.warning{background:#bf8700}.badge.info{background:var(--info)}
td.loc{white-space:nowrap}.where{color:var(--muted);font-size:.85em}
.msg{margin-bottom:.3rem}
.ctx{white-space:pre-wrap;word-break:break-word;background:var(--bg2);border-radius:4px;padding:.3rem .45rem}
mark.claim{background:#fff1a8;padding:0 .1em}
mark.cue{background:#ffd8d3;padding:0 .1em}
.elsewhere,.note,.redacted{color:var(--muted);font-size:.85em}.redacted{font-style:italic}
td.fix{max-width:26rem;word-break:break-word}.fix-desc{font-weight:600}.fix-text{white-space:pre-wrap;background:#dafbe1;border-radius:4px;padding:.2rem .4rem;margin-top:.2rem}
.filters{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center;margin:.6rem 0}
.filters input[type=search]{min-width:18rem;padding:.3rem}
.filters select,.filters button,.pager button{padding:.25rem .4rem}
.pager{display:flex;gap:.6rem;align-items:center;margin:.5rem 0}
button.link{background:none;border:none;color:var(--info);cursor:pointer;padding:0;font:inherit;text-align:left}
.nojs{color:var(--err)}body.js .nojs{display:none}
details>summary{cursor:pointer;font-weight:600;margin:.4rem 0}
footer{margin:2rem auto;color:var(--muted);font-size:.85em}
`;

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function percent(part: number, whole: number): string {
  if (whole <= 0) return '—';
  const p = (100 * part) / whole;
  return `${p === 0 ? '0' : p < 0.1 ? '<0.1' : p.toFixed(1)}%`;
}

function num(n: number): string {
  return n.toLocaleString('en-US');
}

/** A record is one row of the dataset; Markdown and text files are one record each. */
function recordKey(f: Finding): string {
  return `${f.path}\u0000${f.record ?? 'document'}`;
}

interface FileStats {
  file?: FileResult;
  path: string;
  counts: Record<Severity, number>;
  flagged: Set<string>;
}

function fileStats(results: LintResults, findings: readonly Finding[]): FileStats[] {
  const byPath = new Map<string, FileStats>();
  const get = (path: string): FileStats => {
    let s = byPath.get(path);
    if (!s) byPath.set(path, (s = { path, counts: { error: 0, warning: 0, info: 0 }, flagged: new Set() }));
    return s;
  };
  for (const file of results.files) get(file.path).file ??= file;
  for (const f of findings) {
    const s = get(f.path);
    s.counts[f.severity]++;
    if (!inputRuleIds.has(f.ruleId)) s.flagged.add(recordKey(f));
  }
  return [...byPath.values()];
}

/** The claim as it is compared across records: case, spacing, quotes and end punctuation aside. */
export function normalizeClaim(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u201c\u201d"'`]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s.!?;:,]+$/, '');
}

interface ClaimGroup {
  text: string;
  findings: number;
  records: Set<string>;
  files: Set<string>;
  rules: Set<string>;
}

/** The claims flagged in the most records (a claim that recurs is learned harder); only those in two or more. */
export function repeatedClaims(findings: readonly Finding[], limit = TOP_CLAIMS): ClaimGroup[] {
  const groups = new Map<string, ClaimGroup>();
  for (const f of findings) {
    if (isRedacted(f) || inputRuleIds.has(f.ruleId) || !f.text) continue;
    const key = normalizeClaim(f.text);
    if (key === '') continue;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { text: f.text, findings: 0, records: new Set(), files: new Set(), rules: new Set() }));
    g.findings++;
    g.records.add(recordKey(f));
    g.files.add(f.path);
    g.rules.add(f.ruleId);
  }
  return [...groups.values()]
    .filter((g) => g.records.size >= 2)
    .sort((a, b) => b.records.size - a.records.size || b.findings - a.findings || compare(a.text, b.text))
    .slice(0, limit);
}

// ---------------------------------------------------------------- the embedded findings

interface ClientData {
  strings: string[];
  rules: Array<[id: number, url: number | null]>;
  paths: number[];
  findings: ClientFinding[];
}

/** One finding for the page's script; repeated strings are indexes into `strings`. */
interface ClientFinding {
  s: number;
  r: number;
  p: number;
  l: number;
  c: number;
  n: number | null;
  t: number | null;
  w: 't' | 'c' | 'p' | null;
  m: number;
  /** The claim; null under --redact. */
  x: string | null;
  /** Cues: text, line, 1 when before the claim in the same string, and the pointer (index) when in another string. */
  q: Array<[text: string, line: number, before: 0 | 1, elsewhere: number | null]> | null;
  /** Suggestions: description (index), rewrite (null under --redact), 0 when --fix never applies it. */
  g: Array<[description: number, text: string | null, fixable: 0 | 1]>;
  h: string | null;
}

function clientData(findings: readonly Finding[], options: ReporterOptions): ClientData {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const str = (value: string): number => {
    const clean = sanitizeBlock(value);
    let i = index.get(clean);
    if (i === undefined) {
      i = strings.length;
      strings.push(clean);
      index.set(clean, i);
    }
    return i;
  };
  const ruleIndex = new Map<string, number>();
  const rules: ClientData['rules'] = [];
  const pathIndex = new Map<string, number>();
  const paths: number[] = [];
  const out: ClientFinding[] = [];
  for (const f of findings) {
    let r = ruleIndex.get(f.ruleId);
    if (r === undefined) {
      r = rules.length;
      ruleIndex.set(f.ruleId, r);
      const href = safeHref(f.url);
      rules.push([str(f.ruleId), href === undefined ? null : str(href)]);
    }
    let p = pathIndex.get(f.path);
    if (p === undefined) {
      p = paths.length;
      pathIndex.set(f.path, p);
      paths.push(str(f.path));
    }
    const redacted = isRedacted(f);
    const cues: NonNullable<ClientFinding['q']> = [];
    if (!redacted) {
      for (const rel of f.related) {
        const text = relatedText(f, rel);
        if (text === undefined || text === '') continue;
        // Markdown and text findings have no pointer; their cues point at the document ('').
        const same = (rel.pointer || null) === (f.pointer || null);
        const before = rel.line < f.line || (rel.line === f.line && (rel.column ?? 0) < f.column);
        cues.push([sanitizeBlock(text), rel.line, before ? 1 : 0, same ? null : str(rel.pointer)]);
      }
    }
    out.push({
      s: SEVERITY_ORDER.indexOf(f.severity),
      r,
      p,
      l: f.line,
      c: f.column,
      n: f.record ?? null,
      t: f.pointer ? str(f.pointer) : null,
      w: f.trained === 'trained' ? 't' : f.trained === 'context' ? 'c' : f.trained === 'penalized' ? 'p' : null,
      m: str(findingMessage(f, options)),
      x: redacted ? null : sanitizeBlock(f.text ?? ''),
      q: cues.length > 0 ? cues : null,
      g: f.suggestions.map((s) => [str(s.description), redacted ? null : sanitizeBlock(s.text), s.fixable === false ? 0 : 1]),
      h: redacted && f.hash ? f.hash : null,
    });
  }
  return { strings, rules, paths, findings: out };
}

// ---------------------------------------------------------------- sections

function totalsSection(results: LintResults, findings: readonly Finding[], stats: FileStats[], options: ReporterOptions): string {
  const counts = countSeverities(findings);
  const records = results.summary.records;
  const flagged = stats.reduce((n, s) => n + s.flagged.size, 0);
  const trained = results.files.reduce((n, f) => n + (f.trainedChars ?? 0), 0);
  const flaggedTrained = results.files.reduce((n, f) => n + (f.flaggedTrainedChars ?? 0), 0);
  const box = (key: string, label: string, value: string, cls = '') =>
    `<div class="${cls}"><dt>${escapeHtml(label)}</dt><dd data-total="${key}">${escapeHtml(value)}</dd></div>`;
  const notes: string[] = [];
  const skipped = results.files.filter((f) => f.status === 'skipped').length;
  const failed = results.files.filter((f) => f.status === 'error').length;
  if (skipped > 0) notes.push(`${plural(skipped, 'file')} skipped`);
  if (failed > 0) notes.push(`${plural(failed, 'file')} could not be linted`);
  if (results.baselined) notes.push(`${plural(results.baselined, 'finding')} hidden by the baseline`);
  if (results.staleBaseline) notes.push(`${plural(results.staleBaseline, 'baseline entry', 'baseline entries')} matched nothing`);
  if (options.quiet) notes.push('errors only (--quiet)');
  if (options.redact) notes.push('dataset text redacted (--redact)');
  const status = counts.errors > 0 ? 'error' : counts.warnings > 0 ? 'warning' : 'linted';
  const headline =
    findings.length === 0
      ? 'No problems found.'
      : `${plural(findings.length, 'problem')} (${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}, ${plural(counts.infos, 'info')})`;
  return [
    '<section id="summary">',
    `<p class="status ${status}">${escapeHtml(headline)}</p>`,
    '<dl class="totals">',
    box('files', 'Files', num(results.summary.files)),
    box('records', 'Records', num(records)),
    box('findings', 'Findings', num(findings.length)),
    box('errors', 'Errors', num(counts.errors), 'error'),
    box('warnings', 'Warnings', num(counts.warnings), 'warning'),
    box('infos', 'Infos', num(counts.infos), 'info'),
    box('flagged-records', 'Flagged records', `${num(flagged)} (${percent(flagged, records)})`),
    box('trained-affected', 'Trained text in flagged records', percent(flaggedTrained, trained)),
    '</dl>',
    notes.length > 0 ? `<p class="notes">${escapeHtml(notes.join('; '))}.</p>` : '',
    '</section>',
  ].join('\n');
}

function chartSection(findings: readonly Finding[]): string {
  const byRule = new Map<string, RuleCount>();
  for (const f of findings) {
    let row = byRule.get(f.ruleId);
    if (!row) byRule.set(f.ruleId, (row = { ruleId: f.ruleId, counts: { error: 0, warning: 0, info: 0 } }));
    row.counts[f.severity]++;
  }
  const rows = sortRuleCounts([...byRule.values()]);
  if (rows.length === 0) return '';
  return [
    '<section id="rules"><h2>Findings by rule</h2>',
    ruleChart(rows),
    '<table class="by-rule"><thead><tr><th>Rule</th><th class="num">Errors</th><th class="num">Warnings</th><th class="num">Infos</th><th class="num">Total</th></tr></thead><tbody>',
    ...rows.map(
      (r) =>
        `<tr data-rule-row="${escapeHtml(r.ruleId)}"><td><button class="link mono" type="button" data-rule="${escapeHtml(r.ruleId)}">${escapeHtml(r.ruleId)}</button></td>` +
        `<td class="num">${num(r.counts.error)}</td><td class="num">${num(r.counts.warning)}</td><td class="num">${num(r.counts.info)}</td>` +
        `<td class="num">${num(r.counts.error + r.counts.warning + r.counts.info)}</td></tr>`,
    ),
    '</tbody></table></section>',
  ].join('\n');
}

function filesSection(stats: FileStats[], pathIds: Map<string, number>): string {
  if (stats.length === 0) return '';
  const rows = stats.map((s) => {
    const file = s.file;
    const records = file?.records ?? 0;
    const status = file ? `${file.status}${file.reason && file.status !== 'linted' ? `: ${file.reason}` : ''}` : '';
    const trained = file?.trainedChars !== undefined ? percent(file.flaggedTrainedChars ?? 0, file.trainedChars) : '—';
    const id = pathIds.get(s.path);
    const name = id === undefined ? escapeHtml(s.path) : `<button class="link mono" type="button" data-file="${id}">${escapeHtml(s.path)}</button>`;
    return (
      `<tr><td class="path">${name}</td><td>${escapeHtml(file?.format ?? '')}</td>` +
      `<td class="status ${escapeHtml(file?.status === 'error' ? 'error' : file?.status === 'skipped' ? 'warning' : 'linted')}">${escapeHtml(status)}</td>` +
      `<td class="num">${num(records)}</td><td class="num">${num(s.flagged.size)}</td><td class="num">${percent(s.flagged.size, records)}</td>` +
      `<td class="num">${trained}</td>` +
      `<td class="num">${num(s.counts.error)}</td><td class="num">${num(s.counts.warning)}</td><td class="num">${num(s.counts.info)}</td></tr>`
    );
  });
  return [
    '<section id="files"><h2>Files</h2>',
    `<details open><summary>${plural(stats.length, 'file')}</summary>`,
    '<table class="files"><thead><tr><th>File</th><th>Format</th><th>Status</th><th class="num">Records</th><th class="num">Flagged records</th>' +
      '<th class="num">Rate</th><th class="num" title="Characters of trained text in flagged records, of all trained text linted">Trained text affected</th>' +
      '<th class="num">Errors</th><th class="num">Warnings</th><th class="num">Infos</th></tr></thead><tbody>',
    ...rows,
    '</tbody></table></details></section>',
  ].join('\n');
}

function claimsSection(findings: readonly Finding[], options: ReporterOptions): string {
  const head = '<section id="claims"><h2>Most repeated flagged claims</h2>';
  if (options.redact || findings.some(isRedacted)) return `${head}<p class="notes">Not shown: the claims are dataset text (--redact).</p></section>`;
  const groups = repeatedClaims(findings);
  if (groups.length === 0) return `${head}<p class="notes">No flagged claim appears in more than one record.</p></section>`;
  return [
    head,
    '<p class="notes">A claim that recurs across records is learned harder. Claims are compared ignoring case, spacing, quotes and end punctuation.</p>',
    '<details open><summary>' + escapeHtml(plural(groups.length, 'claim')) + '</summary>',
    '<table class="claims"><thead><tr><th>Claim</th><th class="num">Records</th><th class="num">Findings</th><th class="num">Files</th><th>Rules</th></tr></thead><tbody>',
    ...groups.map(
      (g) =>
        `<tr><td><button class="link" type="button" data-search="${escapeHtml(g.text)}">${escapeHtml(truncate(g.text, 300))}</button></td>` +
        `<td class="num">${num(g.records.size)}</td><td class="num">${num(g.findings)}</td><td class="num">${num(g.files.size)}</td>` +
        `<td class="mono">${escapeHtml([...g.rules].sort(compare).join(', '))}</td></tr>`,
    ),
    '</tbody></table></details></section>',
  ].join('\n');
}

function findingsSection(findings: readonly Finding[], data: ClientData): string {
  if (findings.length === 0) return '';
  const rules = new Map<number, number>();
  const files = new Map<number, number>();
  for (const f of data.findings) {
    rules.set(f.r, (rules.get(f.r) ?? 0) + 1);
    files.set(f.p, (files.get(f.p) ?? 0) + 1);
  }
  const sev = countSeverities(findings);
  const option = (value: string, label: string) => `<option value="${escapeHtml(value)}">${escapeHtml(label)}</option>`;
  return [
    '<section id="findings"><h2>Findings</h2>',
    '<div class="filters" role="search">',
    '<label>Rule <select id="f-rule">' +
      option('', 'all rules') +
      [...rules].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([r, n]) => option(String(r), `${data.strings[data.rules[r]![0]]} (${n})`)).join('') +
      '</select></label>',
    '<label>Severity <select id="f-severity">' +
      option('', 'all severities') +
      option('error', `error (${sev.errors})`) +
      option('warning', `warning (${sev.warnings})`) +
      option('info', `info (${sev.infos})`) +
      '</select></label>',
    '<label>File <select id="f-file">' +
      option('', 'all files') +
      [...files].sort((a, b) => a[0] - b[0]).map(([p, n]) => option(String(p), `${data.strings[data.paths[p]!]} (${n})`)).join('') +
      '</select></label>',
    '<input id="f-search" type="search" placeholder="Search messages, claims, cues, files" aria-label="Search findings">',
    '<button id="f-clear" type="button">Clear</button>',
    `<label>Per page <select id="f-size">${[50, PAGE_SIZE, 500].map((n) => `<option value="${n}"${n === PAGE_SIZE ? ' selected' : ''}>${n}</option>`).join('')}</select></label>`,
    '</div>',
    '<p class="nojs">The findings are listed by a script in this page; allow it to run, or use --format json.</p>',
    '<div class="pager"><button id="page-prev" type="button">‹ Previous</button><span id="page-info"></span><button id="page-next" type="button">Next ›</button></div>',
    '<table class="findings"><thead><tr><th>Severity</th><th>Rule</th><th>Where</th><th>Finding: the <mark class="cue">cue</mark> and the <mark class="claim">claim</mark></th><th>Suggestion</th></tr></thead>',
    '<tbody id="findings-body"></tbody></table>',
    '<p id="findings-empty" class="notes" hidden>No findings match the filters.</p>',
    '</section>',
  ].join('\n');
}

export const html: Reporter = (results: LintResults, options: ReporterOptions): string => {
  const findings = [...visibleFindings(results, options)].sort(
    (a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) || compare(a.path, b.path) || (a.record ?? -1) - (b.record ?? -1) || a.line - b.line || a.column - b.column,
  );
  const stats = fileStats(results, findings);
  const data = clientData(findings, options);
  const pathIds = new Map<string, number>(data.paths.map((s, i) => [data.strings[s]!, i]));
  const scriptHash = createHash('sha256').update(CLIENT_SCRIPT).digest('base64');
  const csp = `default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-${scriptHash}'`;

  const body = [
    '<nav><a href="#summary">Summary</a><a href="#rules">Rules</a><a href="#files">Files</a><a href="#claims">Repeated claims</a><a href="#findings">Findings</a></nav>',
    '<header><h1>neglint report</h1></header>',
    '<main>',
    totalsSection(results, findings, stats, options),
    chartSection(findings),
    filesSection(stats, pathIds),
    claimsSection(findings, options),
    findingsSection(findings, data),
    '</main>',
    `<footer>Generated by neglint ${escapeHtml(options.toolVersion)}. Findings are listed errors first, then by file and position.</footer>`,
    `<script type="application/json" id="neglint-data">${scriptJson(data)}</script>`,
    findings.length > 0 ? `<script>${CLIENT_SCRIPT}</script>` : '',
  ];
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>neglint report</title>',
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
};
