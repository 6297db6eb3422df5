// `--format json`: the version-1 document of DESIGN.md ("JSON output").

import type { FileResult, LintResults, Reporter, ReporterOptions } from '../types.js';
import { toJsonFinding, visibleFindings, type JsonFinding } from './common.js';

export interface JsonFile {
  path: string;
  format: string | null;
  records: number;
  status: FileResult['status'];
  /** Why a skipped or failed file was not linted (present only then). */
  reason?: string;
  /** Trained characters in the records linted, and in those with a rule finding (FileResult). */
  trainedChars?: number;
  flaggedTrainedChars?: number;
}

export interface JsonReport {
  version: 1;
  tool: { name: 'neglint'; version: string };
  files: JsonFile[];
  findings: JsonFinding[];
  summary: { files: number; records: number; errors: number; warnings: number; infos: number };
}

export function toJsonFile(file: FileResult): JsonFile {
  return {
    path: file.path,
    format: file.format ?? null,
    records: file.records,
    status: file.status,
    ...(file.status !== 'linted' && typeof file.reason === 'string' ? { reason: file.reason } : {}),
    ...(typeof file.trainedChars === 'number' ? { trainedChars: file.trainedChars, flaggedTrainedChars: file.flaggedTrainedChars ?? 0 } : {}),
  };
}

/** The report as a plain object (what `json` serialises). */
export function toJsonReport(results: LintResults, options: ReporterOptions): JsonReport {
  const { summary } = results;
  return {
    version: 1,
    tool: { name: 'neglint', version: options.toolVersion },
    files: results.files.map(toJsonFile),
    findings: visibleFindings(results, options).map((f) => toJsonFinding(f, { lossless: false, rules: options.rules, redact: options.redact })),
    summary: {
      files: summary.files,
      records: summary.records,
      errors: summary.errors,
      warnings: summary.warnings,
      infos: summary.infos,
    },
  };
}

export const json: Reporter = (results, options) => `${JSON.stringify(toJsonReport(results, options), null, 2)}\n`;
