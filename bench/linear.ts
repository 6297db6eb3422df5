/**
 * `npm run bench:linear`: the cost of one huge record grows linearly with
 * its size. Two inputs, each at two sizes, built from real text of
 * ../shared/corpora/ordinary:
 *
 * - one chat record of many messages (the corpora's own messages in turn):
 *   BENCH_MESSAGES, default 5000 and 10000;
 * - one Markdown document that is a table whose cells are the corpora's
 *   sentences: BENCH_TABLE_MB, default 25 and 50 MB.
 *
 * CPU time of the whole CLI process (median of BENCH_RUNS, 3, runs; of
 * BENCH_TABLE_RUNS, 1, for the tables, which take minutes each); linear
 * means the seconds per MB at the larger size are about those at the smaller.
 * Writes bench/RESULTS.md ("Linear cost").
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mb, neglint, recordsOf, requireCorpora } from './measure.js';
import { median, writeResultsSection } from './workload.js';

const runs = Number(process.env.BENCH_RUNS ?? 3);
/** A 50 MB table takes minutes per run: one run each unless asked. */
const tableRuns = Number(process.env.BENCH_TABLE_RUNS ?? 1);
const messageCounts = (process.env.BENCH_MESSAGES ?? '5000,10000').split(',').map(Number);
const tableSizes = (process.env.BENCH_TABLE_MB ?? '25,50').split(',').map(Number);

/** Every string of the corpora's records that reads as prose: message contents, outputs, texts. */
function realTexts(): string[] {
  const texts: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') {
      if (v.length > 40 && / \w+ \w+ /.test(v)) texts.push(v);
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  for (const line of recordsOf(requireCorpora())) walk(JSON.parse(line));
  // src/nlp/lexicon.ts's tagsOf() reads compromise's lexicon as a plain object,
  // so "constructor", "toString" ... crash the clause analysis once a sentence
  // with one reaches it (reported to the detection rewrite). Until then the
  // texts with such a word are left out, so that cost, not that crash, is measured.
  // (Substrings, not words: a table cell cut to 300 characters can turn "constructors" into one.)
  const prototypeWord = new RegExp(Object.getOwnPropertyNames(Object.prototype).join('|'), 'i');
  return texts.filter((t) => !prototypeWord.test(t));
}

const texts = realTexts();
const tmp = mkdtempSync(join(tmpdir(), 'neglint-bench-'));
const rows: string[] = [];
const usage = (file: string, n: number) => {
  const all = Array.from({ length: n }, () => neglint([file, '--format', 'jsonl', '--output', join(tmp, 'out.jsonl'), '--concurrency', '1']));
  return { cpu: median(all.map((u) => u.cpu)), rss: median(all.map((u) => u.maxRss)) / 1e6 };
};
try {
  for (const n of messageCounts) {
    const file = join(tmp, `chat-${n}.jsonl`);
    const messages = Array.from({ length: n }, (_, i) => ({ role: i % 2 ? 'assistant' : 'user', content: texts[i % texts.length] }));
    writeFileSync(file, `${JSON.stringify({ messages })}\n`);
    const size = mb(statSync(file).size);
    const { cpu: t, rss } = usage(file, runs);
    console.error(`bench: one record of ${n} messages (${size.toFixed(1)} MB): ${t.toFixed(2)} s`);
    rows.push(`| one chat record, ${n.toLocaleString('en')} messages | ${size.toFixed(1)} MB | ${runs} | ${t.toFixed(2)} s | ${(t / size).toFixed(2)} s/MB | ${rss.toFixed(0)} MB |`);
  }
  for (const target of tableSizes) {
    const file = join(tmp, `table-${target}.md`);
    const lines = ['# A table of real sentences', '', '| # | text | more |', '|---|---|---|'];
    let bytes = 0;
    for (let i = 0; bytes < target * 1e6; i++) {
      const cell = (k: number) => texts[k % texts.length]!.replace(/\s+/g, ' ').replace(/\|/g, '/').slice(0, 300);
      const row = `| ${i} | ${cell(2 * i)} | ${cell(2 * i + 1)} |`;
      lines.push(row);
      bytes += row.length + 1;
    }
    writeFileSync(file, `${lines.join('\n')}\n`);
    const size = mb(statSync(file).size);
    try {
      const { cpu: t, rss } = usage(file, tableRuns);
      console.error(`bench: Markdown table of ${size.toFixed(0)} MB: ${t.toFixed(2)} s`);
      rows.push(`| one Markdown table | ${size.toFixed(1)} MB | ${tableRuns} | ${t.toFixed(2)} s | ${(t / size).toFixed(2)} s/MB | ${rss.toFixed(0)} MB |`);
    } catch (error) {
      // A failure is a result too: say so in the table rather than lose the other rows.
      const reason = /could not lint [^:]+: (.*)/.exec(String(error))?.[1] ?? String(error).split('\n')[0];
      console.error(`bench: Markdown table of ${size.toFixed(0)} MB failed: ${reason}`);
      rows.push(`| one Markdown table | ${size.toFixed(1)} MB | ${tableRuns} | failed: ${reason} | | |`);
    }
    rmSync(file);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
const table = [
  `CPU time of the whole CLI process (\`--format jsonl --output FILE\`, one thread), median of the runs shown, ${process.version}. Linear cost: seconds per MB about equal at both sizes (start-up weighs on the smaller).`,
  '',
  '| input | size | runs | CPU | per MB | peak RSS |',
  '|---|---|---|---|---|---|',
  ...rows,
].join('\n');
console.log(table);
writeResultsSection('Linear cost', 'npm run bench:linear', table);
