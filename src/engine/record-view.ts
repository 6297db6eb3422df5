import type { Scanner } from '../nlp/scan.js';
import { splitSentences } from '../text/sentences.js';
import type { CueHit, LintRecord, RecordView, Sentence } from '../types.js';

/**
 * Wrap a record for the rules: cue places found once (the fast tier), and
 * sentences split lazily, only for the segments the analysis asks about.
 */
export function viewRecord(record: LintRecord, scanner: Scanner): RecordView {
  const cues: CueHit[] = [];
  const { segments } = record;
  for (let i = 0; i < segments.length; i++) for (const h of scanner.scan(segments[i]!.text)) cues.push({ segment: i, start: h.start, end: h.end });
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
