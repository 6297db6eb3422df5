// Combines the `--format jsonl` outputs of several shards (`--shard i/n`) into
// one list of findings, in the engine's order: path, record, line, column.

import { sumTrained } from '../engine/trained.js';
import type { FileResult, Finding, MessageData, RelatedLocation, Severity, Suggestion, Weight } from '../types.js';

const SEVERITIES: ReadonlySet<string> = new Set<Severity>(['error', 'warning', 'info']);
const WEIGHTS: ReadonlySet<string> = new Set<Weight>(['trained', 'context', 'penalized']);

class ShapeError extends Error {}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(obj: Record<string, unknown>, key: string): string {
  const v = obj[key];
  if (typeof v !== 'string') throw new ShapeError(`"${key}" must be a string`);
  return v;
}

function int(obj: Record<string, unknown>, key: string): number {
  const v = obj[key];
  if (typeof v !== 'number' || !Number.isInteger(v)) throw new ShapeError(`"${key}" must be an integer`);
  return v;
}

function intOrNull(obj: Record<string, unknown>, key: string): number | null {
  return obj[key] === null || obj[key] === undefined ? null : int(obj, key);
}

function strOrNull(obj: Record<string, unknown>, key: string): string | null {
  return obj[key] === null || obj[key] === undefined ? null : str(obj, key);
}

function array(obj: Record<string, unknown>, key: string): unknown[] {
  const v = obj[key];
  if (v === undefined) return [];
  if (!Array.isArray(v)) throw new ShapeError(`"${key}" must be an array`);
  return v;
}

const STATUSES: ReadonlySet<string> = new Set<FileResult['status']>(['linted', 'skipped', 'error']);
/** When shards list one file (--shard-by record), the worst status wins. */
const STATUS_RANK: Record<FileResult['status'], number> = { linted: 0, skipped: 1, error: 2 };

function toFile(value: Record<string, unknown>): FileResult {
  const status = str(value, 'status');
  if (!STATUSES.has(status)) throw new ShapeError(`unknown file status "${status}"`);
  const file: FileResult = { path: str(value, 'path'), format: strOrNull(value, 'format'), records: int(value, 'records'), status: status as FileResult['status'] };
  if (value.reason !== undefined) file.reason = str(value, 'reason');
  if (value.trainedChars !== undefined) {
    file.trainedChars = int(value, 'trainedChars');
    file.flaggedTrainedChars = value.flaggedTrainedChars === undefined ? 0 : int(value, 'flaggedTrainedChars');
  }
  return file;
}

function messageData(value: unknown): MessageData {
  if (!isObject(value)) throw new ShapeError('"data" must be an object');
  for (const [k, v] of Object.entries(value)) {
    if (typeof v !== 'string' && typeof v !== 'number') throw new ShapeError(`"data.${k}" must be a string or a number`);
  }
  return value as MessageData;
}

function toFinding(value: unknown): Finding {
  if (!isObject(value)) throw new ShapeError('a finding must be a JSON object');
  const severity = str(value, 'severity');
  if (!SEVERITIES.has(severity)) throw new ShapeError(`unknown severity "${severity}"`);
  const trained = strOrNull(value, 'trained');
  if (trained !== null && !WEIGHTS.has(trained)) throw new ShapeError(`unknown training weight "${trained}"`);
  const redacted = value.text === undefined;
  const related = array(value, 'related').map((r): RelatedLocation => {
    if (!isObject(r)) throw new ShapeError('"related" entries must be objects');
    const loc: RelatedLocation = {
      pointer: str(r, 'pointer'),
      start: int(r, 'start'),
      end: int(r, 'end'),
      line: int(r, 'line'),
      column: r.column === undefined ? 1 : int(r, 'column'),
      // Redacted output has no cue text; reporters omit it again because the finding has no `text`.
      text: r.text === undefined ? '' : str(r, 'text'),
    };
    return loc;
  });
  const suggestions = array(value, 'suggestions').map((s): Suggestion => {
    if (!isObject(s)) throw new ShapeError('"suggestions" entries must be objects');
    return { description: str(s, 'description'), text: s.text === undefined ? '' : str(s, 'text'), ...(s.fixable === false ? { fixable: false as const } : {}) };
  });
  const finding: Finding = {
    ruleId: str(value, 'ruleId'),
    severity: severity as Severity,
    // A stream without messageId (an older neglint) keeps its filled message as text.
    messageId: value.messageId === undefined ? str(value, 'message') : str(value, 'messageId'),
    ...(value.data === undefined ? {} : { data: messageData(value.data) }),
    message: str(value, 'message'),
    path: str(value, 'path'),
    line: int(value, 'line'),
    column: int(value, 'column'),
    endLine: int(value, 'endLine'),
    endColumn: int(value, 'endColumn'),
    record: intOrNull(value, 'record'),
    ...(value.rowGroup === undefined ? {} : { rowGroup: int(value, 'rowGroup') }),
    pointer: strOrNull(value, 'pointer'),
    start: intOrNull(value, 'start'),
    end: intOrNull(value, 'end'),
    trained: trained as Weight | null,
    ...(redacted ? {} : { text: str(value, 'text') }),
    related,
    url: value.url === undefined ? '' : str(value, 'url'),
    suggestions,
    hash: value.hash === undefined ? '' : str(value, 'hash'),
  };
  return finding;
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Engine order: path, record (null first), line, column; then rule and end position so the result is deterministic. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareStrings(a.path, b.path) ||
    (a.record ?? -1) - (b.record ?? -1) ||
    a.line - b.line ||
    a.column - b.column ||
    a.endLine - b.endLine ||
    a.endColumn - b.endColumn ||
    compareStrings(a.ruleId, b.ruleId)
  );
}

export interface ShardOutputs {
  /** Sorted by path; one entry per path (shards by record each list every JSON file they read). */
  files: FileResult[];
  findings: Finding[];
}

/**
 * Parses the `jsonl` outputs of several shards and returns all their findings
 * sorted by path, record, line and column. Blank lines and a final line
 * without a newline are fine; a line that is not a finding throws an Error
 * naming the shard (1-based position in `texts`) and the line.
 */
export function mergeJsonl(texts: readonly string[]): Finding[] {
  return readShardOutputs(texts).findings;
}

/** The findings and the file lines of several shards' `jsonl` outputs (see mergeJsonl). */
export function readShardOutputs(texts: readonly string[]): ShardOutputs {
  const findings: Finding[] = [];
  const files = new Map<string, FileResult>();
  texts.forEach((text, shard) => {
    const lines = text.replace(/^\uFEFF/, '').split('\n');
    lines.forEach((rawLine, index) => {
      const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
      if (line.trim() === '') return;
      const where = `shard ${shard + 1}, line ${index + 1}`;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (error) {
        throw new Error(`${where}: not valid JSON (${(error as Error).message})`);
      }
      try {
        if (isObject(value) && value.type === 'file') {
          const file = toFile(value);
          const prior = files.get(file.path);
          // --shard-by record: every shard lists the file and counted the trained text of its own records.
          const trained = prior ? sumTrained([prior, file]) : {};
          if (!prior || STATUS_RANK[file.status] > STATUS_RANK[prior.status]) files.set(file.path, { ...file, ...trained });
          else Object.assign(prior, trained);
        } else findings.push(toFinding(value));
      } catch (error) {
        if (error instanceof ShapeError) throw new Error(`${where}: not a neglint finding: ${error.message}`);
        throw error;
      }
    });
  });
  return { files: [...files.values()].sort((a, b) => compareStrings(a.path, b.path)), findings: findings.sort(compareFindings) };
}
