/**
 * Code inside dataset text: code is not prose and states no claims, so rules
 * skip it (Markdown files drop code blocks before any rule sees them; JSON
 * strings keep them, and these find them).
 */

/** Fenced code blocks (``` or ~~~) in a text. */
export function fencedCode(text: string): { start: number; end: number }[] {
  if (!text.includes('```') && !text.includes('~~~')) return [];
  const out: { start: number; end: number }[] = [];
  const re = /^[ \t]*(```|~~~)/gm;
  let open = -1;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (open < 0) open = m.index;
    else {
      out.push({ start: open, end: m.index + m[0].length });
      open = -1;
    }
  }
  if (open >= 0) out.push({ start: open, end: text.length });
  return out;
}

export function inRanges(ranges: { start: number; end: number }[], offset: number): boolean {
  return ranges.some((r) => offset >= r.start && offset < r.end);
}

/** A line that reads as code rather than prose. */
const CODE_LINE =
  /[;{}]\s*$|=>|[=!<>]=|\+=|^\s*(?:def|function|class|import|return|const|let|var|if|elif|for|while|print|console\.log)\b.*[:({=+\-*/#]|^\s*(?:\/\/|#!|<\/?\w+[^>]*>$)|^\s*\w+(?:\.\w+)*\([^)]*\)\s*(?:#.*)?$/;

export function looksLikeCode(text: string): boolean {
  return CODE_LINE.test(text);
}
