import type { CueScanner } from '../nlp/cue-scan.js';
import { splitSentences } from '../text/sentences.js';
import type { CueHit, LintRecord, RecordView, Sentence } from '../types.js';

/**
 * Wrap a record for the rules: cue hits computed once (the fast tier), and
 * sentences split lazily, only for the segments a rule asks about.
 */
export function viewRecord(record: LintRecord, scanner: CueScanner): RecordView {
  const cues: CueHit[] = [];
  for (let i = 0; i < record.segments.length; i++) scanner.scan(record.segments[i]!.text, i, cues);
  const cache: (Sentence[] | undefined)[] = [];
  return {
    ...record,
    cues,
    sentences(segment: number): Sentence[] {
      let s = cache[segment];
      if (!s) {
        s = splitSentences(record.segments[segment]!.text, segment);
        cache[segment] = s;
      }
      return s;
    },
  };
}
