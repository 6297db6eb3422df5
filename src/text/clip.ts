/** Dataset text quoted in a message: whitespace folded, at most `max` characters. */
export function clip(text: string, max = 60): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 3)}...` : t;
}
