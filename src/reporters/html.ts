// `--format html`: one self-contained page (inline style, no scripts, no
// external assets) for reviewers: a summary, the files, and per file a table
// of findings with the claim, the cue it depends on and a link to the rule.

import type { FileResult, Finding, LintResults, Reporter, ReporterOptions } from '../types.js';
import { countSeverities, cueText, findingMessage, isRedacted, plural, sanitizeBlock, visibleFindings } from './common.js';

/**
 * Escapes text for HTML element content and (double- or single-quoted)
 * attribute values. Control and bidi characters become visible escapes
 * (`\u202e`), as in the terminal: a page must not reorder what a reviewer reads.
 */
export function escapeHtml(value: string): string {
  return sanitizeBlock(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Only web links and scheme-less relative links become hrefs (never `javascript:` and the like). */
export function safeHref(url: string): string | undefined {
  if (/^https?:\/\//i.test(url)) return url;
  if (url !== '' && !/^[^/?#]*:/.test(url) && !/[\u0000-\u0020]/.test(url)) return url;
  return undefined;
}

const STYLE = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem;color:#1f2328;background:#fff}
h1{font-size:1.5rem;margin:0 0 .5rem}
h2{font-size:1.1rem;margin:2rem 0 .5rem;font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;word-break:break-all}
table{border-collapse:collapse;width:100%;margin:.5rem 0}
th,td{border:1px solid #d0d7de;padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#f6f8fa}
.summary{font-weight:600}
.sev{font-weight:600;white-space:nowrap}
.sev.error,p.error,td.error{color:#cf222e}
.sev.warning,p.warning,td.skipped{color:#9a6700}
.sev.info{color:#0969da}
p.linted,td.linted{color:#1a7f37}
.pos,.where{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;white-space:nowrap}
.claim,.cue{white-space:pre-wrap;word-break:break-word;margin:.25rem 0 0}
.claim{background:#fff8c5;padding:.1rem .3rem}
.cue{color:#57606a}
.redacted{color:#57606a;font-style:italic}
.label{color:#57606a;font-size:.85em;text-transform:uppercase;margin-right:.4rem}
footer{margin-top:2rem;color:#57606a;font-size:.85em}
`;

function ruleCell(f: Finding): string {
  const href = safeHref(f.url);
  const id = escapeHtml(f.ruleId);
  return href === undefined ? id : `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${id}</a>`;
}

function whereCell(f: Finding): string {
  const parts: string[] = [];
  if (f.record !== null && f.record !== undefined) parts.push(`record ${f.record}`);
  if (f.pointer) parts.push(escapeHtml(f.pointer));
  if (f.trained) parts.push(`(${escapeHtml(f.trained)})`);
  return parts.join('<br>');
}

function detailCell(f: Finding, options: ReporterOptions): string {
  const out = [`<div>${escapeHtml(findingMessage(f, options))}</div>`];
  if (isRedacted(f)) {
    out.push(`<div class="redacted">Text redacted${f.hash ? `; hash ${escapeHtml(f.hash)}` : ''}</div>`);
  } else {
    out.push(`<div class="claim"><span class="label">claim</span>${escapeHtml(f.text ?? '')}</div>`);
    const cue = cueText(f);
    if (cue !== undefined && cue !== '') {
      const line = f.related[0]?.line;
      const at = line !== undefined && line !== f.line ? ` (line ${line})` : '';
      out.push(`<div class="cue"><span class="label">cue</span>${escapeHtml(cue)}${escapeHtml(at)}</div>`);
    }
  }
  for (const s of f.suggestions) {
    // A rewrite repeats the claim: under --redact only the description is shown.
    const rewrite = isRedacted(f) || s.text === '' ? '' : `: ${escapeHtml(s.text)}`;
    out.push(`<div class="cue"><span class="label">fix</span>${escapeHtml(s.description)}${rewrite}</div>`);
  }
  return out.join('');
}

function findingRow(f: Finding, options: ReporterOptions): string {
  return (
    `<tr class="${escapeHtml(f.severity)}">` +
    `<td class="pos">${escapeHtml(`${f.line}:${f.column}`)}</td>` +
    `<td class="sev ${escapeHtml(f.severity)}">${escapeHtml(f.severity)}</td>` +
    `<td>${ruleCell(f)}</td>` +
    `<td>${detailCell(f, options)}</td>` +
    `<td class="where">${whereCell(f)}</td>` +
    `</tr>`
  );
}

function fileRow(file: FileResult, count: number): string {
  return (
    `<tr><td class="where">${escapeHtml(file.path)}</td>` +
    `<td>${escapeHtml(file.format ?? '')}</td>` +
    `<td>${escapeHtml(String(file.records))}</td>` +
    `<td class="${escapeHtml(file.status)}">${escapeHtml(file.status)}${file.reason && file.status !== 'linted' ? `: ${escapeHtml(file.reason)}` : ''}</td>` +
    `<td>${count}</td></tr>`
  );
}

export const html: Reporter = (results: LintResults, options: ReporterOptions): string => {
  const findings = visibleFindings(results, options);
  const counts = countSeverities(findings);
  const byPath = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = byPath.get(f.path);
    if (list === undefined) byPath.set(f.path, [f]);
    else list.push(f);
  }
  const paths = [...new Set([...results.files.map((f) => f.path), ...byPath.keys()])].filter((p) => byPath.has(p));

  const summary =
    findings.length === 0
      ? 'No problems found.'
      : `${plural(findings.length, 'problem')} (${plural(counts.errors, 'error')}, ` +
        `${plural(counts.warnings, 'warning')}, ${plural(counts.infos, 'info')})`;
  const skipped = results.files.filter((f) => f.status === 'skipped').length;
  const failed = results.files.filter((f) => f.status === 'error').length;
  const extra: string[] = [
    `${plural(results.summary.files, 'file')}, ${plural(results.summary.records, 'record')} linted`,
  ];
  if (skipped > 0) extra.push(`${plural(skipped, 'file')} skipped`);
  if (failed > 0) extra.push(`${plural(failed, 'file')} could not be linted`);
  if (results.baselined) extra.push(`${plural(results.baselined, 'finding')} hidden by the baseline`);
  if (options.quiet) extra.push('errors only (--quiet)');

  const body: string[] = [
    '<header>',
    '<h1>neglint report</h1>',
    `<p class="summary ${counts.errors > 0 ? 'error' : counts.warnings > 0 ? 'warning' : 'linted'}">${escapeHtml(summary)}</p>`,
    `<p>${escapeHtml(extra.join('; '))}.</p>`,
    '</header>',
  ];
  if (results.files.length > 0) {
    body.push(
      '<section><h2>Files</h2><table><thead><tr><th>Path</th><th>Format</th><th>Records</th><th>Status</th><th>Problems</th></tr></thead><tbody>',
      ...results.files.map((file) => fileRow(file, byPath.get(file.path)?.length ?? 0)),
      '</tbody></table></section>',
    );
  }
  for (const path of paths) {
    const list = byPath.get(path) ?? [];
    body.push(
      `<section><h2>${escapeHtml(path)}</h2><table><thead><tr><th>Line:Col</th><th>Severity</th><th>Rule</th><th>Finding</th><th>Where</th></tr></thead><tbody>`,
      ...list.map((f) => findingRow(f, options)),
      '</tbody></table></section>',
    );
  }
  body.push(`<footer>Generated by neglint ${escapeHtml(options.toolVersion)}.</footer>`);

  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
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
