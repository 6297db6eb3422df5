// Config files are JSONC, as tsconfig.json and VS Code's settings are: JSON
// with // and /* */ comments and trailing commas. jsonc-parser (VS Code's own
// parser) reads them and reports each syntax error with its offset; the first
// one becomes a one-line message naming line and column. package.json stays
// strict JSON, as npm reads it.
import { parse, ParseErrorCode, type ParseError, type ParseOptions } from 'jsonc-parser';

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

export interface ParseJsonOptions {
  /** Strict JSON: comments and trailing commas are errors (package.json). */
  strict?: boolean;
}

function jsoncOptions(options: ParseJsonOptions): ParseOptions {
  return { allowTrailingComma: !options.strict, disallowComments: options.strict === true, allowEmptyContent: false };
}

/** Parses a config file's text; a syntax error is a JsonSyntaxError naming line and column. A leading BOM is ignored. */
export function parseJson(text: string, options: ParseJsonOptions = {}): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const problem = findJsonSyntaxError(body, options);
  if (problem) throw new JsonSyntaxError(problem);
  return parse(body, [], jsoncOptions(options));
}

/** The first syntax error in `text`, or null when it parses. */
export function findJsonSyntaxError(text: string, options: ParseJsonOptions = {}): JsonSyntaxProblem | null {
  const errors: ParseError[] = [];
  parse(text, errors, jsoncOptions(options));
  const first = errors[0];
  if (first === undefined) return null;
  const { line, column } = position(text, first.offset);
  return { offset: first.offset, line, column, message: describe(first, text, options) };
}

/** 1-based line and column (in UTF-16 units, as editors count) of an offset. */
function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let nl = text.indexOf('\n'); nl !== -1 && nl < offset; nl = text.indexOf('\n', nl + 1)) {
    line++;
    lineStart = nl + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** Whether `text` alone is a whole JSON value (so that what follows it is extra). */
function complete(text: string, options: ParseJsonOptions): boolean {
  const errors: ParseError[] = [];
  parse(text, errors, jsoncOptions(options));
  return errors.length === 0;
}

function describe(error: ParseError, text: string, options: ParseJsonOptions): string {
  const at = text.slice(error.offset, error.offset + Math.max(1, error.length));
  const atEnd = text.slice(error.offset).trim() === '';
  switch (error.error) {
    case ParseErrorCode.InvalidSymbol:
      if (at.startsWith("'")) return 'strings must use double quotes';
      if (complete(text.slice(0, error.offset), options)) return 'unexpected text after the end of the JSON value';
      return `unexpected character ${JSON.stringify(at.slice(0, 1))}`;
    case ParseErrorCode.InvalidCommentToken:
      return options.strict ? 'comments are not allowed in this file (strict JSON)' : 'bad comment';
    case ParseErrorCode.UnexpectedEndOfComment:
      return 'unterminated /* comment';
    case ParseErrorCode.UnexpectedEndOfString: {
      const rest = text.slice(error.offset + 1);
      return /^[^"\n]*\n/.test(rest) ? 'unterminated string (line break inside a string)' : 'unterminated string';
    }
    case ParseErrorCode.InvalidNumberFormat:
    case ParseErrorCode.UnexpectedEndOfNumber:
      return 'bad number';
    case ParseErrorCode.InvalidUnicode:
      return 'bad \\u escape in string';
    case ParseErrorCode.InvalidEscapeCharacter:
      return 'bad escape in string';
    case ParseErrorCode.InvalidCharacter:
      return 'control character in string';
    case ParseErrorCode.PropertyNameExpected:
      return atEnd ? 'unexpected end of file' : options.strict && at === '}' ? 'trailing comma' : 'expected a property name in double quotes';
    case ParseErrorCode.ValueExpected:
      if (text.trim() === '' || /^\s*(?:(?:\/\/[^\n]*|\/\*[\s\S]*?\*\/)\s*)*$/.test(text)) return 'the file is empty';
      if (atEnd) return 'unexpected end of file';
      return options.strict && (at === ']' || at === '}') ? 'trailing comma' : 'expected a value';
    case ParseErrorCode.ColonExpected:
      return atEnd ? 'unexpected end of file' : 'expected ":" after the property name';
    case ParseErrorCode.CommaExpected:
      return atEnd ? 'unexpected end of file' : 'expected "," between entries';
    case ParseErrorCode.CloseBraceExpected:
      return atEnd ? 'unexpected end of file' : 'expected "," or "}"';
    case ParseErrorCode.CloseBracketExpected:
      return atEnd ? 'unexpected end of file' : 'expected "," or "]"';
    case ParseErrorCode.EndOfFileExpected:
      return 'unexpected text after the end of the JSON value';
    default:
      return 'invalid JSON';
  }
}
