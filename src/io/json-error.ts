// Turning a JSON.parse failure into "what went wrong, and where". V8 (Node 20)
// reports a position for most errors but not all ("Unexpected token 'x', ...
// is not valid JSON" has none, and it quotes the whole input, which for a 50 MB
// record is not a message). For those we find the offset ourselves with a small
// validator; it runs only on the failure path.

export interface JsonErrorInfo {
  /** Offset (UTF-16 code units) in the parsed text where the error is. */
  offset: number;
  /** V8's reason without the position and without the quoted input. */
  reason: string;
}

export function describeJsonError(error: unknown, text: string): JsonErrorInfo {
  const message = error instanceof Error ? error.message : String(error);
  const positioned = /(?: in JSON)? at position (\d+)/.exec(message);
  if (positioned) {
    return { offset: Number(positioned[1]), reason: message.slice(0, positioned.index) + tail(message, positioned) };
  }
  if (message.startsWith('Unexpected end of JSON input')) {
    return { offset: text.length, reason: 'Unexpected end of JSON input' };
  }
  const reason = message.replace(/, ".*" is not valid JSON$/s, '');
  const offset = firstJsonError(text);
  return { offset: offset < 0 ? 0 : offset, reason };
}

function tail(message: string, match: RegExpExecArray): string {
  // Node 20 sometimes appends " (line 1 column 8)"; we compute our own.
  return message.slice(match.index + match[0].length).replace(/^ \(line \d+ column \d+\)/, '');
}

const enum State {
  Value,
  AfterValue,
  Key,
  Colon,
}

/**
 * Offset of the first JSON syntax error in `s`, or -1 if `s` is valid JSON.
 * Iterative (an explicit stack), so deeply nested input cannot overflow.
 */
export function firstJsonError(s: string): number {
  const n = s.length;
  const stack: number[] = [];
  let state = State.Value;
  let justOpened = false;
  let i = 0;
  for (;;) {
    while (i < n) {
      const c = s.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i++;
      else break;
    }
    if (i >= n) return state === State.AfterValue && stack.length === 0 ? -1 : n;
    const c = s.charCodeAt(i);
    switch (state) {
      case State.Value: {
        if (c === 93 && justOpened && stack[stack.length - 1] === 91) {
          stack.pop();
          i++;
          state = State.AfterValue;
        } else if (c === 123 || c === 91) {
          stack.push(c);
          i++;
          state = c === 123 ? State.Key : State.Value;
          justOpened = true;
          continue;
        } else if (c === 34) {
          const end = scanString(s, i);
          if (end < 0) return -end - 1;
          i = end;
          state = State.AfterValue;
        } else if (c === 45 || (c >= 48 && c <= 57)) {
          const end = scanNumber(s, i);
          if (end < 0) return -end - 1;
          i = end;
          state = State.AfterValue;
        } else {
          const word = c === 116 ? 'true' : c === 102 ? 'false' : c === 110 ? 'null' : '';
          if (!word) return i;
          for (let k = 0; k < word.length; k++) if (s.charCodeAt(i + k) !== word.charCodeAt(k)) return Math.min(i + k, n);
          i += word.length;
          state = State.AfterValue;
        }
        justOpened = false;
        break;
      }
      case State.Key: {
        if (c === 125 && justOpened) {
          stack.pop();
          i++;
          state = State.AfterValue;
        } else {
          if (c !== 34) return i;
          const end = scanString(s, i);
          if (end < 0) return -end - 1;
          i = end;
          state = State.Colon;
        }
        justOpened = false;
        break;
      }
      case State.Colon:
        if (c !== 58) return i;
        i++;
        state = State.Value;
        break;
      case State.AfterValue: {
        const top = stack[stack.length - 1];
        if (top === undefined) return i;
        if (c === 44) {
          i++;
          state = top === 123 ? State.Key : State.Value;
        } else if ((c === 125 && top === 123) || (c === 93 && top === 91)) {
          stack.pop();
          i++;
        } else return i;
        break;
      }
    }
  }
}

/** End offset (after the closing quote) of the string at `i`, or -(errorOffset+1). */
function scanString(s: string, i: number): number {
  const n = s.length;
  let j = i + 1;
  while (j < n) {
    const c = s.charCodeAt(j);
    if (c === 34) return j + 1;
    if (c === 92) {
      const e = s.charCodeAt(j + 1);
      if (e === 117) {
        for (let k = 2; k < 6; k++) if (!isHex(s.charCodeAt(j + k))) return -(Math.min(j + k, n) + 1);
        j += 6;
      } else if (e === 34 || e === 92 || e === 47 || e === 98 || e === 102 || e === 110 || e === 114 || e === 116) {
        j += 2;
      } else return -(Math.min(j + 1, n) + 1);
    } else if (c < 0x20) return -(j + 1);
    else j++;
  }
  return -(n + 1);
}

function scanNumber(s: string, i: number): number {
  let j = i;
  if (s.charCodeAt(j) === 45) j++;
  if (s.charCodeAt(j) === 48) j++;
  else if (isDigit(s.charCodeAt(j))) while (isDigit(s.charCodeAt(j))) j++;
  else return -(j + 1);
  if (s.charCodeAt(j) === 46) {
    j++;
    if (!isDigit(s.charCodeAt(j))) return -(j + 1);
    while (isDigit(s.charCodeAt(j))) j++;
  }
  const e = s.charCodeAt(j);
  if (e === 101 || e === 69) {
    j++;
    const sign = s.charCodeAt(j);
    if (sign === 43 || sign === 45) j++;
    if (!isDigit(s.charCodeAt(j))) return -(j + 1);
    while (isDigit(s.charCodeAt(j))) j++;
  }
  return j;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

/** The note a JSON Lines problem ends with when the last line breaks off mid-record. */
export const TRUNCATED_NOTE = '; the file appears truncated (its last line ends mid-record, with no final newline)';

/**
 * V8's reason as message data: "Unexpected token 'x'" quotes the record, so
 * the token goes in `token` (dataset text, blanked under --redact) under the
 * token template; any other reason is V8's own wording.
 */
export function jsonReason(reason: string, plain: string, withToken: string): { messageId: string; data: { reason: string } | { token: string } } {
  const token = /^Unexpected token '([\s\S]*)'$/.exec(reason);
  return token ? { messageId: withToken, data: { token: token[1]! } } : { messageId: plain, data: { reason } };
}
