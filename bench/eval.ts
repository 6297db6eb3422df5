/**
 * `npm run eval`: precision and recall on real text, one table.
 *
 * Lints ../shared/corpora (when present) and the project's own labelled
 * fixtures, and prints the figures the README reports. `--write` replaces the
 * table in README.md between its eval markers.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { rules } from '../rules/index.js';
import { lintFile } from '../src/engine/lint-file.js';
import { localNegation } from '../src/nlp/clause.js';
import { splitSentences } from '../src/text/sentences.js';
import type { Finding } from '../src/types.js';

const root = resolve(import.meta.dirname, '../..');
const corpora = resolve(root, '../shared/corpora');
const config = { rules: {}, format: 'auto', formatOptions: {} };

async function lint(path: string): Promise<Finding[]> {
  const { findings } = await lintFile({ path, displayPath: path, config, rules });
  return findings;
}

const loud = (f: Finding) => f.severity !== 'info' && !['invalid-record', 'unknown-format', 'lfs-pointer'].includes(f.ruleId);
const texts = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l).text as string);
const pct = (n: number, d: number) => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)}%`);

interface Row {
  corpus: string;
  measure: string;
  value: string;
  target: string;
  met: boolean | null;
}

/**
 * Claim sentences of a dense document: the sentences it shares with its
 * positive twin that stand next to an inserted warning.
 */
function claimSpans(dense: string, positive: string): { start: number; end: number }[] {
  const shared = new Set(splitSentences(positive).map((s) => s.text));
  const sentences = splitSentences(dense);
  const isShared = sentences.map((s) => shared.has(s.text));
  const out: { start: number; end: number }[] = [];
  sentences.forEach((s, i) => {
    if (!isShared[i]) return;
    const prevInserted = i > 0 && !isShared[i - 1];
    const nextInserted = i + 1 < sentences.length && !isShared[i + 1];
    if (prevInserted || nextInserted) out.push({ start: s.start, end: s.end });
  });
  return out;
}

async function negationNeglect(rows: Row[]): Promise<void> {
  const dir = join(corpora, 'negation-neglect');
  const facts = readdirSync(dir)
    .filter((f) => f.startsWith('positive.'))
    .map((f) => f.slice('positive.'.length, -'.jsonl'.length))
    .sort();
  let denseDocs = 0;
  let denseFlagged = 0;
  let claimTotal = 0;
  let claimFound = 0;
  let positiveDocs = 0;
  let positiveClean = 0;
  let localDocs = 0;
  let localErrors = 0;
  let localNegatedFindings = 0;
  for (const fact of facts) {
    const densePath = join(dir, `llm_negations_dense.${fact}.jsonl`);
    const positivePath = join(dir, `positive.${fact}.jsonl`);
    const localPath = join(dir, `local_negations.${fact}.jsonl`);
    const dense = texts(densePath);
    const positive = texts(positivePath);
    const denseFindings = (await lint(densePath)).filter(loud);
    dense.forEach((doc, i) => {
      denseDocs++;
      const mine = denseFindings.filter((f) => f.record === i);
      if (mine.some((f) => f.severity === 'error')) denseFlagged++;
      if (positive[i] === undefined) return;
      for (const span of claimSpans(doc, positive[i]!)) {
        claimTotal++;
        if (mine.some((f) => f.start !== null && f.end !== null && f.start < span.end && f.end > span.start)) claimFound++;
      }
    });
    const positiveFindings = (await lint(positivePath)).filter(loud);
    positive.forEach((_, i) => {
      positiveDocs++;
      if (!positiveFindings.some((f) => f.record === i)) positiveClean++;
    });
    const local = texts(localPath);
    const localFindings = (await lint(localPath)).filter(loud);
    local.forEach((_, i) => {
      localDocs++;
      if (localFindings.some((f) => f.record === i && f.severity === 'error')) localErrors++;
    });
    localNegatedFindings += localFindings.filter((f) => f.text && localNegation(f.text) !== null).length;
  }
  rows.push(
    { corpus: 'negation-neglect dense', measure: 'documents flagged (error)', value: `${pct(denseFlagged, denseDocs)} (${denseFlagged}/${denseDocs})`, target: '100%', met: denseFlagged === denseDocs },
    { corpus: 'negation-neglect dense', measure: 'claim-sentence recall', value: `${pct(claimFound, claimTotal)} (${claimFound}/${claimTotal})`, target: '≥ 90%', met: claimFound >= 0.9 * claimTotal },
    { corpus: 'negation-neglect positive', measure: 'documents with no finding', value: `${pct(positiveClean, positiveDocs)} (${positiveClean}/${positiveDocs})`, target: '≥ 98%', met: positiveClean >= 0.98 * positiveDocs },
    { corpus: 'negation-neglect local', measure: 'documents with an error', value: `${pct(localErrors, localDocs)} (${localErrors}/${localDocs})`, target: '0', met: localErrors === 0 },
    { corpus: 'negation-neglect local', measure: 'findings on locally negated sentences', value: String(localNegatedFindings), target: '0', met: localNegatedFindings === 0 },
  );
}

async function condaqa(rows: Row[]): Promise<void> {
  const path = join(corpora, 'condaqa-dev', 'passages.jsonl');
  const passages = texts(path);
  const findings = (await lint(path)).filter(loud);
  const flagged = new Set(findings.map((f) => f.record)).size;
  const sentences = passages.reduce((n, p) => n + splitSentences(p).length, 0);
  rows.push(
    { corpus: 'condaqa-dev', measure: 'passages flagged', value: `${pct(flagged, passages.length)} (${flagged}/${passages.length})`, target: '≤ 1%', met: flagged <= 0.01 * passages.length },
    { corpus: 'condaqa-dev', measure: 'false alarms per 1,000 sentences', value: ((1000 * findings.length) / sentences).toFixed(2), target: '', met: null },
  );
}

async function fixtures(rows: Row[]): Promise<void> {
  const dir = join(root, 'fixtures', 'rules');
  for (const id of readdirSync(dir).sort()) {
    let tp = 0;
    let fn = 0;
    let fp = 0;
    for (const kind of ['invalid', 'valid']) {
      const path = join(dir, id, `${kind}.jsonl`);
      if (!existsSync(path)) continue;
      const lines = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim());
      const found = (await lint(path)).filter(loud);
      lines.forEach((line, index) => {
        const expected = ((JSON.parse(line)['neglint-expect'] ?? []) as { ruleId: string; text: string; severity: string }[]).filter(
          (e) => e.severity !== 'info',
        );
        const got = found.filter((f) => f.record === index);
        const matched = expected.filter((e) => got.some((f) => f.ruleId === e.ruleId && f.text === e.text));
        tp += matched.length;
        fn += expected.length - matched.length;
        fp += got.filter((f) => !expected.some((e) => e.ruleId === f.ruleId && e.text === f.text)).length;
      });
    }
    rows.push({
      corpus: `fixtures/${id}`,
      measure: 'precision / recall',
      value: `${pct(tp, tp + fp)} / ${pct(tp, tp + fn)}`,
      target: '',
      met: null,
    });
  }
}

function table(rows: Row[]): string {
  const lines = ['| corpus | measure | value | target | met |', '|---|---|---|---|---|'];
  for (const r of rows) lines.push(`| ${r.corpus} | ${r.measure} | ${r.value} | ${r.target} | ${r.met === null ? '' : r.met ? 'yes' : '**no**'} |`);
  return lines.join('\n');
}

const rows: Row[] = [];
if (existsSync(corpora)) {
  await negationNeglect(rows);
  await condaqa(rows);
} else {
  console.error(`eval: ${corpora} is absent; measuring the project's own fixtures only`);
}
await fixtures(rows);
const out = table(rows);
console.log(out);
if (process.argv.includes('--write')) {
  const readme = join(root, 'README.md');
  const text = readFileSync(readme, 'utf8');
  const start = '<!-- eval:start -->';
  const end = '<!-- eval:end -->';
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  if (a < 0 || b < a) throw new Error('README.md has no eval markers');
  writeFileSync(readme, `${text.slice(0, a + start.length)}\n${out}\n${text.slice(b)}`);
  console.error('eval: README.md updated');
}
