// The job summary (GITHUB_STEP_SUMMARY): totals per rule and per file, the
// first findings with their claim and cue (not under --redact), a link to each
// rule's doc. GitHub refuses summaries over 1 MiB, so this one stops short of
// that and says what it left out. Pure: results in, Markdown out.
import { cueText, findingMessage, isRedacted, plural, sanitizeInline, truncate } from '../reporters/common.js';
import type { Finding, LintResults, RuleMeta } from '../types.js';
import { byImportance, LFS_RULE } from './annotations.js';

/** GitHub's limit for one step's summary. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;
/** What this summary may use: the limit, less room for the truncation note. */
const BUDGET_BYTES = SUMMARY_LIMIT_BYTES - 4096;
const MAX_FINDINGS = 100;
const MAX_FILE_ROWS = 100;
const MAX_TEXT = 300;

export interface SummaryInput {
  /** Null when the run failed before linting (a configuration error). */
  results: LintResults | null;
  rules: RuleMeta[];
  /** Exit status of the run: 0, 1 or 2. */
  code: number;
  /** Why the run failed, for a status line; undefined when it passed. */
  failure?: string;
  /** What neglint printed on stderr (notes such as the --changed-since fallback), one per entry. */
  notes: string[];
  /** What was linted, for people ("changes since abc1234 (the pull request base)"). */
  scope: string;
  redact: boolean;
  /** For tests: a smaller byte budget. */
  budgetBytes?: number;
}

/**
 * Markdown-safe, one-line text: controls made visible, and every character
 * that could start markup, a link, HTML, an @mention or math escaped.
 */
export function mdText(text: string, max = MAX_TEXT): string {
  return truncate(sanitizeInline(text), max).replace(/[\\`*_{}[\]()#|~<>&@!$]/g, (ch) => `\\${ch}`);
}

function link(text: string, url: string): string {
  if (!/^https?:\/\//.test(url)) return mdText(text);
  return `[${mdText(text)}](${encodeURI(decodeURIComponentSafe(url)).replace(/[()]/g, (ch) => (ch === '(' ? '%28' : '%29'))})`;
}

function decodeURIComponentSafe(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

interface Counts {
  errors: number;
  warnings: number;
  infos: number;
}

function add(counts: Counts, f: Finding): void {
  if (f.severity === 'error') counts.errors++;
  else if (f.severity === 'warning') counts.warnings++;
  else counts.infos++;
}

function countBy(findings: Finding[], key: (f: Finding) => string): Map<string, Counts> {
  const out = new Map<string, Counts>();
  for (const f of findings) {
    const k = key(f);
    let counts = out.get(k);
    if (!counts) out.set(k, (counts = { errors: 0, warnings: 0, infos: 0 }));
    add(counts, f);
  }
  return out;
}

function byCounts(a: [string, Counts], b: [string, Counts]): number {
  return b[1].errors - a[1].errors || b[1].warnings - a[1].warnings || b[1].infos - a[1].infos || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
}

function location(f: Finding): string {
  const where = [`${f.path}:${f.line}:${f.column}`];
  const extra: string[] = [];
  if (f.record !== null) extra.push(`record ${f.record}`);
  if (f.pointer) extra.push(f.pointer);
  if (f.trained) extra.push(f.trained);
  return `${mdText(where[0]!)}${extra.length > 0 ? ` (${mdText(extra.join(', '))})` : ''}`;
}

const ICON: Record<Finding['severity'], string> = { error: '🔴 error', warning: '🟡 warning', info: '🔵 info' };

function findingItem(f: Finding, index: number, redact: boolean, rules: readonly RuleMeta[]): string {
  const lines = [`${index}. **${ICON[f.severity]}** ${link(f.ruleId, f.url)} at ${location(f)}: ${mdText(findingMessage(f, { rules, redact }), 500)}`];
  if (!redact && !isRedacted(f)) {
    lines.push(`   - claim: ${mdText(f.text ?? '')}`);
    const cue = cueText(f);
    if (cue !== undefined && cue !== '') lines.push(`   - cue: ${mdText(cue)}`);
  }
  return lines.join('\n');
}

/** The Markdown of the job summary, under GitHub's size limit. */
export function jobSummary(input: SummaryInput): string {
  const budget = input.budgetBytes ?? BUDGET_BYTES;
  const parts: string[] = [];
  let bytes = 0;
  let truncated = false;
  /** Adds a block if it fits; returns false (and marks the summary truncated) when it does not. */
  const push = (block: string): boolean => {
    const size = Buffer.byteLength(block, 'utf8') + 2;
    if (truncated || bytes + size > budget) {
      truncated = true;
      return false;
    }
    parts.push(block);
    bytes += size;
    return true;
  };

  const { results } = input;
  push('## neglint');
  if (!results) {
    push(`**Could not lint:** ${mdText(input.failure ?? 'neglint failed', 2000)}`);
  } else {
    const s = results.summary;
    const status = input.code === 0 ? '✅' : '❌';
    push(
      `${status} **${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${plural(s.infos, 'info finding')}** ` +
        `in ${plural(s.files, 'file')} (${plural(s.records, 'record')}); linted: ${mdText(input.scope, 500)}.` +
        (input.failure ? `\n\n**Failed:** ${mdText(input.failure, 500)}` : ''),
    );
    if (results.baselined) push(`${plural(results.baselined, 'finding')} hidden by the baseline.`);
  }

  const pointers = results ? [...new Set(results.findings.filter((f) => f.ruleId === LFS_RULE).map((f) => f.path))].sort() : [];
  if (pointers.length > 0) {
    push(
      `> [!WARNING]\n> ${plural(pointers.length, 'file is a Git LFS pointer', 'files are Git LFS pointers')}, not the data, so ` +
        `${pointers.length === 1 ? 'it was' : 'they were'} not linted: ${pointers.slice(0, 20).map((p) => mdText(p)).join(', ')}` +
        `${pointers.length > 20 ? ` and ${pointers.length - 20} more` : ''}. ` +
        'Fetch the LFS objects first: `lfs: true` on actions/checkout, or `git lfs pull`.',
    );
  }

  if (input.notes.length > 0) {
    push(['### Notes', '', ...input.notes.map((note) => `- ${mdText(note, 1000)}`)].join('\n'));
  }

  if (results && results.findings.length > 0) {
    const urls = new Map<string, string>();
    for (const rule of input.rules) urls.set(rule.id, rule.url);
    for (const f of results.findings) if (f.url && !urls.has(f.ruleId)) urls.set(f.ruleId, f.url);
    const rows = [...countBy(results.findings, (f) => f.ruleId)].sort(byCounts);
    push(
      [
        '### By rule',
        '',
        '| rule | errors | warnings | infos |',
        '|---|---:|---:|---:|',
        ...rows.map(([id, c]) => `| ${link(id, urls.get(id) ?? '')} | ${c.errors} | ${c.warnings} | ${c.infos} |`),
      ].join('\n'),
    );

    const files = [...countBy(results.findings, (f) => f.path)].sort(byCounts);
    push(
      [
        '### By file',
        '',
        '| file | errors | warnings | infos |',
        '|---|---:|---:|---:|',
        ...files.slice(0, MAX_FILE_ROWS).map(([file, c]) => `| ${mdText(file)} | ${c.errors} | ${c.warnings} | ${c.infos} |`),
        ...(files.length > MAX_FILE_ROWS ? [`| … and ${plural(files.length - MAX_FILE_ROWS, 'more file')} | | | |`] : []),
      ].join('\n'),
    );

    const ordered = [...results.findings].sort(byImportance);
    const shown = Math.min(MAX_FINDINGS, ordered.length);
    const heading = shown < ordered.length ? `### First ${shown} of ${ordered.length} findings` : '### Findings';
    if (push(`${heading}${input.redact ? '\n\n_Dataset text is redacted._' : ''}\n`)) {
      let listed = 0;
      for (const f of ordered.slice(0, shown)) {
        if (!push(findingItem(f, listed + 1, input.redact, input.rules))) break;
        listed++;
      }
      if (listed < ordered.length && !truncated) {
        push(`\n_${plural(ordered.length - listed, 'more finding')} not listed here; see the log or the SARIF report._`);
      }
    }
  }

  if (truncated) {
    parts.push(`\n_This summary was cut short to stay under GitHub's ${SUMMARY_LIMIT_BYTES / 1024 / 1024} MiB limit; see the log or the SARIF report for everything._`);
  }
  return `${parts.join('\n\n')}\n`;
}
