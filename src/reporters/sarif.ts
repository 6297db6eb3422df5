// `--format sarif`: SARIF 2.1.0, for GitHub code scanning and other viewers.

import type { FileResult, Finding, LintResults, Reporter, ReporterOptions, RuleMeta } from '../types.js';
import { cueText, fileUri, findingMessage, isRedacted, relatedText, relativeUri, resolvePath, sarifLevel, visibleFindings } from './common.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const SARIF_VERSION = '2.1.0';
/** Where people learn about the tool (the package's registry page). */
export const NEGLINT_INFORMATION_URI = 'https://www.npmjs.com/package/neglint';
/** Key of the stable fingerprint in `partialFingerprints`. */
export const FINGERPRINT_KEY = 'neglint/v1';
export const SRCROOT = '%SRCROOT%';

export interface SarifArtifactLocation {
  uri: string;
  uriBaseId?: string;
  index?: number;
}

export interface SarifRegion {
  startLine: number;
  startColumn?: number;
  endLine?: number;
  endColumn?: number;
}

export interface SarifLocation {
  id?: number;
  physicalLocation: { artifactLocation: SarifArtifactLocation; region?: SarifRegion };
  message?: { text: string };
}

export interface SarifRule {
  id: string;
  shortDescription: { text: string };
  helpUri?: string;
  defaultConfiguration: { level: 'error' | 'warning' | 'note' };
}

export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: 'error' | 'warning' | 'note';
  message: { text: string };
  locations: SarifLocation[];
  relatedLocations?: SarifLocation[];
  partialFingerprints?: Record<string, string>;
  properties: {
    record: number | null;
    /** Parquet: the row group of `record`; the region's line is then the 1-based row, its columns offsets in the string at `pointer`. */
    rowGroup?: number;
    pointer: string | null;
    start: number | null;
    end: number | null;
    trained: Finding['trained'];
  };
}

export interface SarifNotification {
  level: 'error' | 'warning' | 'note';
  message: { text: string };
  locations: SarifLocation[];
}

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: [
    {
      tool: {
        driver: {
          name: 'neglint';
          version: string;
          semanticVersion?: string;
          informationUri: string;
          rules: SarifRule[];
        };
      };
      originalUriBaseIds?: Record<string, { uri: string }>;
      artifacts: Array<{
        location: SarifArtifactLocation;
        roles: ['analysisTarget'];
        properties: { format: string | null; records: number; status: FileResult['status']; reason?: string };
      }>;
      invocations: [{ executionSuccessful: true; toolExecutionNotifications?: SarifNotification[] }];
      results: SarifResult[];
    },
  ];
}

const ABSOLUTE_URI = /^[A-Za-z][A-Za-z0-9+.-]*:/;
const SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;

function artifactLocation(path: string, cwd: string): SarifArtifactLocation {
  const resolved = resolvePath(path, cwd);
  return resolved.relative
    ? { uri: relativeUri(resolved.path), uriBaseId: SRCROOT }
    : { uri: fileUri(resolved.path, resolved.windows) };
}

/** The `file:` URI of the directory relative paths are based on, with a trailing slash, when cwd is absolute. */
function srcRoot(cwd: string): string | undefined {
  const resolved = resolvePath(cwd, '');
  if (resolved.relative || cwd === '') return undefined;
  const uri = fileUri(resolved.path, resolved.windows);
  return uri.endsWith('/') ? uri : `${uri}/`;
}

function atLeast1(n: number | null | undefined): number {
  return typeof n === 'number' && Number.isInteger(n) && n >= 1 ? n : 1;
}

function region(f: Finding): SarifRegion {
  const startLine = atLeast1(f.line);
  const startColumn = atLeast1(f.column);
  let endLine = atLeast1(f.endLine);
  let endColumn = atLeast1(f.endColumn);
  if (endLine < startLine) endLine = startLine;
  if (endLine === startLine && endColumn < startColumn) endColumn = startColumn;
  return { startLine, startColumn, endLine, endColumn };
}

function resultMessage(f: Finding, options: ReporterOptions): string {
  const lines = [findingMessage(f, options)];
  if (!isRedacted(f)) {
    lines.push(`Claim: ${f.text}`);
    const cue = cueText(f);
    if (cue !== undefined && cue !== '') lines.push(`Cue: ${cue}`);
  }
  return lines.join('\n');
}

function ruleEntry(rule: RuleMeta): SarifRule {
  return {
    id: rule.id,
    shortDescription: { text: rule.description === '' ? rule.id : rule.description },
    ...(ABSOLUTE_URI.test(rule.url) ? { helpUri: rule.url } : {}),
    defaultConfiguration: { level: sarifLevel(rule.severity) },
  };
}

export function toSarif(results: LintResults, options: ReporterOptions): SarifLog {
  const rules: SarifRule[] = [];
  const ruleIndex = new Map<string, number>();
  for (const rule of options.rules) {
    if (ruleIndex.has(rule.id)) continue;
    ruleIndex.set(rule.id, rules.length);
    rules.push(ruleEntry(rule));
  }
  const findings = visibleFindings(results, options);
  // A finding of a rule the caller did not list (e.g. an input problem) still needs a descriptor.
  for (const f of findings) {
    if (ruleIndex.has(f.ruleId)) continue;
    ruleIndex.set(f.ruleId, rules.length);
    rules.push({
      id: f.ruleId,
      shortDescription: { text: f.ruleId },
      ...(ABSOLUTE_URI.test(f.url) ? { helpUri: f.url } : {}),
      defaultConfiguration: { level: sarifLevel(f.severity) },
    });
  }

  const artifacts: SarifLog['runs'][0]['artifacts'] = [];
  const artifactIndex = new Map<string, number>();
  const addArtifact = (path: string, file: FileResult | undefined): number => {
    const existing = artifactIndex.get(path);
    if (existing !== undefined) return existing;
    const index = artifacts.length;
    artifactIndex.set(path, index);
    artifacts.push({
      location: artifactLocation(path, options.cwd),
      roles: ['analysisTarget'],
      properties: {
        format: file?.format ?? null,
        records: file?.records ?? 0,
        status: file?.status ?? 'linted',
        ...(file?.reason !== undefined && file.status !== 'linted' ? { reason: file.reason } : {}),
      },
    });
    return index;
  };
  for (const file of results.files) addArtifact(file.path, file);

  const located = (path: string): SarifArtifactLocation => ({
    ...artifactLocation(path, options.cwd),
    index: addArtifact(path, undefined),
  });

  const sarifResults: SarifResult[] = findings.map((f) => {
    const related: SarifLocation[] = f.related.map((r, i) => {
      const text = relatedText(f, r);
      const startLine = atLeast1(r.line);
      return {
        id: i + 1,
        physicalLocation: {
          artifactLocation: located(f.path),
          region: {
            startLine,
            ...(typeof r.column === 'number' && r.column >= 1 ? { startColumn: r.column } : {}),
          },
        },
        message: { text: text !== undefined && text !== '' ? `Cue: ${text}` : 'Cue (text redacted)' },
      };
    });
    const result: SarifResult = {
      ruleId: f.ruleId,
      ruleIndex: ruleIndex.get(f.ruleId) ?? 0,
      level: sarifLevel(f.severity),
      message: { text: resultMessage(f, options) },
      locations: [{ physicalLocation: { artifactLocation: located(f.path), region: region(f) } }],
      ...(related.length > 0 ? { relatedLocations: related } : {}),
      ...(typeof f.hash === 'string' && f.hash !== '' ? { partialFingerprints: { [FINGERPRINT_KEY]: f.hash } } : {}),
      properties: {
        record: f.record ?? null,
        ...(typeof f.rowGroup === 'number' ? { rowGroup: f.rowGroup } : {}),
        pointer: f.pointer ?? null,
        start: f.start ?? null,
        end: f.end ?? null,
        trained: f.trained ?? null,
      },
    };
    return result;
  });

  const notifications: SarifNotification[] = results.files
    .filter((file) => file.status === 'error' || (file.status === 'skipped' && !options.quiet))
    .map((file) => ({
      level: file.status === 'error' ? 'error' : 'note',
      message: {
        text: `${file.status === 'error' ? 'Could not lint' : 'Skipped'} ${file.path}${file.reason ? `: ${file.reason}` : ''}`,
      },
      locations: [{ physicalLocation: { artifactLocation: located(file.path) } }],
    }));

  const root = srcRoot(options.cwd);
  return {
    $schema: SARIF_SCHEMA,
    version: SARIF_VERSION,
    runs: [
      {
        tool: {
          driver: {
            name: 'neglint',
            version: options.toolVersion,
            ...(SEMVER.test(options.toolVersion) ? { semanticVersion: options.toolVersion } : {}),
            informationUri: NEGLINT_INFORMATION_URI,
            rules,
          },
        },
        ...(root !== undefined ? { originalUriBaseIds: { [SRCROOT]: { uri: root } } } : {}),
        artifacts,
        invocations: [
          {
            executionSuccessful: true,
            ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}),
          },
        ],
        results: sarifResults,
      },
    ],
  };
}

export const sarif: Reporter = (results, options) => `${JSON.stringify(toSarif(results, options), null, 2)}\n`;
