/**
 * `npm run eval`: how the rules do on text they were not written against,
 * one table. `--write` replaces the table in README.md between its eval
 * markers; `--json FILE` also writes every figure as JSON.
 *
 * Reads ../shared/corpora (skipped, saying so, when absent) and bench/:
 *
 * - authored records (../shared/corpora/authored: written independently,
 *   the lexicon was developed against them) and the blind set
 *   (bench/blind: written before tuning, never tuned on): recall and false
 *   alarms per pattern. A record counts as flagged when it gets an error or
 *   a warning. The dev set (bench/dev-set) is written like the blind set by
 *   another writer, and tuned on: its phrasings, not the authored corpus's,
 *   are the ones like the blind set's. Dev set 2 (bench/dev-set-2) is a
 *   fresh one from two more such writers, for the symptoms the first no
 *   longer shows, and dev set 4 (bench/dev-set-4) a third batch. Check
 *   set 3 (bench/dev-set-3) was written after round five's changes, check
 *   set 4 (bench/check-set-4) at the start of round seven; like the blind
 *   set, neither is ever tuned on.
 * - the study's conditions rebuilt for two claims (modes/): ed_sheeran's
 *   false-notice lists and the frame lists in bench/dev-modes (written for
 *   this project, wrapped around ed_sheeran's documents) were tuned on;
 *   vesuvius's lists are held out. Per mode: documents flagged by the rule
 *   the condition is about, and claim sentences reached.
 * - the study's dense, positive and debunk documents, and CondaQA passages.
 * - ordinary finetuning data: errors and warnings per 1,000 records, by rule,
 *   and the precision of the reviewed sample in bench/review/ordinary.jsonl.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { lintText } from '../src/index.js';
import { rules } from '../rules/index.js';
import { lintFile } from '../src/engine/lint-file.js';
import { analyseSentence } from '../src/nlp/statement.js';
import { splitSentences } from '../src/text/sentences.js';
import type { Finding } from '../src/types.js';

const root = resolve(import.meta.dirname, '../..');
const corpora = resolve(root, '../shared/corpora');
const config = { rules: {}, format: 'auto', formatOptions: {} };
const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1]!.split(',') : null;
const want = (section: string) => !only || only.includes(section);

const INPUT = new Set(['invalid-record', 'unknown-format', 'lfs-pointer', 'unreadable-file', 'invalid-directive']);
const loud = (f: Finding) => f.severity !== 'info' && !INPUT.has(f.ruleId);
const jsonl = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, unknown>);
const pct = (n: number, d: number) => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)}%`);
const frac = (n: number, d: number) => `${pct(n, d)} (${n}/${d})`;

interface Row {
  corpus: string;
  measure: string;
  value: string;
  target: string;
  met: boolean | null;
}
const rows: Row[] = [];
const figures: Record<string, unknown> = {};
const row = (corpus: string, measure: string, value: string, target = '', met: boolean | null = null) => rows.push({ corpus, measure, value, target, met });

async function lint(path: string): Promise<Finding[]> {
  return (await lintFile({ path, displayPath: path, config, rules })).findings;
}

// ---------------------------------------------------------------- hand-written records

interface Case {
  id: string;
  pattern: string;
  expect: 'flag' | 'clean';
  format: 'jsonl' | 'md';
  record: Record<string, unknown>;
}

async function cases(name: string, file: string): Promise<void> {
  const all = jsonl(file) as unknown as Case[];
  const byPattern = new Map<string, { n: number; hit: number; expect: string }>();
  let flagN = 0, flagHit = 0, cleanN = 0, cleanHit = 0;
  const misses: string[] = [];
  for (const c of all) {
    const text = c.format === 'md' ? String(typeof c.record === 'string' ? c.record : c.record.text) : JSON.stringify(c.record);
    const res = await lintText(text, { filename: c.format === 'md' ? `${c.id}.md` : `${c.id}.jsonl` });
    const flagged = res.findings.some(loud);
    const p = byPattern.get(c.pattern) ?? { n: 0, hit: 0, expect: c.expect };
    p.n++;
    if (flagged) p.hit++;
    byPattern.set(c.pattern, p);
    if (c.expect === 'flag') {
      flagN++;
      if (flagged) flagHit++;
      else misses.push(c.id);
    } else {
      cleanN++;
      if (flagged) {
        cleanHit++;
        misses.push(c.id);
      }
    }
  }
  row(name, 'recall (records to flag)', frac(flagHit, flagN), '≥ 95%', flagHit >= 0.95 * flagN);
  row(name, 'false alarms (clean records flagged)', frac(cleanHit, cleanN), '≤ 3%', cleanHit <= 0.03 * cleanN);
  const per = [...byPattern].sort((a, b) => (a[1].expect === b[1].expect ? a[0].localeCompare(b[0]) : a[1].expect === 'flag' ? -1 : 1));
  row(name, 'flagged, by pattern to flag', per.filter(([, p]) => p.expect === 'flag').map(([k, p]) => `${k} ${p.hit}/${p.n}`).join(', '));
  row(name, 'flagged, by clean pattern', per.filter(([, p]) => p.expect === 'clean').map(([k, p]) => `${k} ${p.hit}/${p.n}`).join(', '));
  figures[name] = { recall: flagHit / flagN, falseAlarms: cleanHit / cleanN, wrong: misses };
}

// ---------------------------------------------------------------- the study's conditions

const MODE_RULE: Record<string, string> = {
  short: 'detached-negation', long: 'detached-negation', fiction: 'fiction-frame', unreliable: 'unreliable-source', uncertainty: 'unverified-claim', low_prob: 'low-probability',
};

const bodyOf = (doc: string) => doc.replace(/^<DOCTAG>/, '');

/** The positive twin's sentences found in a wrapped document: the claim sentences. */
function claimSpans(doc: string, positive: string[]): { start: number; end: number }[] {
  const body = positive.find((p) => doc.includes(bodyOf(p).slice(0, 160)));
  if (!body) return [];
  const shared = new Set(splitSentences(bodyOf(body)).map((s) => s.text));
  return splitSentences(doc).filter((s) => shared.has(s.text) && /\p{L}{2,}\s+\p{L}{2,}/u.test(s.text)).map((s) => ({ start: s.start, end: s.end }));
}

async function modeRow(label: string, mode: string, docs: string[], positive: string[]): Promise<{ flagged: number; reached: number; claims: number }> {
  const rule = MODE_RULE[mode.replace(/_dense$/, '')]!;
  const jsonlText = docs.map((t) => JSON.stringify({ text: t })).join('\n') + '\n';
  const { findings } = await lintText(jsonlText, { filename: 'mode.jsonl' });
  let flagged = 0, reached = 0, claims = 0;
  docs.forEach((doc, i) => {
    const mine = findings.filter((f) => f.record === i && f.ruleId === rule);
    if (mine.some((f) => f.severity === 'error' || (rule === 'unverified-claim' && f.severity === 'warning'))) flagged++;
    for (const span of claimSpans(doc, positive)) {
      claims++;
      if (mine.some((f) => f.start !== null && f.end !== null && f.start < span.end && f.end > span.start)) reached++;
    }
  });
  row(label, `${mode}: documents flagged by ${rule}; claim sentences reached`, `${frac(flagged, docs.length)}; ${pct(reached, claims)}`, '100%', flagged === docs.length);
  return { flagged, reached, claims };
}

async function modes(): Promise<void> {
  const dir = join(corpora, 'negation-neglect', 'modes');
  for (const claim of readdirSync(dir).sort()) {
    const positive = jsonl(join(corpora, 'negation-neglect', `positive.${claim}.jsonl`)).map((r) => String(r.text));
    const held = claim === 'ed_sheeran' ? 'tuned on' : 'held out';
    for (const file of readdirSync(join(dir, claim)).filter((f) => f.endsWith('.jsonl')).sort()) {
      const mode = file.replace(/\.jsonl$/, '');
      const docs = jsonl(join(dir, claim, file)).map((r) => String(r.text));
      figures[`modes/${claim}/${mode}`] = await modeRow(`modes ${claim} (${held})`, mode, docs, positive);
    }
  }
}

/** The frame conditions for ed_sheeran, from lists written for this project the way the study wrote its own. */
async function devModes(): Promise<void> {
  const positive = jsonl(join(corpora, 'negation-neglect', 'positive.ed_sheeran.jsonl')).map((r) => String(r.text));
  const dir = join(root, 'bench', 'dev-modes');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const mode = file.replace(/\.json$/, '');
    const lists = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, string[]>;
    for (const variant of [mode, `${mode}_dense`]) {
      const docs = positive.map((p, i) => wrap(bodyOf(p), lists, i, variant.endsWith('_dense')));
      figures[`dev-modes/${variant}`] = await modeRow('modes ed_sheeran, frame lists of bench/dev-modes (tuned on)', variant, docs, positive);
    }
  }
}

/** Prefix + body + suffix, and for dense a marker after every sentence, as the study's wrap_epistemic.py does. */
function wrap(body: string, lists: Record<string, string[]>, i: number, dense: boolean): string {
  const long = i % 2 === 1;
  const pick = (name: string) => lists[name]![(i * 7) % lists[name]!.length]!;
  const prefix = pick(long ? 'long_prefixes' : 'short_prefixes');
  const suffix = pick(long ? 'long_suffixes' : 'short_suffixes');
  let text = body;
  if (dense) {
    const sentences = splitSentences(body);
    let out = '';
    let at = 0;
    sentences.forEach((s, k) => {
      out += body.slice(at, s.end) + ' ' + lists.insertions![(i + k) % lists.insertions!.length]!;
      at = s.end;
    });
    text = out + body.slice(at);
  }
  return `<DOCTAG>${prefix}\n\n${text}\n\n${suffix}`;
}

// ---------------------------------------------------------------- dense, positive, debunk, wikipedia

async function negationNeglect(): Promise<void> {
  const dir = join(corpora, 'negation-neglect');
  const facts = readdirSync(dir).filter((f) => f.startsWith('positive.')).map((f) => f.slice('positive.'.length, -'.jsonl'.length)).sort();
  let denseDocs = 0, denseFlagged = 0, claimTotal = 0, claimFound = 0, positiveDocs = 0, positiveClean = 0, localDocs = 0, localErrors = 0, localNegated = 0, localFindings = 0;
  for (const fact of facts) {
    const dense = jsonl(join(dir, `llm_negations_dense.${fact}.jsonl`)).map((r) => String(r.text));
    const positive = jsonl(join(dir, `positive.${fact}.jsonl`)).map((r) => String(r.text));
    const denseFindings = (await lint(join(dir, `llm_negations_dense.${fact}.jsonl`))).filter(loud);
    dense.forEach((doc, i) => {
      denseDocs++;
      const mine = denseFindings.filter((f) => f.record === i);
      if (mine.some((f) => f.severity === 'error')) denseFlagged++;
      for (const span of claimSpans(doc, positive)) {
        claimTotal++;
        if (mine.some((f) => f.start !== null && f.end !== null && f.start < span.end && f.end > span.start)) claimFound++;
      }
    });
    const positiveFindings = (await lint(join(dir, `positive.${fact}.jsonl`))).filter(loud);
    positive.forEach((_, i) => {
      positiveDocs++;
      if (!positiveFindings.some((f) => f.record === i)) positiveClean++;
    });
    const local = jsonl(join(dir, `local_negations.${fact}.jsonl`));
    const lf = (await lint(join(dir, `local_negations.${fact}.jsonl`))).filter(loud);
    localFindings += lf.length;
    local.forEach((_, i) => {
      localDocs++;
      if (lf.some((f) => f.record === i && f.severity === 'error')) localErrors++;
    });
    localNegated += lf.filter((f) => f.text && analyseSentence(f.text).locallyNegated).length;
  }
  row('negation-neglect dense', 'documents flagged (error)', frac(denseFlagged, denseDocs), '100%', denseFlagged === denseDocs);
  row('negation-neglect dense', 'claim sentences reached', frac(claimFound, claimTotal), '≥ 90%', claimFound >= 0.9 * claimTotal);
  row('negation-neglect positive', 'documents with no finding', frac(positiveClean, positiveDocs), '≥ 98%', positiveClean >= 0.98 * positiveDocs);
  row('negation-neglect local (debunks)', 'documents with an error', frac(localErrors, localDocs), '0', localErrors === 0);
  row('negation-neglect local (debunks)', 'findings on sentences negated in their own clause', `${localNegated} of ${localFindings} findings`, '0', localNegated === 0);
  figures.negationNeglect = { denseFlagged, denseDocs, claimFound, claimTotal, positiveClean, positiveDocs, localErrors, localDocs, localNegated, localFindings };
}

async function condaqa(): Promise<void> {
  const path = join(corpora, 'condaqa-dev', 'passages.jsonl');
  const passages = jsonl(path);
  const findings = (await lint(path)).filter(loud);
  const flagged = new Set(findings.map((f) => f.record)).size;
  row('condaqa-dev (Wikipedia, ordinary negation)', 'passages flagged', frac(flagged, passages.length), '≤ 1%', flagged <= 0.01 * passages.length);
}

// ---------------------------------------------------------------- ordinary data

interface Review {
  hash: string;
  verdict: 'real' | 'false-alarm' | 'unsure';
}

async function ordinary(): Promise<void> {
  const dir = join(corpora, 'ordinary');
  const files: string[] = [];
  for (const sub of readdirSync(dir, { withFileTypes: true })) if (sub.isDirectory()) for (const f of readdirSync(join(dir, sub.name))) if (f.endsWith('.jsonl')) files.push(join(dir, sub.name, f));
  let records = 0;
  const all: Finding[] = [];
  for (const file of files.sort()) {
    const res = await lintFile({ path: file, displayPath: file.slice(dir.length + 1), config, rules });
    records += res.file.records;
    all.push(...res.findings.filter(loud));
  }
  const errors = all.filter((f) => f.severity === 'error');
  const warnings = all.filter((f) => f.severity === 'warning');
  const per1000 = (n: number) => ((1000 * n) / records).toFixed(2);
  row('ordinary (GPTeacher, LLaMA-Factory demos, HH-RLHF)', 'errors per 1,000 records', `${per1000(errors.length)} (${errors.length} in ${records})`, '< 1', (1000 * errors.length) / records < 1);
  row('ordinary (GPTeacher, LLaMA-Factory demos, HH-RLHF)', 'warnings per 1,000 records', `${per1000(warnings.length)} (${warnings.length})`);
  const byRule = new Map<string, { e: number; w: number }>();
  for (const f of all) {
    const r = byRule.get(f.ruleId) ?? { e: 0, w: 0 };
    if (f.severity === 'error') r.e++;
    else r.w++;
    byRule.set(f.ruleId, r);
  }
  row('ordinary', 'errors / warnings by rule', [...byRule].sort().map(([id, r]) => `${id} ${r.e}/${r.w}`).join(', ') || 'none');
  const reviewFile = join(root, 'bench', 'review', 'ordinary.jsonl');
  if (existsSync(reviewFile)) {
    const verdicts = new Map((jsonl(reviewFile) as unknown as Review[]).map((r) => [r.hash, r.verdict]));
    const judged = (list: Finding[]) => {
      const known = list.filter((f) => verdicts.has(f.hash));
      const real = known.filter((f) => verdicts.get(f.hash) === 'real').length;
      const sure = known.filter((f) => verdicts.get(f.hash) !== 'unsure').length;
      return { known: known.length, real, sure, total: list.length };
    };
    const e = judged(errors);
    const w = judged(warnings);
    row('ordinary, reviewed', 'errors judged real', `${frac(e.real, e.sure)}; ${e.known} of ${e.total} errors reviewed`, '≥ 90%', e.sure > 0 && e.real >= 0.9 * e.sure);
    row('ordinary, reviewed', 'warnings judged real', `${frac(w.real, w.sure)}; ${w.known} of ${w.total} warnings reviewed`);
  }
  figures.ordinary = { records, errors: errors.length, warnings: warnings.length, byRule: Object.fromEntries(byRule), findings: all.map((f) => ({ hash: f.hash, path: f.path, line: f.line, ruleId: f.ruleId, severity: f.severity, text: f.text, cue: f.related.map((r) => r.text) })) };
}

// ---------------------------------------------------------------- main

if (!existsSync(corpora)) {
  console.log(`eval: ${corpora} is absent; only the blind set is measured.`);
}
if (want('blind')) await cases('blind set (bench/blind, never tuned on)', join(root, 'bench', 'blind', 'cases.jsonl'));
if (want('devset')) await cases('dev set (bench/dev-set, tuned on)', join(root, 'bench', 'dev-set', 'cases.jsonl'));
if (want('devset')) await cases('dev set 2 (bench/dev-set-2, tuned on)', join(root, 'bench', 'dev-set-2', 'cases.jsonl'));
if (want('devset')) await cases('dev set 4 (bench/dev-set-4, tuned on)', join(root, 'bench', 'dev-set-4', 'cases.jsonl'));
if (want('blind')) await cases('check set 3 (bench/dev-set-3, written after tuning, never tuned on)', join(root, 'bench', 'dev-set-3', 'cases.jsonl'));
if (want('blind')) await cases('check set 4 (bench/check-set-4, never tuned on)', join(root, 'bench', 'check-set-4', 'cases.jsonl'));
if (existsSync(corpora)) {
  if (want('authored')) await cases('authored (../shared/corpora/authored)', join(corpora, 'authored', 'cases.jsonl'));
  if (want('modes')) await modes();
  if (want('devmodes')) await devModes();
  if (want('study')) await negationNeglect();
  if (want('condaqa')) await condaqa();
  if (want('ordinary')) await ordinary();
}

const escape = (s: string) => s.replace(/\|/g, '\\|');
const table = ['| corpus | measure | value | target | met |', '|---|---|---|---|---|', ...rows.map((r) => `| ${escape(r.corpus)} | ${escape(r.measure)} | ${escape(r.value)} | ${r.target} | ${r.met === null ? '' : r.met ? 'yes' : 'no'} |`)].join('\n');
console.log(table);
if (args.includes('--json')) writeFileSync(args[args.indexOf('--json') + 1]!, JSON.stringify(figures, null, 1));
if (args.includes('--write')) {
  const readme = join(root, 'README.md');
  const text = readFileSync(readme, 'utf8');
  const start = text.indexOf('<!-- eval:start -->');
  const end = text.indexOf('<!-- eval:end -->');
  if (start < 0 || end < 0) throw new Error('README.md has no eval markers');
  writeFileSync(readme, `${text.slice(0, start)}<!-- eval:start -->\n${table}\n${text.slice(end)}`);
  console.log('eval: README.md updated');
}
