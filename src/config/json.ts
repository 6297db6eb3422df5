// Strict JSON parsing with a useful error position. V8's JSON.parse messages
// do not always carry a position (Node 20: `Unexpected token '}', "..." is not
// valid JSON`), so on failure a small scanner finds where and why.

export interface JsonSyntaxProblem {
  /** 0-based character offset of the problem. */
  offset: number;
  line: number;
  column: number;
  message: string;
}

export class JsonSyntaxError extends Error {
  constructor(readonly problem: JsonSyntaxProblem) {
    super(`invalid JSON at line ${problem.line}, column ${problem.column}: ${problem.message}`);
    this.name = 'JsonSyntaxError';
  }
}

/** JSON.parse, but a syntax error is a JsonSyntaxError naming line and column. A leading BOM is ignored. */
export function parseJson(text: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return JSON.parse(body);
  } catch (error) {
    const problem = findJsonSyntaxError(body) ?? {
      offset: 0,
      line: 1,
      column: 1,
      message: error instanceof Error ? error.message : String(error),
    };
    throw new JsonSyntaxError(problem);
  }
}

class Stop {
  constructor(
    readonly offset: number,
    readonly message: string,
  ) {}
}

/** The first syntax error in `text`, or null when it is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxProblem | null {
  let i = 0;
  const describe = (ch: string | undefined) =>
    ch === undefined ? 'unexpected end of file' : ch === '/' ? 'comments are not allowed in JSON' : `unexpected character ${JSON.stringify(ch)}`;
  const fail = (message: string, at = i): never => {
    throw new Stop(at, message);
  };
  const ws = () => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  const literal = (word: string) => {
    if (text.startsWith(word, i)) i += word.length;
    else fail(describe(text[i]));
  };
  const string = () => {
    i++; // opening quote
    for (;;) {
      const ch = text[i];
      if (ch === undefined) fail('unterminated string');
      if (ch === '"') {
        i++;
        return;
      }
      if (ch === '\\') {
        const next = text[i + 1];
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail('bad \\u escape in string');
          i += 6;
        } else if (next !== undefined && '"\\/bfnrt'.includes(next)) i += 2;
        else fail(`bad escape ${JSON.stringify('\\' + (next ?? ''))} in string`);
      } else if (ch!.charCodeAt(0) < 0x20) fail(ch === '\n' ? 'unterminated string (line break inside a string)' : 'control character in string');
      else i++;
    }
  };
  const number = () => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!match || match[0] === '-' || match[0] === '') fail('bad number');
    i += match![0].length;
    if (/[\d.eE]/.test(text[i] ?? '')) fail('bad number');
  };
  const value = (): void => {
    const ch = text[i];
    if (ch === '{') return object();
    if (ch === '[') return array();
    if (ch === '"') return string();
    if (ch === 't') return literal('true');
    if (ch === 'f') return literal('false');
    if (ch === 'n') return literal('null');
    if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) return number();
    if (ch === "'") fail('strings must use double quotes');
    fail(describe(ch));
  };
  const object = () => {
    i++;
    ws();
    if (text[i] === '}') {
      i++;
      return;
    }
    for (;;) {
      if (text[i] !== '"') fail(text[i] === undefined || text[i] === '/' ? describe(text[i]) : 'expected a property name in double quotes');
      string();
      ws();
      if (text[i] !== ':') fail(text[i] === undefined ? describe(undefined) : 'expected ":" after the property name');
      i++;
      ws();
      value();
      ws();
      if (text[i] === ',') {
        const comma = i;
        i++;
        ws();
        if (text[i] === '}') fail('trailing comma', comma);
        continue;
      }
      if (text[i] === '}') {
        i++;
        return;
      }
      fail(text[i] === undefined || text[i] === '/' ? describe(text[i]) : 'expected "," or "}"');
    }
  };
  const array = () => {
    i++;
    ws();
    if (text[i] === ']') {
      i++;
      return;
    }
    for (;;) {
      value();
      ws();
      if (text[i] === ',') {
        const comma = i;
        i++;
        ws();
        if (text[i] === ']') fail('trailing comma', comma);
        continue;
      }
      if (text[i] === ']') {
        i++;
        return;
      }
      fail(text[i] === undefined || text[i] === '/' ? describe(text[i]) : 'expected "," or "]"');
    }
  };
  try {
    ws();
    if (i >= text.length) fail('the file is empty');
    value();
    ws();
    if (i < text.length) fail('unexpected text after the end of the JSON value');
    return null;
  } catch (stop) {
    if (!(stop instanceof Stop)) throw stop;
    let line = 1;
    let lineStart = 0;
    for (let k = 0; k < stop.offset && k < text.length; k++) {
      if (text[k] === '\n') {
        line++;
        lineStart = k + 1;
      }
    }
    return { offset: stop.offset, line, column: stop.offset - lineStart + 1, message: stop.message };
  }
}
