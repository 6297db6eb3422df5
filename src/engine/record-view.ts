import type { Scanner } from '../nlp/scan.js';
import { fencedCode, inRanges } from '../text/code.js';
import { splitSentences } from '../text/sentences.js';
import type { CueHit, LintRecord, RecordView, Sentence } from '../types.js';

/**
 * Wrap a record for the rules: cue places found once (the fast tier), and
 * sentences split lazily, only for the segments the analysis asks about.
 */
export function viewRecord(record: LintRecord, scanner: Scanner): RecordView {
  const cues: CueHit[] = [];
  const { segments } = record;
  for (let i = 0; i < segments.length; i++) {
    const text = segments[i]!.text;
    const hits = scanner.scan(text);
    if (hits.length === 0) continue;
    // Code states no claims and disowns none: a fenced block's "return false" or "// fake data" is no cue.
    const code = fencedCode(text);
    for (const h of hits) if (code.length === 0 || !inRanges(code, h.start)) cues.push({ segment: i, start: h.start, end: h.end });
  }
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
