// The contracts between neglint's parts. Everything that crosses a module
// boundary (reader -> adapter -> engine -> rule -> reporter) is typed here, so
// a reader of any one module can see what it receives and what it owes.

export type Severity = 'error' | 'warning' | 'info';
export type SeverityOrOff = Severity | 'off';

/** How the training loss treats a piece of text (see DESIGN.md, Segments). */
export type Weight = 'trained' | 'context' | 'penalized';

// ---------------------------------------------------------------- io

/** What a reader yields: one record of a dataset file, before any format is applied. */
export interface RawRecord {
  /** 0-based record index; null for Markdown and plain-text documents. */
  index: number | null;
  /** 1-based line in the file where the record's raw text starts. */
  line: number;
  /** 1-based column in the file where the record's raw text starts. */
  column: number;
  /** Byte offset in the (decompressed) file where the record starts. */
  byteOffset: number;
  /** The record's raw source text (a JSON line, a JSON array element, a whole Markdown/text file). */
  raw: string;
  /** Parsed value: JSON for JSON records, the raw string for text/Markdown. */
  value: unknown;
  /** Parquet: the 0-based row group the row is in (`index` is the row's index in the whole file). */
  rowGroup?: number;
  /**
   * For records whose `raw` is not JSON text that locateString can walk (CSV
   * rows, Parquet rows): maps an offset in the decoded string at `pointer` to
   * an offset in `raw`, or null when the pointer names no string.
   */
  locate?: (pointer: string) => ((offset: number) => number) | null;
}

/** A problem a reader found instead of (or besides) a record. */
export interface InputProblem {
  ruleId: 'invalid-record' | 'unreadable-file' | 'lfs-pointer' | 'unknown-format';
  message: string;
  line: number;
  column: number;
  record: number | null;
  /** Parquet: the row group the problem is in. */
  rowGroup?: number;
}

export type FileKind = 'jsonl' | 'json' | 'csv' | 'tsv' | 'parquet' | 'markdown' | 'text' | 'lfs-pointer' | 'binary' | 'empty';

// ---------------------------------------------------------------- formats

/** A block of Markdown-derived plain text, for rules that care about structure. */
export interface Block {
  kind: 'heading' | 'paragraph' | 'listItem' | 'tableCell' | 'blockquote' | 'other';
  start: number;
  end: number;
  depth?: number;
  /** table cells: row and column (0-based; row 0 is the header) */
  row?: number;
  col?: number;
}

/** Inline markup spans in plain text derived from Markdown. */
export interface Mark {
  kind: 'strikethrough' | 'strong' | 'emphasis';
  start: number;
  end: number;
}

/** One piece of text in a record, in order, with what training does to it. */
export interface Segment {
  /** JSON Pointer into the record (`/messages/2/content`); '' for a whole text document. */
  pointer: string;
  /** Speaker or field role: system, user, assistant, tool, prompt, completion, chosen, rejected, text, ... */
  role: string;
  trained: Weight;
  text: string;
  /** Conversation turn this segment belongs to, when the format has turns. */
  turn?: number;
  /**
   * Offset of `text` inside the decoded string at `pointer`, when `text` is
   * only part of that string (one turn of an HH-RLHF "\n\nHuman: ...
   * \n\nAssistant: ..." transcript). Absent means 0.
   */
  baseOffset?: number;
  /** For text derived from Markdown: map an offset in `text` to an offset in the record's raw text. */
  sourceOffset?: (offset: number) => number;
  blocks?: Block[];
  marks?: Mark[];
}

export interface FormatOptions {
  /** Train on every turn, not only the assistant's (trainers that do not mask prompts). */
  wholeConversation?: boolean;
  /** Field mapping for custom shapes: JSON Pointer -> weight. */
  fields?: Record<string, Weight>;
}

export interface FormatAdapter {
  /** Stable name reported in JSON output (`openai-chat`, `sharegpt`, ...). */
  name: string;
  /** Whether one record has this format's shape. */
  detect(value: unknown): boolean;
  segments(value: unknown, options: FormatOptions): Segment[];
}

// ---------------------------------------------------------------- engine and rules

export interface CueHit {
  /** Index into the record's segments. */
  segment: number;
  start: number;
  end: number;
  /** Matched text as written. */
  text: string;
  /** Cue categories (declared by rules in meta.cues) whose pattern matches here. */
  categories: string[];
}

export interface Sentence {
  /** Index into the record's segments. */
  segment: number;
  start: number;
  end: number;
  text: string;
  /** Inside [square brackets] or (parentheses) as a unit of its own. */
  bracketed: boolean;
  /** 0-based paragraph (blank-line separated block) within the segment. */
  paragraph: number;
  /** Markdown-ish heading line, list item marker, or table row. */
  kind: 'sentence' | 'heading' | 'listItem' | 'tableRow';
}

export interface LintRecord {
  index: number | null;
  line: number;
  value: unknown;
  format: string;
  segments: Segment[];
}

export interface SpanRef {
  segment: number;
  start: number;
  end: number;
}

export interface Suggestion {
  description: string;
  /** Replacement for the reported span (or for `range`); empty string removes it. */
  text: string;
  /** Replace this span of the finding's segment instead of the reported one (a whole wrapper sentence). */
  range?: SuggestionRange;
}

/** Rules give start/end in the segment; the engine adds file positions and the original text. */
export interface SuggestionRange {
  start: number;
  end: number;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  original?: string;
}

export interface ReportDescriptor extends SpanRef {
  messageId: string;
  data?: Record<string, string | number>;
  /** Overrides the rule's configured severity downwards (context modifiers). */
  severity?: Severity;
  /** The cue the finding depends on (the disclaimer, the label, the frame). */
  related?: SpanRef[];
  suggestions?: Suggestion[];
}

export interface RuleMeta {
  id: string;
  description: string;
  severity: Severity;
  /** Link to the rule's doc page. */
  url: string;
  messages: Record<string, string>;
  /**
   * Cue patterns by category (regular-expression sources, matched
   * case-insensitively at word boundaries). The engine compiles every enabled
   * rule's cues into one pass; a rule's `record` handler runs only on records
   * with at least one hit of its categories, unless `always` is set.
   */
  cues: Record<string, string[]>;
  /** Run on every record (the rule does its own cheap gating, e.g. on sibling fields). */
  always?: boolean;
  /**
   * Whether a record, given its raw source text, can hold anything this rule
   * reports at all; false skips the format adapter, the cue scan and the
   * rules for that record (it is still counted, and its JSON still parsed).
   * The engine uses it only when every enabled rule has one; rules that
   * share one function (one compiled pass over the lexicon) are asked once.
   * `raw` is not decoded: JSON escapes stand as written (a word right after
   * an escaped newline follows the letter n of `\n`), CSV rows keep their
   * quoting, and a Parquet row is its compact JSON.
   */
  prefilter?: (raw: string) => boolean;
}

export interface RecordView extends LintRecord {
  /** Cue hits of every category, in segment then offset order. */
  cues: CueHit[];
  /** Sentences of a segment (split lazily, cached). */
  sentences(segment: number): Sentence[];
}

export interface RuleContext {
  ruleId: string;
  options: Record<string, unknown>;
  /** The file's format adapter name. */
  format: string;
  report(descriptor: ReportDescriptor): void;
}

export interface RuleListener {
  record(record: RecordView): void;
}

export interface RuleModule {
  meta: RuleMeta;
  create(context: RuleContext): RuleListener;
}

// ---------------------------------------------------------------- results

export interface RelatedLocation {
  pointer: string;
  start: number;
  end: number;
  line: number;
  column: number;
  text: string;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  path: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  record: number | null;
  /** Parquet: the 0-based row group of the record (absent for other files). */
  rowGroup?: number;
  pointer: string | null;
  start: number | null;
  end: number | null;
  trained: Weight | null;
  /** The claim (or offending text); omitted under --redact. */
  text?: string;
  related: RelatedLocation[];
  url: string;
  suggestions: Suggestion[];
  /** Stable hash of rule, claim text and record content (baselines, SARIF fingerprints, --redact). */
  hash: string;
}

export interface FileResult {
  path: string;
  format: string | null;
  records: number;
  status: 'linted' | 'skipped' | 'error';
  /** Why a file was skipped or failed, for people. */
  reason?: string;
}

export interface Summary {
  files: number;
  records: number;
  errors: number;
  warnings: number;
  infos: number;
}

export interface LintResults {
  files: FileResult[];
  findings: Finding[];
  summary: Summary;
  /** Baseline entries that matched nothing in this run. */
  staleBaseline?: number;
  /** Findings hidden by the baseline. */
  baselined?: number;
}

/** A reporter is a pure function from results to text. */
export interface ReporterOptions {
  color: boolean;
  quiet: boolean;
  cwd: string;
  toolVersion: string;
  rules: RuleMeta[];
}
export type Reporter = (results: LintResults, options: ReporterOptions) => string;
