// Anthropic HH-RLHF transcripts: one string per side,
// "\n\nHuman: ...\n\nAssistant: ...\n\nHuman: ...\n\nAssistant: ...".
// Each turn becomes a segment whose text is a slice of the string; its
// `baseOffset` says where, so findings still map to the right column.

export interface HhTurn {
  role: 'user' | 'assistant';
  text: string;
  /** Offset of `text` in the transcript string. */
  offset: number;
}

const LABEL = /(^|\n\n)(Human|Assistant): ?/g;

export function isHhTranscript(value: unknown): value is string {
  return typeof value === 'string' && /(^|\n\n)Human:/.test(value) && /\n\nAssistant:/.test(value);
}

export function hhTurns(transcript: string): HhTurn[] {
  const labels = [...transcript.matchAll(LABEL)];
  const turns: HhTurn[] = labels.map((m, k) => {
    // The turn's text without surrounding whitespace (String#trim's), cut once: no trimmed copies.
    let from = m.index + m[0].length;
    let to = k + 1 < labels.length ? labels[k + 1]!.index : transcript.length;
    while (from < to && isSpace(transcript, from)) from++;
    while (to > from && isSpace(transcript, to - 1)) to--;
    return { role: m[2] === 'Human' ? 'user' : 'assistant', text: transcript.slice(from, to), offset: from };
  });
  // A prompt ends with an empty "Assistant:" that the answer fills in; it is not a turn of its own.
  if (turns.length > 0 && turns[turns.length - 1]!.text === '') turns.pop();
  return turns;
}

const SPACE = /\s/;

/** What String#trim removes: ASCII whitespace fast, the rest of Unicode's by the regex class. */
function isSpace(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return SPACE.test(text[i]!);
}
