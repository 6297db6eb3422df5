import type { Scanner } from '../nlp/scan.js';
import { fencedCode, inRanges, looksLikeCode } from '../text/code.js';
import { splitSentences } from '../text/sentences.js';
import type { CueHit, LintRecord, RecordView, Sentence } from '../types.js';

/**
 * Wrap a record for the rules: cue places found once (the fast tier), and
 * sentences split lazily, only for the segments the analysis asks about.
 *
 * A cue that can disown nothing is left out here, so that no sentence is
 * analysed for it and a record with no other cue is settled by the scan:
 * any cue of a rejected answer (penalized: the model is taught away from
 * it, and the analysis takes no disclaimer from it), a cue inside a fenced
 * code block, and a cue in a line of code (the analysis takes no statement
 * from one), except markup ("</", "~~"), which is read outside sentences,
 * a table row or heading, which markup reads whole, and a context turn's
 * line, whose cue can still describe a persona.
 */
export function viewRecord(record: LintRecord, scanner: Scanner): RecordView {
  const cues: CueHit[] = [];
  const { segments } = record;
  const cache: (Sentence[] | undefined)[] = [];
  const sentences = (segment: number): Sentence[] => {
    let s = cache[segment];
    if (!s) {
      s = splitSentences(segments[segment]!.text, segment);
      cache[segment] = s;
    }
    return s;
  };
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    if (segment.trained === 'penalized') continue;
    const text = segment.text;
    const hits = scanner.scan(text);
    if (hits.length === 0) continue;
    // Code states no claims and disowns none: a fenced block's "return false" or "// fake data" is no cue.
    const code = fencedCode(text);
    const lines = segment.trained === 'context' ? undefined : sentences(i);
    let k = 0;
    for (const h of hits) {
      if (code.length > 0 && inRanges(code, h.start)) continue;
      if (lines) {
        while (k < lines.length && lines[k]!.end <= h.start) k++;
        if (inCode(lines, k, h, text)) continue;
      }
      cues.push({ segment: i, start: h.start, end: h.end });
    }
  }
  // Fields named, not spread: this runs once per record of every file.
  return {
    index: record.index,
    line: record.line,
    value: record.value,
    format: record.format,
    segments,
    cues,
    sentences,
  };
}

/**
 * The hit lies in a line of code and nothing reads it there: the sentence
 * at or after it (the one the record analysis looks at) is code, and so is
 * every sentence it overlaps.
 */
function inCode(lines: Sentence[], k: number, h: { start: number; end: number }, text: string): boolean {
  const first = lines[k];
  if (!first || first.start >= h.end) return false;
  const key = text.slice(h.start, h.end);
  if (key === '</' || key === '~~') return false;
  for (let j = k; j < lines.length && lines[j]!.start < h.end; j++) {
    const s = lines[j]!;
    if (s.kind === 'tableRow' || s.kind === 'heading' || !looksLikeCode(s.text)) return false;
  }
  return true;
}
