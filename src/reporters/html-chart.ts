// The HTML report's chart: findings by rule, one horizontal bar per rule cut
// by severity, drawn as inline SVG (no library, no script, no network: a few
// rectangles and labels). Pure: counts in, markup out.
import type { Severity } from '../types.js';
import { escapeHtml } from './html-escape.js';

export interface RuleCount {
  ruleId: string;
  counts: Record<Severity, number>;
}

export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];
export const SEVERITY_COLOR: Record<Severity, string> = { error: '#cf222e', warning: '#bf8700', info: '#0969da' };

const ROW = 26;
const BAR = 16;
const LABEL = 190;
const WIDTH = 720;
const GAP = 8;
const COUNT_ROOM = 70;

function total(row: RuleCount): number {
  return row.counts.error + row.counts.warning + row.counts.info;
}

/** Rules with the most findings first (errors weigh first), then by id. */
export function sortRuleCounts(rows: RuleCount[]): RuleCount[] {
  return [...rows].sort(
    (a, b) => total(b) - total(a) || b.counts.error - a.counts.error || b.counts.warning - a.counts.warning || (a.ruleId < b.ruleId ? -1 : 1),
  );
}

/** The chart, or '' when there is nothing to draw. Each bar is a button for the report's rule filter (`data-rule`). */
export function ruleChart(rows: RuleCount[]): string {
  const sorted = sortRuleCounts(rows).filter((r) => total(r) > 0);
  if (sorted.length === 0) return '';
  const max = Math.max(...sorted.map(total));
  const span = WIDTH - LABEL - GAP - COUNT_ROOM;
  const legendY = sorted.length * ROW + 14;
  const height = legendY + 18;
  const parts: string[] = [
    `<svg class="chart" role="img" aria-labelledby="chart-title" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" xmlns="http://www.w3.org/2000/svg">`,
    '<title id="chart-title">Findings by rule and severity</title>',
  ];
  sorted.forEach((row, i) => {
    const y = i * ROW;
    const id = escapeHtml(row.ruleId);
    parts.push(`<g class="bar" data-rule="${id}" tabindex="0" role="button" aria-label="${id}: ${total(row)} findings, filter by this rule">`);
    parts.push(`<text x="${LABEL - 6}" y="${y + BAR - 3}" text-anchor="end" class="bar-label">${id}</text>`);
    let x = LABEL;
    for (const severity of SEVERITY_ORDER) {
      const n = row.counts[severity];
      if (n === 0) continue;
      const w = Math.max(1, (n / max) * span);
      parts.push(
        `<rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${BAR}" fill="${SEVERITY_COLOR[severity]}" data-severity="${severity}">` +
          `<title>${id}: ${n} ${severity}${n === 1 ? '' : 's'}</title></rect>`,
      );
      x += w;
    }
    parts.push(`<text x="${(x + GAP).toFixed(1)}" y="${y + BAR - 3}" class="bar-count">${total(row)}</text>`);
    parts.push('</g>');
  });
  let lx = LABEL;
  for (const severity of SEVERITY_ORDER) {
    parts.push(`<rect x="${lx}" y="${legendY}" width="12" height="12" fill="${SEVERITY_COLOR[severity]}"></rect>`);
    parts.push(`<text x="${lx + 16}" y="${legendY + 10}" class="legend">${severity}</text>`);
    lx += 90;
  }
  parts.push('</svg>');
  return parts.join('');
}
