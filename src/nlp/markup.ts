import type { Block, RecordView } from '../types.js';
import type { EpistemicClass } from './lexicon.js';
import type { Disclaimer, Unit } from './record.js';
import { unitsIn } from './segment-units.js';
import { cueClasses } from './statement.js';
import { LOW_PROBABILITY, probabilitiesIn } from './probability.js';
import { probabilityKey, structureOf } from './structure.js';

/**
 * Labels carried by markup rather than words in a sentence: strikethrough
 * (~~X~~), tags around a claim (<false>X</false>), a verdict cell in a
 * table row, a heading over a list ("## Common myths"). A follow-up to the
 * study found `<false>` tags gave the same belief as no tags at all: markup
 * is as separate from the clause as a warning sentence is.
 */

type MarkupDisclaimer = Omit<Disclaimer, 'id' | 'targets'>;

// <false>X</false>, <claim truth="false">X</claim>, and the same in square brackets: [false]X[/false].
const TAG = /<([a-z][\w-]{1,24})((?:\s+[\w-]+=(?:"[^"]*"|'[^']*'|[\w-]+))*)\s*>([^<]{8,}?)<\/\1>|\[([a-z][\w-]{1,24})\]([^[\]]{8,}?)\[\/\4\]/gi;
const ATTRIBUTE = /\b(?:truth|label|verdict|status|rating|class|type)=["']?([\w -]+)/i;
const TILDES = /~~([^~\n]{8,}?)~~/g;
const STRUCK_TAG = /<(del|s|strike)>([^<]{8,}?)<\/\1>/gi;

/**
 * Whether markupDisclaimers can find a tag in the record: a tag whose name
 * or attribute says a class (<false>X</false>, <claim truth="false">), or
 * a struck tag (<del>X</del>). A closing tag alone is no cue: HTML and XML
 * in answers close hundreds of tags that say nothing (</div>, </p>).
 */
export function tagsMayDisclaim(record: RecordView): boolean {
  for (const segment of record.segments) {
    if (segment.trained === 'penalized') continue;
    const text = segment.text;
    if (text.includes('</') || text.includes('[/')) {
      TAG.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = TAG.exec(text)) !== null) {
        const attribute = m[2] ? ATTRIBUTE.exec(m[2])?.[1] : undefined;
        if (cueClasses((attribute ?? m[1] ?? m[4]!).replace(/[-_]/g, ' ')).length > 0) return true;
      }
    }
    if (text.includes('</')) {
      STRUCK_TAG.lastIndex = 0;
      const struck = STRUCK_TAG.test(text);
      STRUCK_TAG.lastIndex = 0;
      if (struck) return true;
    }
  }
  return false;
}

export function markupDisclaimers(record: RecordView, units: Unit[]): MarkupDisclaimer[] {
  const out: MarkupDisclaimer[] = [];
  const label = (cls: EpistemicClass, seg: number, cue: { start: number; end: number }, claim: { start: number; end: number }, unit: number, withTruth = false): void => {
    out.push({ class: cls, kind: 'label', form: 'mark', cue: { segment: seg, ...cue }, unit, reach: 'embedded', embedded: claim, counterfactual: false, wholeAnswer: false, ...(withTruth ? { withTruth } : {}) });
  };
  for (let seg = 0; seg < record.segments.length; seg++) {
    const segment = record.segments[seg]!;
    if (segment.trained === 'penalized') continue;
    const text = segment.text;
    const inSeg = unitsIn(units, seg);
    const unitAt = (offset: number) => inSeg.find((u) => u.start <= offset && offset < u.end) ?? inSeg.find((u) => u.start >= offset);
    // <false>X</false>, <myth>X</myth>, <unverified>X</unverified>
    if (text.includes('</') || text.includes('[/')) {
      TAG.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = TAG.exec(text)) !== null) {
        const name = m[1] ?? m[4]!;
        const body = m[3] ?? m[5]!;
        // The tag's name says the class, or one of its attributes does.
        const attribute = m[2] ? ATTRIBUTE.exec(m[2])?.[1] : undefined;
        const [cls] = cueClasses((attribute ?? name).replace(/[-_]/g, ' '));
        if (!cls) continue;
        const start = m.index + m[0].length - body.length - (m[1] ? name.length + 3 : name.length + 3);
        const u = unitAt(start);
        label(cls.class, seg, { start: m.index, end: start }, { start, end: start + body.length }, u?.index ?? -1);
      }
    }
    // ~~X~~ in plain text, and strikethrough in Markdown
    const struck: { start: number; end: number; cue: { start: number; end: number } }[] = [];
    if (text.includes('~~')) {
      TILDES.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = TILDES.exec(text)) !== null) struck.push({ start: m.index + 2, end: m.index + 2 + m[1]!.length, cue: { start: m.index, end: m.index + 2 } });
    }
    // <del>X</del>, <s>X</s>, <strike>X</strike> written in the text itself.
    if (text.includes('</')) {
      STRUCK_TAG.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = STRUCK_TAG.exec(text)) !== null) {
        const open = m[0].indexOf('>') + 1;
        struck.push({ start: m.index + open, end: m.index + open + m[2]!.length, cue: { start: m.index, end: m.index + open } });
      }
    }
    for (const mark of segment.marks ?? []) if (mark.kind === 'strikethrough' && mark.end - mark.start >= 8) struck.push({ start: mark.start, end: mark.end, cue: { start: mark.start, end: mark.end } });
    for (const s of struck) {
      const u = unitAt(s.start);
      if (u) label('falsity', seg, s.cue, { start: s.start, end: s.end }, u.index);
    }
    // Verdict cells: a cell that is only a verdict labels the rest of its row.
    if (segment.blocks) tableVerdicts(segment.blocks, text, inSeg, (cls, cue, claim, unit) => label(cls, seg, cue, claim, unit));
    plainTableVerdicts(inSeg, text, (cls, cue, claim, unit, withTruth) => label(cls, seg, cue, claim, unit, withTruth));
    // "## Common myths" over a list: each item under it is labelled.
    headingLabels(inSeg, units, (cls, cue, claim, unit) => label(cls, seg, cue, claim, unit));
  }
  return out;
}

type Emit = (cls: EpistemicClass, cue: { start: number; end: number }, claim: { start: number; end: number }, unit: number, withTruth?: boolean) => void;

/** Words a verdict may have besides its class word: "mostly false", "not accurate", "totally fabricated", "false!". */
const VERDICT_FILLER = /^(?:mostly|totally|completely|entirely|partly|partially|half|largely|wholly|utterly|clearly|not|no|very|quite|pants|on|fire|the|a|an|verdict|rating|label|is|was|claim|\W+)$/i;

/** A cell that is only a verdict: a class word or symbol with at most an intensifier ("Credential Fabrication" names a category). */
function verdictOf(cell: string): EpistemicClass | null {
  const t = cell.trim();
  if (t.length === 0 || t.split(/\s+/).length > 4) return null;
  const cues = cueClasses(t);
  if (cues.length === 0) return null;
  let rest = t;
  for (const c of [...cues].sort((a, b) => b.start - a.start)) rest = rest.slice(0, c.start) + ' ' + rest.slice(c.end);
  if (!rest.split(/\s+/).filter(Boolean).every((w) => VERDICT_FILLER.test(w))) return null;
  return cues[0]!.class;
}

function tableVerdicts(blocks: Block[], text: string, units: Unit[], emit: Emit): void {
  const cells = blocks.filter((b) => b.kind === 'tableCell');
  if (cells.length === 0) return;
  const header = new Map<number, string>();
  for (const c of cells) if (c.row === 0) header.set(c.col!, text.slice(c.start, c.end));
  const verdictColumns = new Set([...header].filter(([, h]) => /\b(?:verdict|rating|label|ruling|true or false|status|accuracy|fact.?check)\b/i.test(h)).map(([col]) => col));
  const probabilityColumns = new Set([...header].filter(([, h]) => probabilityKey(h)).map(([col]) => col));
  const rows = new Map<number, Block[]>();
  for (const c of cells) if (c.row! > 0) (rows.get(c.row!) ?? rows.set(c.row!, []).get(c.row!)!).push(c);
  for (const row of rows.values()) {
    const low = row.find((c) => probabilityColumns.has(c.col!) && lowProbabilityCell(text.slice(c.start, c.end)));
    const verdict = low ?? row.find((c) => verdictColumns.has(c.col!) || (verdictOf(text.slice(c.start, c.end)) && text.slice(c.start, c.end).trim().split(/\s+/).length <= 2));
    if (!verdict) continue;
    const cls = low ? 'improbable' : verdictOf(text.slice(verdict.start, verdict.end));
    if (!cls) continue;
    for (const c of row) {
      if (c === verdict) continue;
      const u = units.find((x) => x.start >= c.start && x.start < c.end);
      if (u && /\p{L}{2,}\s+\p{L}{2,}/u.test(u.text)) emit(cls, { start: verdict.start, end: verdict.end }, { start: u.start, end: u.end }, u.index);
    }
  }
}

function cellsOf(u: Unit): { start: number; end: number }[] {
  const cells: { start: number; end: number }[] = [];
  let at = u.start;
  const parts = u.text.split('|');
  parts.forEach((part, k) => {
    const lead = part.length - part.trimStart().length;
    // The pipes at either end of a row open no cell; an empty cell inside the row still counts.
    if (!((k === 0 || k === parts.length - 1) && !part.trim())) cells.push({ start: at + lead, end: at + lead + part.trim().length });
    at += part.length + 1;
  });
  return cells;
}

/** A cell that is only a low probability: "0.02", "3%", "1/40". */
function lowProbabilityCell(cell: string): boolean {
  return /^[\s\d.,%/~≈<]+$/.test(cell) && probabilitiesIn(cell.trim(), () => true).some((p) => p.value <= LOW_PROBABILITY);
}

const VERDICT_HEADER = /\b(?:verdict|rating|ruling|true|accurate|correct|fact.?check|status|label)\b/i;
const CLAIM_CELL = /\p{L}{2,}\s+\p{L}{2,}\s+\p{L}{2,}/u;

/**
 * Tables written as text, in a chat answer or a plain file: a verdict cell
 * labels the rest of its row ("| The Hubble was launched in 1979 | ✗ |"), and
 * a column headed "Myth" labels every cell under it; a "Fact" column beside
 * it states the truth.
 */
function plainTableVerdicts(units: Unit[], text: string, emit: Emit): void {
  let columns: { label: Map<number, EpistemicClass>; truth: boolean; verdicts: Set<number>; probabilities: Set<number>; header: { start: number; end: number }[] } | null = null;
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (u.kind !== 'tableRow') {
      columns = null;
      continue;
    }
    const cells = cellsOf(u);
    if (/^[\s|:-]+$/.test(u.text)) continue;
    const next = units[i + 1];
    if (next && next.kind === 'tableRow' && /^[\s|:-]+$/.test(next.text) && /-/.test(next.text)) {
      // A header row: which columns label their cells, and whether one states the truth.
      const label = new Map<number, EpistemicClass>();
      let truth = false;
      const verdicts = new Set<number>();
      const probabilities = new Set<number>();
      cells.forEach((c, col) => {
        const h = text.slice(c.start, c.end);
        const cls = verdictOf(h);
        if (cls) label.set(col, cls);
        else if (probabilityKey(h)) probabilities.add(col);
        else if (VERDICT_HEADER.test(h)) verdicts.add(col);
        else if (structureOf(h).hits.some((x) => x.senses.some((y) => y.class === 'correction'))) truth = true;
      });
      columns = label.size || verdicts.size || probabilities.size ? { label, truth, verdicts, probabilities, header: cells } : null;
      continue;
    }
    if (columns && columns.label.size) {
      for (const [col, cls] of columns.label) {
        const c = cells[col];
        if (c && CLAIM_CELL.test(text.slice(c.start, c.end))) emit(cls, columns.header[col]!, c, u.index, columns.truth);
      }
      continue;
    }
    // Under a "True?" or "Verdict" header a bare "No" is a verdict too.
    const inVerdictColumn = (c: { start: number; end: number }) => columns !== null && columns.verdicts.has(cells.indexOf(c)) && /^(?:no|nope|incorrect|wrong)\b/i.test(text.slice(c.start, c.end));
    // Under a "P(true)" or "Confidence" header a low number rates its row.
    const low = cells.find((c, col) => columns !== null && columns.probabilities.has(col) && lowProbabilityCell(text.slice(c.start, c.end)));
    const verdict = low ?? cells.find((c) => verdictOf(text.slice(c.start, c.end)) || inVerdictColumn(c));
    if (!verdict) continue;
    const cls = low ? 'improbable' : (verdictOf(text.slice(verdict.start, verdict.end)) ?? 'falsity');
    for (const c of cells) if (c !== verdict && CLAIM_CELL.test(text.slice(c.start, c.end))) emit(cls, verdict, c, u.index);
  }
}

function headingLabels(units: Unit[], all: Unit[], emit: Emit): void {
  for (let i = 0; i < units.length; i++) {
    const h = units[i]!;
    if (h.kind !== 'heading' || h.analysis.debunk) continue;
    // "## Common myths", "### Fake facts": the heading is the label; "### Error Handling" names something else.
    const label = h.analysis.statements.find((st) => (st.form === 'label' || st.form === 'notice') && st.claimStart === undefined);
    if (!label || h.analysis.meta) continue;
    const cls = { class: label.class };
    for (let k = i + 1; k < units.length; k++) {
      const u = units[k]!;
      if (u.kind === 'heading' && headingDepth(u.text) <= headingDepth(h.text)) break;
      if (u.kind === 'listItem' || u.kind === 'heading' || u.kind === 'sentence') emit(cls.class, { start: h.start, end: h.end }, { start: u.start, end: u.end }, u.index);
    }
  }
  void all;
}

function headingDepth(text: string): number {
  const m = /^(#+)/.exec(text);
  return m ? m[1]!.length : 1;
}
