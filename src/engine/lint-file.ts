import { detectFormat, detectOne, getFormat } from '../formats/index.js';
import { escapePointerToken } from '../io/json-locate.js';
import { readRecordBatches } from '../io/read.js';
import { sniffFile } from '../io/sniff.js';
import { loadNlp, nlpLoaded } from '../nlp/compromise.js';
import { lexiconNeedsCompromise } from '../nlp/lexicon.js';
import { scanner as lexiconScanner, type Scanner } from '../nlp/scan.js';
import type { FileResult, Finding, FormatAdapter, InputProblem, RawRecord, RecordView, ReportDescriptor, RuleListener, RuleModule, Severity } from '../types.js';
import type { FileConfig } from './config-types.js';
import { inputRuleIds, inputRules, problemMessage, UNREADABLE } from './input-rules.js';
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
   * The file's format, detected from the file's first records by whoever
   * split it into parts (a range's own first records are not the file's).
   * Unlike a format set in the config, a record of another shape still gets
   * the format it fits, as when the file is linted whole.
   */
  detectedFormat?: string;
  /**
   * Only records that touch these 1-based lines are linted (--changed-since):
   * a record is linted when a number in the set lies within its first..last
   * line (x + 0.5 marks a deletion between lines x and x+1). Invalid-record
   * problems on other lines are not reported.
   */
  onlyLines?: Set<number>;
  /**
   * Called as records are read (every few hundred, and once at the end) with
   * the records and bytes read since the last call: progress on a terminal.
   * Bytes are counted from the records' offsets in the decoded text (for
   * Parquet, which has none, from the length of each row's JSON).
   */
  onProgress?: (records: number, bytes: number) => void;
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

/** Records between two onProgress calls: often enough for a bar, rare enough to cost nothing. */
const PROGRESS_EVERY = 256;

export interface LintFileOutput {
  file: FileResult;
  findings: Finding[];
}

/** Records of an unknown shape reported one by one before a single summary. */
const UNKNOWN_SHAPE_REPORTS = 20;

/** How many records format detection looks at before deciding. */
const DETECT_SAMPLE = 20;

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
  // The output, at every return: when streaming, the findings still held are handed on and none returned.
  const output = async (out: Finding[]): Promise<LintFileOutput> => {
    if (!stream) return { file, findings: out };
    if (out.length > 0) await stream(out.sort(streamOrder));
    return { file, findings: [] };
  };
  const inputSeverity = (id: string): Severity | null => {
    const s = config.rules[id]?.severity ?? inputRules.find((r) => r.id === id)?.severity ?? 'error';
    return s === 'off' ? null : s;
  };
  const problem = (p: InputProblem) => {
    const severity = inputSeverity(p.ruleId);
    if (severity) findings.push(findingFromProblem(p, severity, inputRules.find((r) => r.id === p.ruleId)?.url ?? '', displayPath, input.redact));
  };

  const sniff = await sniffFile(input.path, input.text);
  if (sniff.kind === 'lfs-pointer') {
    // The reader yields the lfs-pointer problem itself; nothing else is read.
    file.status = 'skipped';
    file.reason = 'Git LFS pointer';
  } else if (sniff.kind === 'empty') {
    file.status = 'skipped';
    file.reason = sniff.problem ?? 'empty file: no records';
    return output(findings);
  } else if (sniff.kind === 'binary') {
    // A dataset nobody linted must fail the run (DESIGN.md, Bad input), unless
    // the user turned the check off: then it is only skipped.
    file.reason = sniff.problem ?? 'binary file: not a dataset text file';
    file.status = inputSeverity(UNREADABLE) ? 'error' : 'skipped';
    problem({ ruleId: UNREADABLE, messageId: 'unreadable', data: { reason: file.reason }, line: 1, column: 1, record: null });
    return output(findings);
  }

  if (sniff.kind === 'markdown') await loadMarkdownParser();

  const enabled = input.rules.filter((r) => (config.rules[r.meta.id]?.severity ?? r.meta.severity) !== 'off');
  // The scan is compiled from the lexicon; only a stale or missing prebuilt lexicon needs compromise for it.
  if (enabled.length > 0 && lexiconNeedsCompromise()) await loadNlp();
  // Compiled (some 80 ms from the lexicon) on the first record a rule looks at: with every rule off, never.
  let scanner: Scanner | undefined;
  const active: ActiveRule[] = enabled.map((rule) => ({ rule, severity: (config.rules[rule.meta.id]?.severity ?? rule.meta.severity) as Severity }));
  const prefilter = prefilterOf(enabled);

  let adapter: FormatAdapter | null = null;
  const configured = sniff.kind !== 'markdown' && sniff.kind !== 'text' && !!config.format && config.format !== 'auto';
  let listeners: { rule: ActiveRule; listener: RuleListener }[] = [];
  const pending: RawRecord[] = [];
  let unknownReported = 0;
  let unknownCount = 0;

  const start = (sample: RawRecord[]) => {
    if (sniff.kind === 'markdown' || sniff.kind === 'text') adapter = getFormat(sniff.kind === 'markdown' ? 'markdown' : 'plaintext');
    else if (config.format && config.format !== 'auto') adapter = getFormat(config.format);
    else if (input.detectedFormat !== undefined) adapter = getFormat(input.detectedFormat);
    else adapter = detectFormat(sample.map((r) => r.value));
    file.format = adapter?.name ?? null;
    if (!adapter) {
      const first = sample[0];
      problem({
        ruleId: 'unknown-format',
        messageId: 'unknownShape',
        data: { keys: describeKeys(first?.value), example: examplePointer(first?.value) },
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
      return { rule, listener };
    });
  };

  let current: CurrentRecord | null = null;
  let markdownSource: string | undefined;
  let unreported = 0;
  // A byte range (input.records) counts from its first record, not from the start of the file.
  let reportedBytes: number | undefined;
  let readBytes = 0;
  const flushProgress = () => {
    reportedBytes ??= 0;
    if (input.onProgress && (unreported > 0 || readBytes > reportedBytes)) input.onProgress(unreported, readBytes - reportedBytes);
    unreported = 0;
    reportedBytes = readBytes;
  };
  const process = (raw: RawRecord): Promise<void> | void => {
    file.records++;
    if (input.onProgress) {
      reportedBytes ??= input.records && sniff.kind !== 'parquet' ? raw.byteOffset : 0;
      readBytes = sniff.kind === 'parquet' ? readBytes + raw.raw.length : raw.byteOffset + raw.raw.length;
      if (++unreported >= PROGRESS_EVERY) flushProgress();
    }
    if (sniff.kind === 'markdown') markdownSource = raw.raw;
    if (!adapter) return;
    if (input.onlyRecords && raw.index !== null && !input.onlyRecords.has(raw.index)) return;
    if (input.onlyLines && !touchesLines(input.onlyLines, raw)) return;
    // Mixed files are common (a chat record among text records): a record that
    // does not fit the file's detected format gets the format it does fit. A
    // format set in the config is what the user said the records are: a record
    // that does not fit it is reported, never linted as something else.
    let recordAdapter: FormatAdapter | null = adapter;
    if (sniff.kind !== 'markdown' && sniff.kind !== 'text' && !adapter.detect(raw.value, config.formatOptions)) recordAdapter = configured ? null : detectOne(raw.value);
    if (!recordAdapter) {
      unknownCount++;
      if (unknownReported++ < UNKNOWN_SHAPE_REPORTS)
        problem({
          ruleId: 'unknown-format',
          ...(adapter.name === 'fields'
            ? { messageId: 'unmapped', data: { fields: mappedList(config.formatOptions.fields), keys: describeKeys(raw.value), format: adapter.name } }
            : { messageId: 'notThisShape', data: { format: adapter.name, keys: describeKeys(raw.value) } }),
          line: raw.line,
          column: raw.column,
          record: raw.index,
          ...(raw.rowGroup !== undefined ? { rowGroup: raw.rowGroup } : {}),
        });
      return;
    }
    // The segments are made even for a record the prefilter rejects: its
    // trained text is part of what the file trains on (trainedChars).
    const segments = recordAdapter.segments(raw.value, config.formatOptions);
    let trained = 0;
    for (const segment of segments) if (segment.trained === 'trained') trained += segment.text.length;
    file.trainedChars = (file.trainedChars ?? 0) + trained;
    file.flaggedTrainedChars ??= 0;
    if (segments.length === 0 || listeners.length === 0) return;
    // Nothing any enabled rule reports can be in this record: no cue scan, no rules.
    if (prefilter && !prefilter(raw.raw)) return;
    const view = viewRecord({ index: raw.index, line: raw.line, value: raw.value, format: recordAdapter.name, segments }, (scanner ??= lexiconScanner()));
    const due = gated(listeners, view);
    if (due.length === 0) return;
    // Rules use compromise's lexicon; it loads once, on the first record that needs it.
    if (!nlpLoaded()) return loadNlp().then(() => runRules(raw, view, due, trained));
    runRules(raw, view, due, trained);
  };
  const runRules = (raw: RawRecord, view: RecordView, due: typeof listeners, trained: number) => {
    current = { raw, view, recordHash: undefined };
    const before = findings.length;
    for (const l of due) l.listener.record(view);
    if (findings.length > before) file.flaggedTrainedChars = (file.flaggedTrainedChars ?? 0) + trained;
    current = null;
  };

  // The reader's first unreadable-file problem (Parquet, zstd: the reader, not the sniff, finds them).
  let unreadable: InputProblem | undefined;
  for await (const batch of input.records ?? readRecordBatches(input.path, sniff, input.text)) {
    for (const item of batch) {
      if ('ruleId' in item) {
        if (input.onlyLines && item.ruleId === 'invalid-record' && item.record !== null && !input.onlyLines.has(item.line)) continue;
        if (item.ruleId === UNREADABLE) unreadable ??= item;
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
  flushProgress();
  if (unreadable && file.records === 0 && !input.records) {
    // Not a record could be read: the file is unreadable as a binary one is (above), whichever reader found it.
    file.reason = problemMessage(unreadable);
    file.status = inputSeverity(UNREADABLE) ? 'error' : 'skipped';
  }
  if (unknownReported > UNKNOWN_SHAPE_REPORTS) {
    problem({
      ruleId: 'unknown-format',
      messageId: 'more',
      data: { count: unknownCount - UNKNOWN_SHAPE_REPORTS, format: adapter!.name },
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
    // One record: flagged only if a rule finding survived the directives.
    if (file.flaggedTrainedChars !== undefined && !out.some((f) => !inputRuleIds.has(f.ruleId))) file.flaggedTrainedChars = 0;
  }
  return output(out);
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

/** The listeners whose rule's gate passes the record (a gate shared by several rules is asked once). */
function gated<L extends { rule: ActiveRule }>(listeners: L[], view: RecordView): L[] {
  let answers: Map<(view: RecordView) => boolean, boolean> | undefined;
  let out: L[] | undefined;
  for (let i = 0; i < listeners.length; i++) {
    const gate = listeners[i]!.rule.rule.meta.gate;
    let pass = true;
    if (gate) {
      answers ??= new Map();
      let a = answers.get(gate);
      if (a === undefined) answers.set(gate, (a = gate(view)));
      pass = a;
    }
    if (pass) out?.push(listeners[i]!);
    else out ??= listeners.slice(0, i);
  }
  return out ?? listeners;
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

/** A pointer to the record's first text field, for a mapping the user can paste ("/body" when there is none). */
function examplePointer(value: unknown): string {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return '/body';
  const key = Object.keys(value).find((k) => typeof (value as Record<string, unknown>)[k] === 'string');
  return key === undefined ? '/body' : `/${escapePointerToken(key)}`;
}

function mappedList(fields: Record<string, unknown> | undefined): string {
  const pointers = Object.keys(fields ?? {});
  return pointers.length === 0 ? 'no fields are mapped' : pointers.slice(0, 6).join(', ') + (pointers.length > 6 ? ', ...' : '');
}

function describeKeys(value: unknown): string {
  if (value === null || typeof value !== 'object') return typeof value;
  if (Array.isArray(value)) return 'array';
  const keys = Object.keys(value);
  return keys.length ? keys.slice(0, 6).join(', ') + (keys.length > 6 ? ', ...' : '') : 'none';
}
