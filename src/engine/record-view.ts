import type { CueScanner } from '../nlp/cue-scan.js';
import { splitSentences } from '../text/sentences.js';
import type { CueHit, LintRecord, RecordView, Sentence } from '../types.js';

/**
 * Wrap a record for the rules: cue hits computed once (the fast tier), and
 * sentences split lazily, only for the segments a rule asks about.
 */
export function viewRecord(record: LintRecord, scanner: CueScanner): RecordView {
  const cues: CueHit[] = [];
  const { segments } = record;
  if (scanner.categories.length > 0) for (let i = 0; i < segments.length; i++) scanner.scan(segments[i]!.text, i, cues);
  const cache: (Sentence[] | undefined)[] = [];
  // Fields named, not spread: this runs once per record of every file.
  return {
    index: record.index,
    line: record.line,
    value: record.value,
    format: record.format,
    segments,
    cues,
    sentences(segment: number): Sentence[] {
      let s = cache[segment];
      if (!s) {
        s = splitSentences(segments[segment]!.text, segment);
        cache[segment] = s;
      }
      return s;
    },
  };
}
