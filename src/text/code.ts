import { memoize } from './memo.js';

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
  /[;{}]\s*$|=>|[=!<>]=|\+=|^\s*(?:\/\/|#!|<\/?\w+[^>]*>$)|^\s*\w+(?:\.\w+)*\([^)]*\)\s*(?:#.*)?$/;
/**
 * A keyword that opens a line of code and a sentence alike ("for", "if", "while", "print"): code only with
 * code after it, a parenthesis, an operator, or a short line ending in a colon ("for x in xs:"), not
 * "for a spot-the-error quiz, write ...".
 */
const KEYWORD_LINE = /^\s*(?:def|function|class|import|return|const|let|var|if|elif|for|while|print|console\.log)\b(?:\s*\(|.*\s(?:[=+*/%<>]|==|!=|<=|>=|\+=)\s|.*=|(?=(?:\s+\S+){0,6}\s*:\s*$))/;

/** Statements and declarations that open a line of code in most languages. */
const CODE_OPENER =
  /^\s*(?:(?:public|private|protected|static|final|async|export|abstract|override)\s+)*(?:def|class|function|func|fn|return|import|from\s+[\w.]+\s+import|const|let|var|void|int|float|double|char|bool|boolean|string|String|struct|enum|interface|namespace|using|package|assert|raise|throw|try|catch|except|finally|else|elif|switch|case|break|continue|yield|await|print|printf|echo|#include|#define|SELECT|INSERT|UPDATE|DELETE|CREATE|ALTER)\b(?!\s+(?:the|a|an|of|to|is|was)\b)/;
/**
 * Most of those words open English sentences too ("Let me explain", "Continue my novel from where Erik
 * arrives", "Print the results", "Using the data above"): a line that opens with one is code only with
 * code's punctuation in it, or when it is a declaration keyword alone.
 */
const CODE_PUNCTUATION = /[(){};=[\]]|:\s*$|^\s*(?:(?:public|private|protected|static|final|async|export|abstract|override)\s+)*(?:def|function|func|fn|import|#include|#define|from\s+[\w.]+\s+import|SELECT|INSERT|UPDATE|DELETE|CREATE|ALTER)\b|\$\w|^\s*(?:echo|printf|print|puts|console\.log)\s+["'`$]/;
/**
 * An identifier shaped like code: snake_case, camelCase with a call, a dotted member access. Not a handle,
 * tag or path name ("@truth_hammer77", "#fake_news", "r/some_sub"), which prose names people and places by.
 */
const IDENTIFIER = /(?<![@#/\w])[a-z]+_[a-z0-9_]+\b|\b[a-z]+[A-Z]\w*\(|\b\w+\.\w+\(|\b\w+\[\w*\]/;
/** A line that is mostly literals and separators: a CSV row, a JSON fragment, an argument list. */
function mostlySymbols(text: string): boolean {
  let letters = 0;
  let symbols = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (SYMBOLS.has(c)) symbols++;
    else if (c > 64 && ((c | 32) >= 97 && (c | 32) <= 122 || (c > 127 && LETTER.test(text[i]!)))) letters++;
  }
  return symbols >= 4 && symbols * 3 >= letters;
}
const SYMBOLS = new Set([...`"'{}[](),:;=<>`].map((c) => c.charCodeAt(0)));
const LETTER = /\p{L}/u;

// The record analysis asks this of the same sentence for every disclaimer that could reach it.
export const looksLikeCode: (text: string) => boolean = memoize(
  (text) => CODE_LINE.test(text) || KEYWORD_LINE.test(text) || (CODE_OPENER.test(text) && CODE_PUNCTUATION.test(text)) || (IDENTIFIER.test(text) && /[(){}=;[\]]/.test(text)) || mostlySymbols(text),
  4096,
);
