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
    const from = m.index + m[0].length;
    const to = k + 1 < labels.length ? labels[k + 1]!.index : transcript.length;
    const raw = transcript.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    return { role: m[2] === 'Human' ? 'user' : 'assistant', text: raw.trim(), offset: from + lead };
  });
  // A prompt ends with an empty "Assistant:" that the answer fills in; it is not a turn of its own.
  if (turns.length > 0 && turns[turns.length - 1]!.text === '') turns.pop();
  return turns;
}
