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

/** Values that fill a message template's `{{placeholders}}`. */
export type MessageData = Record<string, string | number>;

/** A problem a reader found instead of (or besides) a record. */
export interface InputProblem {
  ruleId: 'invalid-record' | 'unreadable-file' | 'lfs-pointer' | 'unknown-format';
  /** A template of the input rule's meta.messages (src/engine/input-rules.ts), filled by the reporters. */
  messageId: string;
  /** What fills it: record keys, tokens and other dataset text are blanked under --redact. */
  data?: MessageData;
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
  kind: 'heading' | 'paragraph' | 'listItem' | 'tableCell' | 'blockquote' | 'frontMatter' | 'other';
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
  /**
   * Whether one record has this format's shape. `options` carries the
   * config's field mapping, which is the shape of the `fields` format.
   */
  detect(value: unknown, options?: FormatOptions): boolean;
  segments(value: unknown, options: FormatOptions): Segment[];
}

// ---------------------------------------------------------------- engine and rules

/** A place the cue scan found in a segment: only sentences with one are analysed. */
export interface CueHit {
  /** Index into the record's segments. */
  segment: number;
  start: number;
  end: number;
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
  /**
   * Further edits made together with the replacement, all or none: removing
   * the detached notice, the verdict label or cell that covered the claim, so
   * that the fixed text does not assert the opposite. Offsets are in the
   * decoded string at `pointer`, like the finding's start/end (for Markdown
   * and text, in the segment's text; for a segment that is part of a string,
   * such as one HH-RLHF turn, counted from the string's start: add its
   * baseOffset). src/fix/suggest.ts builds them from a SpanRef.
   *
   * --fix applies edits that several findings share (one notice over several
   * claims) once, and only when every finding that carries the edit is fixed
   * in the same run; otherwise it fixes none of them and says why.
   */
  edits?: SuggestionEdit[];
  /** false: show as a suggestion, never apply with --fix (no rewrite is known to keep the meaning). */
  fixable?: false;
}

export interface SuggestionEdit {
  pointer: string;
  start: number;
  end: number;
  /** Replacement; '' deletes. */
  text: string;
  /** Added by the engine: file positions of start and end, and the text replaced. */
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  original?: string;
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

/** A metadata field a finding depends on (`"label": "REFUTES"`): it has no segment, only a pointer. */
export interface FieldRef {
  pointer: string;
  /** The field as shown: `label: REFUTES`. */
  text: string;
}

export interface ReportDescriptor extends SpanRef {
  messageId: string;
  data?: MessageData;
  /** Overrides the rule's configured severity downwards (context modifiers). */
  severity?: Severity;
  /** The cue the finding depends on (the disclaimer, the label, the frame, a metadata field). */
  related?: (SpanRef | FieldRef)[];
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
   * Keys of a report's `data` whose values come from neglint or the config,
   * never from the dataset (a format's name, a parser's reason): kept under
   * --redact. Every other string value is blanked there.
   */
  toolData?: readonly string[];
  /** The epistemic classes of the lexicon whose disclaimers this rule reports. */
  classes: string[];
  /**
   * Whether a record, given its raw source text, can hold anything this rule
   * reports at all; false skips the record view, the cue scan and the rules
   * for that record (it is still counted, its JSON still parsed, and its
   * segments still made: its trained text counts in FileResult.trainedChars).
   * The engine uses it only when every enabled rule has one; rules that
   * share one function (one compiled pass over the lexicon) are asked once.
   * `raw` is not decoded: JSON escapes stand as written (a word right after
   * an escaped newline follows the letter n of `\n`), CSV rows keep their
   * quoting, and a Parquet row is its compact JSON.
   */
  prefilter?: (raw: string) => boolean;
  /**
   * Whether the rule can report anything on this record's view, decided
   * cheaply (the cue scan's hits, the record's fields) and before compromise
   * is loaded; false skips the rule's listener for the record. Rules that
   * share one function are asked once per record.
   */
  gate?: (view: RecordView) => boolean;

}

export interface RecordView extends LintRecord {
  /** Places the cue scan found, in segment then offset order. */
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
  /** A template of the rule's meta.messages; reporters fill it from `data` (src/reporters/common.ts findingMessage). */
  messageId: string;
  /** The template's values as reported; blanked where they are dataset text under --redact. */
  data?: MessageData;
  /**
   * A message given as text, for findings made outside the engine (tests,
   * integrations) whose rule has no template for `messageId`. The engine never
   * sets it; reporters use it only then, and never under --redact.
   */
  message?: string;
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
  /**
   * Characters (UTF-16 units of the decoded text) of trained segments in the
   * records linted: what the loss reaches. Absent when nothing was linted.
   */
  trainedChars?: number;
  /**
   * Of those, the characters in records with at least one rule finding (input
   * problems aside), counted before the baseline and --quiet: the share of
   * trained text that review touches is flaggedTrainedChars / trainedChars.
   */
  flaggedTrainedChars?: number;
}

/** Progress of a lint run as it goes: the CLI draws its terminal bar from it; a library caller may draw its own. */
export interface LintProgress {
  /** Records and bytes read since the last call, in the file `path` (as reported). Bytes are approximate (decoded text). */
  advance(path: string, records: number, bytes: number): void;
  /** A file is finished: linted, skipped or failed. */
  fileDone(file: FileResult): void;
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
  /** --redact: message data that is dataset text is blanked (the results are redacted already; this is the last line). */
  redact?: boolean;
  cwd: string;
  toolVersion: string;
  rules: RuleMeta[];
}
export type Reporter = (results: LintResults, options: ReporterOptions) => string;
