import { detectFormat, detectOne, getFormat } from '../formats/index.js';
import { readRecordBatches } from '../io/read.js';
import { sniffFile } from '../io/sniff.js';
import { loadNlp, nlpLoaded } from '../nlp/compromise.js';
import { compileCues, type CueScanner } from '../nlp/cue-scan.js';
import type { FileResult, Finding, FormatAdapter, InputProblem, RawRecord, RecordView, ReportDescriptor, RuleListener, RuleModule, Severity } from '../types.js';
import type { FileConfig } from './config-types.js';
import { inputRules } from './input-rules.js';
import { findingFromProblem, findingFromReport, type ActiveRule, type CurrentRecord } from './findings.js';
import { loadMarkdownParser } from '../text/markdown.js';
import { viewRecord } from './record-view.js';
import { applyDirectives } from './directives.js';
import { compareFindings } from '../reporters/merge.js';

export interface LintFileInput {
  path: string;
  displayPath: string;
  config: FileConfig;
  rules: RuleModule[];
  redact?: boolean;
  /** Content to lint instead of reading `path` (standard input). */
  text?: string;
  /** Only these records (0-based indices) are linted; the rest are read and skipped (--changed-since). */
  onlyRecords?: Set<number>;
  /** Records to lint instead of reading `path`, in batches (a byte range of a large JSON Lines file, --concurrency). */
  records?: AsyncIterable<Array<RawRecord | InputProblem>>;
  /**
   * Only records that touch these 1-based lines are linted (--changed-since):
   * a record is linted when a number in the set lies within its first..last
   * line (x + 0.5 marks a deletion between lines x and x+1). Invalid-record
   * problems on other lines are not reported.
   */
  onlyLines?: Set<number>;
  /**
   * Streaming (`--format jsonl`): called with findings as soon as their
   * records are linted, in `streamOrder`, and awaited (backpressure); the
   * findings about the file as a whole (record null) come last. lintFile then
   * returns no findings, so memory does not grow with the file.
   */
  onFindings?: (findings: Finding[]) => void | Promise<void>;
}

/**
 * The order findings are streamed in: by record, findings about the file as
 * a whole (record null) after its records, then as sortFindings orders them.
 * Any linting of a file, whole or in ranges, streams in this order.
 */
export function streamOrder(a: Finding, b: Finding): number {
  return (a.record ?? Infinity) - (b.record ?? Infinity) || compareFindings(a, b);
}

export interface LintFileOutput {
  file: FileResult;
  findings: Finding[];
}

/** Records of an unknown shape reported one by one before a single summary. */
const UNKNOWN_SHAPE_REPORTS = 20;

/** How many records format detection looks at before deciding. */
const DETECT_SAMPLE = 20;

const scannerCache = new WeakMap<RuleModule[], Map<string, CueScanner>>();

/** One cue pass per enabled rule set, compiled once and reused across files. */
function scannerFor(rules: RuleModule[], enabled: RuleModule[]): CueScanner {
  let byKey = scannerCache.get(rules);
  if (!byKey) scannerCache.set(rules, (byKey = new Map()));
  const key = enabled.map((r) => r.meta.id).join(',');
  let scanner = byKey.get(key);
  if (!scanner) {
    const cues: Record<string, string[]> = {};
    for (const r of enabled) for (const [cat, patterns] of Object.entries(r.meta.cues)) (cues[cat] ??= []).push(...patterns);
    scanner = compileCues(cues);
    byKey.set(key, scanner);
  }
  return scanner;
}

export async function lintFile(input: LintFileInput): Promise<LintFileOutput> {
  const { config, displayPath } = input;
  const findings: Finding[] = [];
  const file: FileResult = { path: displayPath, format: null, records: 0, status: 'linted' };
  const stream = input.onFindings;
  // Streaming: findings of records before `settledBefore` can get no more company; hand them on.
  let settledBefore = 0;
  const flushSettled = async (): Promise<void> => {
    const settled: Finding[] = [];
    let kept = 0;
    for (const f of findings) {
      if (f.record !== null && f.record < settledBefore) settled.push(f);
      else findings[kept++] = f;
    }
    findings.length = kept;
    if (settled.length > 0) await stream!(settled.sort(streamOrder));
  };
  const inputSeverity = (id: string): Severity | null => {
    const s = config.rules[id]?.severity ?? inputRules.find((r) => r.id === id)?.severity ?? 'error';
    return s === 'off' ? null : s;
  };
  const problem = (p: InputProblem) => {
    const severity = inputSeverity(p.ruleId);
    if (severity) findings.push(findingFromProblem(p, severity, inputRules.find((r) => r.id === p.ruleId)?.url ?? '', displayPath));
  };

  const sniff = await sniffFile(input.path, input.text);
  if (sniff.kind === 'lfs-pointer') {
    // The reader yields the lfs-pointer problem itself; nothing else is read.
    file.status = 'skipped';
    file.reason = 'Git LFS pointer';
  } else if (sniff.kind === 'binary' || sniff.kind === 'empty') {
    file.status = 'skipped';
    file.reason = sniff.problem ?? (sniff.kind === 'empty' ? 'empty file: no records' : 'binary file: not a dataset');
    return { file, findings };
  }

  if (sniff.kind === 'markdown') await loadMarkdownParser();

  const enabled = input.rules.filter((r) => (config.rules[r.meta.id]?.severity ?? r.meta.severity) !== 'off');
  const scanner = scannerFor(input.rules, enabled);
  const active: ActiveRule[] = enabled.map((rule) => ({ rule, severity: (config.rules[rule.meta.id]?.severity ?? rule.meta.severity) as Severity }));
  const prefilter = prefilterOf(enabled);

  let adapter: FormatAdapter | null = null;
  let listeners: { rule: ActiveRule; listener: RuleListener; categories: Set<string> }[] = [];
  const pending: RawRecord[] = [];
  let unknownReported = 0;
  let unknownCount = 0;

  const start = (sample: RawRecord[]) => {
    if (sniff.kind === 'markdown' || sniff.kind === 'text') adapter = getFormat(sniff.kind === 'markdown' ? 'markdown' : 'plaintext');
    else if (config.format && config.format !== 'auto') adapter = getFormat(config.format);
    else adapter = detectFormat(sample.map((r) => r.value));
    file.format = adapter?.name ?? null;
    if (!adapter) {
      const first = sample[0];
      problem({
        ruleId: 'unknown-format',
        message: `Unknown record shape${first ? ` (keys: ${describeKeys(first.value)})` : ''}: set "format" or map fields in the config, e.g. {"format": "fields", "fields": {"/body": "trained"}}`,
        line: first?.line ?? 1,
        column: first?.column ?? 1,
        record: first?.index ?? null,
      });
      return;
    }
    const format = adapter.name;
    listeners = active.map((rule) => {
      const listener = rule.rule.create({
        ruleId: rule.rule.meta.id,
        options: config.rules[rule.rule.meta.id]?.options ?? {},
        format,
        report: (d: ReportDescriptor) => {
          if (current) findings.push(findingFromReport(rule, d, current, input));
        },
      });
      return { rule, listener, categories: new Set(Object.keys(rule.rule.meta.cues)) };
    });
  };

  let current: CurrentRecord | null = null;
  let markdownSource: string | undefined;
  const process = (raw: RawRecord): Promise<void> | void => {
    file.records++;
    if (sniff.kind === 'markdown') markdownSource = raw.raw;
    if (!adapter) return;
    if (input.onlyRecords && raw.index !== null && !input.onlyRecords.has(raw.index)) return;
    if (input.onlyLines && !touchesLines(input.onlyLines, raw)) return;
    // Mixed files are common (a chat record among text records): a record that
    // does not fit the file's format gets the format it does fit.
    let recordAdapter: FormatAdapter | null = adapter;
    if (sniff.kind !== 'markdown' && sniff.kind !== 'text' && !adapter.detect(raw.value)) recordAdapter = detectOne(raw.value);
    if (!recordAdapter) {
      unknownCount++;
      if (unknownReported++ < UNKNOWN_SHAPE_REPORTS)
        problem({
          ruleId: 'unknown-format',
          message: `Record does not have the ${adapter.name} shape (keys: ${describeKeys(raw.value)}); map its fields in the config to lint it`,
          line: raw.line,
          column: raw.column,
          record: raw.index,
          ...(raw.rowGroup !== undefined ? { rowGroup: raw.rowGroup } : {}),
        });
      return;
    }
    // Nothing any enabled rule reports can be in this record: no segments, no cue scan, no rules.
    if (prefilter && !prefilter(raw.raw)) return;
    const segments = recordAdapter.segments(raw.value, config.formatOptions);
    if (segments.length === 0 || listeners.length === 0) return;
    const view = viewRecord({ index: raw.index, line: raw.line, value: raw.value, format: recordAdapter.name, segments }, scanner);
    const due = listeners.filter((l) => l.rule.rule.meta.always || view.cues.some((h) => h.categories.some((c) => l.categories.has(c))));
    if (due.length === 0) return;
    // Rules use compromise's lexicon; it loads once, on the first record that needs it.
    if (!nlpLoaded()) return loadNlp().then(() => runRules(raw, view, due));
    runRules(raw, view, due);
  };
  const runRules = (raw: RawRecord, view: RecordView, due: typeof listeners) => {
    current = { raw, view, recordHash: undefined };
    for (const l of due) l.listener.record(view);
    current = null;
  };

  for await (const batch of input.records ?? readRecordBatches(input.path, sniff.kind, sniff.gzip, input.text, sniff.zstd)) {
    for (const item of batch) {
      if ('ruleId' in item) {
        if (input.onlyLines && item.ruleId === 'invalid-record' && item.record !== null && !input.onlyLines.has(item.line)) continue;
        problem(item);
        continue;
      }
      if (adapter === null && file.format === null && pending.length < DETECT_SAMPLE) {
        pending.push(item);
        if (pending.length < DETECT_SAMPLE) continue;
        start(pending);
        for (const r of pending.splice(0)) await process(r);
        continue;
      }
      const waiting = process(item);
      if (waiting) await waiting;
      if (stream && findings.length > 0 && item.index !== null) {
        settledBefore = item.index + 1;
        await flushSettled();
      }
    }
  }
  if (pending.length > 0) {
    start(pending);
    for (const r of pending.splice(0)) await process(r);
  }
  if (unknownReported > UNKNOWN_SHAPE_REPORTS) {
    problem({
      ruleId: 'unknown-format',
      message: `${unknownCount - UNKNOWN_SHAPE_REPORTS} more records without the ${adapter!.name} shape were not linted`,
      line: 1,
      column: 1,
      record: null,
    });
  }
  let out = findings;
  if (markdownSource !== undefined) {
    // Inline <!-- neglint-disable ... --> comments (directives.ts).
    const knownRuleIds = [...input.rules.map((r) => r.meta.id), ...inputRules.map((r) => r.id)];
    out = applyDirectives(findings, markdownSource, { knownRuleIds, displayPath, redact: input.redact });
  }
  if (stream) {
    if (out.length > 0) await stream(out.sort(streamOrder));
    return { file, findings: [] };
  }
  return { file, findings: out };
}

/**
 * One test for the enabled rules' prefilters (RuleMeta.prefilter): a record
 * passes when any of them passes it. None when a rule has no prefilter, or no
 * rule is enabled (a run with every rule off still reads and segments every
 * record: it measures the pipeline).
 */
function prefilterOf(enabled: RuleModule[]): ((raw: string) => boolean) | null {
  const gates = new Set<(raw: string) => boolean>();
  for (const rule of enabled) {
    if (!rule.meta.prefilter) return null;
    gates.add(rule.meta.prefilter);
  }
  if (gates.size === 0) return null;
  const list = [...gates];
  return list.length === 1 ? list[0]! : (raw) => list.some((gate) => gate(raw));
}

/** Whether a number in `lines` lies within the record's first..last line. */
function touchesLines(lines: Set<number>, raw: RawRecord): boolean {
  // A Markdown or text document is one record: any change in it counts.
  if (raw.index === null) return lines.size > 0;
  if (lines.has(raw.line)) return true;
  let line = raw.line;
  for (let nl = raw.raw.indexOf('\n'); nl !== -1; nl = raw.raw.indexOf('\n', nl + 1)) {
    if (lines.has(line + 0.5)) return true;
    line++;
    if (lines.has(line)) return true;
  }
  return false;
}

function describeKeys(value: unknown): string {
  if (value === null || typeof value !== 'object') return typeof value;
  if (Array.isArray(value)) return 'array';
  const keys = Object.keys(value);
  return keys.length ? keys.slice(0, 6).join(', ') + (keys.length > 6 ? ', ...' : '') : 'none';
}
