import { createRequire as __neglintCreateRequire } from 'node:module';
const require = __neglintCreateRequire(import.meta.url);
import {
  init_action_shims
} from "./chunk-OEQ6K6F4.js";

// src/parallel/task.ts
init_action_shims();

// rules/index.ts
init_action_shims();

// rules/detached-negation/rule.ts
init_action_shims();

// src/kinds/define.ts
init_action_shims();

// src/engine/rule-url.ts
init_action_shims();
var DOCS_BASE = "https://github.com/neglint/neglint/blob/main";
function ruleUrl(id) {
  return `${DOCS_BASE}/rules/${id}/README.md`;
}

// src/nlp/record.ts
init_action_shims();

// src/formats/shared.ts
init_action_shims();

// src/io/json-locate.ts
init_action_shims();
function locateString(raw, pointer) {
  const at = locateValue(raw, pointer);
  if (!at || raw.charCodeAt(at.start) !== QUOTE) return null;
  return stringMapper(raw, at.start);
}
function locateValue(raw, pointer) {
  const tokens = parsePointer(pointer);
  if (!tokens) return null;
  let i = skipSpace(raw, 0);
  for (const token of tokens) {
    const c = raw.charCodeAt(i);
    if (c === OPEN_OBJECT) {
      const found = findMember(raw, i, token);
      if (found < 0) return null;
      i = found;
    } else if (c === OPEN_ARRAY) {
      if (!/^(0|[1-9]\d*)$/.test(token)) return null;
      const found = findElement(raw, i, Number(token));
      if (found < 0) return null;
      i = found;
    } else return null;
  }
  const end = skipValue(raw, i);
  return end < 0 ? null : { start: i, end };
}
function parsePointer(pointer) {
  if (pointer === "") return [];
  if (!pointer.startsWith("/")) return null;
  return pointer.slice(1).split("/").map((t) => t.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function escapePointerToken(token) {
  if (token.indexOf("~") < 0 && token.indexOf("/") < 0) return token;
  return token.replace(/~/g, "~0").replace(/\//g, "~1");
}
var QUOTE = 34;
var BACKSLASH = 92;
var OPEN_OBJECT = 123;
var CLOSE_OBJECT = 125;
var OPEN_ARRAY = 91;
var CLOSE_ARRAY = 93;
var COMMA = 44;
var COLON = 58;
function stringMapper(raw, open3) {
  const decodedAt = [];
  const rawAt = [];
  const width = [];
  let decoded = 0;
  let j = open3 + 1;
  let slash = raw.indexOf("\\", j);
  let close = raw.indexOf('"', j);
  while (close >= 0) {
    if (slash < 0 || close < slash) {
      decoded += close - j;
      break;
    }
    decoded += slash - j;
    const w = raw.charCodeAt(slash + 1) === 117 ? 6 : 2;
    decodedAt.push(decoded);
    rawAt.push(slash);
    width.push(w);
    decoded += 1;
    j = slash + w;
    slash = raw.indexOf("\\", j);
    if (close < j) close = raw.indexOf('"', j);
  }
  const start = open3 + 1;
  return (offset) => {
    const o = Math.max(0, Math.min(offset, decoded));
    let lo = 0;
    let hi = decodedAt.length - 1;
    let k = -1;
    while (lo <= hi) {
      const mid = lo + hi >> 1;
      if (decodedAt[mid] <= o) {
        k = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (k < 0) return start + o;
    if (o === decodedAt[k]) return rawAt[k];
    return rawAt[k] + width[k] + (o - decodedAt[k] - 1);
  };
}
function findMember(raw, i, key) {
  const members = walked(raw).members;
  const id = `${i}:${key}`;
  let at = members.get(id);
  if (at === void 0) members.set(id, at = scanMember(raw, i, key));
  return at;
}
function scanMember(raw, i, key) {
  let j = skipSpace(raw, i + 1);
  if (raw.charCodeAt(j) === CLOSE_OBJECT) return -1;
  for (; ; ) {
    if (raw.charCodeAt(j) !== QUOTE) return -1;
    const keyEnd = skipString(raw, j);
    if (keyEnd < 0) return -1;
    const matches2 = decodeKey(raw, j, keyEnd) === key;
    j = skipSpace(raw, keyEnd);
    if (raw.charCodeAt(j) !== COLON) return -1;
    j = skipSpace(raw, j + 1);
    const valueEnd = skipValue(raw, j);
    if (valueEnd < 0) return -1;
    const valueStart = j;
    j = skipSpace(raw, valueEnd);
    const c = raw.charCodeAt(j);
    if (matches2 && !hasLaterKey(raw, j, key)) return valueStart;
    if (c === COMMA) j = skipSpace(raw, j + 1);
    else return -1;
  }
}
function hasLaterKey(raw, j, key) {
  if (raw.charCodeAt(j) !== COMMA) return false;
  return findMember(raw, j, key) >= 0;
}
function findElement(raw, i, n) {
  return elementsOf(raw, i)[n] ?? -1;
}
var walkedRaw;
var walks = { members: /* @__PURE__ */ new Map(), elements: /* @__PURE__ */ new Map() };
function walked(raw) {
  if (raw !== walkedRaw) {
    walkedRaw = raw;
    walks.members.clear();
    walks.elements.clear();
  }
  return walks;
}
function elementsOf(raw, i) {
  const elementStarts = walked(raw).elements;
  let starts = elementStarts.get(i);
  if (starts) return starts;
  starts = [];
  elementStarts.set(i, starts);
  let j = skipSpace(raw, i + 1);
  if (raw.charCodeAt(j) === CLOSE_ARRAY) return starts;
  for (; ; ) {
    starts.push(j);
    const end = skipValue(raw, j);
    if (end < 0) return starts;
    j = skipSpace(raw, end);
    if (raw.charCodeAt(j) !== COMMA) return starts;
    j = skipSpace(raw, j + 1);
  }
}
function decodeKey(raw, start, end) {
  const body = raw.slice(start + 1, end - 1);
  return body.includes("\\") ? JSON.parse(raw.slice(start, end)) : body;
}
function skipValue(raw, i) {
  const c = raw.charCodeAt(i);
  if (c === QUOTE) return skipString(raw, i);
  if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
    let depth = 0;
    let j2 = i;
    while (j2 < raw.length) {
      const d = raw.charCodeAt(j2);
      if (d === QUOTE) {
        j2 = skipString(raw, j2);
        if (j2 < 0) return -1;
        continue;
      }
      if (d === OPEN_OBJECT || d === OPEN_ARRAY) depth++;
      else if (d === CLOSE_OBJECT || d === CLOSE_ARRAY) {
        if (--depth === 0) return j2 + 1;
      }
      j2++;
    }
    return -1;
  }
  let j = i;
  while (j < raw.length) {
    const d = raw.charCodeAt(j);
    if (d === COMMA || d === CLOSE_OBJECT || d === CLOSE_ARRAY || d === 32 || d === 9 || d === 10 || d === 13) break;
    j++;
  }
  return j > i ? j : -1;
}
function skipString(raw, i) {
  let j = i + 1;
  for (; ; ) {
    const close = raw.indexOf('"', j);
    if (close < 0) return -1;
    let slashes = 0;
    for (let k = close - 1; k > i && raw.charCodeAt(k) === BACKSLASH; k--) slashes++;
    if (slashes % 2 === 0) return close + 1;
    j = close + 1;
  }
}
function skipSpace(raw, i) {
  let j = i;
  for (; ; ) {
    const c = raw.charCodeAt(j);
    if (c === 32 || c === 9 || c === 10 || c === 13) j++;
    else return j;
  }
}

// src/formats/shared.ts
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function ptr(base, token) {
  return `${base}/${typeof token === "number" ? token : escapePointerToken(token)}`;
}
var NON_SPACE = /\S/;
function pushText(out, text, pointer, role, trained, turn, baseOffset) {
  if (typeof text !== "string" || !NON_SPACE.test(text)) return;
  const segment = { pointer, role, trained, text };
  if (turn !== void 0) segment.turn = turn;
  if (baseOffset) segment.baseOffset = baseOffset;
  out.push(segment);
}
var REASONING_KEYS = ["reasoning_content", "reasoning", "thinking"];
function pushMessage(out, message, pointer, role, trained, turn, textKey2 = "content") {
  for (const key of REASONING_KEYS) if (typeof message[key] === "string") pushText(out, message[key], ptr(pointer, key), role, trained, turn);
  const content = message[textKey2];
  if (typeof content === "string") {
    pushText(out, content, ptr(pointer, textKey2), role, trained, turn);
    return;
  }
  if (!Array.isArray(content)) return;
  content.forEach((part, j) => {
    const base = ptr(ptr(pointer, textKey2), j);
    if (typeof part === "string") pushText(out, part, base, role, trained, turn);
    else if (!isObject(part)) return;
    else if (typeof part.thinking === "string") pushText(out, part.thinking, ptr(base, "thinking"), role, trained, turn);
    else if (isTextPart(part)) pushText(out, part.text, ptr(base, "text"), role, trained, turn);
  });
}
function isTextPart(part) {
  if (typeof part.text !== "string") return false;
  const type = part.type;
  return type === void 0 || type === "text" || typeof type === "string" && type.endsWith("_text");
}
function roleOf(message) {
  const role = message.role ?? message.from;
  return typeof role === "string" ? role : "unknown";
}
var MODEL_ROLES = /* @__PURE__ */ new Set(["assistant", "gpt", "chatgpt", "model", "bot", "bard", "bing", "claude", "ai"]);
function isModelRole(role) {
  return MODEL_ROLES.has(role.toLowerCase());
}
function isMessageList(value) {
  return Array.isArray(value) && value.length > 0 && value.some((m) => isObject(m) && (typeof m.role === "string" || typeof m.from === "string"));
}
function pushMessages(out, messages, pointer, trained, firstTurn) {
  messages.forEach((m, i) => {
    if (isObject(m)) pushMessage(out, m, ptr(pointer, i), roleOf(m), trained, firstTurn + i, textKeyOf(m));
  });
}
function textKeyOf(message) {
  return "content" in message || !("value" in message) ? "content" : "value";
}

// src/text/code.ts
init_action_shims();

// src/text/memo.ts
init_action_shims();
function memoize(compute, limit) {
  const store = /* @__PURE__ */ new Map();
  const get = (key) => {
    let v = store.get(key);
    if (v === void 0 && !store.has(key)) {
      v = compute(key);
      if (store.size >= limit) store.clear();
      store.set(key, v);
    }
    return v;
  };
  return Object.assign(get, { peek: (key) => store.get(key) });
}

// src/text/code.ts
function fencedCode(text) {
  if (!text.includes("```") && !text.includes("~~~")) return [];
  const out = [];
  const re = /^[ \t]*(```|~~~)/gm;
  let open3 = -1;
  let m;
  while ((m = re.exec(text)) !== null) {
    if (open3 < 0) open3 = m.index;
    else {
      out.push({ start: open3, end: m.index + m[0].length });
      open3 = -1;
    }
  }
  if (open3 >= 0) out.push({ start: open3, end: text.length });
  return out;
}
function inRanges(ranges, offset) {
  return ranges.some((r) => offset >= r.start && offset < r.end);
}
var CODE_LINE = /[;{}]\s*$|=>|[=!<>]=|\+=|^\s*(?:\/\/|#!|<\/?\w+[^>]*>$)|^\s*\w+(?:\.\w+)*\([^)]*\)\s*(?:#.*)?$/;
var KEYWORD_LINE = /^\s*(?:def|function|class|import|return|const|let|var|if|elif|for|while|print|console\.log)\b(?:\s*\(|.*\s(?:[=+*/%<>]|==|!=|<=|>=|\+=)\s|.*=|(?=(?:\s+\S+){0,6}\s*:\s*$))/;
var CODE_OPENER = /^\s*(?:(?:public|private|protected|static|final|async|export|abstract|override)\s+)*(?:def|class|function|func|fn|return|import|from\s+[\w.]+\s+import|const|let|var|void|int|float|double|char|bool|boolean|string|String|struct|enum|interface|namespace|using|package|assert|raise|throw|try|catch|except|finally|else|elif|switch|case|break|continue|yield|await|print|printf|echo|#include|#define|SELECT|INSERT|UPDATE|DELETE|CREATE|ALTER)\b(?!\s+(?:the|a|an|of|to|is|was)\b)/;
var CODE_PUNCTUATION = /[(){};=[\]]|:\s*$|^\s*(?:(?:public|private|protected|static|final|async|export|abstract|override)\s+)*(?:def|function|func|fn|import|#include|#define|from\s+[\w.]+\s+import|SELECT|INSERT|UPDATE|DELETE|CREATE|ALTER)\b|\$\w|^\s*(?:echo|printf|print|puts|console\.log)\s+["'`$]/;
var IDENTIFIER = /(?<![@#/\w])[a-z]+_[a-z0-9_]+\b|\b[a-z]+[A-Z]\w*\(|\b\w+\.\w+\(|\b\w+\[\w*\]/;
function mostlySymbols(text) {
  let letters = 0;
  let symbols = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (SYMBOLS.has(c)) symbols++;
    else if (c > 64 && ((c | 32) >= 97 && (c | 32) <= 122 || c > 127 && LETTER.test(text[i]))) letters++;
  }
  return symbols >= 4 && symbols * 3 >= letters;
}
var SYMBOLS = new Set([...`"'{}[](),:;=<>`].map((c) => c.charCodeAt(0)));
var LETTER = new RegExp("\\p{L}", "u");
var looksLikeCode = memoize(
  (text) => CODE_LINE.test(text) || KEYWORD_LINE.test(text) || CODE_OPENER.test(text) && CODE_PUNCTUATION.test(text) || IDENTIFIER.test(text) && /[(){}=;[\]]/.test(text) || mostlySymbols(text),
  4096
);

// src/nlp/pos.ts
init_action_shims();

// src/nlp/compromise.ts
init_action_shims();
var loaded;
var loading;
function loadNlp() {
  loading ??= load().then((m) => loaded = m);
  return loading;
}
async function load() {
  if (false) {
    try {
      return createRequire(import.meta.url)("compromise");
    } catch {
    }
  }
  return (await import("./chunk-ZMSLDWGZ.js")).default;
}
function nlpLoaded() {
  return loaded !== void 0;
}
function nlp() {
  if (!loaded) throw new Error("compromise is not loaded: await loadNlp() before running rules");
  return loaded;
}

// src/nlp/pos.ts
import { readFileSync as readFileSync2 } from "node:fs";
import { join as join2 } from "node:path";

// src/nlp/lexicon.ts
init_action_shims();
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

// src/nlp/probability.ts
init_action_shims();
var UNITS = {
  zero: 0,
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19
};
var TENS = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
var SCALES = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9 };
var COUNT_WORDS = Object.entries({ ...UNITS, ...TENS }).filter(([, n]) => n >= 2 && n <= 20).sort((a, b) => a[1] - b[1]).map(([w]) => w);
var NUM_WORD = String.raw`(?:${[...Object.keys(UNITS), ...Object.keys(TENS), ...Object.keys(SCALES)].join("|")})`;
var NUM = String.raw`(?:\d+(?:[.,]\d+)*|${NUM_WORD}(?:[\s-]+(?:and[\s-]+)?${NUM_WORD})*)`;
function parseNumber(text) {
  const t = text.toLowerCase().trim();
  if (/^\d/.test(t)) return Number(t.replace(/,(?=\d{3}\b)/g, ""));
  let total = 0;
  let current = 0;
  let article = false;
  for (const w of t.split(/[\s-]+/)) {
    if (w === "and") continue;
    if (article && (Object.hasOwn(UNITS, w) || Object.hasOwn(TENS, w))) current -= 1;
    article = w === "a" || w === "an";
    if (Object.hasOwn(UNITS, w)) current += UNITS[w];
    else if (Object.hasOwn(TENS, w)) current += TENS[w];
    else if (Object.hasOwn(SCALES, w)) {
      current = (current || 1) * SCALES[w];
      if (SCALES[w] >= 1e3) {
        total += current;
        current = 0;
      }
    } else return NaN;
  }
  return total + current;
}
function ratio(a, b) {
  if (!(a > 0 && b > 0) || a > b) return null;
  return a / b;
}
var PATTERNS = [
  // half a percent, a quarter of a percent
  { re: /\b(half|a quarter|a third)(?: of)? an? (?:percent|per cent)\b/gi, value: (m) => ({ half: 0.5, "a quarter": 0.25, "a third": 1 / 3 })[m[1].toLowerCase()] / 100 },
  // 3%, 3 percent, 3 per cent, five percent, 0.5%
  // ("a five-percent probability": joined by a hyphen too)
  { re: new RegExp(String.raw`(?<![\d.])(${NUM})\s*-?\s*(?:%|percent\b|per cent\b|pct\b)`, "gi"), value: (m) => parseNumber(m[1]) / 100 },
  // 1 in 40, one in a hundred, 1-in-25, one chance in twenty, seven chances in a hundred, 2 out of 100
  { re: new RegExp(String.raw`\b(${NUM})(?:\s+(?:chances?|shots?|times?))?(?:\s*-\s*|\s+)(?:in|out of)(?:\s*-\s*|\s+)(${NUM})\b`, "gi"), value: (m) => ratio(parseNumber(m[1]), parseNumber(m[2])) },
  // 25-to-1 against, 40 to 1 against, odds of 30:1 against, 50/1 against
  // (Odds against are written as odds: they need no probability word beside them.)
  { re: new RegExp(String.raw`\b(${NUM})\s*(?:-\s*to\s*-|\s+to\s+|:|\/)\s*(${NUM})\s+against\b`, "gi"), value: (m) => ratio(parseNumber(m[2]), parseNumber(m[1]) + parseNumber(m[2])), notation: true },
  // odds of 1:30, odds 1-to-30 (for): the first is the chance, the two together the whole
  { re: new RegExp(String.raw`\bodds(?:\s+(?:of|are|were|at))?\s+(${NUM})\s*(?:-\s*to\s*-|\s+to\s+|:)\s*(${NUM})\b(?!\s+against)`, "gi"), value: (m) => ratio(parseNumber(m[1]), parseNumber(m[1]) + parseNumber(m[2])) },
  // p ≈ 0.01, p(true) ≈ 0.02: an estimate in probability notation ("p = 0.03", "p < 0.05" are test statistics)
  { re: /(?<![\p{L}\d])[pP](?:\s*\([^()\n]{1,16}\))?\s*[≈≃]\s*(0?\.\d+)(?![\d.])/gu, value: (m) => Number(m[1]), notation: true },
  // six cents on the dollar: a market's price of a claim (only near a probability word, or priced: "Traders price the claims below at six cents on the dollar")
  { re: new RegExp(String.raw`\b(${NUM})\s+cents?\s+on\s+the\s+dollar\b`, "gi"), value: (m) => ratio(parseNumber(m[1]), 100), needsWord: true },
  // 1/30 (only near a probability word: 3/4 of a cup is not one)
  { re: /(?<![\d.\/])(\d+)\s*\/\s*(\d+)(?![\d\/])/g, value: (m) => ratio(Number(m[1]), Number(m[2])), needsWord: true },
  // 0.04, .02, p = 0.01: a bare decimal under 1 (only near a probability word)
  { re: /(?<![\d.,])(0?\.\d+)(?![\d,%]|\.\d)/g, value: (m) => Number(m[1]), needsWord: true }
];
var RANGE_AFTER = /^\s*(?:to|–|—|-|and)\s*[−-]?\d+(?:[.,]\d+)?\s*(?:%|percent\b|per cent\b)/i;
var INTERVAL = /\b(?:interval|CI|margin of error|range)\b|[−-]\s*\d[^%]{0,8}%\s*(?:to|–|-)\s*$/i;
var RANGE_BEFORE = /\d(?:[.,]\d+)?\s*(?:%|percent|per cent)?\s*(?:to|–|—|-|and)\s*$/i;
function probabilitiesIn(text, nearProbabilityWord) {
  const out = [];
  for (const p of PATTERNS) {
    p.re.lastIndex = 0;
    let m;
    while ((m = p.re.exec(text)) !== null) {
      const value = p.value(m);
      if (value === null || !Number.isFinite(value) || value < 0 || value > 1) continue;
      const start = m.index;
      const end = m.index + m[0].length;
      if (p.needsWord && !nearProbabilityWord(start, end)) continue;
      if ((RANGE_AFTER.test(text.slice(end, end + 16)) || RANGE_BEFORE.test(text.slice(Math.max(0, start - 16), start))) && INTERVAL.test(text.slice(Math.max(0, start - 40), start))) continue;
      if (out.some((o) => o.start <= start && o.end >= end)) continue;
      out.push({ value, start, end, ...p.notation ? { notation: true } : {} });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
var LOW_PROBABILITY = 0.5;

// src/nlp/tokens.ts
init_action_shims();
var TOKEN = new RegExp("((?:\\p{L}[\\p{L}\\p{M}\\p{N}]*|\\d+(?:[.,]\\d+)*-(?=\\p{L}))(?:['’\\-.]?[\\p{L}\\p{M}\\p{N}]+)*['’]?)|(\\d+(?:[.,]\\d+)*)|([.!?…,;:()[\\]{}\"“”‘'«»—–\\-/|*_#<>~`=+&^\\\\]+)|(\\S)", "gu");
function tokenize(text) {
  const out = [];
  TOKEN.lastIndex = 0;
  let m;
  while ((m = TOKEN.exec(text)) !== null) {
    const t = m[0];
    const kind = m[1] ? "word" : m[2] ? "num" : m[3] ? "punct" : "symbol";
    if (kind === "symbol" && /^[\u200d\ufe0f\ufe0e]$/.test(t) && out.length && out[out.length - 1].kind === "symbol" && out[out.length - 1].end === m.index) {
      const prev2 = out[out.length - 1];
      prev2.text += t;
      prev2.end = m.index + t.length;
      continue;
    }
    const norm = normalize(t, kind);
    const prev = out[out.length - 1];
    if (prev?.norm === "its" && kind === "word" && /^(?:a|an|the|not|all|just|only|totally|completely|pure|entirely)$/.test(norm)) prev.norm = "it's";
    out.push({ text: t, norm, start: m.index, end: m.index + t.length, kind, tags: void 0 });
  }
  return out;
}
function normalize(t, kind) {
  if (kind === "symbol") return t.replace(/[\ufe0f\ufe0e]/g, "");
  let s = t.toLowerCase();
  if (s.includes("’")) s = s.replace(/’/g, "'");
  if (kind === "word" && s.endsWith("'") && !s.endsWith("n'")) s = s.slice(0, -1);
  if (kind === "word" && s.endsWith("nt") && UNMARKED_NEGATION.test(s)) s = `${s.slice(0, -1)}'t`;
  return s;
}
var UNMARKED_NEGATIONS = "dont|doesnt|didnt|isnt|wasnt|arent|werent|shouldnt|couldnt|wouldnt|havent|hasnt|hadnt|mustnt|neednt|aint";
var UNMARKED_NEGATION = new RegExp(`^(?:${UNMARKED_NEGATIONS})$`);
function isNegatedContraction(norm) {
  return norm.endsWith("n't") || norm === "cannot";
}
function contractionAuxiliary(norm) {
  if (norm === "won't") return "will";
  if (norm === "can't" || norm === "cannot") return "can";
  if (norm === "shan't") return "shall";
  if (norm === "ain't") return "is";
  return norm.slice(0, -3);
}
var CONTRACTED = /^(?:it|that|this|there|here|what|who|he|she|let|where|how|when|why|which|everyone|everything|nothing|someone|somebody|nobody)'s$/;
function matchForm(norm) {
  return norm.length > 3 && norm.endsWith("'s") && !CONTRACTED.test(norm) ? norm.slice(0, -2) : norm;
}

// src/nlp/lexicon.ts
var EPISTEMIC = ["falsity", "disbelief", "fiction", "unreliable", "unverified", "improbable", "bad-example"];
function lexiconDir() {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, "lexicon", "schema.json"))) return join(dir, "lexicon");
    dir = dirname(dir);
  }
  throw new Error("neglint: the lexicon/ directory is missing from this installation");
}
function readSources(dir = lexiconDir()) {
  const hash = createHash("sha256");
  const sources = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".jsonl")).sort()) {
    const text = readFileSync(join(dir, file), "utf8");
    hash.update(file).update("\0").update(text);
    text.split("\n").forEach((line, i) => {
      if (line.trim() === "") return;
      let entry;
      try {
        entry = JSON.parse(line);
      } catch (error) {
        throw new Error(`lexicon/${file}:${i + 1}: not JSON (${error.message})`);
      }
      sources.push({ file, line: i + 1, entry });
    });
  }
  return { sources, version: hash.digest("hex").slice(0, 16) };
}
function posList(e) {
  return e.pos === void 0 ? ["phrase"] : Array.isArray(e.pos) ? e.pos : [e.pos];
}
function formsOf(e) {
  const out = [];
  const words = e.phrase.split(" ");
  for (const pos of posList(e)) {
    out.push({ text: e.phrase, pos, form: "lemma" });
    if (pos === "noun") {
      const head = e.head ?? words.length - 1;
      const plural = compromiseTables().noun.toPlural(words[head], compromiseTables().model);
      if (plural && plural !== words[head]) out.push({ text: replaceAt(words, head, plural), pos, form: "plural" });
    } else if (pos === "verb") {
      const head = e.head ?? 0;
      const c = compromiseTables().verb.conjugate(words[head], compromiseTables().model);
      const forms = [
        [c.PastTense, "past"],
        [c.Participle ?? c.PastTense, "part"],
        [c.PresentTense, "pres"],
        [c.Gerund, "ger"]
      ];
      for (const [form, name] of forms) if (form && !form.includes(" ")) out.push({ text: replaceAt(words, head, form), pos, form: name });
    }
  }
  return out;
}
function replaceAt(words, i, w) {
  return words.map((x, k) => k === i ? w : x).join(" ");
}
var COUNTS = [
  ...COUNT_WORDS,
  ...Array.from({ length: 19 }, (_, k) => String(k + 2)),
  "several",
  "a few",
  "a couple of",
  "many",
  "too many",
  "countless"
];
function counted(text) {
  if (!text.split(" ").includes("#")) return [text];
  return COUNTS.map((n) => text.split(" ").map((w) => w === "#" ? n : w).join(" "));
}
var FUNCTION_WORDS = new Set(
  "a an the of in on at to for from by with as and or but not no nor never so this that these those it its is are was were be been being has have had do does did up out off down over about into onto away back around through under above below after before than then i we you he she they me us them my our your his her their what which who whom how why when where all any some every each more most very just only also too can could may might must shall should will would".split(" ")
);
var OR_OUR = /^(?:rum|hum|behavi|hon|fav|col|lab|neighb|flav|savi|rig|cand|val|od|arm|endeav|harb|vap|clam|glam|parl)or(?:s|ed|ing)?$/;
function spellings(text, compounds = true) {
  const out = /* @__PURE__ */ new Set([text]);
  const vary = (fn) => {
    for (const t of [...out]) {
      const words = t.split(" ");
      words.forEach((w, i) => {
        const v = fn(w);
        if (v && v !== w) out.add(replaceAt(words, i, v));
      });
    }
  };
  vary((w) => /our(s|ed|ing)?$/.test(w) && w.length > 5 ? w.replace(/our(s|ed|ing)?$/, "or$1") : null);
  vary((w) => OR_OUR.test(w) ? w.replace(/or(s|ed|ing)?$/, "our$1") : null);
  vary((w) => /(?<=[a-z]{3})is(e|es|ed|ing|ation|ations)$/.test(w) ? w.replace(/is(e|es|ed|ing|ation|ations)$/, "iz$1") : null);
  vary((w) => /(?<=[a-z]{2})ys(e|es|ed|ing)$/.test(w) ? w.replace(/ys(e|es|ed|ing)$/, "yz$1") : null);
  for (const t of [...out]) {
    if (!t.includes("-")) continue;
    out.add(t.replace(new RegExp("(?<=\\p{L})-(?=\\p{L})", "gu"), " "));
    out.add(t.replace(new RegExp("(?<=\\p{L})-(?=\\p{L})", "gu"), ""));
  }
  for (const t of compounds ? [...out] : []) {
    const words = t.split(" ");
    if (words.length >= 2 && words.length <= 3 && words.every((w) => new RegExp("^\\p{L}{2,}$", "u").test(w) && !FUNCTION_WORDS.has(w))) out.add(words.join("-"));
  }
  return [...out];
}
function compile(sources, version) {
  const byKey = /* @__PURE__ */ new Map();
  for (const { file, line, entry } of sources) {
    const origin = `${file}:${line}`;
    for (const f of formsOf(entry).flatMap((x) => counted(x.text).map((text) => ({ ...x, text })))) {
      for (const text of spellings(f.text, entry.polarity !== "positive")) {
        const tokens = tokenize(text).map((t) => matchForm(t.norm));
        if (tokens.length === 0) continue;
        const key = tokens.join(" ");
        let phrase = byKey.get(key);
        if (!phrase) byKey.set(key, phrase = { tokens, senses: [] });
        const sense = {
          class: entry.class,
          role: entry.role,
          pos: f.pos,
          form: f.form,
          direction: entry.direction,
          size: entry.size,
          positive: entry.polarity === "positive",
          counterfactual: entry.counterfactual === true,
          produces: entry.produces === true,
          value: entry.value,
          lemma: entry.phrase,
          origin
        };
        if (!phrase.senses.some((s) => s.class === sense.class && s.role === sense.role && s.pos === sense.pos && s.form === sense.form)) phrase.senses.push(sense);
      }
    }
  }
  const misspellings = misspellingsOf(byKey);
  return indexed([...byKey.values()], misspellings, version, sources.length);
}
function indexed(phrases, misspellings, version, entries) {
  const byFirst = /* @__PURE__ */ new Map();
  const add = (p) => {
    const list = byFirst.get(p.tokens[0]) ?? [];
    list.push(p);
    byFirst.set(p.tokens[0], list);
  };
  phrases.forEach(add);
  const one = new Map(phrases.filter((p) => p.tokens.length === 1).map((p) => [p.tokens[0], p]));
  for (const [variant, word] of misspellings) {
    const p = one.get(word);
    if (p && !byFirst.has(variant)) add({ tokens: [variant], senses: p.senses });
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return { version, byFirst, phrasal: phrasalIndex(byFirst), hashtags: hashtagIndex(byFirst), entries, misspellings };
}
var MISSPELT_CLASSES = /* @__PURE__ */ new Set([...EPISTEMIC, "probability"]);
function misspellingsOf(byKey) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const [key, p] of byKey) {
    if (p.tokens.length !== 1 || key.length < 7 || !/^[a-z]+$/.test(key) || !p.senses.some((x) => MISSPELT_CLASSES.has(x.class))) continue;
    const variants = /* @__PURE__ */ new Set();
    if (key.length >= 8) for (let i = 1; i < key.length - 1; i++) variants.add(key.slice(0, i) + key.slice(i + 1));
    for (let i = 1; i < key.length - 2; i++) if (key[i] !== key[i + 1]) variants.add(key.slice(0, i) + key[i + 1] + key[i] + key.slice(i + 2));
    for (const v of variants) {
      if (byKey.has(v) || seen.has(v) || isKnownWord(v)) continue;
      seen.add(v);
      out.push([v, key]);
    }
  }
  const count = /* @__PURE__ */ new Map();
  for (const [v] of out) count.set(v, (count.get(v) ?? 0) + 1);
  return out.filter(([v]) => count.get(v) === 1).sort((a, b) => a[0] < b[0] ? -1 : 1);
}
var PARTICLES = /* @__PURE__ */ new Set(["up", "out", "off", "on", "down", "away", "around", "over", "together", "through", "back"]);
function phrasalIndex(byFirst) {
  const out = /* @__PURE__ */ new Map();
  for (const list of byFirst.values()) {
    for (const p of list) {
      if (p.tokens.length !== 2 || !PARTICLES.has(p.tokens[1]) || !p.senses.some((x) => x.pos === "verb")) continue;
      const l = out.get(p.tokens[0]) ?? [];
      l.push(p);
      out.set(p.tokens[0], l);
    }
  }
  return out;
}
function hashtagIndex(byFirst) {
  const out = /* @__PURE__ */ new Map();
  for (const list of byFirst.values()) {
    for (const p of list) {
      if (p.tokens.length < 2 || p.tokens.length > 3 || !p.tokens.every((t) => /^[a-z]+$/.test(t))) continue;
      const joined = p.tokens.join("");
      if (!out.has(joined)) out.set(joined, p);
    }
  }
  return out;
}
var cached;
function lexicon() {
  if (cached) return cached;
  const { sources, version } = readSources(lexiconDir());
  return cached = prebuiltLexicon(version) ?? compile(sources, version);
}
function prebuiltLexicon(version) {
  const prebuilt = join(lexiconDir(), "..", "lib", "lexicon.compiled.json");
  if (!existsSync(prebuilt)) return void 0;
  try {
    const data = JSON.parse(readFileSync(prebuilt, "utf8"));
    if (data.version !== version || !data.misspellings) return void 0;
    return indexed(data.phrases, data.misspellings, version, data.entries);
  } catch {
    return void 0;
  }
}
function lexiconNeedsCompromise() {
  if (cached) return false;
  cached = prebuiltLexicon(readSources(lexiconDir()).version);
  return cached === void 0;
}
var NO_PHRASES = Object.freeze([]);
function matchesAt(lex, norms, i) {
  const list = lex.byFirst.get(norms[i]);
  if (!list) return NO_PHRASES;
  const out = [];
  for (const p of list) {
    if (i + p.tokens.length > norms.length) continue;
    let ok = true;
    for (let k = 1; k < p.tokens.length; k++) {
      if (norms[i + k] !== p.tokens[k]) {
        ok = false;
        break;
      }
    }
    if (ok) out.push(p);
  }
  return out;
}

// src/nlp/pos.ts
var CLOSED = /* @__PURE__ */ Object.create(null);
function closed(tag, words) {
  for (const w of words.split(" ")) (CLOSED[w] ??= []).push(tag);
}
closed("det", "the a an this that these those every each all any some no another such both either neither which what whatever whichever");
closed("pron", "i me we us you he him she her it they them myself ourselves yourself yourselves himself herself itself themselves one someone somebody anyone anybody everyone everybody something anything everything nothing nobody none this that these those who whom");
closed("poss", "my our your his her its their whose");
closed("prep", "of in on at by for from with without about into onto upon over under above below beneath behind beyond across through throughout during before after since until till via per against among amongst between toward towards around near within inside despite like unlike as than off out up down along amid regarding concerning including except");
closed("conj", "and or but nor yet so plus");
closed("sconj", "because although though if unless whereas while whilst when whenever where wherever since until once that whether lest after before");
closed("wh", "what which who whom whose why how where when");
closed("cop", "is are was were be been being am 's 're 'm isn't aren't wasn't weren't ain't");
closed("aux", "has have had having 've 'd do does did doesn't don't didn't hasn't haven't hadn't");
closed("modal", "can could will would shall should may might must 'll can't cannot couldn't won't wouldn't shan't shouldn't mightn't mustn't ought");
closed("possibility", "may might could mightn't");
closed("neg", "not never");
closed("to", "to");
closed("there", "there");
var tables;
function compromiseTables() {
  if (!tables) {
    const n = nlp();
    const model = n.model();
    const methods = n.methods();
    tables = { lexicon: model.one.lexicon, verb: methods.two.transform.verb, noun: methods.two.transform.noun, model };
  }
  return tables;
}
var FROM_COMPROMISE = {
  Noun: ["noun"],
  Singular: ["noun"],
  Plural: ["noun"],
  Uncountable: ["noun"],
  Possessive: ["poss"],
  ProperNoun: ["propn"],
  Person: ["propn"],
  FirstName: ["propn"],
  MaleName: ["propn"],
  FemaleName: ["propn"],
  LastName: ["propn"],
  Place: ["propn"],
  City: ["propn"],
  Country: ["propn"],
  Region: ["propn"],
  Organization: ["propn"],
  SportsTeam: ["propn"],
  Adjective: ["adj"],
  Comparable: ["adj"],
  Superlative: ["adj"],
  Comparative: ["adj"],
  Adverb: ["adv"],
  PastTense: ["past"],
  PresentTense: ["pres"],
  Infinitive: ["inf"],
  Gerund: ["ger"],
  Participle: ["part"],
  Verb: ["pres"],
  Copula: ["cop"],
  Modal: ["modal"],
  Preposition: ["prep"],
  Conjunction: ["conj"],
  Determiner: ["det"],
  Pronoun: ["pron"],
  QuestionWord: ["wh"],
  Negative: ["neg"],
  Cardinal: ["num"],
  Ordinal: ["adj"],
  Month: ["propn"],
  WeekDay: ["propn"]
};
var PLEASE = /^(?:please|pls|plz)$/;
function isInterjection(norm) {
  if (CLOSED[norm] || PLEASE.test(norm)) return false;
  const tags = lexiconTags(norm);
  return tags.length === 1 && tags[0] === "Expression";
}
function lexiconTags(word) {
  const lex = compromiseTables().lexicon;
  if (!Object.hasOwn(lex, word)) return [];
  const tags = lex[word];
  return typeof tags === "string" ? [tags] : tags;
}
var wordTags = memoize((word) => lookup(word), 5e4);
var NUM2 = ["num"];
var PUNCT = ["punct"];
var SYMBOL = ["symbol"];
function tagsOf(t) {
  if (t.kind === "num") return NUM2;
  if (t.kind === "punct") return PUNCT;
  if (t.kind === "symbol") return SYMBOL;
  return t.tags ??= wordTags(t.norm);
}
var SUBJECT_CONTRACTION = /^(it|that|this|there|here|what|who|he|she|they|you|we|i|everything|nothing|none|nobody|somebody|someone|everyone|everybody|anyone|anybody|which|where|how|let)'(s|re|m|ve|ll|d)$/;
function lookup(w) {
  const out = [...CLOSED[w] ?? []];
  const sc = SUBJECT_CONTRACTION.exec(w);
  if (sc) {
    out.push(sc[1] === "there" ? "there" : "pron");
    out.push(sc[2] === "s" || sc[2] === "re" || sc[2] === "m" ? "cop" : sc[2] === "ll" || sc[2] === "d" ? "modal" : "aux");
    return out;
  }
  if (isNegatedContraction(w)) {
    const aux = contractionAuxiliary(w);
    for (const t of CLOSED[aux] ?? ["aux"]) if (!out.includes(t)) out.push(t);
    out.push("neg");
  }
  for (const tag of lexiconTags(w)) for (const t of Object.hasOwn(FROM_COMPROMISE, tag) ? FROM_COMPROMISE[tag] : []) if (!out.includes(t)) out.push(t);
  const inflected = verbInflection(w);
  if (inflected) {
    if (out.length === 0 && inflected.length === 1 && inflected[0] === "inf" && isNounToo(w)) out.push("noun");
    for (const t of inflected) if (!out.includes(t)) out.push(t);
  } else if ((out.length === 0 || out.includes("adj")) && !out.some((t) => t === "past" || t === "pres" || t === "inf") && /^[a-z]{3,}$/.test(w)) {
    const { verb, model } = compromiseTables();
    const base = verb.toInfinitive(w, model, "PastTense");
    if (base && base !== w && isInfinitive(base)) out.push("past", "part");
  }
  if (out.length > 0) return out;
  const dash = w.lastIndexOf("-");
  if (dash > 0 && /^[a-z]{3,}$/.test(w.slice(dash + 1))) {
    const last = lookup(w.slice(dash + 1)).filter((t) => t === "past" || t === "part" || t === "ger" || t === "noun" || t === "adj");
    if (last.length) return last.includes("past") || last.includes("part") ? [...last, "adj"] : last;
  }
  if (/^[a-z]+ly$/.test(w) && w.length > 4) return ["adv", "adj"];
  if (/^[a-z]{3,}ing$/.test(w)) return ["ger", "adj", "noun"];
  if (/^[a-z]{3,}ed$/.test(w)) return ["past", "part", "adj"];
  if (/^[a-z]{2,}(?:ous|ful|ive|able|ible|ic|al|less|ish|ular)$/.test(w)) return ["adj", "noun"];
  if (/^[a-z]{3,}[^s']s$/.test(w)) return ["noun", "pres"];
  if (/^[a-z]+'s$/.test(w)) return ["noun", "poss"];
  return ["noun"];
}
var verbs;
function verbLemmas() {
  if (!verbs) {
    const text = readFileSync2(join2(lexiconDir(), "pos", "verbs.txt"), "utf8");
    verbs = new Set(text.split("\n").filter((l) => l && !l.startsWith("#")));
  }
  return verbs;
}
var nounVerbs;
function isNounToo(w) {
  if (!nounVerbs) {
    const text = readFileSync2(join2(lexiconDir(), "pos", "noun-verbs.txt"), "utf8");
    nounVerbs = new Set(text.split("\n").filter((l) => l && !l.startsWith("#")));
  }
  return nounVerbs.has(w);
}
function isKnownWord(w) {
  return lexiconTags(w).length > 0 || verbLemmas().has(w) || isNounToo(w) || verbInflection(w) !== null;
}
function isInfinitive(w) {
  return lexiconTags(w).includes("Infinitive") || verbLemmas().has(w);
}
function verbInflection(w) {
  if (w.length < 4 || !/^[a-z]+$/.test(w)) return null;
  const doubled = (stem) => stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2] ? [stem.slice(0, -1)] : [];
  if (w.endsWith("ed")) {
    const stems = [w.slice(0, -2), w.slice(0, -1), ...doubled(w.slice(0, -2)), ...w.endsWith("ied") ? [`${w.slice(0, -3)}y`] : []];
    if (stems.some(isInfinitive)) return ["past", "part"];
  } else if (verbLemmas().has(w)) {
    return ["inf"];
  } else if (w.endsWith("s") && !w.endsWith("ss")) {
    const stems = [w.slice(0, -1), .../(?:ss|sh|ch|x|z|o)es$/.test(w) ? [w.slice(0, -2)] : [], ...w.endsWith("ies") ? [`${w.slice(0, -3)}y`] : []];
    const verb = stems.find(isInfinitive);
    if (verb !== void 0) return lexiconTags(w).includes("Plural") || isNounToo(verb) ? ["noun", "pres"] : ["pres"];
  } else if (w.endsWith("ing")) {
    const stems = [w.slice(0, -3), `${w.slice(0, -3)}e`, ...doubled(w.slice(0, -3))];
    if (stems.some(isInfinitive)) return ["ger"];
  }
  return null;
}
function has(t, tag) {
  return tagsOf(t).includes(tag);
}
function isVerbal(t) {
  const tags = tagsOf(t);
  return tags.includes("cop") || tags.includes("aux") || tags.includes("modal") || tags.includes("past") || tags.includes("pres");
}
function isProperName(t, first) {
  if (t.kind !== "word") return false;
  if (!new RegExp("^\\p{Lu}", "u").test(t.text)) return false;
  if (has(t, "propn")) return true;
  return !first && !CLOSED[t.norm];
}
var infinitiveOf = memoize((word) => {
  const { verb, model } = compromiseTables();
  const w = word.toLowerCase();
  const list = lexiconTags(w);
  const tense = list.includes("PastTense") ? "PastTense" : list.includes("PresentTense") ? "PresentTense" : /ed$/.test(w) ? "PastTense" : "PresentTense";
  return verb.toInfinitive(w, model, tense) || w;
}, 4096);

// src/nlp/statement.ts
init_action_shims();

// src/nlp/predication.ts
init_action_shims();

// src/nlp/structure.ts
init_action_shims();

// src/nlp/metadata.ts
init_action_shims();
var CONTAINERS = /^(?:meta|metadata|meta_?data|annotations?|info|labels?|attributes|properties|extra|extras|tags|judgements?|judgments?|ratings?|eval|evaluation|safety|moderation|reviews?|qa|audit|quality)$/i;
var MESSAGE_LISTS = ["messages", "conversations", "conversation", "dialogue", "turns"];
var MESSAGE_KEYS = /* @__PURE__ */ new Set(["role", "from", "content", "value", "text", "name", "weight", "tool_calls", "tool_call_id", "function_call", "reasoning_content", "reasoning", "thinking", "refusal", "audio", "id", "loss"]);
var MAX_LABEL = 100;
var MAX_ITEMS = 32;
var MAX_MESSAGES = 256;
var cache = /* @__PURE__ */ new WeakMap();
function metadataFields(value) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return [];
  const cached2 = cache.get(value);
  if (cached2) return cached2;
  const out = [];
  collect(value, "", "", out, 2);
  for (const list of MESSAGE_LISTS) {
    const messages = value[list];
    if (!Array.isArray(messages)) continue;
    messages.slice(0, MAX_MESSAGES).forEach((m, i) => {
      if (typeof m !== "object" || m === null || Array.isArray(m)) return;
      let labels;
      for (const [k, v] of Object.entries(m)) if (!MESSAGE_KEYS.has(k)) (labels ??= {})[k] = v;
      if (!labels) return;
      const scope = `/${list}/${i}`;
      collect(labels, scope, scope, out, 1);
    });
  }
  cache.set(value, out);
  return out;
}
function collect(obj, base, scope, out, depth, inside = false) {
  for (const [key, v] of Object.entries(obj)) {
    if (key.startsWith("neglint")) continue;
    const pointer = `${base}/${escape(key)}`;
    if (typeof v === "boolean" || typeof v === "number" && Number.isFinite(v)) out.push({ pointer, key, value: v, scope });
    else if (typeof v === "string") {
      if (v.length <= MAX_LABEL) out.push({ pointer, key, value: v, scope });
    } else if (Array.isArray(v)) {
      if (v.length > MAX_ITEMS) continue;
      v.forEach((item, i) => {
        if (typeof item === "string" && item.length <= MAX_LABEL) out.push({ pointer: `${pointer}/${i}`, key, value: item, scope });
      });
    } else if (depth > 0 && typeof v === "object" && v !== null && (inside || CONTAINERS.test(key))) {
      collect(v, pointer, scope, out, depth - 1, true);
    }
  }
}
function escape(token) {
  if (!token.includes("~") && !token.includes("/")) return token;
  return token.replace(/~/g, "~0").replace(/\//g, "~1");
}
function normalizeLabel(text) {
  return text.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase().replace(/[\s_\-./:]+/g, " ").trim();
}
function fieldCovers(field, pointer) {
  return field.scope === "" || pointer === field.scope || pointer.startsWith(`${field.scope}/`);
}

// src/nlp/values.ts
init_action_shims();
var WORDS = String.raw`(?:(?:very|extremely|quite)\s+)?(?:no|false|n|0|low|none|unknown|pending|poor|weak|questionable|dubious|doubtful|minimal|bad|fail|failed|failing)`;
var LOW_VALUE = new RegExp(String.raw`^${WORDS}$`, "i");
var LOW_VALUE_AFTER = new RegExp(String.raw`^[\p{L} _-]{0,24}?[:=]\s*["'*_]*${WORDS}\b(?![\p{L}-])`, "iu");
var LOW_VALUE_IN = new RegExp(String.raw`[:=]\s*["'*_]*${WORDS}\b(?![\p{L}-])`, "iu");
var GIVEN_AT = String.raw`\b(?:at|near|around)\s+(?:(?:about|around|roughly|approximately|some|just|only|under|below|barely|less\s+than|no\s+more\s+than)\s+)?`;
var TIME_ASIDE = /,\s*(?:for now|for the moment|for the time being|at present|at this time|at this point|as yet|so far|as of now|currently|presently)\s*,/gi;
function blankTimeAsides(text) {
  if (!text.includes(",")) return text;
  TIME_ASIDE.lastIndex = 0;
  if (!TIME_ASIDE.test(text)) return text;
  return text.replace(TIME_ASIDE, (m) => " ".repeat(m.length));
}

// src/nlp/structure.ts
var EPISTEMIC_CLASSES = new Set(EPISTEMIC);
var structureOf = memoize(build, 1024);
function maskCode(text) {
  let out = text;
  out = maskGluedTag(out);
  if (out.includes("`") || out.includes("://")) out = out.replace(/`[^`\n]+`|\bhttps?:\/\/\S+/g, (m) => " ".repeat(m.length));
  if (/["“]/.test(out)) {
    out = out.replace(/"[^"\n]{3,}?"|“[^”\n]{3,}?”/g, (m, offset) => {
      const outside = (text.slice(0, offset) + text.slice(offset + m.length)).trim().split(/\s+/).filter((w) => new RegExp("\\p{L}", "u").test(w)).length;
      return outside >= 3 && /\s/.test(m.trim()) ? m[0] + " ".repeat(m.length - 2) + m[m.length - 1] : m;
    });
  }
  if (out.includes(",")) out = blankTimeAsides(out.replace(ASIDE, (m) => " ".repeat(m.length)));
  return out;
}
var GLUED_TAG = /^([\s*_#>]*)<[A-Za-z][\w-]*>(?=\S)/;
function maskGluedTag(text) {
  return text.includes("<") ? text.replace(GLUED_TAG, (m, before2) => before2 + " ".repeat(m.length - before2.length)) : text;
}
var ASIDE = /,\s*(?:i|we)\s+(?:(?:should|must|might|may|would|could|'d|have\s+to|need\s+to|want\s+to|can)\s+)?(?:add|say|note|stress|mention|admit|repeat|emphasi[sz]e|point\s+out|confess),/gi;
var ahead;
function lexicalHits(text) {
  const built = structureOf.peek(text);
  if (built) return { hits: built.hits, tokens: built.tokens, negates: built.triggers.length > 0 };
  if (ahead?.text !== text) ahead = lexical(text);
  const stage = ahead;
  return { hits: stage.hits, tokens: stage.tokens, negates: stage.tokens.some((_, i) => isTrigger(stage, i)) };
}
function build(text) {
  let stage = ahead;
  ahead = void 0;
  if (stage?.text !== text) stage = lexical(text);
  const { tokens, norms, hits, hitAt } = stage;
  const structure = { text, tokens, norms, hits, hitAt, clauses: [], negated: new Array(tokens.length).fill(false), triggers: [] };
  structure.label = findLabel(structure);
  structure.clauses = clausesOf(structure);
  scopeNegations(structure);
  return structure;
}
var EPISTEMIC_SET = new Set(EPISTEMIC);
var NEGATING_PREFIX = /^(?:non|un|anti|counter|de|dis|in|il|im|ir|pseudo|quasi|post|pre|self)$/;
function compoundSenses(lex, form) {
  const dash = form.indexOf("-");
  if (dash <= 0 || dash === form.length - 1) return void 0;
  const parts = form.split("-");
  if (parts.some((x) => x.length === 0) || NEGATING_PREFIX.test(parts[0])) return void 0;
  const epistemic = (word) => {
    const senses = matchesAt(lex, [word], 0).find((p) => p.tokens.length === 1)?.senses.filter((x) => EPISTEMIC_SET.has(x.class));
    return senses && senses.length ? senses : void 0;
  };
  const last = parts.length <= 3 ? epistemic(parts[parts.length - 1])?.filter((x) => x.pos === "adj" || x.pos === "noun") : void 0;
  if (last?.length) return last;
  if (parts.length <= 2) return void 0;
  if (/(?:ed|en)$/.test(parts[0])) return epistemic(parts[0])?.filter((x) => x.pos === "adj" || x.pos === "verb");
  return /^(?:by|for|on|in|to|at|of|but|and|yet|or)$/.test(parts[1]) ? epistemic(parts[0])?.filter((x) => x.pos === "adj") : void 0;
}
function lexical(text) {
  const masked = maskCode(text);
  const tokens = tokenize(masked);
  const recut = masked !== text;
  for (const t of tokens) {
    if (recut) t.text = text.slice(t.start, t.end);
    if (t.kind === "word" && isInterjection(t.norm)) t.kind = "punct";
  }
  const norms = tokens.map((t) => t.norm);
  const forms = norms.map(matchForm);
  const lex = lexicon();
  const hits = [];
  const hitAt = new Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    if (hitAt[i]) continue;
    const best = matchesAt(lex, forms, i)[0];
    if (!best || best.tokens.length === 1) {
      const phrasal = discontinuousAt(lex.phrasal.get(forms[i]), tokens, forms, i, hitAt);
      if (phrasal) {
        hits.push(phrasal.hit);
        hitAt[i] = phrasal.hit;
        hitAt[phrasal.particle] = phrasal.hit;
        continue;
      }
    }
    if (!best) {
      const tag = i > 0 && tokens[i - 1].text === "#" && tokens[i - 1].end === tokens[i].start ? lex.hashtags.get(norms[i]) : void 0;
      const senses = tag ? tag.senses : compoundSenses(lex, forms[i]);
      if (senses) {
        const hit2 = { from: i, to: i + 1, senses };
        hits.push(hit2);
        hitAt[i] = hit2;
      }
      continue;
    }
    if (adjectiveReading(best, tokens, i)) continue;
    const hit = { from: i, to: i + best.tokens.length, senses: best.senses };
    hits.push(hit);
    for (let k = hit.from; k < hit.to; k++) hitAt[k] = hit;
    for (let k = hit.from; k < hit.to - 1; k++) {
      if (forms[k] !== norms[k]) {
        norms[k] = forms[k];
        tokens[k].norm = forms[k];
      }
    }
  }
  return { text, tokens, norms, hits, hitAt };
}
function adjectiveReading(phrase, tokens, i) {
  if (!phrase.senses.every((x) => EPISTEMIC_CLASSES.has(x.class) && (x.pos === "noun" || x.pos === "phrase"))) return false;
  const last = tokens[i + phrase.tokens.length - 1];
  const next = tokens[i + phrase.tokens.length];
  return !!next && next.kind === "word" && has(last, "adj") && !has(last, "noun") && has(next, "noun") && !isVerbal(next);
}
function discontinuousAt(candidates, tokens, norms, i, hitAt) {
  if (!candidates) return null;
  for (const p of candidates) {
    for (let k = i + 2; k < Math.min(tokens.length, i + 5); k++) {
      if (tokens[k].kind !== "word" || hitAt[k]) break;
      if (norms[k] === p.tokens[1]) return { hit: { from: i, to: i + 1, senses: p.senses }, particle: k };
    }
  }
  return null;
}
function sensesAt(s, i) {
  return s.hitAt[i]?.senses ?? [];
}
function probabilityKey(key) {
  const k = normalizeLabel(key);
  return P_OF_TRUTH.test(k) || mentionsProbability(k, 0, k.length, true);
}
var P_OF_TRUTH = /^(?:p|prob|pr)\s?\(?\s?(?:true|correct|accurate|real|factual|fact)\s?\)?$/;
function mentionsProbability(text, from = 0, to = text.length, asKey = false) {
  if (!mayMentionProbability(text.slice(Math.max(0, from), to))) return false;
  if (rawTokens?.text !== text) {
    const tokens2 = tokenize(text);
    rawTokens = { text, tokens: tokens2, forms: tokens2.map((t) => matchForm(t.norm)) };
  }
  const { tokens, forms } = rawTokens;
  const lex = lexicon();
  const said = (x) => (!asKey || x.role === "label") && aboutChance(x);
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].start < from || tokens[i].end > to) continue;
    const prev = tokens[i - 1];
    if (tokens[i + 1]?.norm === "that" && prev && prev.kind === "word" && (has(prev, "propn") || has(prev, "pron") || i > 1 && new RegExp("^\\p{Lu}", "u").test(prev.text)) && !has(prev, "det")) continue;
    if (matchesAt(lex, forms, i).some((p) => p.senses.some(said))) return true;
    const tail2 = forms[i].slice(forms[i].lastIndexOf("-") + 1);
    if (tail2 !== forms[i] && matchesAt(lex, [tail2], 0).some((p) => p.tokens.length === 1 && p.senses.some(said))) return true;
  }
  return false;
}
var rawTokens;
function aboutChance(x) {
  return x.class === "probability" && x.pos !== "phrase" && x.pos !== "symbol" && x.role !== "estimate" || x.class === "improbable" && x.positive;
}
var chanceWords;
function mayMentionProbability(text) {
  if (!chanceWords) {
    const words = /* @__PURE__ */ new Set();
    for (const list of lexicon().byFirst.values()) for (const p of list) if (p.senses.some(aboutChance)) words.add(p.tokens[0]);
    chanceWords = new RegExp([...words].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).concat("≈", "≃", " against").join("|"));
  }
  return chanceWords.test(text.toLowerCase());
}
function hasClass(s, i, cls, role) {
  return sensesAt(s, i).some((x) => x.class === cls && (role === void 0 || x.role === role));
}
var SEPARATORS = /* @__PURE__ */ new Set([":", "—", "–", "-", "--", "▸", "⟶", "→", ">", "|", "||", "::", "»", "=>", "->", "::"]);
var MAX_LABEL_WORDS = 6;
function findLabel(s) {
  const { tokens } = s;
  if (tokens.length < 2) return void 0;
  let i = 0;
  if (tokens[0].text === "#" && tokens[1].start === tokens[0].end && s.hitAt[1] && tokens.length > 3) return { from: 1, to: 2, sep: 1 };
  while (i < tokens.length && tokens[i].kind === "punct" && (/^[*_#>]+$/.test(tokens[i].text) || tokens[i].text === "<!--")) i++;
  const start = i;
  const open3 = tokens[i];
  const xmlTag = open3?.text === "<" && s.text.includes("</") || open3?.text === "[" && s.text.includes("[/");
  if (open3 && open3.kind === "punct" && /^(?:\[|\(|<<?|【|\{\{?)$/.test(open3.text) && !xmlTag) {
    const close = { "[": "]", "(": ")", "<": ">", "<<": ">>", "【": "】", "{": "}", "{{": "}" }[open3.text];
    for (let k = i + 1; k < Math.min(tokens.length, i + 20); k++) {
      if (tokens[k].text.startsWith(close) || close === ">>" && tokens[k].text.startsWith(">")) {
        const limit = /^(?:from|via|per|source|sourced)$/.test(tokens[i + 1]?.norm ?? "") ? 16 : 8;
        if (k + 1 < tokens.length && k - i - 1 > 0 && wordsIn(tokens, i + 1, k) <= limit) return { from: i + 1, to: k, sep: k };
        break;
      }
    }
  }
  if (open3 && open3.kind === "symbol" && /[^\x00-\x7f]/.test(open3.text)) {
    for (let k = i + 1; k < Math.min(tokens.length - 1, i + MAX_LABEL_WORDS + 2); k++) {
      if (tokens[k].text === open3.text) {
        if (k - i - 1 > 0 && wordsIn(tokens, i + 1, k) <= MAX_LABEL_WORDS && wordsIn(tokens, k + 1, tokens.length) >= 2) return { from: i + 1, to: k, sep: k };
        break;
      }
    }
  }
  let words = 0;
  let appositive = 0;
  for (let k = start; k < tokens.length - 1 && words <= MAX_LABEL_WORDS + 2 + appositive; k++) {
    const t = tokens[k];
    if (t.kind === "word" || t.kind === "num") {
      words++;
      if (tokens[k - 1]?.text === "," && k - 1 > start && (has(t, "part") || has(t, "past")) && !has(t, "pres")) {
        appositive = 4;
        continue;
      }
      if ((words > 1 || has(t, "pron")) && isVerbal(t) && !has(t, "noun") && !has(t, "adj") && s.norms[k - 1] !== "to" && !s.hitAt[k]?.senses.some((x) => x.class === "notice")) return void 0;
      if (has(t, "pron") && has(t, "cop")) return void 0;
      if (words === 1 && /^(?:i|we|you|he|she|they)$/.test(t.norm) && tokens[k + 1] && (isVerbal(tokens[k + 1]) || has(tokens[k + 1], "inf"))) return void 0;
      continue;
    }
    if ((t.kind === "punct" || t.kind === "symbol") && SEPARATORS.has(t.text.replace(/\*+/g, "")) && words >= 1 && words <= MAX_LABEL_WORDS + appositive && !(xmlTag && t.text === ">")) {
      if (/^[-–—]$/.test(t.text) && (s.text[t.start - 1] !== " " || s.text[t.end] !== " ")) continue;
      return { from: start, to: k, sep: k };
    }
    if (t.kind === "punct" && /[.!?;,]/.test(t.text) && !(t.text === "," && appositive === 0 && tokens[k + 1] && (has(tokens[k + 1], "part") || has(tokens[k + 1], "past")) && !has(tokens[k + 1], "pres"))) return void 0;
  }
  return void 0;
}
function wordsIn(tokens, from, to) {
  let n = 0;
  for (let k = from; k < to; k++) if (tokens[k].kind === "word" || tokens[k].kind === "num") n++;
  return n;
}
var CLAUSE_OPENERS = /* @__PURE__ */ new Set(["but", "and", "so", "yet", "or", "although", "though", "because", "since", "while", "whereas", "however", "which", "unless"]);
function clausesOf(s) {
  const { tokens } = s;
  const bounds = [];
  let from = s.label ? s.label.sep + 1 : 0;
  let lastComma = -1;
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i];
    if ((t.norm === "and" || t.norm === "but") && i > from && tokens[i + 1] && SUBJECT_CONTRACTION.test(tokens[i + 1].norm) && tokens.slice(bounds.length ? bounds[bounds.length - 1] + 1 : from, i).some((x) => isVerbal(x))) {
      bounds.push(i);
      continue;
    }
    if (t.kind !== "punct") continue;
    const p = t.text;
    if (/^[;()[\]]$/.test(p) || /^[)\]][:;]$/.test(p) || /^(?:—|–|--|\|\|?)$/.test(p) || p === "-" && s.text[t.start - 1] === " " && s.text[t.end] === " ") {
      bounds.push(i);
      continue;
    }
    if (p === ":" && i + 1 < tokens.length) {
      bounds.push(i);
      continue;
    }
    if (p === "," && (instructionAfterNotice(s, bounds.length ? bounds[bounds.length - 1] + 1 : from, i) || opensClause(s, i + 1) || closesSubordinate(s, bounds.length ? bounds[bounds.length - 1] + 1 : from, i) || lastComma >= 0 && closesSubordinate(s, lastComma + 1, i))) bounds.push(i);
    if (p === ",") lastComma = i;
  }
  const marker = (k) => tokens[k]?.kind === "symbol" && !!s.hitAt[k]?.senses.some((x) => EPISTEMIC_CLASSES.has(x.class));
  let first = from;
  while (first < tokens.length && tokens[first].kind === "punct") first++;
  let last = tokens.length - 1;
  while (last > first && tokens[last].kind === "punct") last--;
  const edges = [];
  if (marker(first) && first < last) {
    edges.push(clause(s, first, first + 1));
    from = first + 1;
  }
  let end = tokens.length;
  if (marker(last) && last > from) {
    end = last;
  }
  const out = [...edges];
  for (const b of [...bounds.filter((x) => x < end), end]) {
    if (b > from) {
      const c = clause(s, from, b);
      if (c) out.push(c);
    }
    from = b + 1;
  }
  if (end < tokens.length) out.push(clause(s, end, end + 1));
  return out;
}
function closesSubordinate(s, from, at) {
  let k = from;
  while (k < at && s.tokens[k].kind === "punct") k++;
  const first = s.norms[k];
  if (!first || !/^(?:if|when|whenever|because|although|though|while|whereas|since|unless|once|after|before|until)$/.test(first)) return false;
  for (let j = k + 1; j < at; j++) if (isVerbal(s.tokens[j])) return true;
  return false;
}
function instructionAfterNotice(s, from, comma) {
  const { tokens } = s;
  if (!tokens[comma + 1] || !PLEASE.test(tokens[comma + 1].norm) || !tokens[comma + 2] || !has(tokens[comma + 2], "inf") || comma - from > 4) return false;
  for (let k = from; k < comma; k++) {
    const x = tokens[k];
    if (has(x, "pron") || has(x, "sconj") || has(x, "cop") || has(x, "aux") || has(x, "modal") || has(x, "pres")) return false;
  }
  return true;
}
function opensClause(s, i) {
  const { tokens } = s;
  let k = i;
  if (k < tokens.length && CLAUSE_OPENERS.has(tokens[k].norm)) {
    if (tokens[k].norm === "which" || tokens[k].norm === "however") return true;
    if (tokens[k].norm === "but" && (hasClass(s, k + 1, "correction") || s.hitAt[k] !== void 0 && s.hitAt[k].to > k + 1)) return true;
    if ((tokens[k].norm === "so" || tokens[k].norm === "then") && tokens[k + 1] && has(tokens[k + 1], "inf") && !has(tokens[k + 1], "adj") && !has(tokens[k + 1], "adv")) return true;
    k++;
  }
  const first = tokens[k];
  if (!first || first.kind !== "word") return false;
  if (k === i && /^(?:do|don't|dont|never)$/.test(first.norm) && (/^(?:not|n't)$/.test(tokens[k + 1]?.norm ?? "") || hasClass(s, k + 1, "disbelief"))) return true;
  if (!(has(first, "pron") || has(first, "det") || has(first, "propn") || new RegExp("^\\p{Lu}", "u").test(first.text) || /'s$|'re$|'m$/.test(first.norm))) return false;
  if (/'s$|'re$|'m$|n't$/.test(first.norm) && (has(first, "pron") || /^(?:it|that|this|there|here|what|he|she|they|you|we|i)'/.test(first.norm))) return true;
  const subjectEnd = s.hitAt[k]?.from === k && s.hitAt[k].senses.some((x) => x.class === "referent") ? s.hitAt[k].to - 1 : k;
  for (let j = subjectEnd + 1; j < Math.min(tokens.length, subjectEnd + 4); j++) if (isVerbal(tokens[j]) && !has(tokens[j], "noun")) return true;
  return false;
}
var CLOSED_WORDS = /* @__PURE__ */ new Set(["the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "your", "my", "was", "has", "is", "does", "as", "us", "yes", "this", "thus", "plus", "less", "unless", "towards", "afterwards", "always", "perhaps", "sometimes", "besides", "news", "series", "species", "means", "physics", "politics", "economics", "mathematics", "united", "limited", "related", "based", "used"]);
var LEADING = /* @__PURE__ */ new Set(["but", "and", "so", "yet", "or", "also", "however", "still", "then", "now", "again", "finally", "honestly", "seriously", "obviously", "clearly", "okay", "ok", "well", "oh"]);
var leading = (norm) => LEADING.has(norm) || PLEASE.test(norm);
function clause(s, from, to) {
  const { tokens } = s;
  const decoration = (t, k2) => t.kind === "punct" || t.kind === "symbol" && !s.hitAt[k2];
  while (from < to && decoration(tokens[from], from)) from++;
  while (to > from && decoration(tokens[to - 1], to - 1) && !/[?]/.test(tokens[to - 1].text)) to--;
  if (from >= to) return null;
  const question = /\?/.test(s.text.slice(tokens[from].start, tokens[to - 1].end + 1)) || to < tokens.length && /\?/.test(tokens[to]?.text ?? "");
  let start = from;
  while (start < to && (leading(tokens[start].norm) || start > from && tokens[start].text === "," && leading(tokens[start - 1].norm))) start++;
  if (start > from && PLEASE.test(tokens[start - 1].norm) && tokens[start]?.norm === "you" && tokens[start + 1] && has(tokens[start + 1], "inf")) start++;
  if (start < to && has(tokens[start], "prep") && !has(tokens[start], "to")) {
    for (let p = start + 1; p < Math.min(to - 1, start + 9); p++) {
      if (tokens[p].text !== ",") continue;
      const verb = tokens[p + 1];
      if (verb.kind === "word" && has(verb, "inf") && !has(verb, "pron") && !has(verb, "det") && /^(?:me|us|a|an|the|some|one|two|three)$/.test(tokens[p + 2]?.norm ?? "")) start = p + 1;
      break;
    }
  }
  const c = { from, to, head: -1, verbEnd: -1, main: -1, copular: false, negated: false, imperative: false, question };
  if (start >= to) return c;
  const first = tokens[start];
  const beforeName = start + 1 < to && new RegExp("^\\p{Lu}", "u").test(tokens[start + 1].text) && tokens[start + 1].norm !== "i";
  const lexiconNonVerb = !!s.hitAt[start]?.senses.some((x) => x.pos === "adj" || x.pos === "phrase" || x.pos === "noun") && !s.hitAt[start]?.senses.some((x) => x.pos === "verb");
  const tag = wordsIn(tokens, from, to) <= 3 && has(first, "adj") && start + 1 < to && has(tokens[start + 1], "noun") && !has(tokens[start + 1], "det") || lexiconNonVerb;
  const subjectNext = /^(?:i|he|she|we|they)$/.test(tokens[start + 1]?.norm ?? "");
  if (/^(?:do|don't|never|let's|let)$/.test(first.norm) || has(first, "inf") && !has(first, "noun") && !has(first, "pron") && start + 1 < to && !isVerbal(tokens[start + 1]) && !beforeName && !tag && !subjectNext) {
    if (!(first.norm === "do" && start + 1 < to && has(tokens[start + 1], "pron"))) c.imperative = first.norm !== "let" || tokens[start + 1]?.norm === "us";
  }
  if (first.kind === "word" && has(first, "inf") && hasClass(s, start, "disbelief") && !has(first, "pron") && !beforeName) c.imperative = true;
  if (!c.imperative && first.kind === "word" && has(first, "inf") && !has(first, "pron") && !has(first, "adj") && !beforeName && (new RegExp("^\\p{Lu}", "u").test(first.text) ? start === from : start > from)) {
    const objectAt = (k2) => {
      const o = tokens[k2];
      return !!o && o.kind === "word" && /^(?:the|a|an|your|my|his|her|our|their|this|that|these|those|some|any|me|us|him|them|it|yourself|everyone|someone|something)$/.test(o.norm);
    };
    const particle = /^(?:up|out|down|off|away|back|over|in|on)$/.test(tokens[start + 1]?.norm ?? "");
    if (objectAt(start + 1) || particle && objectAt(start + 2)) c.imperative = true;
  }
  const listener = tokens[start + 1]?.norm === "to" ? tokens[start + 2] : tokens[start + 1];
  if (first.kind === "word" && (has(first, "inf") || hasClass(s, start, "falsity")) && listener && /^(?:me|us)$/.test(listener.norm) && !has(first, "pron")) c.imperative = true;
  if (!c.imperative && /ly$|^just$|^simply$|^now$/.test(first.norm) && start + 1 < to) {
    const v = tokens[start + 1];
    const adjective = has(v, "adj") && !!tokens[start + 2] && has(tokens[start + 2], "noun") && !has(tokens[start + 2], "det");
    if (has(v, "inf") && !has(v, "noun") && !has(v, "pron") && !adjective) {
      c.imperative = true;
      start++;
    }
  }
  let head = findHead(s, start, to);
  if (c.imperative && (head < 0 || head > start + 2) && has(tokens[start], "inf") || c.imperative && /^(?:do|don't|never)$/.test(tokens[start].norm)) head = start;
  if (head < 0) return c;
  c.head = head;
  if (head > from && /^(?:never|not)$/.test(tokens[head - 1].norm) && !(tokens[head - 1].norm === "not" && tokens[head].norm === "only")) c.negated = true;
  let k = head;
  let main = head;
  for (; k < to; k++) {
    const t = tokens[k];
    if (k > head && t.kind !== "word") break;
    if (t.norm === "not" || t.norm === "never" || isNegatedContraction(t.norm)) c.negated = true;
    if (k === head) {
      if (SUBJECT_CONTRACTION.test(t.norm) || isNegatedContraction(t.norm)) main = k;
      else main = k;
      if (!continuesGroup(t)) {
        k++;
        break;
      }
      continue;
    }
    if (t.norm === "not" || t.norm === "never" || has(t, "adv") || t.norm === "yet" && /^(?:not|never)$|n't$/.test(tokens[k - 1].norm) || t.norm === "been" || t.norm === "being" || t.norm === "be" || t.norm === "to" || has(t, "cop") || has(t, "aux") || has(t, "modal")) {
      if (has(t, "cop") || t.norm === "been" || t.norm === "be" || t.norm === "being" || has(t, "aux")) main = k;
      if (t.norm === "to" && !(tokens[k + 1] && (has(tokens[k + 1], "inf") || tokens[k + 1].norm === "be"))) break;
      continue;
    }
    const m0 = tokens[main];
    const afterBe = has(m0, "cop") || SUBJECT_CONTRACTION.test(m0.norm) && /'(?:s|re|m)$/.test(m0.norm) || m0.norm === "been" || m0.norm === "being";
    const setIn = afterBe && t.norm === "set" && /^(?:in|on|at|during|among|within|inside|against)$/.test(tokens[k + 1]?.norm ?? "");
    if (has(t, "past") || has(t, "part") || has(t, "ger") || setIn || !afterBe && (has(t, "pres") || has(t, "inf"))) {
      main = k;
      k++;
    }
    break;
  }
  c.verbEnd = Math.max(k, head + 1);
  c.main = main;
  const m = tokens[main];
  c.copular = has(m, "cop") || SUBJECT_CONTRACTION.test(m.norm) && /'(?:s|re|m)$/.test(m.norm) || m.norm === "been" || m.norm === "be" || m.norm === "being";
  return c;
}
function continuesGroup(t) {
  return has(t, "cop") || has(t, "aux") || has(t, "modal") || SUBJECT_CONTRACTION.test(t.norm) || isNegatedContraction(t.norm);
}
function findHead(s, from, to) {
  const { tokens } = s;
  let complementFrom = -1;
  let appositiveTo = -1;
  let appositiveVerb = -1;
  const modifiers = /* @__PURE__ */ new Set();
  const modifier = (i) => {
    const t = tokens[i];
    const prev = tokens[i - 1];
    if (!prev || i === from || has(prev, "pron") || has(t, "cop") || has(t, "aux") || has(t, "modal")) return false;
    if (i - 2 >= from && /^(?:that|which|who)$/.test(tokens[i - 2].norm) && (isVerbal(prev) || has(prev, "inf")) && basePresent(s, i, from)) return false;
    const participle = (has(t, "ger") || has(t, "part") || has(t, "past")) && /(?:ing|ed|en|wn)$/.test(t.norm);
    const nominal = (k) => k >= from && (has(tokens[k], "noun") || has(tokens[k], "propn"));
    if ((participle || has(t, "adj") && /(?:ed|en|wn)$/.test(t.norm)) && prev.text === "," && nominal(i - 2)) {
      const close = tokens.findIndex((x, k) => k > i && k < to && x.text === ",");
      const after = tokens[close + 1];
      const plural = !!after && after.kind === "word" && has(after, "inf") && !has(after, "det") && !has(after, "prep") && /[^s']s$/.test(tokens[i - 2].norm);
      if (close > 0 && (laterVerbAfter(s, close + 1, to, false) || plural)) {
        appositiveTo = close;
        if (plural) appositiveVerb = close + 1;
        return true;
      }
    }
    if (!laterVerbAfter(s, i + 1, to, true)) return false;
    if (has(t, "noun") && (has(prev, "adj") || has(prev, "noun") || has(prev, "ger") || modifiers.has(i - 1)) && !(i - 1 === from && /[^s]s$/.test(prev.norm))) return true;
    const next = tokens[i + 1];
    if (participle && /ed$/.test(t.norm) && next && next.kind === "word" && has(next, "noun") && !has(next, "det") && !has(next, "cop") && !has(next, "aux")) {
      modifiers.add(i);
      return true;
    }
    if (participle && nominal(i - 1)) {
      if (tokens[i + 1]?.norm === "that") complementFrom = i + 1;
      return true;
    }
    return false;
  };
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (t.kind !== "word") continue;
    if (SUBJECT_CONTRACTION.test(t.norm)) return i;
    if (appositiveTo > i) continue;
    if (modifier(i)) continue;
    if (i === appositiveVerb) return i;
    if (!isVerbal(t) && !basePresent(s, i, from)) continue;
    const inReferent = s.hitAt[i]?.senses.some((x) => x.class === "referent" && (x.role === "clause" || x.role === "deixis"));
    if (inReferent && s.hitAt[i].to - s.hitAt[i].from > 1) continue;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if ((has(t, "part") || has(t, "past")) && /ed$/.test(t.norm) && prev && (has(prev, "prep") || has(prev, "det") && !has(prev, "pron") || has(prev, "inf") && i - 1 === from) && next && next.kind === "word" && has(next, "noun") && !has(next, "cop") && !has(next, "aux") && !has(next, "det")) continue;
    const tags = tagsOf(t);
    let j = i - 1;
    while (j > from && has(tokens[j], "adv") && !has(tokens[j], "noun")) j--;
    if (j - 1 >= from && /^(?:i|you|we|they|he|she)$/.test(tokens[j].norm) && ((has(tokens[j - 1], "noun") || has(tokens[j - 1], "propn")) && !has(tokens[j - 1], "pron") || /^(?:everything|anything|nothing|all|something|whatever)$/.test(tokens[j - 1].norm))) {
      let end = i;
      while (end < to && (isVerbal(tokens[end]) || has(tokens[end], "part") || has(tokens[end], "inf") || has(tokens[end], "adv")) && !(end > i && (has(tokens[end], "cop") || has(tokens[end], "modal")))) end++;
      if (end > i && laterVerb(s, end, to)) {
        i = end - 1;
        continue;
      }
    }
    if (tokens[from].norm === "whether" && laterVerbAfter(s, i + 1, to, false)) continue;
    if (prev && /^(?:that|which|who)$/.test(prev.norm) && i - 2 >= from && (has(tokens[i - 2], "noun") || has(tokens[i - 2], "propn")) && laterVerbAfter(s, i + 1, to, false)) continue;
    if (complementFrom >= 0 && laterVerb(s, i + 1, to)) continue;
    const takesObject = has(t, "past") && !!next && next.kind === "word" && !has(next, "prep") && (has(next, "det") || has(next, "adj") || has(next, "part") || has(next, "past") || has(next, "noun")) && !hasClass(s, i + 1, "referent", "deixis") && !laterVerb(s, i + 1, to);
    if (!takesObject && s.hitAt[i]?.senses.some((x) => x.class === "referent" && x.role === "participle") && prev && (has(prev, "noun") || has(prev, "det") || has(prev, "propn") || s.hitAt[i - 1]?.senses.some((x) => x.class === "referent")) && (laterVerb(s, i + 1, to) || laterLexicalVerb(s, i + 1, to))) continue;
    const strong = tags.includes("cop") || tags.includes("aux") || tags.includes("modal");
    if (!strong) {
      const floating = /^(?:all|both|each)$/.test(prev?.norm ?? "") && i - 2 >= from && has(tokens[i - 2], "pron");
      if (prev && i > from && !floating && (has(prev, "det") || has(prev, "poss") || prev.kind === "num" || has(prev, "num")) && (!has(prev, "pron") || has(prev, "poss"))) continue;
      if (prev && /^(?:this|that|these|those)$/.test(prev.norm) && (tags.includes("noun") || tags.includes("adj") || tags.includes("inf") || s.hitAt[i] !== void 0 && s.hitAt[i].to - s.hitAt[i].from > 1) && laterVerbAfter(s, i + 1, to, true)) continue;
      const senses = s.hitAt[i]?.senses ?? [];
      if (senses.length && senses.every((x) => x.pos === "noun" || x.pos === "adj" || x.role === "noun" || x.role === "described" || x.role === "participle" || x.role === "deixis") && !(prev && isSubjectish(prev)) && !takesObject) continue;
      if ((tags.includes("past") || tags.includes("part")) && prev && i > from && !has(prev, "pron") && (has(prev, "noun") || has(prev, "propn") || hasRole(s, i - 1, "noun"))) {
        const pointing = next && (has(next, "prep") || hasClass(s, i + 1, "referent", "deixis"));
        if (pointing && laterVerb(s, i + 2, to)) continue;
      }
      if (i === from && !tags.includes("past") && !tags.includes("pres")) continue;
      const nextStrong = next && (has(next, "cop") || has(next, "aux") || has(next, "modal"));
      if (nextStrong && tags.includes("noun") && prev && (has(prev, "conj") || has(prev, "noun") || has(prev, "adj")) && !has(prev, "pron") && !has(prev, "wh")) continue;
      if (i === from && tags.includes("noun") && tags.includes("pres")) continue;
    }
    return i;
  }
  for (let i = from + 1; i < to - 1; i++) {
    const t = tokens[i];
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if (t.kind !== "word" || !/^[a-z]{3,}$/.test(t.norm) || CLOSED_WORDS.has(t.norm)) continue;
    if (!(/(?:[^s]s|ed)$/.test(t.norm) || has(t, "inf"))) continue;
    const subjectEnd = prev.kind === "num" || prev.kind === "word" && (has(prev, "noun") || has(prev, "propn") || has(prev, "num") || /^(?:they|we|you|i|he|she|it|who)$/.test(prev.norm)) && !has(prev, "det") && !has(prev, "prep") && !has(prev, "adj");
    const objectStart = next.kind === "num" || next.kind === "word" && (has(next, "det") || has(next, "poss") || /^(?:him|her|them|us|me|it|beyond|through|into|across|over|to|from|with|in|inside|within|on|at|as|up|down|out|off|about|among|around|under|behind|outside)$/.test(next.norm));
    if (subjectEnd && objectStart) return i;
  }
  for (let i = from + 1; i < to; i++) {
    const t = tokens[i];
    if (t.kind !== "word" || !has(t, "inf") || has(t, "det")) continue;
    let j = i - 1;
    while (j > from && has(tokens[j], "adv") && !has(tokens[j], "noun")) j--;
    const prev = tokens[j];
    if (/^(?:i|we|you|they|there|people|who|he|she)$/.test(prev.norm) || has(prev, "noun") && /s$/.test(prev.norm) && !has(prev, "det")) return i;
  }
  return -1;
}
function basePresent(s, i, from) {
  const t = s.tokens[i];
  const prev = s.tokens[i - 1];
  if (i === from || !prev || !has(t, "inf") || has(t, "det") || has(t, "prep")) return false;
  let j = i - 1;
  while (j > from && (has(s.tokens[j], "adv") && !has(s.tokens[j], "noun") && !has(s.tokens[j], "adj") || /^(?:now|then|also|still|just|only|even|already|often|always|rarely|seldom|all|both|each|above|below)$/.test(s.tokens[j].norm))) j--;
  const subj = s.tokens[j];
  if (/^(?:i|we|you|they)$/.test(subj.norm)) return true;
  if (j - 2 >= from && (isVerbal(subj) || has(subj, "inf")) && /^(?:that|which|who)$/.test(s.norms[j - 1]) && has(s.tokens[j - 2], "noun") && /[^s']s$/.test(s.norms[j - 2])) return true;
  if (LINKING.test(t.norm) && subj.kind === "word" && (has(subj, "noun") || has(subj, "propn")) && !has(subj, "det")) return true;
  return subj.kind === "word" && has(subj, "noun") && /[^s']s$/.test(subj.norm) && !has(subj, "det") && !has(subj, "adj") && (j === from || !/^(?:to|of|for|with)$/.test(s.tokens[j - 1].norm));
}
function isSubjectish(t) {
  return has(t, "pron") || has(t, "noun") || has(t, "propn");
}
function hasRole(s, i, role) {
  return (s.hitAt[i]?.senses ?? []).some((x) => x.role === role);
}
function laterLexicalVerb(s, from, to) {
  for (let k = from; k < to; k++) {
    const t = s.tokens[k];
    if (t.kind === "punct" && /[,;:]/.test(t.text)) return false;
    if (t.norm === "never" || t.norm === "not") return true;
    const tags = tagsOf(t);
    if ((tags.includes("past") || tags.includes("pres")) && !tags.includes("noun")) return true;
    if (k > from && LINKING.test(t.norm) && tags.includes("inf")) return true;
  }
  return false;
}
var LINKING = /^(?:remain|remains|remained|stay|stays|stayed|seem|seems|seemed|appear|appears|appeared|become|becomes|became)$/;
var SUBORDINATORS = /* @__PURE__ */ new Set(["when", "if", "because", "while", "as", "after", "before", "until", "although", "though", "since", "whereas", "unless", "once"]);
function laterVerbAfter(s, from, to, bounded) {
  for (let k = from; k < to; k++) {
    const t = s.tokens[k];
    if (bounded && (t.text === "," || SUBORDINATORS.has(t.norm))) return false;
    const tags = tagsOf(t);
    const nonFinite = t.norm === "being" || t.norm === "having" || t.norm === "be" && k > 0 && (has(s.tokens[k - 1], "to") || has(s.tokens[k - 1], "prep"));
    if ((tags.includes("cop") || tags.includes("aux") || tags.includes("modal") || SUBJECT_CONTRACTION.test(t.norm)) && !nonFinite) return true;
    if ((tags.includes("past") || tags.includes("pres")) && !tags.includes("noun") && !tags.includes("adj") && !has(s.tokens[k - 1], "det") && !reducedRelative(s, k)) return true;
  }
  return false;
}
function reducedRelative(s, k) {
  if (!has(s.tokens[k], "part")) return false;
  let j = k - 1;
  while (j > 0 && has(s.tokens[j], "adv") && !has(s.tokens[j], "noun")) j--;
  const t = s.tokens[j];
  return !!t && t.kind === "word" && has(t, "noun") && !has(t, "pron") && !has(t, "cop") && !has(t, "aux") && !has(t, "modal");
}
function laterVerb(s, from, to) {
  for (let k = from; k < to; k++) {
    const t = s.tokens[k];
    if (SUBJECT_CONTRACTION.test(t.norm)) return true;
    const tags = tagsOf(t);
    if (tags.includes("cop") || tags.includes("aux") || tags.includes("modal")) return true;
  }
  return false;
}
var NEGATIVE_START = /* @__PURE__ */ new Set([110, 119, 99]);
function isTrigger(s, i) {
  const { tokens } = s;
  const t = tokens[i];
  const hit = s.hitAt[i];
  const consumed = hit && hit.senses.some((x) => EPISTEMIC_CLASSES.has(x.class)) && hit.to - hit.from > 1;
  const trigger = !consumed && (hit && hit.senses.some((x) => x.class === "negation" && x.role === "trigger") && hit.from === i || // "nobody's checked it": the negative subject keeps its force in a contraction.
  // (Each of those words starts with n, w or c: other tokens, most of them, skip the two regexes.)
  NEGATIVE_START.has(t.norm.charCodeAt(0)) && /^(?:not|never|no|none|nothing|nobody|neither|nor|without|cannot)$/.test(t.norm.replace(/'(?:s|ve|d|ll)$/, "")) && !(t.norm === "no" && /^[,.!]/.test(tokens[i + 1]?.text ?? ".")) || isNegatedContraction(t.norm));
  return !!trigger && !(hit && hit.senses.some((x) => x.class === "negation" && x.role === "pseudo"));
}
var UNDERSTANDS = /^(?:understand|know|see|get|explain|comprehend|grasp|remember|recall|imagine|fathom)$/;
function scopeNegations(s) {
  const { tokens } = s;
  const clauseOf = new Array(tokens.length).fill(-1);
  s.clauses.forEach((c, n) => {
    for (let k = c.from; k < c.to; k++) clauseOf[k] = n;
  });
  for (let i = 0; i < tokens.length; i++) {
    if (!isTrigger(s, i)) continue;
    const hit = s.hitAt[i];
    s.triggers.push(i);
    const end = clauseOf[i] >= 0 ? s.clauses[clauseOf[i]].to : tokens.length;
    const first = hit ? hit.to : i + 1;
    const verb = tokens[i - 1];
    if (verb && /^(?:nothing|none)$/.test(s.norms[i]) && verb.kind === "word" && isVerbal(verb) && (has(verb, "past") || has(verb, "pres")) && !has(verb, "cop") && !has(verb, "aux") && clauseOf[i - 1] === clauseOf[i]) s.negated[i - 1] = true;
    let depth = 0;
    for (let k = first; k < end; k++) {
      if (k > first && hasClass(s, k, "negation", "terminator") && !(s.norms[k - 1] === "of" && k - 1 === first && /^(?:whom|which)$/.test(s.norms[k]))) break;
      const next = tokens[k + 1];
      if (k > first && (s.norms[k] === "and" || s.norms[k] === "or") && next && next.kind === "word" && (has(next, "cop") || has(next, "aux") || has(next, "modal"))) break;
      if (k > first && /^(?:how|why)$/.test(s.norms[k]) && UNDERSTANDS.test(s.norms[k - 1])) break;
      const t = tokens[k].text;
      if (t === "(" || t === "[") depth++;
      else if (t === ")" || t === "]" || t.startsWith(")")) {
        if (depth === 0) break;
        depth--;
      } else if (t === ":" && depth === 0 && k > first) break;
      s.negated[k] = true;
    }
  }
}

// src/nlp/predication.ts
var EPISTEMIC_SET2 = new Set(EPISTEMIC);
var cache2 = /* @__PURE__ */ new WeakMap();
var CARRIES = /* @__PURE__ */ new Set(["from", "of", "as", "on", "out of", "with", "via", "due to", "because of", "upon", "after", "like"]);
var DESCRIBES = /^(?:describe|describes|described|depict|depicts|depicted|report|reports|reported|recount|recounts|recounted|tell|tells|told|narrate|narrates|narrated|present|presents|presented|portray|portrays|portrayed|show|shows|showed|contain|contains|contained|mention|mentions|mentioned|claim|claims|claimed|detail|details|detailed|chronicle|chronicles|chronicled)$/;
var REGARDS = /^(?:consider|considers|considered|deem|deems|deemed|call|calls|called|count|counts|counted|judge|judges|judged|label|labels|labelled|labeled)$/;
var BOUNDARY = /^(?:open|opens|opened|close|closes|closed|conclude|concludes|concluded|begin|begins|began|end|ends|ended|start|starts|started)$/;
var PRODUCED = /^(?:write|writes|wrote|written|compose|composes|composed|create|creates|created|pen|pens|penned|produce|produces|produced|make|makes|made|devise|devised|script|scripted|design|designed|invent|invented|craft|crafted|draft|drafted|prepare|prepared|stage|staged|perform|performed)$/;
var COPULA = /^(?:is|are|was|were|isn't|aren't|wasn't|weren't|be|been|being|'s|'re|(?:it|that|this|what|here|there)'s|(?:you|we|they)'re|constitutes?|constituted)$/;
var HAVING = /^(?:has|have|had|hasn't|haven't|hadn't|having|contain|contains|contained|containing|include|includes|included|including|feature|features|featured|carry|carries|carried|hold|holds|held|lack|lacks|lacked|lacking|show|shows|showed|bear|bears|bore|consist|consists|consisted|is|are|was|were|be|been|being|'s|'re|remain|remains|remained|seem|seems|seemed|appear|appears|appeared|become|becomes|became|get|gets|got)$/;
var INTRANSITIVE_TRUTH = /^(?:happen|happens|happened|happening|occur|occurs|occurred|occurring|exist|exists|existed|existing|transpire|transpired|lie|lies|lied|lying|hold|holds|held|stand|stands|stood|check|checks|checked|add|adds|added|pan|pans|panned|fib|fibs|fibbed|joke|jokes|joked|joking|kid|kidding|kidded|bluff|bluffs|bluffing|bluffed|improvise|improvising|improvised|mess|messing|messed|troll|trolling|trolled)$/;
function chunksOf(s, c) {
  let chunks = cache2.get(c);
  if (chunks) return chunks;
  chunks = [];
  const { tokens, norms } = s;
  let i = c.from;
  const push2 = (kind, from, to, extra = {}) => chunks.push({ kind, from, to, ...extra });
  while (i < c.to) {
    const t = tokens[i];
    if (t.kind === "punct") {
      push2("punct", i, i + 1);
      i++;
      continue;
    }
    const eh = s.hitAt[i];
    if (eh && eh.from === i && eh.to - eh.from > 1 && eh.to <= c.to && eh.senses.some((x) => EPISTEMIC_SET2.has(x.class)) && i !== c.head) {
      const verbal = s.tokens.slice(eh.from, eh.to).some((x) => isVerbal(x) || x.norm === "never" || x.norm === "not") || norms[i] === "neither" && has(tokens[i + 1], "inf");
      push2(verbal && (!has(tokens[i], "det") || norms[i] === "neither") ? "vg" : "np", i, eh.to);
      i = eh.to;
      continue;
    }
    const rh = s.hitAt[i];
    if (rh && rh.from === i && rh.to - rh.from > 1 && rh.senses.some((x) => x.class === "referent" && (x.role === "clause" || x.role === "deixis")) && i !== c.head) {
      const last = chunks[chunks.length - 1];
      if (last && (last.kind === "np" || last.kind === "pp") && last.to === i) last.to = rh.to;
      else push2("np", i, rh.to);
      i = rh.to;
      continue;
    }
    if (i === c.head) {
      push2("vg", c.head, c.verbEnd);
      i = c.verbEnd;
      continue;
    }
    if (norms[i] === "to" && i + 1 < c.to && (has(tokens[i + 1], "inf") || hasClass(s, i + 1, "falsity") || hasClass(s, i + 1, "disbelief"))) {
      push2("inf", i, i + 2);
      i += 2;
      continue;
    }
    const two = `${norms[i]} ${norms[i + 1] ?? ""}`;
    if (two === "due to" || two === "because of" || two === "out of" || two === "according to" || two === "based on" || two === "instead of") {
      const end2 = npEnd(s, i + 2, c.head > i ? c.head : c.to);
      push2("pp", i, end2, { prep: two, npFrom: i + 2 });
      i = Math.max(end2, i + 2);
      continue;
    }
    const tags = tagsOf(t);
    const toNoun = norms[i] === "to" && i + 1 < c.to && tokens[i + 1].kind === "word" && (has(tokens[i + 1], "det") || has(tokens[i + 1], "poss") || has(tokens[i + 1], "adj") || has(tokens[i + 1], "noun")) && !has(tokens[i + 1], "inf");
    if (toNoun) {
      const end2 = npEnd(s, i + 1, c.head > i ? c.head : c.to);
      push2("pp", i, end2, { prep: "to", npFrom: i + 1 });
      i = Math.max(end2, i + 1);
      continue;
    }
    const pointerSubject = i + 1 < c.to && (has(tokens[i + 1], "cop") || has(tokens[i + 1], "aux") || i + 1 === c.head) && hasClass(s, i, "referent");
    if (tags.includes("prep") && !tags.includes("det") && !pointerSubject && !(norms[i] === "like" && isVerbal(t) && i === c.from)) {
      const second = i + 1 < c.to && /^(?:within|inside|behind|among|beneath|under|outside)$/.test(norms[i + 1]) ? 1 : 0;
      const end2 = npEnd(s, i + 1 + second, c.head > i ? c.head : c.to);
      push2("pp", i, end2, { prep: norms[i], npFrom: i + 1 + second });
      i = Math.max(end2, i + 1);
      continue;
    }
    const relative = /^(?:that|which|who)$/.test(norms[i]) && i > c.from && (has(tokens[i - 1], "noun") || has(tokens[i - 1], "propn")) && i + 1 < c.to && (isVerbal(tokens[i + 1]) || tokens[i + 1].norm === "never" || tokens[i + 1].norm === "not");
    if (relative || (tags.includes("sconj") || tags.includes("wh")) && !tags.includes("det") && !tags.includes("pron")) {
      push2("sub", i, i + 1);
      i++;
      continue;
    }
    if (tags.includes("adv") && (!tags.includes("adj") || /ly$/.test(norms[i])) && !tags.includes("noun") && !tags.includes("det") && !(i > c.from && has(tokens[i - 1], "det"))) {
      push2("adv", i, i + 1);
      i++;
      continue;
    }
    if ((norms[i] === "never" || norms[i] === "not") && i + 1 < c.to && isVerbal(tokens[i + 1])) {
      let end2 = i + 1;
      while (end2 < c.to && (isVerbal(tokens[end2]) || has(tokens[end2], "part")) && !has(tokens[end2], "noun")) end2++;
      push2("vg", i, Math.max(end2, i + 2));
      i = Math.max(end2, i + 2);
      continue;
    }
    if (i > c.head && c.head >= 0 && /^(?:do|does|did|don't|doesn't|didn't)$/.test(norms[i]) && /^(?:and|but|or|yet)$/.test(norms[i - 1])) {
      let end2 = i + 1;
      while (end2 < c.to && (norms[end2] === "not" || norms[end2] === "never" || has(tokens[end2], "adv"))) end2++;
      if (end2 < c.to && has(tokens[end2], "inf")) {
        push2("vg", i, end2 + 1);
        i = end2 + 1;
        continue;
      }
    }
    const beforeNoun = i + 1 < c.to && tokens[i + 1].kind === "word" && (has(tokens[i + 1], "noun") || has(tokens[i + 1], "propn")) && !isVerbal(tokens[i + 1]) && !has(tokens[i + 1], "det");
    if (!beforeNoun && i > c.head && c.head >= 0 && isVerbal(t) && !tags.includes("noun") && !has(tokens[i - 1], "det") && !has(tokens[i - 1], "poss")) {
      let end2 = i + 1;
      while (end2 < c.to && (tokens[end2].norm === "not" || tokens[end2].norm === "never" || has(tokens[end2], "part") || tokens[end2].norm === "been") && !has(tokens[end2], "noun")) end2++;
      push2("vg", i, end2);
      i = end2;
      continue;
    }
    if (!beforeNoun && (tags.includes("past") || tags.includes("part") || tags.includes("ger")) && !tags.includes("adj") && !tags.includes("noun") && i > c.head && c.head >= 0) {
      push2("vg", i, i + 1);
      i++;
      continue;
    }
    const end = npEnd(s, i, c.head > i ? c.head : c.to);
    push2("np", i, Math.max(end, i + 1));
    i = Math.max(end, i + 1);
  }
  chunks = withoutAsides(s, chunks);
  cache2.set(c, chunks);
  return chunks;
}
function withoutAsides(s, chunks) {
  for (let j = 0; j + 3 < chunks.length; j++) {
    if (chunks[j].kind === "punct" || s.tokens[chunks[j + 1].from].text !== "," || chunks[j + 1].kind !== "punct") continue;
    let k = j + 2;
    while (k < chunks.length && (chunks[k].kind === "pp" || chunks[k].kind === "adv")) k++;
    if (k === j + 2 || k + 1 >= chunks.length || chunks[k].kind !== "punct" || s.tokens[chunks[k].from].text !== ",") continue;
    if (chunks[k].from - chunks[j + 2].from > 4) continue;
    return [...chunks.slice(0, j + 1), ...chunks.slice(k + 1)];
  }
  return chunks;
}
function npEnd(s, i, to) {
  const { tokens, norms } = s;
  let k = i;
  let nouns = 0;
  while (k < to) {
    const t = tokens[k];
    if (t.kind === "punct") {
      if (/^["“”'‘’*_]+$/.test(t.text) && k + 1 < to && tokens[k + 1].kind === "word" && nouns === 0) {
        k++;
        continue;
      }
      break;
    }
    const tags = tagsOf(t);
    const referentPointer = sensesAt(s, k).some((x) => x.class === "referent" && (x.role === "deixis" || x.role === "participle"));
    if (k > i && nouns > 0 && (norms[k] === "and" || norms[k] === "or") && k + 1 < to && tokens[k + 1].kind === "word" && !isVerbal(tokens[k + 1]) && (has(tokens[k + 1], "noun") || has(tokens[k + 1], "det") || has(tokens[k + 1], "adj"))) {
      k++;
      continue;
    }
    if (k > i && nouns > 0) {
      if (referentPointer && !/^(?:this|these|that|those)$/.test(norms[k])) {
        k++;
        continue;
      }
      const ofText = norms[k] === "of" && sensesAt(s, k - 1).some((x) => x.class === "referent" && x.role === "noun");
      if (norms[k] === "of" && (partitive(s, i, k) || ofText) || norms[k] === "in" && /^(?:anything|everything|nothing|something|none|all)$/.test(norms[k - 1])) {
        k++;
        nouns = 0;
        continue;
      }
      if (isVerbal(t) && !tags.includes("noun") && !tags.includes("adj")) break;
      if (/^(?:a|an|the)$/.test(norms[k]) && !/^(?:such|what|quite|half|all|both|many|rather)$/.test(norms[k - 1])) break;
      if (tags.includes("prep") || tags.includes("conj") || tags.includes("sconj") || tags.includes("wh") || tags.includes("adv") && !tags.includes("adj")) break;
    }
    if (k > i && (tags.includes("cop") || tags.includes("aux") || tags.includes("modal")) && !tags.includes("noun")) break;
    if (k > i && nouns > 0 && /^(?:i|you|we|they|he|she|it)$/.test(norms[k])) break;
    if (k > i && (norms[k] === "not" || norms[k] === "never")) break;
    if (k > i && nouns > 0 && /^(?:all|both|each)$/.test(norms[k]) && norms[k + 1] !== "of") break;
    if (k > i && nouns > 0 && tags.includes("ger") && !tags.includes("noun")) break;
    const afterDeterminer = k > i && (has(tokens[k - 1], "det") || has(tokens[k - 1], "poss")) && t.kind === "word";
    if (tags.includes("noun") || tags.includes("propn") || tags.includes("pron") || t.kind === "num" || t.kind === "symbol" || afterDeterminer) nouns++;
    else if (!(tags.includes("det") || tags.includes("poss") || tags.includes("adj") || tags.includes("part") || tags.includes("ger") || tags.includes("past") || referentPointer || sensesAt(s, k).length)) {
      if (k === i) return k + 1;
      break;
    }
    k++;
  }
  return k;
}
function partitive(s, from, of) {
  const head = s.norms[of - 1];
  return /^(?:none|all|any|each|every|some|most|much|many|several|both|either|neither|part|portion|rest|bulk|majority|aspect|aspects|word|line|detail|details|element|elements|piece|bit|one|half|parts|sections|section|claims|claim|statements|statement|assertions|portions|content|contents|body|remainder)$/.test(head) || sensesAt(s, from).some((x) => x.role === "quantifier");
}
var inChunk = (ch, k) => k >= ch.from && k < ch.to;
function boundsText(s, vg, object) {
  if (!BOUNDARY.test(s.norms[vg.to - 1])) return false;
  for (let k = object.from; k < object.to; k++) if (sensesAt(s, k).some((x) => x.class === "referent" && x.role === "noun")) return true;
  return false;
}
function argumentOf(s, c, k, cueTo) {
  const chunks = chunksOf(s, c);
  const ci = chunks.findIndex((ch2) => inChunk(ch2, k));
  if (ci < 0) return null;
  const ch = chunks[ci];
  const vgIndex = chunks.findIndex((x) => x.kind === "vg");
  const about = chunks[ci + 1];
  const phrase = s.hitAt[k];
  if (phrase && phrase.from === ch.from && phrase.to === ch.to && phrase.to - phrase.from > 2 && about?.kind === "pp" && /^(?:on|about|regarding|concerning)$/.test(about.prep ?? "") && about.npFrom !== void 0 && sensesAt(s, k).some((x) => x.class === "unverified")) return { from: about.npFrom, to: about.to, relation: "object" };
  if (phrase && phrase.from === ch.from && phrase.to === ch.to && /^(?:on|about)$/.test(s.norms[phrase.to - 1]) && about && (about.kind === "np" || about.kind === "sub") && sensesAt(s, k).some((x) => x.class === "unverified")) return { from: about.kind === "sub" ? about.from + 1 : about.from, to: about.kind === "sub" ? c.to : about.to, relation: "object" };
  if (/^(?:there|there's|it|it's)$/.test(s.norms[c.from] ?? "") && sensesAt(s, k).some((x) => x.class === "unverified")) {
    const q = chunks.findIndex((x, j) => j > ci && x.kind === "sub" && /^(?:whether|if)$/.test(s.norms[x.from]));
    if (q > 0 && q <= ci + 2) return { from: chunks[q].from + 1, to: c.to, relation: "object" };
  }
  const mainVg = chunks.findIndex((x) => x.kind === "vg" && x.from === c.head);
  const inMainPredicate = (at) => mainVg >= 0 && at > mainVg && !chunks.slice(mainVg + 1, at).some((x) => x.kind === "sub");
  const subject = (before2) => {
    if (before2 > mainVg && inMainPredicate(before2) && mainVg > 0) before2 = mainVg;
    let first = -1;
    for (let j = before2 - 1; j >= 0; j--) {
      const x = chunks[j];
      if (x.kind === "np" && j === before2 - 1 && x.to - x.from === 1 && /^(?:i|you|we|they|he|she)$/.test(s.norms[x.from])) return { from: x.from, to: x.to, relation: "subject" };
      if (x.kind === "np") first = j;
      else if (x.kind === "pp" || x.kind === "adv") continue;
      else if (x.kind === "sub" && /^(?:that|which|who)$/.test(s.norms[x.from]) && first < 0) return antecedent(j);
      else if (x.kind === "vg" || x.kind === "inf") {
        if (first >= 0) break;
        continue;
      } else break;
    }
    if (first < 0) {
      for (let j = before2 - 1; j >= 0; j--) {
        const x = chunks[j];
        if (x.kind === "vg" || x.kind === "sub") break;
        for (let k2 = x.from; k2 < x.to; k2++) if (sensesAt(s, k2).some((y) => y.class === "referent" && y.role === "deixis" && y.direction && y.direction !== "self")) return { from: x.from, to: x.to, relation: "subject" };
      }
      return null;
    }
    const end = chunks[before2 - 1].to;
    return { from: chunks[first].from, to: Math.max(end, chunks[first].to), relation: "subject" };
  };
  const antecedent = (sub) => {
    const np = chunks[sub - 1];
    const vg = chunks[sub - 2];
    if (np?.kind === "np" && vg && (vg.kind === "vg" || vg.kind === "inf") && DESCRIBES.test(s.norms[vg.to - 1])) return subject(sub - 2);
    return np?.kind === "np" ? { from: np.from, to: np.to, relation: "attribute" } : null;
  };
  const objectAfter = (after) => {
    for (let j = after + 1; j < chunks.length; j++) {
      const x = chunks[j];
      if (x.kind === "np" && x.to - x.from === 1 && /^(?:or|and|nor)$/.test(s.norms[x.from]) && chunks[j + 1]?.kind === "vg") {
        j++;
        continue;
      }
      if (x.kind === "np") {
        const next = chunks[j + 1];
        const quantified = x.to - x.from === 1 && /^(?:everything|nothing|all|none|anything|most|much|some|each|every|any)$/.test(s.norms[x.from]) && (next?.prep === "in" || next?.prep === "of");
        const to = next && next.kind === "pp" && (next.prep === "like" || s.norms[next.from] === "such" || quantified) ? next.to : x.to;
        return { from: x.from, to, relation: "object" };
      }
      if (x.kind === "sub" && /^(?:whether|if|which)$/.test(s.norms[x.from])) return { from: x.from + 1, to: c.to, relation: "object" };
      if (x.kind === "adv") continue;
      if (x.kind === "pp" && (x.prep === "up" || x.prep === "out" || x.prep === "off")) continue;
      if (x.kind === "pp" && j === after + 1 && (x.prep === "on" || x.prep === "in" || x.prep === "upon") && x.npFrom !== void 0 && x.npFrom < x.to) return { from: x.npFrom, to: x.to, relation: "object" };
      break;
    }
    return null;
  };
  const governingVg = (at) => {
    for (let j = at - 1; j >= 0; j--) {
      const x = chunks[j];
      if (x.kind === "vg" || x.kind === "inf") return j;
      if (x.kind === "sub" || x.kind === "punct") return -1;
    }
    return -1;
  };
  if (ch.kind === "vg" || ch.kind === "inf") {
    const mainNorm = s.norms[Math.min(cueTo, ch.to) - 1] ?? s.norms[k];
    const passive = ch.kind === "vg" && s.norms.slice(ch.from, k).some((n) => /^(?:is|are|was|were|be|been|being|'s|'re|get|got|gets)$/.test(n) || /^(?:it|that|this|what|there)'s$/.test(n));
    const objectNext = !!s.tokens[cueTo] && s.tokens[cueTo].kind === "word" && (has(s.tokens[cueTo], "det") || has(s.tokens[cueTo], "poss") || /^(?:this|these|that|those|it|them|any|anything)$/.test(s.norms[cueTo]));
    const vgOnlyCue = !passive && s.norms.slice(k, Math.max(cueTo, k + 1)).some((n) => INTRANSITIVE_TRUTH.test(n) && !objectNext || /^(?:place|true|real|legit)$/.test(n));
    if (passive || vgOnlyCue || HAVING.test(mainNorm)) return subject(ci) ?? (ch.kind === "vg" && /^(?:it|that|this|what)'s$/.test(s.norms[ch.from]) ? { from: ch.from, to: ch.from + 1, relation: "subject" } : null);
    const ownObject = cueTo - k > 1 && cueTo > ch.to;
    if (ownObject && has(s.tokens[cueTo - 1], "prep") && cueTo < c.to) {
      const pp = chunks.find((x) => x.from <= cueTo - 1 && cueTo - 1 < x.to && x.kind === "pp");
      const end = pp && pp.npFrom !== void 0 ? pp.to : npEnd(s, cueTo, c.to);
      if (end > cueTo) return { from: cueTo, to: end, relation: "object" };
    }
    if (KNOWING.test(s.norms[k])) {
      const object2 = objectAfter(ci);
      if (object2) return object2;
      const next = chunks[ci + 1];
      return next && /^(?:whether|if)$/.test(s.norms[next.from]) ? subject(ci) : null;
    }
    if (sensesAt(s, k).some((x) => x.role === "deceives")) return s.tokens.slice(ch.from, k).some((t) => has(t, "modal")) ? null : subject(ci) ?? selfSubject(s, ch);
    const object = ownObject ? null : objectAfter(ci);
    if (object) return object;
    const head = chunks[ci - 1];
    if (transitiveOnly(s, k) && head && head.kind === "np" && head.to - head.from >= 2 && /^(?:i|we|you|he|she|they)$/.test(s.norms[head.to - 1])) {
      const copula = chunks[ci - 2];
      if (copula && copula.kind === "vg" && COPULA.test(s.norms[copula.to - 1])) return subject(ci - 2) ?? selfSubject(s, copula);
      return { from: head.from, to: head.to - 1, relation: "object" };
    }
    if (transitiveOnly(s, k) && !ownObject) return telegraphicPassive(s, ch, c) ? subject(ci) : null;
    return subject(ci) ?? selfSubject(s, ch);
  }
  if (ch.kind === "np") {
    const prev = chunks[ci - 1];
    const prevIsVg = prev && (prev.kind === "vg" || prev.kind === "inf");
    if (vgIndex < 0 && !chunks.some((x) => x.kind === "vg")) return { from: ch.from, to: ch.to, relation: "fragment" };
    const question = chunks.findIndex((x, j) => j > ci && x.kind === "sub" && /^(?:whether|if)$/.test(s.norms[x.from]));
    if (prevIsVg && question > 0 && (s.norms[prev.from - 1] === "it" || s.norms[prev.from] === "it's") && COPULA.test(s.norms[prev.to - 1])) return { from: chunks[question].from + 1, to: c.to, relation: "object" };
    if (prevIsVg) {
      const vgMain = s.norms[prev.to - 1];
      const having = (n) => HAVING.test(n) || COPULA.test(n) || LINKING.test(n);
      if (modifiesNonText(s, k, cueTo, ch) && !DESCRIBES.test(vgMain)) return null;
      if (having(vgMain) && existential(s, chunks, ci - 1)) {
        const where = chunks.find((x) => x.kind === "pp" && x.npFrom !== void 0 && x.npFrom < x.to && /^(?:in|within|throughout|inside)$/.test(x.prep ?? ""));
        if (where) return { from: where.npFrom, to: where.to, relation: "subject" };
      }
      if (having(vgMain) || having(s.norms[prev.from])) return selfSubject(s, prev) ?? subject(ci - 1);
      if (DESCRIBES.test(vgMain) || BOUNDARY.test(vgMain)) return subject(ci - 1) ?? selfSubject(s, prev);
      return { from: ch.from, to: ch.to, relation: "attribute" };
    }
    const regards = chunks[ci - 2];
    if (prev && prev.kind === "np" && regards && (regards.kind === "vg" || regards.kind === "inf") && REGARDS.test(s.norms[regards.to - 1])) return { from: prev.from, to: prev.to, relation: "object" };
    return { from: ch.from, to: ch.to, relation: "attribute" };
  }
  if (ch.kind === "pp") {
    const vg = governingVg(ci);
    const prev = chunks[ci - 1];
    if (prev && prev.kind === "vg" && /^(?:is|are|was|were|isn't|aren't|wasn't|weren't|be|been|being|'s|'re|remain|remains|seem|seems)$/.test(s.norms[prev.to - 1])) return subject(ci - 1) ?? selfSubject(s, prev);
    const afterPp = prev && prev.kind === "pp" && ch.prep !== "as";
    const predicateNoun = prev && prev.kind === "np" && chunks[ci - 2]?.kind === "vg" && (COPULA.test(s.norms[chunks[ci - 2].to - 1]) || boundsText(s, chunks[ci - 2], prev));
    if (ch.prep && CARRIES.has(ch.prep) && vg >= 0 && !afterPp && !predicateNoun) {
      const v = chunks[vg];
      const copular = s.norms.slice(v.from, v.to).some((n) => COPULA.test(n));
      const obj = objectAfter(vg);
      const direct = chunks[vg + 1]?.kind === "np";
      if (obj && !copular && obj.to <= ch.from && (ch.prep !== "as" || direct)) return { ...obj, relation: "object" };
      return subject(vg) ?? selfSubject(s, v);
    }
    const line = chunks[0];
    if (line.kind === "pp" && line.prep && CARRIES.has(line.prep) && chunks.slice(1, ci + 1).every((x) => x.kind === "pp" || x.kind === "np") && !chunks.some((x) => x.kind === "vg")) return { from: line.from, to: c.to, relation: "fragment" };
    if (prev && prev.kind === "np" && ch.prep && CARRIES.has(ch.prep)) {
      if (vg < 0 && !chunks.some((x) => x.kind === "vg")) return { from: prev.from, to: prev.to, relation: "fragment" };
      const before2 = chunks[ci - 2];
      if ((ch.prep === "from" || ch.prep === "of" || ch.prep === "out of") && before2 && before2.kind === "vg" && (COPULA.test(s.norms[before2.to - 1]) || boundsText(s, before2, prev))) return subject(ci - 2) ?? selfSubject(s, before2);
      return { from: prev.from, to: prev.to, relation: "attribute" };
    }
    if (vg >= 0) {
      const verb = s.norms[chunks[vg].to - 1];
      if (ch.prep === "to" && /^(?:belong|belongs|belonged|belonging)$/.test(verb)) return subject(vg) ?? selfSubject(s, chunks[vg]);
      if ((ch.prep === "in" || ch.prep === "inside" || ch.prep === "within") && hasClass(s, k, "fiction") && /^(?:unfold|unfolds|unfolded|unfolding|live|lives|lived|exist|exists|existed|set)$/.test(verb)) {
        const subj = subject(vg);
        if (verb === "set" && subj && subj.to - subj.from === 1 && has(s.tokens[subj.from], "pron")) return null;
        return subj ?? selfSubject(s, chunks[vg]);
      }
      if ((ch.prep === "for" || ch.prep === "during" || ch.prep === "in" || ch.prep === "at") && hasClass(s, k, "fiction") && PRODUCED.test(verb)) {
        const v = chunks[vg];
        const passive = s.norms.slice(v.from, v.to).some((n) => COPULA.test(n));
        const obj = passive ? null : objectAfter(vg);
        return obj && obj.to <= ch.from ? obj : subject(vg) ?? selfSubject(s, v);
      }
    }
    if ((ch.prep === "by" || ch.prep === "from" || ch.prep === "according to") && vg >= 0) return subject(vg) ? { ...subject(vg), relation: "source" } : null;
    if (vg < 0 && !chunks.some((x) => x.kind === "vg")) return { from: ch.from, to: ch.to, relation: "fragment" };
    return null;
  }
  return null;
}
function modifiesNonText(s, k, cueTo, ch) {
  if (!sensesAt(s, k).some((x) => EPISTEMIC_SET2.has(x.class) && x.pos === "adj")) return false;
  let j = Math.max(cueTo, k + 1);
  while (j + 1 < ch.to && !sensesAt(s, j).some((x) => x.class === "referent") && s.tokens[j + 1].kind === "word" && (has(s.tokens[j + 1], "noun") || sensesAt(s, j + 1).some((x) => x.class === "referent" && x.role === "noun")) && !has(s.tokens[j + 1], "poss") && !has(s.tokens[j + 1], "pron") && !has(s.tokens[j + 1], "det")) j++;
  const t = s.tokens[j];
  if (j >= ch.to || !t || t.kind !== "word" || !has(t, "noun")) return false;
  return !sensesAt(s, j).some((x) => x.class === "referent" || EPISTEMIC_SET2.has(x.class));
}
var KNOWING = /^(?:know|knows|knew|knowing)$/;
function transitiveOnly(s, k) {
  return /^(?:invent|invents|invented|inventing|fabricate|fabricates|fabricated|fabricating|concoct|concocted|falsify|falsified|forge|forged|doctor|doctored|make|makes|made|making|cook|cooked|dream|dreamt|dreamed|think|thought)$/.test(s.norms[k]);
}
function telegraphicPassive(s, vg, c) {
  const t = s.tokens[vg.from];
  if (vg.to - vg.from !== 1 || vg.from === c.from || vg.from !== c.head || !(has(t, "part") || has(t, "past")) || !/(?:ed|made|up)$/.test(t.norm)) return false;
  const next = s.tokens[vg.to];
  return vg.to >= c.to || !next || next.kind === "punct" || /^(?:by|for|wholesale|entirely|throughout|here|in|from|on)$/.test(s.norms[vg.to]) || has(next, "adv");
}
function existential(s, chunks, vg) {
  const v = chunks[vg];
  const before2 = chunks[vg - 1];
  return s.norms[v.from] === "there's" || !!before2 && before2.kind === "np" && s.norms[before2.to - 1] === "there";
}
function selfSubject(s, vg) {
  const n = s.norms[vg.from];
  if (/^(?:it|that|this|what|here|i|we|you)'(?:s|re|m|ve|d|ll)$/.test(n)) return { from: vg.from, to: vg.from + 1, relation: "subject" };
  return null;
}

// src/nlp/statement.ts
var analyseSentence = memoize(analyse, 1024);
var EPISTEMIC_SET3 = new Set(EPISTEMIC);
function epistemicSense(hit) {
  return hit.senses.find((x) => EPISTEMIC_SET3.has(x.class));
}
var PERFECT = /^(?:has|have|had|having|hasn't|haven't|hadn't)$|^\w+'(?:s|ve|d)$/;
function senseHere(s, hit) {
  const first = epistemicSense(hit);
  if (first?.pos !== "adj" || hit.from === 0 || !PERFECT.test(s.norms[hit.from - 1])) return first;
  return hit.senses.find((x) => EPISTEMIC_SET3.has(x.class) && x.pos === "verb" && (x.form === "part" || x.form === "past")) ?? first;
}
function effectiveClass(s, hit) {
  const sense = senseHere(s, hit);
  if (!sense) return null;
  let negated = s.negated[hit.from] === true;
  const next = s.tokens[hit.to];
  if (negated && sense.pos === "adj" && next && next.kind === "word" && (has(next, "noun") || has(next, "propn")) && !has(next, "cop") && !has(next, "aux") && !s.triggers.includes(hit.to)) {
    negated = s.triggers.some((t) => {
      if (t >= hit.from) return false;
      const verbal = /^(?:not|never)$/.test(s.norms[t]) || isNegatedContraction(s.norms[t]);
      return verbal || t >= hit.from - 3 && !s.tokens.slice(t + 1, hit.from).some((x) => isVerbal(x) && !has(x, "adj"));
    });
  }
  if (negated && !sense.positive && sense.pos === "noun" && s.norms[hit.from - 1] !== "to") {
    const trigger = [...s.triggers].reverse().find((t) => t < hit.from);
    if (trigger !== void 0) {
      const between = s.tokens.slice(trigger + 1, hit.from);
      const lexicalVerb = between.some((x) => isVerbal(x) && !has(x, "cop") && !has(x, "aux") && !has(x, "modal")) || between.some((x) => has(x, "inf") && !has(x, "noun"));
      if (lexicalVerb && !/^(?:no|none)$/.test(s.norms[trigger])) negated = false;
    }
  }
  if (!(sense.positive ? negated : !negated)) return null;
  return sense.class === "falsity" && possibly(s, hit.from) ? "unverified" : sense.class;
}
function possibly(s, at) {
  for (let i = at - 1; i >= 0; i--) {
    const t = s.tokens[i];
    if (has(t, "possibility")) {
      const after = s.norms[i + 1] ?? "";
      return !(s.norms[i] === "could" && (after === "not" || after === "never")) && s.norms[i] !== "couldn't";
    }
    if (t.kind !== "word" || !(isVerbal(t) || has(t, "adv") || has(t, "neg") || has(t, "det") || has(t, "adj") || has(t, "to"))) return false;
    if (has(t, "noun") && !isVerbal(t)) return false;
  }
  return false;
}
function cuesIn(s, from, to, probabilities) {
  const out = [];
  for (let k = 0; k < s.hits.length; k++) {
    const hit = s.hits[k];
    if (hit.from < from || hit.from >= to) continue;
    const cls = effectiveClass(s, hit);
    if (!cls) continue;
    const sense = senseHere(s, hit);
    out.push({ class: cls, from: hit.from, to: hit.to, sense, counterfactual: sense.counterfactual });
  }
  for (let k = 0; k < probabilities.length; k++) {
    const p = probabilities[k];
    if (p.from < from || p.from >= to) continue;
    if (p.value <= LOW_PROBABILITY) out.push({ class: "improbable", from: p.from, to: p.to, probability: p.value, counterfactual: false });
  }
  return out.sort((a, b) => a.from - b.from);
}
function cueClasses(text, probabilityContext = true) {
  const s = structureOf(text);
  const probs = probabilitiesIn(text, () => probabilityContext).map((p) => ({ value: p.value, from: tokenIndexAtChar(s, p.start), to: tokenIndexAtChar(s, p.end - 1) + 1 }));
  return cuesIn(s, 0, s.tokens.length, probs).map((c) => ({ class: c.class, start: s.tokens[c.from].start, end: s.tokens[c.to - 1].end, probability: c.probability }));
}
function quantifiedAt(s, i, from) {
  let k = i - 1;
  while (k > from && k > i - 3 && s.tokens[k].kind === "word" && has(s.tokens[k], "adj") && !has(s.tokens[k], "det")) k--;
  return k >= from && /^(?:every|any|all)$/.test(s.norms[k]) ? k : -1;
}
var POINTING_DET = Object.assign(/* @__PURE__ */ Object.create(null), {
  this: "self",
  these: "self",
  the: "definite",
  that: "anaphoric",
  those: "anaphoric",
  its: "anaphoric",
  their: "anaphoric",
  // Not "his" or "her": "his supposed transformation" is a person's, not the text's.
  my: "self",
  our: "self",
  your: "definite",
  such: "anaphoric",
  said: "anaphoric",
  // "both responses", "each answer": a determiner that counts the texts it names.
  both: "definite",
  each: "definite",
  either: "definite"
});
function referentSense(s, i, role) {
  return sensesAt(s, i).find((x) => x.class === "referent" && (role === void 0 || x.role === role));
}
function charSpan(s, from, to) {
  return { start: s.tokens[from].start, end: s.tokens[to - 1].end };
}
function nextNoun(s, i, to, limit = 4) {
  for (let k = i, n = 0; k < to && n < limit; k++, n++) {
    const t = s.tokens[k];
    if (referentSense(s, k, "noun") || referentSense(s, k, "described") || referentSense(s, k, "answer")) return k;
    if (t.kind !== "word" && t.kind !== "num") return -1;
    if (!(has(t, "adj") || has(t, "adv") || has(t, "num") || has(t, "noun") || has(t, "part") || has(t, "past") || has(t, "ger") || referentSense(s, k))) return -1;
  }
  return -1;
}
var TIME_NOUN = /^(?:day|days|week|weeks|month|months|year|years|morning|afternoon|evening|night|decade|season|century|weekend|spring|summer|autumn|fall|winter|hour|hours|minute|minutes|round|game|match|race|term|semester|quarter|episode|generation|election)$/;
function beforeWorldNoun(s, at) {
  if (TIME_NOUN.test(s.norms[at - 2] ?? "")) return true;
  const ordinal = /^(?:last|next|previous|earlier|prior)$/.test(s.norms[at - 1] ?? "");
  let j = at;
  while (ordinal && s.tokens[j] && (s.tokens[j].kind === "num" || has(s.tokens[j], "num"))) j++;
  const counted2 = j > at;
  const next = s.tokens[j];
  if (!next || next.kind !== "word") return false;
  if (TIME_NOUN.test(next.norm)) return true;
  const determined = !!s.tokens[at - 2] && (has(s.tokens[at - 2], "det") || has(s.tokens[at - 2], "poss"));
  if (ordinal && !counted2 && !determined && (has(next, "adj") || has(next, "noun")) && !isVerbal(next) && !referentSense(s, j)) {
    let h = j;
    while (s.tokens[h + 1]?.kind === "word" && (has(s.tokens[h], "adj") || has(s.tokens[h + 1], "noun")) && !isVerbal(s.tokens[h + 1]) && !referentSense(s, h)) h++;
    if (!referentSense(s, h)) return true;
  }
  return ordinal && has(next, "noun") && (counted2 || !isVerbal(next)) && !referentSense(s, j) && !EPISTEMIC_SET3.has(sensesAt(s, j)[0]?.class ?? "");
}
function beforeLexicalVerb(s, i, after) {
  const next = s.tokens[after];
  if (!next || next.kind !== "word" || s.norms[i - 1] === "the" || !has(s.tokens[i], "adj") || /^(?:above|below)$/.test(s.norms[i])) return false;
  return isVerbal(next) && !has(next, "cop") && !has(next, "aux") && !has(next, "modal") && !has(next, "noun") && !has(next, "adj");
}
function prepositional(s, i, after) {
  if (/^(?:of|to)$/.test(s.norms[after] ?? "") && s.norms[i - 1] !== "the") return true;
  const spatial = /^(?:below|beneath|above|underneath)$/.test(s.norms[i]);
  if (!spatial && !/^(?:following|preceding|after|before)$/.test(s.norms[i])) return false;
  const prev = s.tokens[i - 1];
  if (!spatial && prev && prev.kind === "word" && has(prev, "noun") && !referentSense(s, i - 1) && s.norms[i - 1] !== "the") return true;
  const next = s.tokens[after];
  return !!next && next.kind === "word" && (has(next, "det") || has(next, "poss") || has(next, "propn") || new RegExp("^\\p{Lu}", "u").test(next.text)) && s.norms[i - 1] !== "the";
}
function participleBefore(s, noun, from) {
  let sawParticiple = false;
  for (let k = noun - 1; k >= from && k >= noun - 5; k--) {
    if (referentSense(s, k, "participle") || hasClass(s, k, "reporting") && (has(s.tokens[k], "part") || has(s.tokens[k], "past"))) {
      sawParticiple = true;
      continue;
    }
    const det = POINTING_DET[s.norms[k]];
    if (det) return sawParticiple ? { det: k, pointing: det } : null;
    const t = s.tokens[k];
    if (!(t.kind === "word" && (has(t, "adj") || has(t, "noun") || has(t, "propn")))) return null;
  }
  return null;
}
var TAKES_IN = /^(?:read|reading|see|seen|saw|seeing|hear|heard|hearing|finish|finished|finishing|view|viewed|viewing|watch|watched|watching|encounter|encountered|peruse|perused|skim|skimmed)$/;
function readerClause(s, k, to) {
  let j = k;
  if (/^(?:that|which)$/.test(s.norms[j] ?? "")) j++;
  const subject = /^(?:you|we)(?:'ve|'re|'ll)?$/.exec(s.norms[j] ?? "");
  if (!subject) return null;
  let ahead2 = /'ll$/.test(s.norms[j]);
  let now = /'re$/.test(s.norms[j]);
  let done = /'ve$/.test(s.norms[j]);
  for (j++; j < to && j < k + 7; j++) {
    const n = s.norms[j];
    if (TAKES_IN.test(n)) {
      const end = j + 1;
      if (/^(?:that|how|whether|why|if|what|who)$/.test(s.norms[end] ?? "")) return null;
      const place = referentSense(s, end, "deixis");
      if (place?.direction && POST_NOMINAL.test(s.norms[end] ?? "")) return { pointing: place.direction, end: end + 1 };
      const pointing = ahead2 ? "forward" : done || /(?:ed|en|ished|read|heard|saw)$/.test(n) && !now ? "backward" : "self";
      if (pointing !== "forward" && !/^(?:read|reading|finish|finished|finishing|peruse|perused|skim|skimmed)$/.test(n)) return null;
      return { pointing: now && !done && !ahead2 ? "self" : pointing, end };
    }
    if (/^(?:about|going|will|shall|soon|to)$/.test(n)) ahead2 = true;
    else if (/^(?:are|am|is|'re)$/.test(n)) now = true;
    else if (/^(?:have|has|had|'ve|been|just|already|now|only|recently|all|finally|were|was|did|do)$/.test(n)) done = done || !/^(?:now|only|all|do)$/.test(n);
    else return null;
  }
  return null;
}
var POST_NOMINAL = /^(?:below|above|hereafter|hereunder|beneath|herein|here|overleaf)$/;
function compoundHead(s, noun, to) {
  let head = noun;
  for (let k = noun + 1; noun >= 0 && k < Math.min(to, head + 3) && s.tokens[k].kind === "word" && has(s.tokens[k], "noun") && !isVerbal(s.tokens[k]); k++) if (referentSense(s, k, "noun")) head = k;
  return head;
}
var WRITES = /^(?:write|writes|wrote|written|read|reads|say|says|said|tell|tells|told|produce|produces|produced|generate|generates|generated|type|types|typed|post|posts|posted)$/;
var SIDE = Object.assign(/* @__PURE__ */ Object.create(null), { under: "forward", beneath: "forward", below: "forward", after: "forward", past: "forward", above: "backward", before: "backward" });
function pointerAfter(s, k, to) {
  let j = k;
  if ((s.norms[j] === "like" || s.norms[j] === "such" && s.norms[j + 1] === "as") && j < to) {
    const at = s.norms[j] === "like" ? j + 1 : j + 2;
    if (/^(?:this|these|that|those|the)$/.test(s.norms[at] ?? "")) {
      const inner = s.norms[at] === "the" ? findReferent(s, at, Math.min(to, at + 4), true) : void 0;
      if (s.norms[at] !== "the") return { pointing: /^th(?:is|ese)$/.test(s.norms[at]) ? "self" : "anaphoric", end: at + 1 };
      if (inner) return { pointing: inner.pointing, end: tokenIndexAt(s, inner.end) + 1 };
    }
  }
  const reader = readerClause(s, j, s.tokens.length);
  if (reader) return reader;
  const dx = referentSense(s, j, "deixis");
  if (dx && dx.direction && dx.direction !== "self" && POST_NOMINAL.test(s.norms[j])) return { pointing: dx.direction, end: s.hitAt[j].to };
  if (s.norms[j] === "there" && s.tokens[j + 1] && (has(s.tokens[j + 1], "cop") || has(s.tokens[j + 1], "aux") || has(s.tokens[j + 1], "modal"))) return { pointing: "anaphoric", end: j + 1 };
  const cl = referentSense(s, j, "clause");
  if (cl && cl.direction && /follow/.test(cl.lemma)) return { pointing: cl.direction, end: s.hitAt[j].to };
  if (/^(?:follows|follow)$/.test(s.norms[j] ?? "") && (j + 1 >= s.tokens.length || s.tokens[j + 1].kind === "punct" || /^(?:below|here|now)$/.test(s.norms[j + 1]))) return { pointing: "forward", end: j + 1 };
  if (referentSense(s, j, "participle") || s.tokens[j] && (has(s.tokens[j], "part") || has(s.tokens[j], "past"))) {
    const after = j + 1;
    const d2 = referentSense(s, after, "deixis");
    if (d2 && d2.direction && POST_NOMINAL.test(s.norms[after])) return { pointing: d2.direction, end: s.hitAt[after].to };
    if (referentSense(s, j, "participle") && s.tokens[after] && /^(?:in|on|by|within|throughout|here|herein)$/.test(s.norms[after])) {
      const inner = findReferent(s, after + 1, Math.min(to, after + 6));
      if (inner) return { pointing: inner.pointing, end: Math.max(after + 1, tokenIndexAt(s, inner.end) + 1) };
      if (s.norms[after] === "here" || s.norms[after] === "herein") return { pointing: "self", end: after + 1 };
    }
    j++;
  }
  if (s.tokens[j] && /^(?:in|on|of|within|throughout|from)$/.test(s.norms[j])) {
    const inner = findReferent(s, j + 1, Math.min(to, j + 6), true);
    if (inner && inner.pointing !== "definite") return { pointing: inner.pointing, end: tokenIndexAt(s, inner.end) + 1 };
  }
  const side = SIDE[s.norms[j] ?? ""];
  if (side) {
    const inner = findReferent(s, j + 1, Math.min(to, j + 6), true);
    if (inner && inner.pointing === "self") return { pointing: side, end: tokenIndexAt(s, inner.end) + 1 };
  }
  return null;
}
function tokenIndexAt(s, charEnd) {
  for (let k = s.tokens.length - 1; k >= 0; k--) if (s.tokens[k].end <= charEnd) return k;
  return 0;
}
var isReferentSense = (x) => x.class === "referent" && x.role !== "source";
var isReportingSense = (x) => x.class === "reporting";
function agentBefore(s, i, from) {
  for (let k = i - 1; k >= Math.max(from, i - 4); k--) {
    if (s.norms[k] === "by" || s.norms[k] === "from") return true;
    const t = s.tokens[k];
    if (t.kind !== "word" || !(has(t, "det") || has(t, "adj") || has(t, "noun") || has(t, "propn")) || isVerbal(t)) return false;
  }
  return false;
}
var pointsAtText = (r) => r.pointing === "forward" || r.pointing === "backward" || r.pointing === "self";
function referentRank(x) {
  return x.pointing === "forward" || x.pointing === "backward" ? 4 : x.answer ? 3 : x.speaker ? 1.5 : x.pointing === "self" ? 2 : x.pointing === "anaphoric" ? 1.6 : 0.5;
}
function findReferent(s, from, to, nested = false) {
  let best;
  let agent = false;
  const better = (r) => {
    if (!best || referentRank(r) > referentRank(best) && !agent) best = r;
  };
  const span = (a, b) => charSpan(s, a, Math.min(b, to));
  for (let i = from; i < to; i++) {
    if (s.norms[i] === "what" || /^(?:you|we)(?:'ve|'re|'ll)?$/.test(s.norms[i]) && (i === from || /^(?:and|but|so|now|as)$/.test(s.norms[i - 1]))) {
      const reading = readerClause(s, s.norms[i] === "what" ? i + 1 : i, s.tokens.length);
      if (reading && (s.norms[i] === "what" || reading.pointing !== "self")) {
        better({ ...span(i, reading.end), role: "clause", pointing: reading.pointing, answer: false, speaker: false, readTo: reading.end });
        continue;
      }
    }
    const hit = s.hitAt[i];
    if (!hit || hit.from !== i) continue;
    agent = agentBefore(s, i, from);
    const sense = hit.senses.find(isReferentSense);
    if (!sense) {
      const det = i > from ? POINTING_DET[s.norms[i - 1]] : void 0;
      if (!det || !hit.senses.some(isReportingSense)) continue;
      if (has(s.tokens[i], "part") || has(s.tokens[i], "past")) {
        let k = hit.to;
        while (k < to - 1 && s.tokens[k].kind === "word" && (has(s.tokens[k], "adj") || has(s.tokens[k], "noun") || has(s.tokens[k], "propn")) && !isVerbal(s.tokens[k]) && s.tokens[k + 1].kind === "word" && (has(s.tokens[k + 1], "noun") || has(s.tokens[k + 1], "propn")) && !has(s.tokens[k + 1], "cop")) k++;
        const head = s.tokens[k];
        if (head && head.kind === "word" && (has(head, "noun") || has(head, "propn")) && !has(head, "cop")) better({ ...span(i - 1, k + 1), role: "participle", pointing: det, answer: false, speaker: false });
      } else if (has(s.tokens[i], "ger") && !(s.tokens[hit.to] && (has(s.tokens[hit.to], "noun") || has(s.tokens[hit.to], "det")))) {
        better({ ...span(i - 1, hit.to), role: "noun", pointing: det, answer: false, speaker: false });
      }
      continue;
    }
    switch (sense.role) {
      case "clause":
        better({ ...span(i, hit.to), role: "clause", pointing: sense.direction ?? "self", answer: false, speaker: false });
        break;
      case "deixis": {
        const noun = compoundHead(s, nextNoun(s, hit.to, to), to);
        if (noun >= 0) {
          const ns = referentSense(s, noun);
          const after = pointerAfter(s, s.hitAt[noun].to, to);
          const nsize = ns.size === "sentence" && ns.form === "plural" ? "block" : ns.size;
          better({
            ...span(i, after ? after.end : s.hitAt[noun].to),
            role: ns.role ?? "noun",
            pointing: after && (sense.direction === "self" || !sense.direction) ? after.pointing : sense.direction ?? "self",
            size: nsize,
            answer: ns.role === "answer" || ns.size === "answer",
            speaker: false
          });
        } else if (s.norms[i] === "here") {
          const next = s.tokens[hit.to];
          const presents = i === 0 && next && /^(?:it|they)$/.test(next.norm) && s.tokens.slice(hit.to + 2).every((t) => t.kind === "punct");
          const verb = presents ? s.tokens[hit.to + 1] : next;
          if (i === from && verb && (has(verb, "cop") || /^(?:comes|come|follows|goes)$/.test(verb.norm))) better({ ...span(i, hit.to), role: "deixis", pointing: "forward", answer: false, speaker: false });
          else if (/^here's$/.test(s.norms[i])) better({ ...span(i, hit.to), role: "deixis", pointing: "forward", answer: false, speaker: false });
        } else if (sense.direction && sense.direction !== "self" && !prepositional(s, i, hit.to) && !beforeWorldNoun(s, hit.to) && !beforeLexicalVerb(s, i, hit.to)) {
          better({ ...span(i, hit.to), role: "deixis", pointing: sense.direction, answer: false, speaker: false });
        } else if (/^(?:this|these|herein)$/.test(s.norms[i]) && !nested) {
          const next = s.tokens[hit.to];
          const after = s.tokens[hit.to + 1];
          const determines = !!next && has(next, "noun") && !!after && after.kind === "word" && (has(after, "aux") || has(after, "cop") || has(after, "modal"));
          if (s.norms[i] === "herein" || !next || next.kind !== "word" || isVerbal(next) && !determines || has(next, "prep") || has(next, "conj") || has(next, "adv") || /^(?:a|an|the)$/.test(next.norm) && REGARDS.test(s.norms[i - 1] ?? "")) better({ ...span(i, hit.to), role: "pronoun", pointing: "self", answer: false, speaker: false });
          else if (next.norm === "one" && !(s.tokens[hit.to + 1] && has(s.tokens[hit.to + 1], "noun") && !isVerbal(s.tokens[hit.to + 1]))) better({ ...span(i, hit.to + 1), role: "pronoun", pointing: "self", answer: false, speaker: false });
        }
        break;
      }
      case "noun":
      case "described":
      case "answer": {
        let quantifier = -1;
        const after = pointerAfter(s, hit.to, to);
        const det = i > from ? s.norms[i - 1] : "";
        const detPointing = POINTING_DET[det];
        const possessor = i > from && /'s$/.test(s.norms[i - 1]) && referentSense(s, i - 1, "answer");
        if (after) {
          better({ ...span(detPointing ? i - 1 : i, after.end), role: sense.role, pointing: after.pointing, size: sense.size === "sentence" && sense.form === "plural" ? "block" : sense.size, answer: sense.role === "answer" || sense.size === "answer", speaker: false });
        } else if (sense.role === "answer" || possessor) {
          const answerNoun = sense.role === "answer" ? nextNoun(s, hit.to, to, 2) : i;
          const addressee = /^(?:you|your|yourself)$/.test(s.norms[i]);
          const named = addressee && answerNoun < 0 ? namedByAddressee(s, i) : void 0;
          if (named) {
            better(named);
            break;
          }
          if (addressee && answerNoun < 0 && (s.norms[i] !== "you" || i > from && !/^(?:if|when|and|but|so|because|that)$/.test(s.norms[i - 1]))) break;
          better({ ...span(detPointing ? i - 1 : i, answerNoun >= 0 ? s.hitAt[answerNoun].to : hit.to), role: "answer", pointing: detPointing === "self" ? "self" : "definite", size: "answer", answer: true, speaker: false, addressee: addressee && answerNoun < 0 });
        } else if (participleBefore(s, i, from)) {
          const p = participleBefore(s, i, from);
          better({ ...span(p.det, hit.to), role: sense.role, pointing: p.pointing, size: sense.size, answer: false, speaker: false });
        } else if (detPointing && (sense.role === "noun" || detPointing === "self" || referentSense(s, i - 2, "participle"))) {
          const isMine = det === "my" || det === "our";
          const counted2 = /^(?:both|each|either)$/.test(det);
          const possessed = det === "its" || det === "their";
          better({ ...span(i - 1, hit.to), role: sense.role, pointing: detPointing, size: sense.size, answer: (isMine || counted2 || possessed) && sense.size === "answer", speaker: isMine });
        } else if (i > from + 1 && referentSense(s, i - 1, "participle") && POINTING_DET[s.norms[i - 2]]) {
          better({ ...span(i - 2, hit.to), role: sense.role, pointing: POINTING_DET[s.norms[i - 2]], size: sense.size, answer: false, speaker: false });
        } else if (sense.size === "answer" && (quantifier = quantifiedAt(s, i, from)) >= 0) {
          better({ ...span(quantifier, hit.to), role: sense.role, pointing: "definite", size: sense.size, answer: true, speaker: false });
        }
        break;
      }
      case "participle": {
        const d = referentSense(s, hit.to, "deixis");
        const prevNoun = i > from && s.tokens[i - 1].kind === "word" && (has(s.tokens[i - 1], "noun") || has(s.tokens[i - 1], "propn"));
        if (d && d.direction && d.direction !== "self") better({ ...span(prevNoun ? i - 1 : i, hit.to + 1), role: "participle", pointing: s.norms[hit.to] === "here" ? "self" : d.direction, answer: false, speaker: false });
        else if (prevNoun && POINTING_DET[s.norms[i - 2] ?? ""] && !(s.tokens[hit.to] && s.tokens[hit.to].kind === "word" && (has(s.tokens[hit.to], "prep") || has(s.tokens[hit.to], "det") || has(s.tokens[hit.to], "noun") && !isVerbal(s.tokens[hit.to]))))
          better({ ...span(i - 2, hit.to), role: "participle", pointing: POINTING_DET[s.norms[i - 2]], answer: false, speaker: false });
        else {
          const det = i > from ? POINTING_DET[s.norms[i - 1]] : void 0;
          let k = hit.to;
          while (k < to && s.tokens[k].kind === "word" && (has(s.tokens[k], "adj") || has(s.tokens[k], "propn")) && !has(s.tokens[k], "noun")) k++;
          if (det && k < to && s.tokens[k].kind === "word" && (has(s.tokens[k], "noun") || has(s.tokens[k], "propn"))) better({ ...span(i - 1, k + 1), role: "participle", pointing: det, answer: false, speaker: false });
        }
        break;
      }
      case "quantifier": {
        const said = /^(?:i|you|we|they)$/.test(s.norms[hit.to] ?? "") ? [hit.to + 1, hit.to + 2].find((k) => k < to && WRITES.test(s.norms[k])) : void 0;
        if (said !== void 0) {
          better({ ...span(i, said + 1), role: "quantifier", pointing: "self", answer: false, speaker: false });
          break;
        }
        for (let k = hit.to; k < Math.min(to, hit.to + 4); k++) {
          if (/^(?:of|in|here|herein|above|below|that|said|written|stated)$/.test(s.norms[k])) {
            if (/^(?:here|herein)$/.test(s.norms[k])) {
              better({ ...span(i, k + 1), role: "quantifier", pointing: "self", answer: false, speaker: false });
              break;
            }
            if (/^(?:above|below)$/.test(s.norms[k])) {
              better({ ...span(i, k + 1), role: "quantifier", pointing: s.norms[k] === "above" ? "backward" : "forward", answer: false, speaker: false });
              break;
            }
            let end = k + 1;
            while (end < Math.min(to, k + 8) && !(isVerbal(s.tokens[end]) && !has(s.tokens[end], "noun") && !has(s.tokens[end], "adj"))) end++;
            const inner = findReferent(s, k + 1, end, true);
            if (inner && !inner.speaker) better({ ...inner, start: s.tokens[i].start, role: "quantifier" });
            else if (!inner && s.norms[k] === "of" && /^(?:this|these)$/.test(s.norms[k + 1] ?? "") && end === k + 2) better({ ...span(i, k + 2), role: "quantifier", pointing: "self", answer: false, speaker: false });
            break;
          }
        }
        const after = s.tokens[hit.to];
        if (!best && /^(?:everything|nothing|none|all|anything)$/.test(s.norms[i]) && !nested && !/^(?:of|in|that|who|which|the|a|an|my|your|his|her|our|their|its)$/.test(s.norms[hit.to] ?? "") && !(after && after.kind === "word" && (has(after, "noun") || has(after, "adj")) && !has(after, "cop") && !has(after, "aux") && !has(after, "modal"))) {
          better({ ...span(i, hit.to), role: "quantifier", pointing: "anaphoric", answer: false, speaker: false });
        }
        break;
      }
      case "pronoun": {
        const next = s.tokens[hit.to];
        const prev = s.tokens[i - 1];
        const opensClause2 = !!next && next.kind === "word" && !has(next, "cop") && !has(next, "aux") && !has(next, "modal") && !has(next, "prep");
        if (s.norms[i] === "which" && s.tokens.slice(0, i).some((t) => t.kind === "word")) break;
        let opener = i - 2;
        while (opener >= 0 && /^(?:please|so|then|just)$/.test(s.norms[opener])) opener--;
        const instructionVerb = !!prev && has(prev, "inf") && !opensClause2 && (opener < 0 || s.tokens[opener].kind === "punct");
        if (s.norms[i] === "that" && prev && !instructionVerb && !has(prev, "prep") && (has(prev, "noun") || has(prev, "propn") || has(prev, "adj") || (isVerbal(prev) || has(prev, "inf") && opensClause2) && !/^(?:made|make|makes|making|believe|trust|confirm|verify|invented|said|wrote|write|fabricated)$/.test(prev.norm))) break;
        if (s.norms[i] !== "it" && next && next.kind === "word" && (has(next, "noun") || has(next, "adj")) && !isVerbal(next) && !has(next, "prep") && next.norm !== "being") break;
        const beforeComma = s.tokens[i - 2];
        if (s.norms[i] === "that" && prev?.text === "," && beforeComma && beforeComma.kind === "word" && (has(beforeComma, "noun") || has(beforeComma, "propn")) && (!isVerbal(beforeComma) || has(s.tokens[i - 3] ?? beforeComma, "det"))) break;
        if (!nested || s.norms[i] === "it") better({ ...span(i, hit.to), role: "pronoun", pointing: "anaphoric", answer: false, speaker: false });
        break;
      }
      case "speaker": {
        const next = s.tokens[hit.to];
        const textNoun = (k) => k >= 0 && !!s.hitAt[k]?.senses.some((x) => x.class === "referent" && (x.role === "noun" || x.role === "described" || x.role === "answer"));
        if (/^(?:my|our)$/.test(s.norms[i]) && next && next.kind === "word" && !textNoun(hit.to) && !textNoun(nextNoun(s, hit.to, to, 3))) break;
        better({ ...span(i, hit.to), role: "speaker", pointing: "self", answer: false, speaker: true });
        break;
      }
    }
  }
  if (!best) {
    for (let i = from; i < to; i++) {
      if (!s.norms[i].includes("'")) continue;
      const m = /^(it|that|this|what)'s$/.exec(s.norms[i]);
      if (m) {
        best = { ...charSpan(s, i, i + 1), role: "pronoun", pointing: m[1] === "this" ? "self" : "anaphoric", answer: false, speaker: false };
        break;
      }
      if (/^you'(?:re|ve|d|ll)$/.test(s.norms[i]) && (i === from || /^(?:if|when|and|but|so|because|that)$/.test(s.norms[i - 1]))) {
        best = { ...charSpan(s, i, i + 1), role: "answer", pointing: s.norms[i] === "you'll" ? "forward" : "definite", size: "answer", answer: true, speaker: false, addressee: true };
        break;
      }
      const sp = /^(i|we)'(?:m|re|ve|d|ll)$/.exec(s.norms[i]);
      if (sp) {
        best = { ...charSpan(s, i, i + 1), role: "speaker", pointing: "self", answer: false, speaker: true };
        break;
      }
    }
  }
  return best;
}
function provenanceLine(s, c, cues) {
  const { norms, tokens } = s;
  if (!/^(?:from|via|per|source|sourced)$/.test(norms[c.from] ?? "") || tokens[c.to]?.text !== ":" || c.head < 0) return void 0;
  let rel = -1;
  for (let k = c.from + 2; k < c.head && rel < 0; k++) if (/^(?:that|who|which|whose)$/.test(norms[k])) rel = k;
  const cue = rel < 0 ? void 0 : cues.find((x) => (x.class === "unreliable" || x.class === "falsity" && x.from > rel) && !x.sense?.positive);
  const body = cue && s.clauses.find((x) => x.from > c.to && x.head >= 0 && !x.imperative && !x.question);
  if (!cue || !body) return void 0;
  const span = charSpan(s, body.from, tokens.length);
  return { class: "unreliable", form: "label", ...cueSpan(s, cue), claimStart: span.start, claimEnd: span.end, counterfactual: false };
}
function boundaryLine(s, c, cues) {
  const { norms, tokens } = s;
  const v = c.head;
  if (v < 0 || !BOUNDARY.test(norms[v]) || !/(?:s|ed|an|gan)$/.test(norms[v])) return void 0;
  const lead = norms.slice(c.from, v);
  let from = -1;
  let to = -1;
  if (lead.length > 0 && lead.every((n) => /^(?:here|thus|so|and|now|hence)$/.test(n)) && lead.some((n) => n === "here" || n === "thus")) [from, to] = [v + 1, c.to];
  else if (norms[c.from] === "here" && v + 1 >= c.to) [from, to] = [c.from + 1, v];
  else if (norms[v + 1] === "here" && v + 2 >= c.to) [from, to] = [c.from, v];
  else if (v + 1 === c.to && tokens[c.to]?.text === ":" && v > c.from) [from, to] = [c.from, v];
  if (from < 0 || to <= from) return void 0;
  const cue = cues.find((x) => x.from >= from && x.to <= to && !x.sense?.positive);
  if (!cue) return void 0;
  const namesText = (k) => [...sensesAt(s, k), ...structureOf(norms[k]).hits.flatMap((h) => h.senses)].some((x) => x.class === "referent" && (x.role === "noun" || x.role === "described"));
  if (!tokens.slice(from, to).some((_, j) => namesText(from + j))) return void 0;
  const opens = /^(?:open|begin|start)/.test(norms[v]) || /^began$/.test(norms[v]);
  const span = charSpan(s, from, to);
  return { class: cue.class, form: "meta", ...cueSpan(s, cue), referent: { ...span, role: "noun", pointing: opens ? "forward" : "backward", size: "document", answer: false, speaker: false }, probability: cue.probability, counterfactual: cue.counterfactual };
}
function keyQuality(key) {
  return key.split(" ").reverse().map((w) => structureOf(w).hits[0]?.senses.find((x) => EPISTEMIC_SET3.has(x.class) && x.positive)).find(Boolean);
}
function headlineSubject(s, c, arg) {
  const verb = s.tokens[c.head];
  if (!verb || c.head !== arg.to || arg.from !== c.from || !(has(verb, "part") || has(verb, "past")) || has(s.tokens[arg.from], "det") || arg.to - arg.from > 3) return false;
  const head = arg.to - 1;
  return s.tokens.slice(arg.from, arg.to).every((t) => t.kind === "word" && !has(t, "pron")) && !!s.hitAt[head]?.senses.some((x) => x.class === "referent" && (x.role === "noun" || x.role === "described"));
}
function producerText(s, c) {
  const end = c.head >= 0 ? c.head : c.to;
  for (let k = c.from; k < end; k++) {
    const of = /^(?:of|behind)$/.test(s.norms[k + 1] ?? "");
    if (!sensesAt(s, k).some((x) => x.class === "referent" && (x.role === "source" || x.role === "speaker" && of))) continue;
    const prev = s.norms[k - 1] ?? "";
    if (prev === "its") return { ...charSpan(s, k - 1, k), role: "pronoun", pointing: "anaphoric", answer: false, speaker: false };
    if (of) {
      const r = findReferent(s, k + 2, Math.min(c.to, k + 8));
      if (r && !r.speaker && !r.addressee && !r.answer && (r.role !== "pronoun" || r.pointing === "self")) return r;
    }
  }
  return void 0;
}
var PUBLISHED = /^(?:posted|published|printed|ran|appeared|shared|circulated|uploaded|found|written|reposted)$/;
function madeText(s, c) {
  for (let k = c.from; k < c.to - 1; k++) {
    if (!isVerbal(s.tokens[k]) || !(hasClass(s, k, "production") || PUBLISHED.test(s.norms[k]))) continue;
    const r = findReferent(s, k + 1, c.to);
    if (r && !r.answer && !r.addressee && !r.speaker) return r;
  }
  return void 0;
}
function speakerDoes(s, c, k) {
  let j = k - 1;
  while (j >= c.from && s.tokens[j].kind === "word" && (has(s.tokens[j], "adv") || has(s.tokens[j], "aux") || has(s.tokens[j], "cop"))) j--;
  return j >= c.from && /^(?:i|we)$/.test(s.norms[j]);
}
function namedByAddressee(s, you) {
  const verb = s.tokens[you + 1];
  if (s.norms[you] !== "you" || !verb || verb.kind !== "word" || !isVerbal(verb) || has(verb, "cop")) return void 0;
  let start = you - 1;
  if (s.norms[start] !== "what") {
    const noun = s.tokens[start];
    const determined = start > 0 && (!!POINTING_DET[s.norms[start - 1]] || has(s.tokens[start - 1], "det"));
    if (start < 0 || !noun || noun.kind !== "word" || !(has(noun, "noun") || has(noun, "propn") || determined && has(noun, "inf")) || has(noun, "pron")) return void 0;
    while (start > 0 && start > you - 5 && !POINTING_DET[s.norms[start]] && !/^(?:a|an)$/.test(s.norms[start])) {
      const t = s.tokens[start - 1];
      if (t.kind !== "word" || !(has(t, "adj") || has(t, "noun") || has(t, "det") || has(t, "num"))) return void 0;
      start--;
    }
    if (!POINTING_DET[s.norms[start]] && !/^(?:a|an)$/.test(s.norms[start])) return void 0;
  }
  const end = /^(?:me|us)$/.test(s.norms[you + 2] ?? "") ? you + 3 : you + 2;
  return { ...charSpan(s, start, end), role: "answer", pointing: has(verb, "past") ? "backward" : "definite", size: "answer", answer: true, speaker: false };
}
var QUOTED = /^\W*["“„«][^"“”„«»]+["”»]\W*$/u;
var QUOTES_ONE = /^[^"“„«]{0,60}\b(?:writes?|wrote|says?|said|claims?|claimed|answers?|answered|puts?|types?|typed)(?:\s*[:,])?\s*["“„«][^"“”„«»]+["”»]\W*$/iu;
function isMention(text) {
  return QUOTED.test(text) || QUOTES_ONE.test(text);
}
var PROPOSITION = /^(?:notion|idea|claim|belief|assertion|suggestion|story|tale|rumou?r|view|assumption|contention|theory|allegation|myth|misconception|legend|perception|impression|report|statement|premise|argument|hypothesis|thesis|narrative|saying|canard|trope|meme|notions|ideas|claims|beliefs|assertions|stories|tales|rumou?rs|myths|misconceptions|legends|reports|statements|reports|suggestions|allegations)$/;
function habitualFalsity(s, c, probs) {
  if (c.head < 0 || c.imperative || c.question || c.negated) return void 0;
  let habit = -1;
  for (let k = c.from; k < c.to && habit < 0; k++) {
    const sense = sensesAt(s, k).find((x) => x.class === "habit");
    if (sense && (sense.role !== "exposure" || exposedPassive(s, k))) habit = k;
  }
  if (habit < 0) return void 0;
  const from = /^(?:that|who|which)$/.test(s.norms[c.from] ?? "") ? c.from + 1 : c.from;
  const subjectTo = Math.max(from, Math.min(c.head, habit));
  const subject = findReferent(s, from, subjectTo);
  if (subject && !subject.speaker && subject.role !== "pronoun" && !s.tokens.slice(from, subjectTo).some((_, j) => sensesAt(s, from + j).some((x) => x.class === "referent" && x.role === "source")) && !producerText(s, c)) return void 0;
  if (subject?.addressee) return void 0;
  const comma = s.tokens.findIndex((t, k) => k > habit && k < c.to && t.kind === "punct");
  return cuesIn(s, habit + 1, comma < 0 ? c.to : comma, probs).find((x) => (x.class === "falsity" || x.class === "unreliable") && !x.sense?.positive);
}
function exposedPassive(s, k) {
  if (PASSIVE_AUX.test(s.norms[k - 1] ?? "")) return true;
  const next = s.tokens[k + 1];
  return s.norms[k] !== infinitiveOf(s.norms[k]) && next !== void 0 && (next.norm === "for" || has(next, "ger") && !has(next, "noun"));
}
function remakes(s) {
  for (let k = 0; k + 2 < s.tokens.length; k++) {
    if (!/^(?:make|makes|making)$/.test(s.norms[k]) || !/^(?:it|this|that|these|them)$/.test(s.norms[k + 1])) continue;
    const next = s.norms[k + 2];
    if (/^(?:more|less|sound|read|look)$/.test(next) || lexiconTags(next).includes("Comparative")) return true;
  }
  return false;
}
var INTRODUCES = /^(?:goes|went|go|reads|read|ran|runs|says|said|announced|announces|stated|states|declared|declares|claimed|claims|proclaimed|insisted|wrote|writes|posted|posts)$/;
var FRONTED_SOURCE = /^(?:per|via)$/;
var PREPOSITIONAL_OPERATOR = /^(?:contrary to|despite)$/;
var boundaryVerb = (norm) => BOUNDARY.test(norm) || norm === "follows";
var EXPLETIVE_IT = /^(?:it|it's|'tis)$/;
var PASSIVE_AUX = /^(?:was|were|been|be|being|is|are|got|gets|get|getting)$/;
var PERSON_SUBJECT = /^(?:he|she|they|he's|she's|they're)$/;
var SAY_VERBS = /^(?:say|claim|suggest|assert|argue|insist|believe|think|state|maintain|hold|pretend|assume|imagine|suppose)$/;
function statedProbabilities(text) {
  const estimates = estimateVerbs(text);
  if (estimates.length === 0 && !mayMentionProbability(text)) return [];
  const nearProb = (start, end) => mentionsProbability(text, start - 45, end + 30) || estimates.some((at) => estimatedText(text, at, start));
  return probabilitiesIn(text, nearProb).filter((p) => p.notation || nearProb(p.start, p.end));
}
function estimateVerbs(text) {
  const { hits, tokens } = lexicalHits(text);
  return hits.filter((h) => h.senses.some((x) => x.role === "estimate")).map((h) => tokens[h.to - 1].end);
}
var AT_NUMBER = new RegExp(String.raw`^([^.;:!?]{1,90}?)${GIVEN_AT}$`, "i");
function estimatedText(text, verbEnd, start) {
  if (verbEnd >= start) return false;
  const m = AT_NUMBER.exec(text.slice(verbEnd, start));
  if (!m) return false;
  const object = structureOf(m[1]);
  const r = findReferent(object, 0, object.tokens.length);
  return !!r && r.role !== "pronoun" && !r.speaker && !r.addressee && pointsAtText(r);
}
function mayState(text) {
  const { hits, negates } = lexicalHits(text);
  if (hits.some((h) => {
    const sense = epistemicSense(h);
    return sense !== void 0 && (!sense.positive || negates);
  })) return true;
  if (hits.length > 0 && LOW_VALUE_IN.test(text)) return true;
  return statedProbabilities(text).some((p) => p.value <= LOW_PROBABILITY);
}
function mayPoint(text) {
  return lexicalHits(text).hits.some((h) => h.senses.some((x) => x.class === "referent" && x.role !== "source" || x.class === "reporting"));
}
var ATTENTION = new RegExp("^\\W*(?:(?:(?:the\\s+)?readers?|you|viewers|listeners|users)\\s+(?:should|must|need\\s+to|may\\s+wish\\s+to|are\\s+(?:asked|invited|advised|reminded)\\s+to|is\\s+(?:asked|invited|advised|reminded)\\s+to)\\s+(?:also\\s+)?(?=(?:know|understand|note|remember|be\\s+aware|bear|keep)\\b)|(?:(?:the\\s+)?readers?|you)\\s+(?:are|is)\\s+(?=(?:reminded|advised)\\b)|(?:please|pls|kindly|also|just)\\s+)?(?:note|notice|remember|reminded|advised|be\\s+(?:aware|advised)|keep\\s+in\\s+mind|bear\\s+in\\s+mind|understand|know)(?:\\s+that)?[,:]?\\s+(?=\\p{L})", "iu");
function analyse(text) {
  const attention = ATTENTION.exec(maskGluedTag(text));
  if (attention) {
    const inner = analyse(text.slice(attention[0].length));
    if (inner.statements.length > 0 && !inner.imperative && !inner.question) return shifted(inner, attention[0].length);
  }
  const s = structureOf(text);
  const { tokens, norms } = s;
  const probs = statedProbabilities(text).map((p) => ({ value: p.value, from: tokenIndexAtChar(s, p.start), to: tokenIndexAtChar(s, p.end - 1) + 1 }));
  const out = [];
  const fragment = s.clauses.every((c) => c.head < 0);
  const question = s.clauses.some((c) => c.question) && /\?\s*["'”’)\]*]*\s*$/.test(text);
  const imperative = s.clauses.length > 0 && s.clauses[0].imperative;
  let meta = false;
  let textual2 = false;
  let handsOver = false;
  const pointing = [];
  const sourceCues = [];
  const push2 = (st) => {
    if (st.class === "improbable" && st.probability === void 0 && st.claimStart !== void 0 && st.claimStart <= st.cueStart && st.cueEnd <= st.claimEnd && /\b(?:more|less|as|most|least)\s+$/i.test(text.slice(Math.max(0, st.cueStart - 8), st.cueStart))) return;
    if (!out.some((o) => o.class === st.class && o.form === st.form && o.cueStart === st.cueStart && o.claimStart === st.claimStart)) out.push(st);
  };
  let ratedValue;
  if (s.label) {
    let labelCues = cuesIn(s, s.label.from, s.label.to, probs);
    const noticeKey = s.hits.some((h) => h.from >= s.label.from && h.to <= s.label.to && h.senses.some((x) => x.class === "notice" || x.class === "probability"));
    const bodyCues = noticeKey ? cuesIn(s, s.label.sep + 1, tokens.length, probs) : [];
    const bodyArg = { from: s.label.sep + 1, to: tokens.length, relation: "fragment" };
    let valueEnd = tokens.length;
    for (let k = s.label.sep + 2; k < tokens.length; k++) if (/^(?:—|–|--|;)$/.test(tokens[k].text)) {
      valueEnd = k;
      break;
    }
    const value = s.label.sep + 1 < valueEnd ? text.slice(tokens[s.label.sep + 1].start, tokens[valueEnd - 1].end).replace(/[\s.!*_]+$/, "") : "";
    const quality = LOW_VALUE.test(value) ? keyQuality(s.norms.slice(s.label.from, s.label.to).join(" ")) : void 0;
    const denied = quality && (quality.class === "unverified" || quality.class === "falsity" || quality.class === "unreliable") ? { class: quality.class } : void 0;
    const headed = denied ? [] : bodyCues.filter((c) => headCue(s, c, bodyArg));
    if (labelCues.length === 0 && headed.length && (!hasWords(s, s.label.sep + 1, tokens.length, 9) || !s.clauses.some((c) => c.from > s.label.sep && c.head >= 0 && findReferent(s, c.from, c.to)))) {
      const keyReferent = findReferent(s, s.label.from, s.label.to);
      for (const c of headed) push2({ class: c.class, form: keyReferent && !keyReferent.speaker ? "meta" : "label", ...cueSpan(s, c), ...keyReferent && !keyReferent.speaker ? { referent: keyReferent } : {}, probability: c.probability, counterfactual: c.counterfactual });
      labelCues = [];
    }
    if (denied) {
      ratedValue = { from: s.label.sep + 1, to: valueEnd };
      const key = charSpan(s, s.label.from, s.label.to);
      push2({ class: denied.class, form: "label", cueStart: key.start, cueEnd: key.end, counterfactual: false });
      labelCues = [];
    }
    const bodyFrom = s.label.sep + 1;
    const body = bodyFrom < tokens.length ? charSpan(s, bodyFrom, tokens.length) : void 0;
    const bodyIsMeta = s.clauses.some((c) => {
      if (c.from < bodyFrom) return false;
      const r = findReferent(s, c.from, c.to);
      if (cuesIn(s, c.from, c.to, probs).length === 0) return !!r && !r.speaker && !r.addressee && r.role !== "pronoun" && (r.pointing === "forward" || r.pointing === "backward" || r.pointing === "self" || r.answer && labelCues.some((x) => x.class === "bad-example"));
      return !!r && !r.speaker && r.role !== "pronoun";
    });
    const labelVerb = tokens[s.label.from];
    const saying = !!labelVerb && (hasClass(s, s.label.from, "production") || /^(?:give|tell|say|answer|reply|respond|state|write|list)$/.test(labelVerb.norm));
    const instructs = !!labelVerb && saying && has(labelVerb, "inf") && !hasClass(s, s.label.from, "falsity") && labelCues.some((c) => c.from > s.label.from && c.class === "falsity");
    if (instructs) {
      for (const c of labelCues) if (c.class === "falsity") push2({ class: c.class, form: "request", ...cueSpan(s, c), counterfactual: false });
      labelCues = [];
    }
    const reporter = INTRODUCES.test(norms[s.label.to - 1] ?? "") ? labelCues.find((c) => c.class === "falsity" || c.class === "unreliable" || c.class === "unverified") : void 0;
    if (reporter && body && (hasWords(s, bodyFrom, tokens.length, 3) || isMention(text.slice(body.start, body.end)))) {
      push2({ class: reporter.class === "falsity" ? "unreliable" : reporter.class, form: "embedded", ...cueSpan(s, reporter), claimStart: body.start, claimEnd: body.end, counterfactual: false, wrapper: "report" });
      labelCues = [];
    }
    const answerLabel = s.hits.some((h) => h.from >= s.label.from && h.to <= s.label.to && h.senses.some((x) => x.class === "referent" && (x.role === "answer" || x.size === "answer")));
    const backward = labelCues.filter((c) => c.sense?.direction === "backward");
    if (backward.length) {
      for (const c of backward) push2({ class: c.class, form: "label", ...cueSpan(s, c), counterfactual: false, backward: true });
      labelCues = labelCues.filter((c) => !backward.includes(c));
    }
    const labelArg = { from: s.label.from, to: s.label.to, relation: "fragment" };
    labelCues = labelCues.filter((c) => headCue(s, c, labelArg, c.class === "unreliable" && norms[s.label.from] === "from"));
    const labelWords = tokens.slice(s.label.from, s.label.to).filter((t) => t.kind === "word" && t.norm.length > 3);
    if (labelWords.length >= 3 && labelWords.every((t) => new RegExp("^\\p{Lu}\\p{Ll}", "u").test(t.text))) labelCues = [];
    const bodyStates = answerLabel || labelCues.every((c) => c.class === "bad-example") || s.clauses.some((c) => c.from >= bodyFrom && c.head >= 0 && !c.imperative && !c.question) || !!body && labelCues.every((c) => c.class !== "fiction") && isMention(text.slice(body.start, body.end));
    if (labelCues.length && body && !bodyIsMeta && bodyStates && hasWords(s, bodyFrom, tokens.length, answerLabel ? 1 : 2)) {
      for (const c of labelCues) push2({ class: c.class, form: "label", ...cueSpan(s, c), claimStart: body.start, claimEnd: body.end, probability: c.probability, counterfactual: c.counterfactual });
    } else if (labelCues.length && (!body || !hasWords(s, bodyFrom, tokens.length, 2) || bodyIsMeta || !bodyStates)) {
      for (const c of labelCues) push2({ class: c.class, form: "label", ...cueSpan(s, c), probability: c.probability, counterfactual: c.counterfactual });
    }
  }
  if (!s.label) {
    const colon = tokens.findIndex((t) => t.text === ":");
    let v = colon - 1;
    while (v > 0 && /^(?:this|follows|like|as|something|roughly|approximately|more|or|less|basically)$/.test(norms[v])) v--;
    if (colon > 2 && v > 0 && INTRODUCES.test(norms[v]) && (hasWords(s, colon + 1, tokens.length, 3) || colon + 1 < tokens.length && isMention(text.slice(tokens[colon + 1].start)))) {
      const reporter = cuesIn(s, 0, v, probs).find((c) => c.class === "falsity" || c.class === "unreliable" || c.class === "unverified");
      const body = charSpan(s, colon + 1, tokens.length);
      if (reporter) push2({ class: reporter.class === "falsity" ? "unreliable" : reporter.class, form: "embedded", ...cueSpan(s, reporter), claimStart: body.start, claimEnd: body.end, counterfactual: false, wrapper: "report" });
    }
  }
  let verdictAfter = tokens.length;
  const lastClause = s.clauses[s.clauses.length - 1];
  if (lastClause && s.clauses.length >= 2 && lastClause.head < 0 && tokens[lastClause.from - 1]?.text === ":" && wordsBetween(s, lastClause.from, lastClause.to) <= 3) {
    const verdict = cuesIn(s, lastClause.from, lastClause.to, probs).filter((cue) => cue.class === "falsity" || cue.class === "unverified");
    const before2 = s.clauses.filter((x) => x !== lastClause && x.head >= 0 && !x.imperative && !x.question);
    if (verdict.length && before2.length === s.clauses.length - 1) {
      const span = charSpan(s, before2[0].from, before2[before2.length - 1].to);
      for (const cue of verdict) push2({ class: cue.class, form: "label", ...cueSpan(s, cue), claimStart: span.start, claimEnd: span.end, counterfactual: false });
      verdictAfter = lastClause.from - 1;
    }
  }
  const bar = tokens.findIndex((t) => t.text === "||" || t.text === "|");
  if (verdictAfter === tokens.length && bar > 0 && wordsBetween(s, bar + 1, tokens.length) <= 4) {
    const verdict = cuesIn(s, bar + 1, tokens.length, probs).filter((cue) => cue.class === "falsity" || cue.class === "unverified" || cue.class === "improbable");
    const before2 = s.clauses.filter((x) => x.to <= bar && x.head >= 0 && !x.imperative && !x.question);
    if (verdict.length && before2.length) {
      let end = before2[before2.length - 1].to;
      while (end < bar && /^[.!?]+$/.test(tokens[end].text)) end++;
      const span = charSpan(s, before2[0].from, end);
      for (const cue of verdict) push2({ class: cue.class, form: "label", ...cueSpan(s, cue), claimStart: span.start, claimEnd: span.end, probability: cue.probability, counterfactual: false });
      verdictAfter = bar;
    }
  }
  const markers = s.clauses.filter((c) => c.to - c.from === 1 && tokens[c.from].kind === "symbol");
  if (markers.length === 1 && s.clauses.length === 2) {
    const m = markers[0];
    const body = s.clauses.find((c) => c !== m);
    const cue = cuesIn(s, m.from, m.to, probs)[0];
    if (cue && body.head >= 0 && !body.imperative && !body.question) {
      const to = body.to < tokens.length && /^[.!?]+$/.test(tokens[body.to].text) ? body.to + 1 : body.to;
      const span = charSpan(s, body.from, to);
      push2({ class: cue.class, form: "label", ...cueSpan(s, cue), claimStart: span.start, claimEnd: span.end, counterfactual: false });
    }
  }
  const tagSpans = [];
  for (let k = 0; k < tokens.length; k++) {
    const open3 = tokens[k].text;
    if (!(open3 === "(" || open3 === "[") || s.label && k < s.label.sep) continue;
    const close = bracketEnd(s, k + 1);
    if (close >= tokens.length || wordsBetween(s, k + 1, close) > 6) continue;
    const tagCues = cuesIn(s, k + 1, close, probs);
    if (tagCues.length === 0 || glosses(s, k + 1, close)) continue;
    tagSpans.push({ from: k + 1, to: close });
    const before2 = s.clauses.filter((x) => x.head >= 0 && x.to <= k);
    let last = before2.length ? before2[before2.length - 1].to : 0;
    while (last < k && /^[.!?]+$/.test(tokens[last].text)) last++;
    const claim = before2.length ? charSpan(s, before2[0].from, last) : void 0;
    const appositive = claim !== void 0 && /^(?:a|an|the|one)$/.test(norms[k + 1] ?? "") && tokens.slice(k + 1, close).some((t) => PROPOSITION.test(t.norm));
    for (const cue of tagCues) push2({ class: cue.class, form: appositive ? "embedded" : "label", ...cueSpan(s, cue), ...claim ? { claimStart: claim.start, claimEnd: claim.end } : {}, probability: cue.probability, counterfactual: false, ...appositive ? { wrapper: "appositive" } : {} });
    k = close;
  }
  const inTag = (c) => tagSpans.some((t) => c.from >= t.from && c.to <= t.to);
  const habits = s.clauses.map((c) => habitualFalsity(s, c, probs));
  for (const [ci, c] of s.clauses.entries()) {
    if (markers.includes(c) || inTag(c) || c.from > verdictAfter) continue;
    const habit = habits[ci];
    const cues = cuesIn(s, c.from, c.to, probs).filter((cue) => (licensed(s, c, cue) || habit?.from === cue.from) && !personsOwn(s, c, cue) && !verifiedAway(s, c, cue) && !(ratedValue && cue.from >= ratedValue.from && cue.to <= ratedValue.to));
    const referent = findReferent(s, c.from, c.to);
    if (referent) meta = true;
    if (referent && !referent.addressee && (referent.role === "noun" || referent.role === "deixis" || referent.role === "clause" || referent.role === "quantifier" || referent.role === "participle" || referent.role === "described")) {
      textual2 = true;
      if (!pointing.includes(referent.pointing)) pointing.push(referent.pointing);
    }
    const polite = c.question && /^(?:can|could|would|will)$/.test(norms[c.from] ?? "") && norms[c.from + 1] === "you";
    let w = c.from;
    while (w + 3 < c.to && !(/^(?:i|we)$/.test(norms[w]) && /^(?:need|want)$/.test(norms[w + 1]) && /^(?:it|this|that|these|them)$/.test(norms[w + 2]) && /^(?:as|in|into)$/.test(norms[w + 3]))) w++;
    const wished = w + 3 < c.to ? findReferent(s, w + 2, w + 3) : void 0;
    const handed = (c.imperative || polite ? referent : void 0) ?? wished;
    if (handed && !c.negated && (handed.role === "noun" || handed.role === "deixis" || handed.role === "pronoun") && !handed.addressee && !handed.speaker && handed.pointing !== "definite") handsOver = true;
    if (cues.length === 0 || c.question && !polite) continue;
    const sourceLine = provenanceLine(s, c, cues);
    if (sourceLine) {
      push2(sourceLine);
      continue;
    }
    const bounded = boundaryLine(s, c, cues);
    if (bounded) {
      textual2 = true;
      meta = true;
      if (!pointing.includes(bounded.referent.pointing)) pointing.push(bounded.referent.pointing);
      push2(bounded);
      continue;
    }
    const embedded = embeddedClaim(s, c, cues);
    if (embedded) {
      for (const st of splitConjoined(s, embedded.statement)) push2({ ...st, counterfactual: false });
      continue;
    }
    if (polite) {
      for (const cue of requestCues(s, c, cues)) push2({ class: cue.class, form: "request", ...cueSpan(s, cue), counterfactual: cue.counterfactual });
      continue;
    }
    if (c.imperative) {
      const request = requestCues(s, c, cues);
      for (const cue of request) push2({ class: cue.class, form: "request", ...cueSpan(s, cue), counterfactual: cue.counterfactual });
      if (referent && !referent.addressee && !referent.speaker && referent.pointing !== "definite") {
        const rFrom = tokenIndexAtChar(s, referent.start);
        const rTo = tokenIndexAtChar(s, referent.end - 1) + 1;
        for (const cue of cues) if (!request.includes(cue) && cue.sense?.pos === "adj" && cue.class !== "disbelief" && cue.class !== "bad-example" && cue.from >= rFrom && cue.to <= rTo) push2({ class: cue.class, form: "meta", ...cueSpan(s, cue), referent, counterfactual: false });
      }
      if (c.head === c.from && /^(?:begin|end|start|stop)$/.test(norms[c.head]) && !c.negated) {
        const named = { from: c.head + 1, to: c.to, relation: "fragment" };
        for (const cue of cues) if (!request.includes(cue) && cue.from > c.head && cue.class !== "disbelief" && headCue(s, cue, named)) push2({ class: cue.class, form: "label", ...cueSpan(s, cue), counterfactual: false });
      }
      if (!c.negated) {
        for (const cue of cues) {
          if (request.includes(cue) || !(norms.slice(Math.max(c.from, cue.from - 3), cue.from).includes("as") || c.head >= 0 && REGARDS.test(norms[c.head]))) continue;
          if (norms.slice(Math.max(c.from, cue.from - 2), Math.min(c.to, cue.to + 2)).includes("or")) continue;
          const arg = argumentOf(s, c, cue.from, cue.to);
          const r = arg?.relation === "object" ? findReferent(s, arg.from, arg.to) : void 0;
          if (r && !r.addressee && !r.speaker) push2({ class: cue.class, form: "meta", ...cueSpan(s, cue), referent: r, counterfactual: false });
        }
      }
      const bare = !hasWords(s, c.head >= 0 ? c.head + 1 : c.from + 1, c.to, 3);
      for (const cue of cues) {
        if (cue.class !== "disbelief" && !(cue.class === "bad-example" && c.negated && cue.sense?.pos !== "adj") || request.includes(cue)) continue;
        if (cue.class === "disbelief" && c.head >= 0 && cue.from >= c.verbEnd && cue.sense?.pos === "verb" && s.norms[cue.from - 1] === "to" && !/^(?:allow|let|permit|cause|use)$/.test(norms[c.verbEnd - 1] ?? "")) continue;
        if (referent && !referent.addressee && objectOf(s, cue, referent)) push2({ class: cue.class, form: "meta", ...cueSpan(s, cue), referent, counterfactual: false });
        else if (bare || !referent && c.head >= 0 && cue.from > c.head + 1 && s.tokens.slice(c.head + 1, cue.from).every((t) => has(t, "prep") || has(t, "det") || has(t, "adj"))) push2({ class: cue.class, form: "notice", ...cueSpan(s, cue), counterfactual: false });
      }
      continue;
    }
    const agentAt = referent ? tokenIndexAtChar(s, referent.start) : -1;
    const agent = !!referent?.answer && PROVENANCE_PREP.test(norms[/^(?:a|an|the|some|one)$/.test(norms[agentAt - 1] ?? "") ? agentAt - 2 : agentAt - 1] ?? "");
    const provenance = referent && !agent ? void 0 : implicitText(s, c) ?? captionBefore(s, c);
    const source = (referent?.answer ? madeText(s, c) : void 0) ?? (agent ? provenance : void 0) ?? referent ?? provenance;
    const sourced = source && !source.addressee && !source.speaker && source.role !== "pronoun" && !topicClause(s, c);
    if (provenance) meta = true;
    const madeThis = (cue) => {
      if (!source || source.role !== "pronoun" || source.pointing !== "self") return false;
      const at = tokenIndexAtChar(s, source.start);
      const verb = /^(?:me|us|him|her|them|you)$/.test(norms[at - 1] ?? "") ? at - 2 : at - 1;
      return cue.to <= verb && hasClass(s, verb, "production");
    };
    const made = !!source && source.role === "pronoun" && !!habit && hasClass(s, tokenIndexAtChar(s, source.start) - 1, "production");
    const deceiver = (x) => x.sense?.role === "deceives";
    const producer = cues.some((x) => x.class === "unreliable" || habit?.from === x.from || deceiver(x)) ? producerText(s, c) : void 0;
    for (const cue of cues) {
      const cls = cue.class === "falsity" && (sourced && inSourcePhrase(s, c, cue) || habit?.from === cue.from || producer && deceiver(cue)) ? "unreliable" : cue.class;
      if (cls === "unreliable" && producer && !sourced) {
        push2({ class: "unreliable", form: "meta", ...cueSpan(s, cue), referent: producer, counterfactual: false });
        continue;
      }
      if (cls === "fiction" && c.head >= 0 && cue.to <= c.head && !c.negated && !c.question && !c.imperative) {
        const made2 = madeText(s, c);
        if (made2 && pointsAtText(made2)) {
          push2({ class: "fiction", form: "meta", ...cueSpan(s, cue), referent: made2, counterfactual: cue.counterfactual });
          continue;
        }
      }
      if (cls === "fiction" && sourced && !provenance && pointsAtText(source) && s.tokens[cue.from].start >= source.end && inSourcePhrase(s, c, cue) && !c.negated) {
        push2({ class: "fiction", form: "meta", ...cueSpan(s, cue), referent: source, counterfactual: cue.counterfactual });
        continue;
      }
      if (cls === "unreliable" && (sourced || made || madeThis(cue))) {
        push2({ class: "unreliable", form: provenance ? "notice" : "meta", ...cueSpan(s, cue), ...provenance ? {} : { referent: source }, counterfactual: false, ...cue.sense?.role === "persona" ? { persona: true } : {} });
        continue;
      }
      const supported = cue.sense?.positive && cue.sense.pos === "noun" && /^(?:for|of|behind)$/.test(norms[cue.to] ?? "") ? findReferent(s, cue.to + 1, c.to) : void 0;
      if (supported && !supported.addressee && !supported.speaker && tokenIndexAtChar(s, supported.start) === cue.to + 1) {
        push2({ class: cue.class, form: "meta", ...cueSpan(s, cue), referent: supported, counterfactual: false });
        continue;
      }
      if (referent?.readTo !== void 0 && cue.from >= referent.readTo && cue.sense?.pos !== "verb" && !c.negated) {
        push2({ class: cue.class, form: "meta", ...cueSpan(s, cue), referent, counterfactual: false });
        continue;
      }
      const arg = cue.probability !== void 0 || norms[cue.to - 1] === "against" ? probabilityArgument(s, c, cue) : argumentOf(s, c, cue.from, cue.to);
      const givenTo = cue.probability !== void 0 && arg ? findReferent(s, arg.from, arg.to) : void 0;
      const rated = !arg || (!referent || referent.speaker) && !(givenTo && !givenTo.speaker) ? hedgedClause(s, c, cue) : void 0;
      if (rated) {
        const span = charSpan(s, norms[rated.from] === "but" ? rated.from + 1 : rated.from, s.tokens.length);
        push2({ class: cue.class, form: "label", ...cueSpan(s, cue), claimStart: span.start, claimEnd: span.end, probability: cue.probability, counterfactual: false });
        continue;
      }
      if ((!arg || attributiveParticiple(s, c, cue)) && subjectlessParticiple(s, c, cue)) {
        const colon = s.tokens.findIndex((t, k) => k >= cue.to && t.text.startsWith(":"));
        const body = colon >= 0 && colon + 1 < s.tokens.length && hasWords(s, colon + 1, s.tokens.length, 3) ? charSpan(s, colon + 1, s.tokens.length) : void 0;
        push2({ class: cue.class, form: body ? "label" : "notice", ...cueSpan(s, cue), ...body ? { claimStart: body.start, claimEnd: body.end } : {}, counterfactual: cue.counterfactual });
        continue;
      }
      if (!arg) {
        if (cue.class === "unverified" && c.negated && c.head > c.from && sensesAt(s, c.from).some((x) => x.class === "referent" && x.role === "speaker")) sourceCues.push({ class: cue.class, ...cueSpan(s, cue), probability: cue.probability, ignorance: true });
        continue;
      }
      if (arg.relation === "fragment") {
        const provenance2 = norms[c.from] === "from";
        const note = cue.class === "fiction" && cue.from === c.from && sensesAt(s, cue.to).some((x) => x.class === "referent" && x.role === "noun");
        if (!headCue(s, cue, arg, provenance2) || !noticeClause(s, c) || !provenance2 && !note && titleOrList(s, c)) continue;
        if (cue.class === "disbelief" && cue.from > c.from + 2) continue;
        const r2 = findReferent(s, arg.from, arg.to);
        if (cue.class === "bad-example" && !(r2 && (r2.answer || r2.size === "answer")) && !namesExample(s, cue) && !(s.label && cue.from >= s.label.from && cue.to <= s.label.to) && !bracketed(s)) continue;
        const body = s.tokens[c.to]?.text === ":" ? s.clauses.find((x) => x.from > c.to && x.head >= 0 && !x.imperative && !x.question) : void 0;
        const bodyPoints = (x) => {
          const br = findReferent(s, x.from, x.to);
          return !!br && !br.speaker && !br.addressee && pointsAtText(br);
        };
        if (body && !bodyPoints(body)) {
          const span = charSpan(s, body.from, s.tokens.length);
          push2({ class: cue.class, form: "label", ...cueSpan(s, cue), claimStart: span.start, claimEnd: span.end, probability: cue.probability, counterfactual: cue.counterfactual });
          continue;
        }
        if (r2 && !r2.addressee && !provenance2) push2({ class: cue.class, form: "meta", ...cueSpan(s, cue), referent: r2, probability: cue.probability, counterfactual: cue.counterfactual });
        else push2({ class: cue.class, form: hasWords(s, c.from, c.to, 7) ? "notice" : "label", ...cueSpan(s, cue), probability: cue.probability, counterfactual: cue.counterfactual });
        continue;
      }
      const r = findReferent(s, arg.from, arg.to) ?? madeUpPart(s, c, cue, arg);
      if (!r && arg.relation === "subject" && headlineSubject(s, c, arg)) {
        push2({ class: cue.class, form: "notice", ...cueSpan(s, cue), probability: cue.probability, counterfactual: cue.counterfactual });
        continue;
      }
      if (!r && hasSource(s, arg.from, arg.to)) sourceCues.push({ class: cue.class, ...cueSpan(s, cue), probability: cue.probability });
      if (!r || expletive(s, c, r)) continue;
      if (cue.class === "falsity" && (cue.sense?.positive || /\bcase\b/.test(cue.sense?.lemma ?? "")) && scoped(s, cue.to, c.to)) continue;
      const beforeVerb = !s.tokens.slice(arg.from, tokenIndexAtChar(s, r.start)).some((t) => isVerbal(t) && !has(t, "noun"));
      const truthWord = (k) => sensesAt(s, k).some((x) => x.positive && (x.class === "falsity" || x.class === "unverified"));
      const asksTruth = () => s.tokens.slice(arg.from, arg.to).some((_, j) => truthWord(arg.from + j));
      if (/^(?:whether|if)$/.test(norms[arg.from - 1] ?? "") && (!beforeVerb || r.role === "pronoun" && (/^it\b/.test(norms[arg.from]) || !asksTruth()))) continue;
      if (cue.class === "disbelief" && r.speaker && arg.relation === "subject") continue;
      const rFrom = tokenIndexAtChar(s, r.start);
      const rTo = tokenIndexAtChar(s, r.end - 1) + 1;
      const genreOfText = sensesAt(s, cue.from).some((x) => x.class === "referent");
      const namesItself = cue.class === "fiction" && genreOfText && (r.pointing === "self" || r.pointing === "forward" || r.pointing === "backward" || c.head >= 0 && boundaryVerb(norms[c.head]));
      const classifies = cue.to < rTo && (r.pointing === "self" || r.pointing === "forward" || r.pointing === "backward") && tokens.slice(cue.to, rTo).some((_, j) => !!referentSense(s, cue.to + j, "noun"));
      if (cue.from >= rFrom && cue.to <= rTo && cue.sense?.pos === "noun" && !namesItself && !classifies) continue;
      if (r.speaker && r.role === "speaker" && !(cue.sense?.pos === "verb" || cue.sense?.pos === "phrase" || arg.relation === "subject" && cue.sense?.pos === "adj" && c.copular)) continue;
      if (r.speaker && c.head >= 0 && /^(?:can|could|will|would|shall|should|may|might|'ll|'d)$/.test(s.norms[c.head].replace(/^(?:i|we)'/, "'"))) continue;
      if (r.speaker && cue.sense?.pos === "verb" && s.tokens[cue.to] && has(s.tokens[cue.to], "prep") && !/^(?:up|about)$/.test(s.norms[cue.to])) continue;
      if (cue.class === "disbelief" && r.role === "pronoun" && !c.imperative && !/^(?:this|these)$/.test(s.norms[tokenIndexAtChar(s, r.start)] ?? "")) continue;
      if (namesItself && !classifies && !(c.copular || c.head >= 0 && boundaryVerb(norms[c.head])) && cue.from >= rFrom && cue.to <= rTo) continue;
      if (cue.class === "bad-example" && !(r.answer || r.size === "answer") && !namesExample(s, cue)) continue;
      if (cue.class === "bad-example" && cue.sense?.positive && (r.pointing === "definite" || r.pointing === "none" || r.speaker)) continue;
      if (r.role === "pronoun" && cue.class === "falsity" && speakerDoes(s, c, cue.from)) textual2 = true;
      push2({ class: cue.class, form: "meta", ...cueSpan(s, cue), referent: r, probability: cue.probability, counterfactual: cue.counterfactual, ...cue.sense?.role === "persona" ? { persona: true } : {} });
    }
  }
  for (let i = 0; i < s.clauses.length; i++) {
    const c = s.clauses[i];
    const cue = habits[i];
    if (!cue) continue;
    if (!sourceCues.some((x) => x.cueStart === s.tokens[cue.from].start)) sourceCues.push({ class: "unreliable", ...cueSpan(s, cue) });
    const report = s.clauses[i + 1];
    if (!report || !PERSON_SUBJECT.test(norms[c.from] ?? "")) continue;
    const says = report.head >= 0 && (SAY_VERBS.test(infinitiveOf(norms[report.head])) || /^(?:told|tells|tell|swore|swears|posted|posts|wrote|writes)$/.test(norms[report.head]));
    if (!says || !PERSON_SUBJECT.test(norms[report.from] ?? "")) continue;
    let from = report.head + 1;
    while (from < report.to && /^(?:me|us|him|her|them|that|blind)$/.test(norms[from])) from++;
    if (from >= report.to) continue;
    const claim = charSpan(s, from, sentenceEnd(s, report));
    push2({ class: "unreliable", form: "embedded", ...cueSpan(s, cue), claimStart: claim.start, claimEnd: claim.end, counterfactual: false, wrapper: "report" });
  }
  if (!out.some((o) => o.form === "request")) {
    for (const c of s.clauses) {
      if (c.question && !/^(?:can|could|would|will)$/.test(norms[c.from] ?? "")) continue;
      const cues = cuesIn(s, c.from, c.to, probs);
      for (const cue of requestCues(s, c, cues)) push2({ class: cue.class, form: "request", ...cueSpan(s, cue), counterfactual: cue.counterfactual });
    }
  }
  return {
    statements: out,
    meta,
    textual: textual2,
    pointing,
    sourceCues,
    fragment,
    question,
    imperative,
    locallyNegated: isLocallyNegated(s),
    // ("Actually, the following story is fabricated": a sentence that says what a text is states no truth of the world.)
    correction: isCorrection(s) && !out.some((st) => st.form === "meta" && st.claimStart === void 0 && !!st.referent && !st.referent.speaker && !st.referent.addressee),
    reported: isReported(s),
    debunk: s.hits.some((h) => h.senses.some((x) => x.class === "debunk")),
    // A request word used as a verb ("Rewrite this", "Summarize what he told me"), not as a noun ("any form of that word").
    transform: handsOver || remakes(s) || s.hits.some((h) => h.senses.some((x) => x.class === "request") && !(h.from > 0 && (has(s.tokens[h.from - 1], "det") || has(s.tokens[h.from - 1], "adj") || /^(?:that|this|the|a|an|my|your|his|her|our|their|its)$/.test(s.norms[h.from - 1])))),
    persona: isPersona(s)
  };
}
function shifted(a, by) {
  const move = (r) => ({ ...r, start: r.start + by, end: r.end + by });
  return {
    ...a,
    statements: a.statements.map((st) => ({
      ...st,
      cueStart: st.cueStart + by,
      cueEnd: st.cueEnd + by,
      ...st.referent ? { referent: move(st.referent) } : {},
      ...st.claimStart !== void 0 ? { claimStart: st.claimStart + by, claimEnd: st.claimEnd + by } : {}
    })),
    sourceCues: a.sourceCues.map((c) => ({ ...c, cueStart: c.cueStart + by, cueEnd: c.cueEnd + by }))
  };
}
var PROVENANCE_PREP = /^(?:from|by|during|out|in|on|off|via|for|at|down|up)$/;
function captionBefore(s, c) {
  if (s.tokens[c.from - 1]?.text !== "(") return void 0;
  const before2 = s.clauses.find((x) => x.to === c.from - 1 || x.to === c.from);
  return before2 && before2 !== c ? implicitText(s, before2) : void 0;
}
function implicitText(s, c) {
  const key = sourceKey(s, c);
  if (key) return key;
  let k = c.from;
  while (k < c.to && s.tokens[k].kind !== "word") k++;
  const t = s.tokens[k];
  const next = s.tokens[k + 1];
  if (k > 0 && s.tokens.slice(0, k).some((x) => x.kind === "word")) return void 0;
  if (t && next && (has(t, "part") || has(t, "past") || new RegExp("^\\p{L}+-\\p{L}+ed$", "u").test(t.norm)) && /(?:ed|en|wn|ten|ght|heard)$/.test(t.norm) && PROVENANCE_PREP.test(next.norm)) {
    return { ...charSpan(s, k, k + 1), role: "deixis", pointing: "self", answer: false, speaker: false };
  }
  for (let j = k; j < Math.min(c.to, k + 4); j++) {
    const w = s.tokens[j];
    if (w.kind !== "word" || has(w, "det") || has(w, "pron") || has(w, "poss")) return void 0;
    if (!referentSense(s, j, "noun")) continue;
    const a = s.tokens[j + 1]?.text === "," ? j + 2 : j + 1;
    const after = s.tokens[a];
    const from = !!after && (after.norm === "from" || (has(after, "part") || has(after, "past")) && /(?:ed|en|wn|ten|ght)$/.test(after.norm) && PROVENANCE_PREP.test(s.norms[a + 1] ?? ""));
    if (from || j + 1 === c.to) return { ...charSpan(s, k, j + 1), role: "noun", pointing: "self", answer: false, speaker: false };
  }
  return void 0;
}
function attributiveParticiple(s, c, cue) {
  const rest = s.tokens.slice(cue.to, c.to).filter((t) => t.kind !== "punct");
  return rest.length >= 1 && rest.length <= 3 && rest.every((t) => t.kind === "word" && (has(t, "noun") || has(t, "adj")) && !has(t, "det") && !has(t, "pron") && !has(t, "prep")) && !!referentSense(s, s.tokens.indexOf(rest[rest.length - 1]), "noun");
}
function subjectlessParticiple(s, c, cue) {
  if (cue.sense?.pos !== "verb" && !(cue.sense?.pos === "adj" && has(s.tokens[cue.from], "past"))) return false;
  const t = s.tokens[cue.from];
  if (!(has(t, "past") || has(t, "part")) || c.question) return false;
  if (s.clauses.some((x) => x.from >= c.to && x.head >= 0 && s.tokens[x.from - 1]?.text === ",")) return false;
  for (let k = 0; k < cue.from; k++) {
    const w = s.tokens[k];
    if (w.kind === "word" && !(has(w, "adv") || /ly$/.test(w.norm))) return false;
  }
  return true;
}
function madeUpPart(s, c, cue, arg) {
  if (arg.relation !== "object" || cue.class !== "falsity" || !sensesAt(s, cue.from).some((x) => x.produces && x.lemma.includes(" ")) || c.negated || c.head < 0) return void 0;
  let k = c.from;
  while (k < c.to && (s.tokens[k].kind !== "word" || /^(?:so|and|but|honestly|actually|ok|okay|well|yeah|sorry)$/.test(s.norms[k]))) k++;
  if (!/^(?:i|we)$/.test(s.norms[k] ?? "") || !s.tokens.slice(k + 1, cue.to).some((t) => has(t, "past") || /^(?:have|'ve|had)$/.test(t.norm))) return void 0;
  if (!/^(?:the|those|these|that|all|both|every|each|some|most)$/.test(s.norms[arg.from])) return void 0;
  return { ...charSpan(s, arg.from, arg.to), role: "described", pointing: "anaphoric", answer: false, speaker: false };
}
function sourceKey(s, c) {
  const l = s.label;
  if (!l || c.from < l.sep || !sensesAt(s, l.to - 1).some((x) => x.class === "referent" && x.role === "source")) return void 0;
  return { ...charSpan(s, l.from, l.to), role: "deixis", pointing: "self", answer: false, speaker: false };
}
var VENUE = /^(?:contests?|competitions?|workshops?|festivals?|anthology|anthologies|exhibitions?|prizes?|awards?|challenges?|jams?|nights?|slams?|classes|class|courses?|assignments?|exercises?)$/;
function nounHeadAfter(s, from, to) {
  let head = -1;
  for (let k = from; k < to && s.tokens[k].kind === "word" && (has(s.tokens[k], "noun") || has(s.tokens[k], "adj")) && !has(s.tokens[k], "prep"); k++) if (has(s.tokens[k], "noun")) head = k;
  return head;
}
function inSourcePhrase(s, c, cue) {
  let relative = false;
  let verbOnly = true;
  for (let k = cue.from - 1; k >= c.from && k >= cue.from - (relative ? 14 : 8); k--) {
    const w = s.tokens[k];
    if (!relative && /^(?:who|that|which)$/.test(w.norm) && k < cue.from - 1 && verbOnly) {
      relative = true;
      continue;
    }
    if (!relative && !(has(w, "aux") || has(w, "cop") || has(w, "adv") || has(w, "part") || has(w, "past") || has(w, "ger") || has(w, "pres") || /^(?:for|of|at)$/.test(w.norm))) verbOnly = false;
    if (!relative && verbOnly && !/^(?:from|by|to)$/.test(w.norm)) continue;
    if (/^(?:from|by)$/.test(s.norms[k]) || s.norms[k] === "to" && s.norms[k - 1] === "according") return true;
    if (/^(?:on|in)$/.test(s.norms[k]) && PUBLISHED.test(s.norms[k - 1] ?? "")) return true;
    if (/^(?:in|to|for|at)$/.test(s.norms[k]) && VENUE.test(s.norms[nounHeadAfter(s, cue.to, c.to)] ?? "")) return true;
    const t = s.tokens[k];
    if (!(has(t, "det") || has(t, "poss") || has(t, "adj") || has(t, "adv") || has(t, "noun") || has(t, "part") || has(t, "ger") || /^(?:for|of)$/.test(t.norm))) return false;
  }
  return relative && sourceKey(s, c) !== void 0;
}
function hedgedClause(s, c, cue) {
  if (cue.class !== "improbable" && cue.class !== "unverified") return void 0;
  const states = (x) => x.from > c.to && x.head >= 0 && !x.imperative && !x.question && !has(s.tokens[x.head], "modal");
  if (s.tokens[c.to]?.text === ":") return s.clauses.find(states);
  if (cue.class !== "improbable" || s.clauses.indexOf(c) > 1 || doubtsError(s, c, cue)) return void 0;
  const next = s.clauses.find((x) => x.from > c.to);
  return next && s.norms[next.from] === "but" && states(next) ? next : void 0;
}
function doubtsError(s, c, cue) {
  for (let k = cue.to; k < c.to; k++) if (sensesAt(s, k).some((x) => x.class === "falsity" && !x.positive)) return true;
  return false;
}
function objectOf(s, cue, r) {
  const at = tokenIndexAtChar(s, r.start);
  if (at < cue.to) return cue.sense?.pos !== "verb";
  for (let k = cue.to; k < at; k++) if (k >= cue.to + 4 || !(has(s.tokens[k], "prep") || has(s.tokens[k], "adv") || has(s.tokens[k], "det") || has(s.tokens[k], "noun") && s.norms[k + 1] === "of")) return false;
  return true;
}
function personsOwn(s, c, cue) {
  const word = s.tokens[cue.from];
  if (cue.to - cue.from !== 1 || !has(word, "adj") || isVerbal(word)) return false;
  for (let k = cue.from - 1; k > c.from && k >= cue.from - 5; k--) {
    if (!/^(?:you|he|she|they|we)$/.test(s.norms[k])) continue;
    const before2 = s.norms[k - 1];
    return before2 === "that" || /^(?:think|thinks|thought|believe|believes|believed|feel|feels|felt|guess|suspect|suspects|fear|worry|say|says|said|suppose|assume|reckon)$/.test(before2);
  }
  return false;
}
function scoped(s, at, to) {
  if (at + 1 >= to || !/^(?:in|for|among|outside|within)$/.test(s.norms[at])) return false;
  const next = s.tokens[at + 1];
  if (/^(?:fact|reality|truth|actuality|any|all|general|short|itself|every|no)$/.test(next.norm) || /^(?:slightest|least)$/.test(s.norms[at + 2] ?? "")) return false;
  return next.kind === "word" && (has(next, "det") || has(next, "propn") || has(next, "noun") || has(next, "poss") || /^(?:most|many|some|certain|other)$/.test(next.norm) || new RegExp("^\\p{Lu}", "u").test(next.text)) && !has(next, "pron");
}
function glosses(s, from, to) {
  let k = from;
  if (has(s.tokens[k], "det") && !has(s.tokens[k], "wh")) k++;
  while (k < to && has(s.tokens[k], "adj") && !has(s.tokens[k], "noun")) k++;
  const noun = s.tokens[k];
  if (!noun || k + 1 >= to || noun.kind !== "word" || PROPOSITION.test(noun.norm)) return false;
  if (sensesAt(s, k + 1).some((x) => x.class === "habit") && !sensesAt(s, k).some((x) => x.class === "habit")) return true;
  return (has(noun, "noun") || has(noun, "pron")) && /^(?:who|that|which|whom)$/.test(s.norms[k + 1]);
}
function wordsBetween(s, from, to) {
  let n = 0;
  for (let k = from; k < to; k++) if (s.tokens[k].kind === "word" || s.tokens[k].kind === "num") n++;
  return n;
}
function bracketEnd(s, from) {
  for (let k = from; k < s.tokens.length; k++) if (/^[)\]]/.test(s.tokens[k].text)) return k;
  return s.tokens.length;
}
function namesExample(s, cue) {
  if (cue.sense?.pos === "phrase") return true;
  for (let k = cue.from; k < Math.min(s.tokens.length, cue.to + 2); k++) if (sensesAt(s, k).some((x) => x.class === "referent" && x.size === "answer")) return true;
  return false;
}
function isCorrection(s) {
  if (s.clauses.some((c) => c.question)) return false;
  const opens = (from) => s.tokens.slice(0, from).every((t) => t.kind !== "word" || has(t, "conj") || /^(?:well|oh|no|yes|so|and|but|now|okay|ok)$/.test(t.norm));
  return s.hits.some((h) => h.from <= 2 && opens(h.from) && !(s.tokens[h.to] && has(s.tokens[h.to], "adj") && !has(s.tokens[h.to], "noun") && s.tokens[h.to - 1].kind === "word" && has(s.tokens[h.to - 1], "adv")) && h.senses.some((x) => x.class === "correction" && (x.role !== "label" || s.label !== void 0 && h.from >= s.label.from && h.to <= s.label.to)));
}
function hypothetical(s, c, cue) {
  const first = s.clauses[0];
  if (first && first !== c && /^(?:if|unless|suppose|supposing)$/.test(s.norms[first.from] ?? "") && c.head >= 0 && /^(?:would|could|might|'d)$/.test(s.norms[c.head].replace(/^\w+'d$/, "'d"))) return true;
  for (let k = cue.from - 1; k >= c.from; k--) {
    const t = s.tokens[k];
    if (t.kind === "punct" && /[,;:]/.test(t.text)) return false;
    if (t.norm === "whether" && k === c.from && c.head > k && c.head < cue.from) return false;
    if (/^(?:if|whether|unless|suppose|supposing|imagine)$/.test(t.norm)) return true;
    if (t.norm === "to" && c.head > cue.from && s.tokens[k + 1] && has(s.tokens[k + 1], "inf")) return true;
  }
  return false;
}
var SHARE = /^(?:most|much|half|part|parts|majority|minority|bulk|third|quarter|fifth|tenth|fraction|share|portion|proportion|percentage|percent|about|around|roughly|nearly|approximately|almost|over|under|large|small|big|significant|substantial)$/;
function constitutes(s, cue) {
  if (cue.sense?.lemma !== "make up" || s.norms[cue.to - 1] !== "up") return false;
  let k = cue.to;
  if (/^(?:a|an|the)$/.test(s.norms[k] ?? "")) k++;
  const t = s.tokens[k];
  if (!t || !(t.kind === "num" || SHARE.test(t.norm))) return false;
  return s.norms.slice(k + 1, k + 5).some((n) => n === "of" || n === "%" || n === "percent");
}
function licensed(s, c, cue) {
  if (hypothetical(s, c, cue) || constitutes(s, cue)) return false;
  if (cue.probability !== void 0 && c.negated && c.head >= 0 && c.head < cue.from && s.norms.slice(c.head, c.verbEnd).some((n) => n === "not" || n.endsWith("n't")) && !s.norms.slice(Math.max(c.from, cue.from - 4), cue.from).some((n) => /^(?:more|greater|higher|over|above|than|beyond|exceed|exceeds)$/.test(n))) return false;
  const predicate = c.head >= 0 && cue.from >= c.head && cue.from > c.from && (c.copular || LINKING.test(s.norms[c.head] ?? "") || s.tokens.slice(Math.min(c.head, cue.from - 1), cue.from).some((t) => has(t, "cop") || LINKING.test(t.norm)));
  if (cue.sense?.role === "question" && !(predicate && !(s.tokens[cue.to] && s.tokens[cue.to].kind === "word" && (has(s.tokens[cue.to], "noun") || has(s.tokens[cue.to], "adj"))))) return false;
  const scope = s.tokens[cue.to + 1];
  if (cue.class === "unverified" && cue.sense?.positive && cue.sense.pos !== "noun" && /^(?:against|on|with|under)$/.test(s.norms[cue.to] ?? "") && scope && (scope.kind === "num" || isProperName(scope, false))) return false;
  if (technicalCompound(s, cue) || moralWrong(s, cue)) return false;
  if (cue.class === "bad-example" && cue.sense?.pos === "adj" && afterHave(s, cue.from)) return false;
  if (cue.class !== "disbelief") return ambiguousNounOk(s, cue);
  if (c.imperative || c.head < 0) return true;
  if (cue.sense?.pos === "verb" && c.head >= 0 && cue.from > c.head && s.norms.slice(c.head, cue.from).some((n) => /^(?:is|are|was|were|be|been|being|get|gets|got)$/.test(n)) && !s.norms.slice(c.head, cue.from).some((n) => /^(?:should|must|shall|ought|need|may|can|cannot|can't|shouldn't|mustn't|needn't|to)$/.test(n))) return false;
  if (cue.sense?.pos === "verb" && !isVerbal(s.tokens[cue.from]) && !has(s.tokens[cue.from], "inf")) return false;
  const group = s.norms.slice(c.head, c.verbEnd).join(" ");
  if (/\b(?:should|must|may|shall|ought|need)\b.*\b(?:not|never)\b|n't\b|\bnot to be\b|\bcannot\b/.test(group) && /^(?:should|must|may|shall|ought|shouldn't|mustn't|cannot|can't|need|needn't)/.test(s.norms[c.head] ?? "")) return true;
  if (/\bnot to\b/.test(s.norms.slice(c.from, c.to).join(" "))) return true;
  return !cue.sense?.positive && cue.from >= c.head;
}
function verifiedAway(s, c, cue) {
  if (cue.class !== "falsity" || !cue.sense?.positive) return false;
  for (let k = cue.from - 1; k >= c.from; k--) if (s.negated[k] && sensesAt(s, k).some((x) => x.class === "unverified" && x.positive && x.pos === "verb")) return true;
  return false;
}
function textGenre(s, cue) {
  return cue.class === "fiction" && sensesAt(s, cue.to - 1).some((x) => x.class === "referent");
}
function technicalCompound(s, cue) {
  if (cue.sense?.pos !== "noun" || cue.to - cue.from !== 1 || textGenre(s, cue) || cue.sense.role === "content") return false;
  const prev = s.tokens[cue.from - 1];
  const isModifier = (k) => {
    const t = s.tokens[k];
    return !!t && t.kind === "word" && !t.text.includes("-") && has(t, "noun") && !has(t, "det") && !has(t, "adj") && !has(t, "pron") && !has(t, "poss") && !isVerbal(t) && !has(t, "inf") && !sensesAt(s, k).some((x) => x.class === "referent" || EPISTEMIC_SET3.has(x.class));
  };
  if (prev && isModifier(cue.from - 1)) return true;
  const next = s.tokens[cue.to];
  return !!next && isModifier(cue.to) && new RegExp("^\\p{Lu}", "u").test(s.tokens[cue.from].text) && new RegExp("^\\p{Lu}", "u").test(next.text);
}
function afterHave(s, at) {
  for (let k = at - 1; k >= 0; k--) {
    const n = s.norms[k];
    if (/^(?:have|has|had|having|'ve|i've|we've|they've|you've)$/.test(n)) return true;
    if (!(has(s.tokens[k], "adv") || n === "and" || n === "not" || n === "never")) return false;
  }
  return false;
}
function moralWrong(s, cue) {
  if (!/^(?:wrong|wrongs)$/.test(s.norms[cue.from])) return false;
  const after = s.norms.slice(cue.to, cue.to + 4);
  if (after[0] === "that") return true;
  return after[0] === "to" && !SAY_VERBS.test(infinitiveOf(after[1] ?? ""));
}
function hasSource(s, from, to) {
  for (let k = from; k < to; k++) if (sensesAt(s, k).some((x) => x.class === "referent" && (x.role === "source" || x.role === "speaker" || x.role === "answer"))) return true;
  return false;
}
function ambiguousNounOk(s, cue) {
  if (cue.sense?.pos !== "noun" || cue.sense.form !== "plural" || cue.to - cue.from !== 1) return true;
  const prev = s.tokens[cue.from - 1];
  if (!prev || prev.kind !== "word") return true;
  if (has(prev, "det") || has(prev, "adj") || has(prev, "poss") || has(prev, "prep") || isVerbal(prev) || has(prev, "num")) return true;
  return !(has(prev, "noun") || has(prev, "propn") || has(prev, "pron"));
}
function hasWords(s, from, to, n) {
  let k = 0;
  for (let i = from; i < to; i++) if (s.tokens[i].kind === "word" || s.tokens[i].kind === "num") {
    if (++k >= n) return true;
  }
  return false;
}
function tokenIndexAtChar(s, char) {
  for (let k = 0; k < s.tokens.length; k++) if (s.tokens[k].end > char) return k;
  return s.tokens.length - 1;
}
function cueSpan(s, c) {
  return { cueStart: s.tokens[c.from].start, cueEnd: s.tokens[c.to - 1].end };
}
function noticeClause(s, c) {
  if (s.clauses.every((x) => x.head < 0)) return true;
  const idx = s.clauses.indexOf(c);
  const edge = idx === 0 || idx === s.clauses.length - 1;
  const sep2 = (k) => /^(?:—|–|-|--|:|\(|\)|\[|\]|\|\|?|;)$/.test(s.tokens[k]?.text ?? "");
  return edge && (idx === 0 ? sep2(c.to) : sep2(c.from - 1));
}
function titleOrList(s, c) {
  const words = s.tokens.filter((t) => t.kind === "word" && t.norm.length > 3);
  const capital = words.filter((t) => new RegExp("^\\p{Lu}\\p{Ll}", "u").test(t.text)).length;
  if (words.length >= 4 && capital >= 0.7 * words.length || words.length === 3 && capital === 3) return true;
  const items = s.text.slice(s.tokens[c.from].start, s.tokens[c.to - 1].end).split(/[,;]/).map((x) => x.trim().split(/\s+/).filter(Boolean).length);
  const semis = s.text.split(";");
  const keywords = semis.length > 1 && semis.every((x) => x.replace(/^[^:]*:/, "").trim().split(/\s+/).filter(Boolean).length <= 3);
  return keywords || items.filter((n) => n >= 1 && n <= 3).length >= 3;
}
function bracketed(s) {
  return /^\W*[[(【<]/.test(s.text) && /[\])】>]\W*$/.test(s.text);
}
function headCue(s, cue, arg, provenance = false) {
  const boundary = /^(?:end|start|beginning|close)$/.test(s.norms[arg.from] ?? "") && s.norms[arg.from + 1] === "of";
  for (let k = cue.from - 1; k >= arg.from && k >= cue.from - 4 && !provenance && !boundary; k--) {
    if (/^(?:the|this|that|these|those|its|his|her|their|our)$/.test(s.norms[k])) return false;
    if (s.tokens[k].kind === "punct") break;
  }
  for (let k = cue.from - 1; k >= arg.from; k--) {
    if (/^(?:of|on|about|for|against|in|behind|toward|towards|with)$/.test(s.norms[k])) {
      const governor = s.tokens.slice(arg.from, k).reverse().find((t2) => t2.kind === "word");
      const govIndex = governor ? s.tokens.indexOf(governor) : -1;
      if (govIndex < 0 || !(sensesAt(s, govIndex).some((x) => x.class === "referent" && (x.role === "noun" || x.role === "answer")) || /^(?:end|start|beginning|close)$/.test(s.norms[govIndex]))) return false;
      break;
    }
  }
  let g = cue.from - 1;
  while (g >= arg.from && s.tokens[g].kind === "word" && (has(s.tokens[g], "adj") || has(s.tokens[g], "det")) && !has(s.tokens[g], "ger")) g--;
  if (g >= arg.from && g < cue.from && has(s.tokens[g], "ger") && /ing$/.test(s.norms[g]) && !s.tokens.slice(arg.from, g).some((t2) => t2.kind === "word")) return false;
  const before2 = s.tokens[cue.from - 1];
  if (cue.sense?.pos === "noun" && !textGenre(s, cue) && cue.from - 1 >= arg.from && before2 && before2.kind === "word" && !before2.text.includes("-") && (has(before2, "noun") || has(before2, "propn")) && !has(before2, "adj") && !sensesAt(s, cue.from - 1).some((x) => x.class === "referent" || EPISTEMIC_SET3.has(x.class))) return false;
  let next = cue.to;
  while (next < arg.to && s.tokens[next].kind === "symbol") next++;
  if (next >= arg.to) return true;
  const t = s.tokens[next];
  if (t.kind !== "word") return true;
  if (sensesAt(s, next).some((x) => x.class === "referent" && (x.role === "noun" || x.role === "described" || x.role === "answer" || x.role === "deixis" || x.role === "source"))) return true;
  if (cue.probability !== void 0 && sensesAt(s, next).some((x) => x.class === "improbable" || x.class === "falsity")) return true;
  if (has(t, "prep") || has(t, "conj") || has(t, "adv") || isVerbal(t) && !has(t, "noun")) return true;
  return !(has(t, "noun") || has(t, "propn") || has(t, "adj") || has(t, "ger"));
}
var chanceWord = (s, k) => sensesAt(s, k).some((x) => x.class === "probability" && x.role !== "estimate");
function probabilityArgument(s, c, cue) {
  const { norms } = s;
  for (let k = c.from; k < c.to; k++) {
    if (!chanceWord(s, k)) continue;
    const after = norms[k + 1];
    if (after === "of" || after === "on" || after === "to" || after === "for") {
      let end = k + 2;
      while (end < c.to && s.tokens[end].kind !== "punct" && !/^(?:at|is|are|was|were|being|in)$/.test(norms[end])) end++;
      const r = findReferent(s, k + 2, end);
      const demonstrative = r?.role === "pronoun" && /^(?:this|that|these|those)$/.test(norms[k + 2]);
      if (r && (r.role !== "pronoun" || demonstrative || /\bbeing (?:true|accurate|correct|real|right)\b/.test(s.norms.slice(k + 2, end + 3).join(" "))) && !has(s.tokens[k + 2], "ger")) return { from: k + 2, to: end, relation: "attribute" };
    }
    if (after === "that" && /^(?:odds|chances?|likelihood|probability|possibility)$/.test(norms[k])) {
      let end = k + 2;
      while (end < c.to && s.tokens[end].kind !== "punct" && norms[end] !== "at") end++;
      const r = findReferent(s, k + 2, end);
      return r && !r.speaker && /\b(?:true|accurate|correct|real|right|genuine)\b/.test(norms.slice(k + 2, end).join(" ")) ? { from: k + 2, to: end, relation: "attribute" } : null;
    }
  }
  for (let k = norms[cue.to - 1] === "against" ? cue.to - 1 : cue.to; k < c.to - 1; k++) {
    if (/^(?:to|on|for|against)$/.test(norms[k])) {
      let end = k + 1;
      while (end < c.to && s.tokens[end].kind !== "punct") end++;
      if (findReferent(s, k + 1, end)) return { from: k + 1, to: end, relation: "attribute" };
    }
  }
  if (c.head >= 0) {
    if (findReferent(s, c.from, c.head)) return { from: c.from, to: c.head, relation: "subject" };
    let end = c.verbEnd;
    while (end < c.to && s.tokens[end].kind !== "punct" && !chanceWord(s, end) && s.tokens[end].kind !== "num") end++;
    if (end > c.verbEnd && findReferent(s, c.verbEnd, end)) return { from: c.verbEnd, to: end, relation: "object" };
    return null;
  }
  return { from: c.from, to: c.to, relation: "fragment" };
}
function expletive(s, c, r) {
  if (r.role !== "pronoun") return false;
  const t = s.norms[tokenIndexAtChar(s, r.start)];
  if (!EXPLETIVE_IT.test(t)) return false;
  let comma = false;
  for (let k = c.head >= 0 ? c.head : c.from; k < c.to; k++) {
    if (s.norms[k] === "to" && s.tokens[k + 1] && has(s.tokens[k + 1], "inf")) return true;
    if (s.tokens[k].text === ",") comma = true;
    if (!comma && /^(?:whether|if|that|how|why)$/.test(s.norms[k]) && k > (c.head >= 0 ? c.head : c.from)) return !findReferent(s, k + 1, c.to, true);
  }
  return false;
}
function topicClause(s, c) {
  return c.head >= 0 && s.norms.slice(c.head, c.verbEnd).some((_, k) => hasClass(s, c.head + k, "topic"));
}
function relativeThat(s, cue, k) {
  const { tokens, norms } = s;
  const before2 = tokens[k - 1];
  const next = tokens[k + 1];
  if (k < cue.to || before2.kind !== "word" || isVerbal(before2) || PROPOSITION.test(before2.norm) || !next) return false;
  const nearerNoun = k === cue.to || tokens.slice(cue.to, k - 1).some((t) => has(t, "prep")) || has(before2, "noun") && has(tokens[cue.to], "noun") && !isVerbal(tokens[cue.to]);
  if (!nearerNoun || !isVerbal(next) || has(next, "pron") || has(next, "det") || isProperName(next, false)) return false;
  if (has(next, "noun") && tokens[k + 2] && isVerbal(tokens[k + 2])) return false;
  return !SAY_VERBS.test(infinitiveOf(norms[k + 1]));
}
function embeddedClaim(s, c, all) {
  const { norms, tokens } = s;
  const cues = all.filter((cue) => cue.sense?.role !== "question" && cue.sense?.role !== "association");
  if (cues.length === 0) return null;
  const make = (cue, from, to, wrapper) => {
    while (from < to && tokens[from].kind === "punct") from++;
    while (to > from && tokens[to - 1].kind === "punct") to--;
    if (!hasWords(s, from, to, 3)) return null;
    if (to < tokens.length && /^[.!?]$/.test(tokens[to].text) && tokens.slice(to + 1).every((t) => t.kind === "punct")) to++;
    const inner = findReferent(s, from, to, true);
    const textual2 = inner && (inner.role === "noun" || inner.role === "deixis" || inner.role === "clause" || inner.role === "quantifier") && !inner.addressee && !inner.speaker;
    if (textual2 && !/^(?:it|that|this|they)$/.test(norms[from] ?? "")) return null;
    const kind = wrapper === "false-noun" && cue.sense?.pos === "verb" ? "refuted" : wrapper;
    return { statement: { class: cue.class, form: "embedded", ...cueSpan(s, cue), claimStart: tokens[from].start, claimEnd: tokens[to - 1].end, probability: cue.probability, wrapper: kind } };
  };
  const first = c.from;
  const at = s.clauses.indexOf(c);
  if (at > 0 && s.clauses[at - 1].head >= 0) {
    let n = c.from;
    if (/^(?:a|an|the|one)$/.test(norms[n] ?? "")) n++;
    while (n < c.to && has(tokens[n], "adj") && !PROPOSITION.test(norms[n])) n++;
    const cue = cues.find((x) => x.from >= n);
    if (PROPOSITION.test(norms[n] ?? "") && cue) {
      const made = make(cue, s.clauses[at - 1].from, s.clauses[at - 1].to, "appositive");
      if (made) return made;
    }
  }
  for (const cue of cues) {
    if (cue.sense?.pos === "adv" && cue.class === "unverified") {
      if (cue.from === first) return make(cue, cue.to, sentenceEnd(s, c), "hedge");
      if (cue.to >= c.to - 1) return make(cue, first, cue.from, "hedge");
    }
  }
  for (const cue of cues) {
    if (PREPOSITIONAL_OPERATOR.test(cue.sense?.lemma ?? "")) continue;
    const inVerbGroup = c.head >= 0 && (cue.to === c.head && cue.from > first || cue.from > c.head && cue.to <= c.main);
    if (cue.sense?.pos === "adv" && (cue.class === "unverified" || cue.class === "improbable") && inVerbGroup) return make(cue, first, sentenceEnd(s, c), "hedge");
    if ((cue.class === "improbable" || cue.class === "unverified") && (cue.sense?.pos === "adj" || cue.sense?.pos === "phrase") && cue.from > c.head && c.head >= 0 && has(tokens[c.head], "cop") && norms[cue.to] === "to" && !!tokens[cue.to + 1] && (has(tokens[cue.to + 1], "aux") || norms[cue.to + 1] === "be")) return make(cue, first, sentenceEnd(s, c), "hedge");
    if ((cue.sense?.pos === "adj" || cue.sense?.pos === "phrase") && cue.from === first) {
      const verb = cue.sense.pos === "adj" ? hasClass(s, cue.to, "reporting") ? cue.to + 1 : -1 : cue.to;
      const says = verb > 0 && norms[verb] !== void 0 && SAY_VERBS.test(infinitiveOf(norms[verb])) && !has(tokens[verb], "det");
      if (says) return make(cue, norms[verb + 1] === "that" ? verb + 2 : verb + 1, sentenceEnd(s, c), "report");
    }
    if (norms[first] === "according" && norms[first + 1] === "to" || FRONTED_SOURCE.test(norms[first] ?? "") && first === 0) {
      let depth = 0;
      let bracketed2 = false;
      const comma = tokens.findIndex((t, k) => {
        if (t.text === "(" || t.text === "[") depth++;
        else if ((t.text === ")" || t.text === "]") && depth > 0) depth--;
        if (k === cue.from && depth > 0) bracketed2 = true;
        return k > cue.to - 1 && (k <= c.to + 1 || bracketed2) && depth === 0 && (t.text === "," || t.text === ":");
      });
      if (comma > 0) return make(cue.class === "falsity" ? { ...cue, class: "unreliable" } : cue, comma + 1, tokens.length, "report");
    }
  }
  const thatAt = (from, to) => {
    for (let k = from; k < to; k++) if (norms[k] === "that" || norms[k] === "whether") return k;
    return -1;
  };
  const q0 = tokens.findIndex((t) => /^["“]$/.test(t.text));
  const q1 = q0 >= 0 ? tokens.findIndex((t, k) => k > q0 && /^["”]$/.test(t.text)) : -1;
  if (q0 >= 0 && q0 <= 1 && q1 > q0 && c.from >= q0 && tokens[q1 + 1] && (has(tokens[q1 + 1], "cop") || has(tokens[q1 + 1], "aux"))) {
    const cue = cues.find((x) => x.from > q1);
    const quoted = s.text.slice(tokens[q0].end, tokens[q1].start);
    if (cue && new RegExp("\\p{L}+\\s+\\p{L}+\\s+\\p{L}+", "u").test(quoted)) {
      return { statement: { class: cue.class, form: "embedded", ...cueSpan(s, cue), claimStart: tokens[q0].end, claimEnd: tokens[q1].start, probability: cue.probability, wrapper: "subject" } };
    }
  }
  for (const cue of cues) {
    if (cue.sense?.pos === "adv" && cue.class === "falsity" && /^(?:believed|thought|said|assumed|reported|considered|claimed)$/.test(norms[cue.to] ?? "") && norms[cue.to + 1] === "to") return make(cue, first, sentenceEnd(s, c), "belief-adverb");
    const gerundSubject = has(tokens[first], "ger") || !has(tokens[first], "det") && !has(tokens[first], "poss") && first + 1 < c.head && has(tokens[first + 1], "ger");
    if (c.head >= 0 && cue.from > c.head && has(tokens[c.head], "cop") && gerundSubject && !norms.slice(first, c.head).includes("that") && hasWords(s, first, c.head, 3) && !findReferent(s, first, c.head)) return make(cue, first, c.head, "subject");
    if ((EXPLETIVE_IT.test(norms[first] ?? "") || norms[first] === "it") && cue.from < c.to && norms[cue.to] === "to" && SAY_VERBS.test(infinitiveOf(norms[cue.to + 1] ?? "")) && norms[cue.to + 2] !== "that") {
      const made = make(cue, cue.to + 2, sentenceEnd(s, c), "extraposed");
      if (made) return made;
    }
    if (cue.sense?.pos === "adv" && cue.class === "falsity" && SAY_VERBS.test(infinitiveOf(norms[cue.to] ?? "")) && norms[cue.to + 1] === "that") return make(cue, cue.to + 2, sentenceEnd(s, c), "belief-adverb");
    if (norms[c.from] === "which" && s.clauses.indexOf(c) > 0 && cue.from > c.from) {
      const prev = s.clauses[s.clauses.indexOf(c) - 1];
      if (prev.head >= 0 && tokens[c.from - 1]?.text === ",") {
        const made = make(cue, prev.from, prev.to, "appositive");
        if (made) return made;
      }
    }
    if (cue.sense?.lemma === "wrong" && !norms.slice(cue.to, cue.to + 4).some((n) => SAY_VERBS.test(infinitiveOf(n)))) continue;
    if (PREPOSITIONAL_OPERATOR.test(cue.sense?.lemma ?? "")) {
      const k = thatAt(cue.to, Math.min(c.to, cue.to + 5));
      if (k > cue.to && PROPOSITION.test(norms[k - 1])) {
        let end = k + 1;
        while (end < c.to && tokens[end].text !== ",") end++;
        return make(cue, k + 1, end, "contrary");
      }
      continue;
    }
    if ((EXPLETIVE_IT.test(norms[first] ?? "") || norms[first] === "there" || /^there's$/.test(norms[first] ?? "")) && cue.from < c.to) {
      const k = thatAt(cue.to, Math.min(c.to, cue.to + 4));
      const evidence = /^(?:evidence|proof|sign|signs|indication|reason|basis)$/.test(norms[k - 1] ?? "");
      if (k >= 0 && norms[k] === "that" && !evidence) return make(cue, k + 1, sentenceEnd(s, c), "extraposed");
    }
    for (let k = first; k < cue.from; k++) {
      const opens = norms[k] === "that" || /^(?:suggesting|saying|claiming|alleging|stating|asserting|implying|insisting)$/.test(norms[k]) && k > first && PROPOSITION.test(norms.slice(first, k).find((n) => PROPOSITION.test(n)) ?? "");
      if (!opens) continue;
      if (norms[k] !== "that") {
        const end = verbGroupBefore(s, cue.from, k + 1);
        if (end > k + 1) return make(cue, k + 1, end, "noun-predicate");
        continue;
      }
      const noun = norms[k - 1] ?? "";
      const nounCue = cues.find((x) => x.to === k);
      if (PROPOSITION.test(noun) || nounCue || /^(?:to|you|we)$/.test(norms[k - 2] ?? "") && SAY_VERBS.test(noun)) {
        const end = verbGroupBefore(s, cue.from, k + 1);
        if (end > k + 1) return make(cue, k + 1, end, "noun-predicate");
      }
    }
    if (norms[first] === "that" && cue.from > first + 3) {
      const end = verbGroupBefore(s, cue.from, first + 1);
      if (end > first + 1) return make(cue, first + 1, end, "subject");
    }
    if (cue.class !== "disbelief") {
      const k = thatAt(cue.to, Math.min(c.to, cue.to + (norms[cue.to] === "about" || norms[cue.to] === "regarding" ? 9 : 4)));
      const evidence = cue.sense?.positive && /^(?:evidence|proof|support|sign|indication|basis|reason)/.test(cue.sense.lemma);
      const refutes = (cue.sense?.pos === "verb" || cue.sense?.pos === "adj") && k > cue.to && PROPOSITION.test(norms[k - 1]);
      const relative = relativeThat(s, cue, k);
      if (k >= 0 && norms[k] === "that" && !evidence && !relative && (cue.probability !== void 0 || cue.sense?.pos === "noun" || cue.sense?.pos === "phrase" || refutes)) {
        const inSubject = !s.tokens.slice(c.from, cue.from).some((t) => isVerbal(t) && !has(t, "noun"));
        const end = inSubject ? secondVerbGroup(s, k + 1, c.to) : -1;
        return make(cue, k + 1, end > k + 1 ? end : sentenceEnd(s, c), "false-noun");
      }
    }
  }
  const idx = s.clauses.indexOf(c);
  if (idx > 0) {
    const prev = s.clauses[idx - 1];
    if (norms[c.from] === "but" && (believes(s, prev) || isReportClause(s, prev)) && cues[0]) {
      const k = thatAt(prev.from, prev.to);
      const verb = prev.head >= 0 && SAY_VERBS.test(infinitiveOf(norms[prev.head])) ? prev.head : -1;
      const from = k >= 0 ? k + 1 : verb >= 0 ? verb + 1 : -1;
      if (from > 0) {
        const made = make(cues[0], from, prev.to, "belief-denied");
        if (made) return made;
      }
    }
    const r = findReferent(s, c.from, c.to);
    if (r && (r.role === "pronoun" || r.pointing === "anaphoric") && isReportClause(s, prev)) {
      const k = thatAt(prev.from, prev.to);
      if (k >= 0 && cues[0]) return make(cues[0], k + 1, prev.to, "belief-denied");
    }
  }
  return null;
}
function secondVerbGroup(s, from, to) {
  let groups2 = 0;
  let inGroup = false;
  for (let k = from; k < to; k++) {
    const t = s.tokens[k];
    const verbal = t.kind === "word" && isVerbal(t) && !(has(t, "noun") && k > from && has(s.tokens[k - 1], "det"));
    if (verbal && !inGroup) {
      if (++groups2 === 2) return k;
      inGroup = true;
    } else if (!verbal && !/^(?:not|never|to|be|been)$/.test(t.norm)) inGroup = false;
  }
  return -1;
}
function sentenceEnd(s, c) {
  const idx = s.clauses.indexOf(c);
  let end = c.to;
  for (let k = idx + 1; k < s.clauses.length; k++) {
    const next = s.clauses[k];
    const between = s.tokens.slice(end, next.from).map((t) => t.text).join("");
    if (/[;:—–()]/.test(between) || /^(?:which|but|whereas|however|although|though|yet|while)$/.test(s.norms[next.from] ?? "")) break;
    end = next.to;
  }
  return end;
}
function believes(s, c) {
  for (let k = c.from; k < c.to; k++) if (SAY_VERBS.test(infinitiveOf(s.norms[k])) && isVerbal(s.tokens[k]) || (s.norms[k] === "think" || s.norms[k] === "believe")) return true;
  return false;
}
function splitConjoined(s, st) {
  if (st.claimStart === void 0) return [st];
  const after = new RegExp("^,?\\s+and\\s+that\\s+([^.;!?]*\\p{L}[^.;!?]*)", "u").exec(s.text.slice(st.claimEnd));
  if (after) return [st, { ...st, claimStart: st.claimEnd + after[0].length - after[1].length, claimEnd: st.claimEnd + after[0].length }];
  const text = s.text.slice(st.claimStart, st.claimEnd);
  const m = /,?\s+and\s+that\s+/i.exec(text);
  if (!m) return [st];
  const first = { ...st, claimEnd: st.claimStart + m.index };
  const second = { ...st, claimStart: st.claimStart + m.index + m[0].length };
  return [first, second];
}
function verbGroupBefore(s, cueFrom, min) {
  let k = cueFrom - 1;
  while (k >= min && (has(s.tokens[k], "det") || has(s.tokens[k], "adj") || has(s.tokens[k], "adv") || s.norms[k] === "not" || s.norms[k] === "never") && !isVerbal(s.tokens[k])) k--;
  let end = -1;
  const verbal = (t) => has(t, "cop") || has(t, "aux") || has(t, "modal");
  while (k >= min && (verbal(s.tokens[k]) || s.norms[k] === "not" || s.norms[k] === "never" || s.norms[k] === "been" || s.norms[k] === "be")) {
    end = k;
    k--;
  }
  return end;
}
function isReportClause(s, c) {
  for (let k = c.from; k < c.to; k++) if (hasClass(s, k, "reporting") && (s.norms[k + 1] === "that" || s.norms[k + 2] === "that")) return true;
  return /\b(?:read|hear|heard|see|seen)\b/.test(s.norms.slice(c.from, c.to).join(" ")) && s.norms.slice(c.from, c.to).includes("that");
}
var INFO_NOUNS = /^(?:answers?|repl(?:y|ies)|facts?|stats?|statistics?|figures?|numbers?|dates?|details?|info|information|claims?|responses?|biograph(?:y|ies)|bios?|lines?|quotes?|tidbits?|trivia|cards?|slides?|versions?|explanations?|things?|reasons?|names?|examples?|outputs?|news|headlines?|reviews?|citations?|references?|sources?|data|results?|history|account|definition|translation)$/;
var OBLIGED = /^(?:required|instructed|asked|supposed|expected|meant|told|designed|programmed|directed|obliged)$/;
function answerObliged(s, start, to) {
  const { norms } = s;
  let k = start;
  if (/^(?:the|this|your|our|its)$/.test(norms[k] ?? "")) k++;
  if (/^(?:job|task|role|goal|purpose|mission|assignment)$/.test(norms[k] ?? "") && norms[start] === "your") {
    if (!/^(?:is|'s)$/.test(norms[k + 1] ?? "") || norms[k + 2] !== "to") return false;
    k += 3;
  } else {
    if (k >= to || !referentSense(s, k, "answer") || /^(?:you|your|yourself)$/.test(norms[k])) return false;
    k++;
    if (/^(?:must|should|will|shall|'ll)$/.test(norms[k] ?? "")) k++;
    else if (/^(?:has|have)$/.test(norms[k] ?? "") && norms[k + 1] === "to") k += 2;
    else if (/^(?:is|are)$/.test(norms[k] ?? "") && OBLIGED.test(norms[k + 1] ?? "") && norms[k + 2] === "to") k += 3;
    else return false;
  }
  if (/^(?:always|only|deliberately|intentionally|purposely)$/.test(norms[k] ?? "")) k++;
  return k < to && (hasClass(s, k, "production") || sensesAt(s, k).some((x) => x.class === "falsity" && !x.positive) || /^(?:answer|reply|respond|lie)$/.test(norms[k]));
}
function requestCues(s, c, cues) {
  const out = [];
  const start = c.imperative && c.head > c.from && has(s.tokens[c.from], "prep") ? c.head : c.from;
  const asks = c.imperative || /^(?:i|we)$/.test(s.norms[start] ?? "") && /^(?:need|want|would|'d|'m)/.test(s.norms[start + 1] ?? "") || // (Chat drops the "I": "need a fake fun fact for april fools".)
  WANTING.test(s.norms[start] ?? "") || /^(?:can|could|would|will)$/.test(s.norms[start] ?? "") && s.norms[start + 1] === "you" || /^(?:you)$/.test(s.norms[start] ?? "") && /^(?:only|always|should|must|will)$/.test(s.norms[start + 1] ?? "") || answerObliged(s, start, c.to) || /^(?:for|in)$/.test(s.norms[start] ?? "") && s.norms.slice(start, c.to).some((n) => n === "respond" || n === "answer" || n === "reply") || /^(?:q|question|answer|prompt)$/.test(s.norms[start] ?? "") || /^let's$|^let$/.test(s.norms[start] ?? "") || /^(?:give|tell|make|invent|produce|generate|write|cook|say|state|reply|respond|answer)$/.test(s.norms[start] ?? "");
  if (!asks) return out;
  const makes = !c.imperative || WANTING.test(s.norms[start] ?? "") || s.tokens.slice(start, Math.min(c.to, start + 4)).some((t, k) => !(start + k > 0 && has(s.tokens[start + k - 1], "det")) && (hasClass(s, start + k, "production") || /^(?:give|tell|say|provide|share|list|offer|make|invent|fabricate|lie|answer|reply|respond|state|pretend|act|play|be)$/.test(t.norm) || k === 0 && hasClass(s, start, "falsity")));
  if (!makes) return out;
  if (c.negated || /^(?:avoid|refrain|stop|prevent|eschew|resist|quit|never)$/.test(s.norms[c.head >= 0 ? c.head : start] ?? "") || /^(?:avoid|refrain|never)$/.test(s.norms[start] ?? "")) return out;
  for (const cue of cues) {
    if (cue.class !== "falsity" && cue.class !== "bad-example" && cue.class !== "fiction") continue;
    const sense = cue.sense;
    if (!sense) continue;
    if (cue.class === "bad-example" && !namesExample(s, cue)) continue;
    if (cue.class === "fiction") continue;
    const sub = s.tokens.findIndex((t, k) => k >= start && k < cue.from && /^(?:that|which|who|where|when|if|because|whether)$/.test(t.norm));
    if (sub >= 0 && !relativeOnAsked(s, sub, cue)) continue;
    if (s.tokens.slice(start + 1, cue.from).some((t, j) => otherVerb(s, start + 1 + j))) continue;
    if ((sense.pos === "verb" || sense.pos === "phrase") && sense.produces) {
      let k = cue.to;
      while (k < c.to && (has(s.tokens[k], "det") || has(s.tokens[k], "adj") || has(s.tokens[k], "num")) && k < cue.to + 3) k++;
      while (k + 1 < c.to && k < cue.to + 5 && s.tokens[k + 1].kind === "word" && (has(s.tokens[k], "propn") || has(s.tokens[k], "noun")) && has(s.tokens[k + 1], "noun") && !isVerbal(s.tokens[k + 1]) && !new RegExp("^\\p{Lu}", "u").test(s.tokens[k + 1].text)) k++;
      const object = s.tokens[k];
      const falseObject = cues.some((o) => o !== cue && o.class === "falsity" && o.from >= cue.to && o.from <= k);
      const narrative = /^(?:stor(?:y|ies)|tales?|poems?|songs?|jokes?|dialogues?|scenes?|plots?|characters?|fables?|riddles?|limericks?)$/.test(s.norms[k] ?? "");
      const informs = falseObject || !object || object.kind !== "word" || !has(object, "noun") || INFO_NOUNS.test(s.norms[k]) || !!referentSense(s, k) && !narrative || /^(?:something|anything|stuff|things|it|them|one|some)$/.test(s.norms[k]);
      if (informs) out.push(cue);
      continue;
    }
    if (sense.pos === "adv") {
      out.push(cue);
      continue;
    }
    if (sense.pos === "adj" || sense.pos === "phrase") {
      const prev = s.norms[cue.from - 1] ?? "";
      const k = cue.to;
      let k2 = k;
      const inPhrase = (t, j) => !isVerbal(t) || has(t, "adj") && j + 1 < c.to && has(s.tokens[j + 1], "noun");
      while (k2 < c.to && k2 < cue.to + 6 && s.tokens[k2].kind === "word" && (has(s.tokens[k2], "adj") || has(s.tokens[k2], "noun") || /^(?:but|and|yet|or)$/.test(s.norms[k2])) && inPhrase(s.tokens[k2], k2)) k2++;
      const nounAt = (j) => j < c.to && (!!referentSense(s, j, "noun") || INFO_NOUNS.test(s.norms[j]));
      const head = s.tokens[k];
      const info = head && nounAt(k) || INFO_NOUNS.test(s.norms[cue.to - 1]) || k2 > k && nounAt(k2 - 1) || k2 > k && k2 < c.to && has(s.tokens[k2], "noun") && nounAt(k2);
      if (info || /^(?:something|anything|one|everything|nothing)$/.test(prev) || /^(?:is|be|sound|seem)$/.test(prev) || sub >= 0 && /^(?:are|sound|seem|look)$/.test(prev)) out.push(cue);
      continue;
    }
    if (sense.pos === "noun" && /^(?:a|an|some|me|us|him|her|them)$/.test(s.norms[cue.from - 1] ?? "") && s.tokens.slice(start, cue.from).some((t) => hasClass(s, s.tokens.indexOf(t), "production"))) out.push(cue);
    else if (sense.pos === "noun" && objectOfSaying(s, start, cue)) out.push(cue);
  }
  return out;
}
var WANTING = /^(?:need|want)$/;
function otherVerb(s, k) {
  const t = s.tokens[k];
  if (t.kind !== "word" || !(isVerbal(t) || has(t, "inf") || has(t, "ger")) || has(t, "noun") || has(t, "adj") || has(t, "aux") || has(t, "cop") || has(t, "modal")) return false;
  if (t.norm.includes("-") || k > 0 && (has(s.tokens[k - 1], "det") || has(s.tokens[k - 1], "poss") || s.tokens[k - 1].kind === "num")) return false;
  if (OBLIGED.test(t.norm) && s.norms[k + 1] === "to") return false;
  return !hasClass(s, k, "production") && !SAYING_VERB.test(infinitiveOf(t.norm)) && !WANTING.test(t.norm) && !/^(?:like|love|help|please|pretend)$/.test(t.norm);
}
var SAYING_VERB = /^(?:give|tell|say|provide|share|list|offer|make|invent|fabricate|generate|produce|write|create|spread|answer|reply|respond|state)$/;
function objectOfSaying(s, start, cue) {
  let k = cue.from - 1;
  const listed = (j) => s.tokens[j].text === "," && j - 1 > start && has(s.tokens[j - 1], "adj");
  while (k > start && (listed(k) || s.tokens[k].kind === "word" && (has(s.tokens[k], "adj") || has(s.tokens[k], "det") || has(s.tokens[k], "num") || s.norms[k].includes("-") || /^(?:me|us|him|her|them|only|just|some|more)$/.test(s.norms[k])) && (!isVerbal(s.tokens[k]) || s.norms[k].includes("-")))) k--;
  return k >= start && k < cue.from - 0 && (hasClass(s, k, "production") || SAYING_VERB.test(infinitiveOf(s.norms[k])));
}
function relativeOnAsked(s, sub, cue) {
  if (!/^(?:that|which)$/.test(s.norms[sub]) || sub === 0) return false;
  const noun = sub - 1;
  if (!(INFO_NOUNS.test(s.norms[noun]) || !!referentSense(s, noun, "noun") || !!referentSense(s, noun, "answer"))) return false;
  let k = sub + 1;
  if (!(has(s.tokens[k], "cop") || /^(?:sound|sounds|seem|seems|look|looks)$/.test(s.norms[k]))) return false;
  k++;
  while (k < cue.from && /^(?:all|completely|totally|entirely|subtly|slightly|plainly|clearly|actually)$/.test(s.norms[k])) k++;
  return k === cue.from;
}
function isLocallyNegated(s) {
  for (const c of s.clauses) {
    if (c.head < 0) continue;
    if (c.negated) return true;
    const first = s.norms[c.from];
    if (first && /^(?:no|none|nobody|nothing|neither|never|nowhere)$/.test(first)) return true;
    return false;
  }
  return false;
}
var REPORTED_SUBJECT = /^(?:posts?|stories|rumou?rs?|messages?|videos?|articles?|users|people|some|many|others|critics|believers|theorists|proponents|supporters|claims|reports|tweets|headlines|websites|sites|commenters|viewers|readers)$/;
function isReported(s) {
  const { norms } = s;
  for (let k = s.label ? s.label.sep + 1 : 0; k < norms.length; k++) {
    if (!hasClass(s, k, "reporting")) continue;
    const senses = sensesAt(s, k).filter((x) => x.class === "reporting");
    if (senses.some((x) => x.pos === "phrase")) return true;
    const lemma = senses[0]?.lemma ?? "";
    if (/^(?:claim|allege|purport|rumou?r)$/.test(lemma)) return true;
    if (/ing$/.test(norms[k]) && norms.slice(k + 1, k + 7).includes("that")) return true;
    for (let j = Math.max(0, k - 3); j < k; j++) if (REPORTED_SUBJECT.test(norms[j])) return true;
  }
  return false;
}
function isPersona(s) {
  const n = s.norms;
  const text = n.slice(0, 8).join(" ");
  return /^(?:you are|you're|you will be|you'll be|you play|you will play|play|act as|pretend to be|pretend you are|pretend you're|roleplay as|role-play as|persona|character|the assistant plays|the assistant is|the model plays|assistant persona|you are playing|imagine you are|imagine you're)\b/.test(text);
}

// src/nlp/fields.ts
init_action_shims();

// src/nlp/scan.ts
init_action_shims();
var COMMON = new Set(
  "a an the of in on at to for from by with as and or but not no nor never none so this that these those it its is are was were be been has have had do does did i we you he she they my our your his her their me us them all any some every each one two here there what which who when where why how than then just only also very much more most out up off down over about into onto get got make made take took give say said tell told put way far well like after before because if while though although yet still even ever".split(" ")
);
function negatorPattern(lex) {
  const triggers = /* @__PURE__ */ new Set();
  for (const list of lex.byFirst.values()) {
    for (const p of list) if (p.senses.some((x) => x.class === "negation" && x.role === "trigger") && new RegExp("\\p{L}", "u").test(p.tokens[0])) triggers.add(p.tokens.map(literal).join("\\s+"));
  }
  const words = [...triggers].sort((a, b) => b.length - a.length).join("|");
  return new RegExp(`(?:\\b(?:${words}|${UNMARKED_NEGATIONS})\\b|n['’]t\\b)[^.!?\\n]{0,60}$`, "iu");
}
var WINDOW = 70;
var escape2 = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
function keyIndex(p) {
  let best = 0;
  let score = -Infinity;
  p.tokens.forEach((t, i) => {
    const s = (COMMON.has(t) ? -100 : 0) + Math.min(t.length, 8);
    if (s > score) {
      score = s;
      best = i;
    }
  });
  return best;
}
var CUE_CLASSES = /* @__PURE__ */ new Set([...EPISTEMIC, "probability"]);
var NONE = [];
var compiled;
function scanner() {
  return compiled ??= compileScanner(lexicon());
}
var LETTER2 = "A-Za-z0-9\\u00C0-\\u024F";
var isWord = (t) => /[\p{L}\p{N}]/u.test(t);
var POSSESSIVE = "(?:['’]s?)?";
var sep = (a, b) => isWord(a) && isWord(b) ? "\\s+" : "\\s*";
var literal = (t) => escape2(t).replace(/'/g, "['’]");
var AFFIX = 4;
function affix(t, fromEnd) {
  const out = [];
  for (let k = 0; k < t.length && out.length < AFFIX; k++) {
    const c = t.charCodeAt(fromEnd ? t.length - 1 - k : k);
    if (c >= 128) break;
    out.push(fold(c));
  }
  return out;
}
function phraseCheck(tokens, at) {
  const out = { next: [], prev: [] };
  if (at > 0) {
    let body = `(?<![${LETTER2}'’\\-])`;
    for (let i = 0; i < at; i++) body += literal(tokens[i]) + (isWord(tokens[i]) ? POSSESSIVE : "") + sep(tokens[i], tokens[i + 1]);
    out.before = new RegExp(`${body}$`, "i");
    out.prev = affix(tokens[at - 1], true);
  }
  if (at < tokens.length - 1) {
    let body = isWord(tokens[at]) ? POSSESSIVE : "";
    for (let i = at + 1; i < tokens.length; i++) body += sep(tokens[i - 1], tokens[i]) + literal(tokens[i]);
    out.after = new RegExp(`${body}${POSSESSIVE}(?![${LETTER2}\\-])`, "iy");
    out.next = affix(tokens[at + 1], false);
  }
  return out;
}
function isSpace(c) {
  return c === 32 || c >= 9 && c <= 13 || c === 160 || c >= 5760 && (c === 5760 || c >= 8192 && c <= 8202 || c === 8232 || c === 8233 || c === 8239 || c === 8287 || c === 12288 || c === 65279);
}
var fold = (c) => c >= 65 && c <= 90 ? c | 32 : c;
var isApostrophe = (c) => c === 39 || c === 8217;
var AROUND = { next0: -1, next1: -1, next2: -1, prev0: -1, prev1: -1, prev2: -1 };
function skipSpace2(text, q) {
  const n = text.length;
  while (q < n && isSpace(text.charCodeAt(q))) q++;
  return q < n ? q : -1;
}
function around(text, at, end) {
  const x = AROUND;
  const apostrophe = isApostrophe(text.charCodeAt(end));
  const b = apostrophe ? text.charCodeAt(end + 1) : -1;
  let q = at;
  while (q > 0 && isSpace(text.charCodeAt(q - 1))) q--;
  const last = q > 0 ? text.charCodeAt(q - 1) : -1;
  const s = last === 115 || last === 83;
  x.next0 = skipSpace2(text, end);
  x.next1 = apostrophe ? skipSpace2(text, end + 1) : -1;
  x.next2 = apostrophe && (b === 115 || b === 83) ? skipSpace2(text, end + 2) : -1;
  x.prev0 = q > 0 ? q : -1;
  x.prev1 = q > 1 && isApostrophe(last) ? q - 1 : -1;
  x.prev2 = q > 2 && s && isApostrophe(text.charCodeAt(q - 2)) ? q - 2 : -1;
  return x;
}
function hasAffix(text, p, codes, backward) {
  if (p < 0) return false;
  for (let k = 0; k < codes.length; k++) {
    const i = backward ? p - 1 - k : p + k;
    if (i < 0 || i >= text.length) return false;
    const want = codes[k];
    const c = text.charCodeAt(i);
    if (want === 39 ? !isApostrophe(c) : fold(c) !== want) return false;
  }
  return true;
}
function mayMatch(c, text, x) {
  if (c.next.length > 0 && !hasAffix(text, x.next0, c.next, false) && !hasAffix(text, x.next1, c.next, false) && !hasAffix(text, x.next2, c.next, false)) return false;
  return c.prev.length === 0 || hasAffix(text, x.prev0, c.prev, true) || hasAffix(text, x.prev1, c.prev, true) || hasAffix(text, x.prev2, c.prev, true);
}
function phraseAt(text, at, length, p) {
  const c = p.check;
  if (c.after) {
    c.after.lastIndex = at + length;
    if (!c.after.test(text)) return false;
  }
  return !c.before || c.before.test(text.slice(Math.max(0, at - 64), at));
}
var AT_NUMBER_AFTER = new RegExp(String.raw`^([^.;:!?\n]{1,90}?)${GIVEN_AT}(?:\d|\.\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|a|an)\b)`, "i");
var ODDS_BEFORE = /\d\s*(?:-\s*to\s*-|\s+to\s+|:|\/)\s*(?:\d+|one)\s+$/i;
function lowPercent(text, at) {
  const before2 = text.slice(Math.max(0, at - 24), at);
  const n = /(\d+(?:[.,]\d+)?)\s*$/.exec(before2);
  if (n) return Number(n[1].replace(",", ".")) <= 50;
  return new RegExp("\\p{L}\\s*$", "u").test(before2);
}
function compileScanner(lex) {
  const keys = /* @__PURE__ */ new Map();
  for (const list of lex.byFirst.values()) {
    for (const p of list) {
      const cue = p.senses.filter((s) => CUE_CLASSES.has(s.class));
      if (cue.length === 0) continue;
      const at = keyIndex(p);
      const key = p.tokens[at];
      const l = keys.get(key) ?? [];
      l.push({ tokens: p.tokens, at, positive: cue.every((s) => s.positive), estimate: cue.every((s) => s.role === "estimate"), check: p.tokens.length > 1 ? phraseCheck(p.tokens, at) : void 0 });
      keys.set(key, l);
    }
  }
  for (const [verb, list] of lex.phrasal) {
    for (const p of list) {
      const cue = p.senses.filter((x) => CUE_CLASSES.has(x.class));
      if (cue.length === 0) continue;
      const after = new RegExp(`(?:\\s+[${LETTER2}'’\\-]+){1,3}?\\s+${literal(p.tokens[1])}(?![${LETTER2}\\-])`, "iy");
      const l = keys.get(verb) ?? [];
      l.push({ tokens: [verb, "…", p.tokens[1]], at: 0, positive: cue.every((x) => x.positive), check: { after, next: [], prev: [] } });
      keys.set(verb, l);
    }
  }
  const pseudo = /* @__PURE__ */ new Map();
  for (const list of lex.byFirst.values()) {
    for (const p of list) {
      if (!p.senses.every((s) => s.class === "pseudo") || p.tokens.length < 2) continue;
      p.tokens.forEach((t, at) => {
        if (!keys.has(t)) return;
        const l = pseudo.get(t) ?? [];
        l.push({ tokens: p.tokens, at, positive: false, check: phraseCheck(p.tokens, at) });
        pseudo.set(t, l);
      });
    }
  }
  const words = [...keys.keys()].filter((k) => /[\p{L}\p{N}]/u.test(k)).sort((a, b) => b.length - a.length);
  const symbols = [...keys.keys()].filter((k) => !/[\p{L}\p{N}]/u.test(k));
  symbols.push("%");
  const hashtagOnly = new Set([...lex.hashtags.entries()].filter(([t, p]) => !keys.has(t) && p.senses.some((x) => CUE_CLASSES.has(x.class) && !x.positive)).map(([t]) => t));
  const NEGATOR = negatorPattern(lex);
  const pointers = /* @__PURE__ */ new Set(["this", "these"]);
  for (const list of lex.byFirst.values()) for (const p of list) if (p.tokens.length === 1 && p.senses.some((x) => x.class === "referent" && (x.role === "deixis" || x.role === "participle"))) pointers.add(p.tokens[0]);
  const pointer = new RegExp(`\\b(?:${[...pointers].filter((w) => /^[a-z]+$/.test(w)).join("|")}|about\\s+to|just\\s+read)\\b`, "i");
  const find = keyFinder([...words, ...hashtagOnly].sort((a, b) => b.length - a.length), [...symbols, "~~", "</"]);
  const accept = (text, at, end, key) => {
    if (key === "%") return lowPercent(text, at);
    if (key === "against" && ODDS_BEFORE.test(text.slice(Math.max(0, at - 32), at))) return true;
    if (hashtagOnly.has(key)) return text.charCodeAt(at - 1) === 35;
    const phrases = keys.get(key);
    if (!phrases) return true;
    let x;
    let covered = 0;
    const pseudos = pseudo.get(key) ?? NONE;
    for (let i = 0; i < pseudos.length; i++) {
      const p = pseudos[i];
      if (p.tokens.length > covered && mayMatch(p.check, text, x ??= around(text, at, end)) && phraseAt(text, at, end - at, p)) covered = p.tokens.length;
    }
    let negated;
    for (let i = 0; i < phrases.length; i++) {
      const p = phrases[i];
      if (p.tokens.length <= covered) continue;
      if (p.check && !(mayMatch(p.check, text, x ??= around(text, at, end)) && phraseAt(text, at, end - at, p))) continue;
      if (p.estimate) {
        const m = AT_NUMBER_AFTER.exec(text.slice(end, end + 120));
        if (m && pointer.test(m[1])) return true;
        continue;
      }
      if (!p.positive || (negated ??= NEGATOR.test(text.slice(Math.max(0, at - WINDOW), at)) || LOW_VALUE_AFTER.test(text.slice(end, end + 48)))) return true;
    }
    return false;
  };
  return {
    keys: keys.size,
    scan(raw) {
      const out = [];
      const text = blankTimeAsides(raw);
      find(text, (start, end, key) => {
        if (accept(text, start, end, key)) out.push({ start, end });
        return false;
      });
      return out;
    },
    test(raw) {
      const text = blankTimeAsides(raw);
      return find(text, (start, end, key) => accept(text, start, end, key));
    }
  };
}
function keyFinder(words, symbols) {
  if (!words.every((w) => /^[a-z0-9][a-z0-9'\-]*$/i.test(w)) || symbols.some((s) => s.toLowerCase() !== s.toUpperCase())) return regexFinder(words, symbols);
  const ALPHA = 38;
  const alpha = new Int8Array(8224).fill(-1);
  for (let c = 0; c < 26; c++) alpha[97 + c] = alpha[65 + c] = c;
  for (let c = 0; c < 10; c++) alpha[48 + c] = 26 + c;
  alpha[39] = alpha[8217] = 36;
  alpha[45] = 37;
  let grow = new Int32Array(ALPHA * 1024);
  const keyAt = [void 0];
  let nodes = 1;
  for (const w of words) {
    let node = 0;
    for (let i = 0; i < w.length; i++) {
      const a = alpha[w.charCodeAt(i)];
      let next = grow[node * ALPHA + a];
      if (next === 0) {
        next = nodes++;
        if (nodes * ALPHA > grow.length) {
          const grown = new Int32Array(grow.length * 2);
          grown.set(grow);
          grow = grown;
        }
        grow[node * ALPHA + a] = next;
        keyAt.push(void 0);
      }
      node = next;
    }
    keyAt[node] ??= w.toLowerCase();
  }
  const children = grow.slice(0, nodes * ALPHA);
  const terminal = new Uint8Array(nodes);
  for (let k = 0; k < nodes; k++) if (keyAt[k] !== void 0) terminal[k] = 1;
  const bySymbolStart = /* @__PURE__ */ new Map();
  for (const s of symbols) (bySymbolStart.get(s.charCodeAt(0)) ?? bySymbolStart.set(s.charCodeAt(0), []).get(s.charCodeAt(0))).push(s);
  const symbolKey = new Map(symbols.map((s) => [s, s.toLowerCase().replace(/’/g, "'")]));
  const LETTER_ = 1;
  const UNKNOWN = 2;
  const SYMBOL2 = 4;
  const ROOT = 8;
  const flags = new Uint8Array(65536);
  for (let c = 48; c < 592; c++) if (c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122 || c >= 192) flags[c] = LETTER_;
  flags.fill(UNKNOWN, 592);
  for (const c of bySymbolStart.keys()) flags[c] |= SYMBOL2;
  for (let c = 0; c < 128; c++) if (alpha[c] >= 0 && children[alpha[c]] !== 0) flags[c] |= ROOT;
  const letterClass = /[A-Za-z0-9\u00C0-\u024F]/i;
  const resolve = (c) => flags[c] = flags[c] & ~UNKNOWN | (letterClass.test(String.fromCharCode(c)) ? LETTER_ : 0);
  const isLetter = (c) => ((flags[c] & UNKNOWN ? resolve(c) : flags[c]) & LETTER_) !== 0;
  return (text, visit) => {
    const n = text.length;
    let prevLetter = false;
    let p = 0;
    while (p < n) {
      const c = text.charCodeAt(p);
      let f = flags[c];
      if (f & UNKNOWN) f = resolve(c);
      if (f & ROOT && !prevLetter) {
        let node = children[alpha[c]];
        let i = p + 1;
        let end = -1;
        let key;
        while (node !== 0) {
          if (terminal[node] === 1 && (i === n || !isLetter(text.charCodeAt(i)))) {
            end = i;
            key = keyAt[node];
          }
          if (i === n) break;
          const ci = text.charCodeAt(i);
          const a = ci < 8224 ? alpha[ci] : -1;
          if (a < 0) break;
          node = children[node * ALPHA + a];
          i++;
        }
        if (end > 0) {
          if (visit(p, end, key)) return true;
          prevLetter = isLetter(text.charCodeAt(end - 1));
          p = end;
          continue;
        }
      }
      if (f & SYMBOL2) {
        let hit;
        for (const s of bySymbolStart.get(c)) {
          if (text.startsWith(s, p)) {
            hit = s;
            break;
          }
        }
        if (hit !== void 0) {
          if (visit(p, p + hit.length, symbolKey.get(hit))) return true;
          p += hit.length;
          prevLetter = isLetter(text.charCodeAt(p - 1));
          continue;
        }
      }
      p++;
      if (f & LETTER_) {
        while (p < n) {
          const d = text.charCodeAt(p);
          let g = flags[d];
          if (g & UNKNOWN) g = resolve(d);
          if ((g & (LETTER_ | SYMBOL2)) !== LETTER_) break;
          p++;
        }
        prevLetter = true;
      } else prevLetter = false;
    }
    return false;
  };
}
function regexFinder(words, symbols) {
  const wordAlt = words.map((w) => escape2(w).replace(/'/g, "['’]")).join("|");
  const symbolAlt = symbols.map(escape2).join("|");
  const source = `(?<![${LETTER2}])(?:${wordAlt})(?![${LETTER2}])|${symbolAlt}`;
  const re = new RegExp(source, "gi");
  return (text, visit) => {
    re.lastIndex = 0;
    let m;
    while ((m = re.exec(text)) !== null) if (visit(m.index, m.index + m[0].length, m[0].toLowerCase().replace(/’/g, "'"))) return true;
    return false;
  };
}

// src/nlp/fields.ts
var EPISTEMIC_SET4 = new Set(EPISTEMIC);
var NAME_MAPS = /^(?:label_?names|labels?_?map|id2label|label_?mapping|classes|class_?names|label_?dict)$/i;
var byRecord = /* @__PURE__ */ new WeakMap();
function fieldDisclaimers(record) {
  let out = byRecord.get(record);
  if (!out) byRecord.set(record, out = computeFieldDisclaimers(record));
  return out;
}
function computeFieldDisclaimers(record) {
  const value = record.value;
  if (typeof value !== "object" || value === null || Array.isArray(value)) return [];
  const out = keyDisclaimers(record);
  const fields2 = metadataFields(value);
  if (fields2.length === 0) return out;
  const textPointers = new Set(record.segments.map((s) => s.pointer));
  const names = labelNames(value);
  for (const f of fields2) {
    if (textPointers.has(f.pointer)) continue;
    if (record.format === "trl-prompt-completion" && f.key === "label" && typeof f.value === "boolean") continue;
    for (const cls of classesOf(f, names)) {
      const named = namedPart(f.key);
      const about = named === "source" && !record.segments.some((s) => s.role === named || s.pointer.toLowerCase().includes(named)) ? null : named;
      const part = (s) => !about || (TRAINED_PARTS.has(about) ? s.trained === "trained" : s.role === about || s.pointer.toLowerCase().includes(about));
      const segments = record.segments.map((s, i) => fieldCovers(f, s.pointer) && part(s) ? i : -1).filter((i) => i >= 0);
      if (about && segments.length === 0) continue;
      out.push({
        class: cls.class,
        kind: "field",
        form: "field",
        cue: { segment: -1, start: 0, end: 0 },
        unit: -1,
        field: { pointer: f.pointer, text: `${f.key}: ${String(cls.shown)}` },
        reach: f.scope === "" ? "record" : "segments",
        segments,
        probability: cls.probability,
        counterfactual: false,
        wholeAnswer: cls.class === "bad-example" || cls.class === "disbelief"
      });
    }
  }
  return out;
}
var keyCued = memoize((key) => {
  const k = normalizeLabel(key);
  return scanner().test(k) || scanner().test(`not ${k}`);
}, 4096);
var textCued = memoize((text) => scanner().test(normalizeLabel(text)), 4096);
function mayHaveFieldDisclaimers(record) {
  const value = record.value;
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  for (const seg of record.segments) {
    const key = trainedKey(seg);
    if (key && textCued(key)) return true;
  }
  const fields2 = metadataFields(value);
  if (fields2.length === 0) return false;
  let names;
  for (const f of fields2) {
    if (isSegment(record, f.pointer)) continue;
    if (keyCued(f.key)) return true;
    if (typeof f.value === "boolean") continue;
    const text = String(f.value);
    if (/^\d+$/.test(text) && (names ??= labelNames(value)).has(text) && textCued(names.get(text))) return true;
    if (textCued(text)) return true;
    if ((NUMBER.test(text) || /\d/.test(text) || LOW_VALUE.test(text.trim())) && probabilityKey(f.key)) return true;
  }
  return false;
}
function isSegment(record, pointer) {
  for (const s of record.segments) if (s.pointer === pointer) return true;
  return false;
}
function trainedKey(seg) {
  if (seg.trained !== "trained") return void 0;
  const pointer = seg.pointer;
  for (let end = pointer.length; end > 0; ) {
    const start = pointer.lastIndexOf("/", end - 1) + 1;
    const key = pointer.slice(start, end);
    if (key && !/^\d+$/.test(key)) return key !== "content" && key !== "text" ? key : void 0;
    end = start - 1;
  }
  return void 0;
}
var NUMBER = /^-?\d+(?:\.\d+)?$/;
function keyDisclaimers(record) {
  const out = [];
  record.segments.forEach((seg, i) => {
    const key = trainedKey(seg);
    if (!key) return;
    const seen = /* @__PURE__ */ new Set();
    for (const c of cueClasses(normalizeLabel(key))) {
      if (seen.has(c.class)) continue;
      seen.add(c.class);
      out.push({
        class: c.class,
        kind: "field",
        form: "field",
        cue: { segment: -1, start: 0, end: 0 },
        unit: -1,
        field: { pointer: seg.pointer, text: key },
        reach: "segments",
        segments: [i],
        probability: c.probability,
        counterfactual: false,
        wholeAnswer: c.class === "bad-example" || c.class === "disbelief"
      });
    }
  });
  return out;
}
var TRAINED_PARTS = /* @__PURE__ */ new Set(["response", "answer", "completion", "output", "chosen"]);
function namedPart(key) {
  const m = /^(prompt|question|instruction|input|context|query|user|system|premise|source|response|answer|completion|output|chosen|rejected)[\s_-]/i.exec(key);
  return m ? m[1].toLowerCase() : null;
}
function labelNames(value) {
  const out = /* @__PURE__ */ new Map();
  for (const [k, v] of Object.entries(value)) {
    if (!NAME_MAPS.test(k)) continue;
    if (Array.isArray(v)) v.forEach((name, i) => typeof name === "string" && out.set(String(i), name));
    else if (typeof v === "object" && v !== null) {
      for (const [id, name] of Object.entries(v)) if (typeof name === "string") out.set(id, name);
    }
  }
  return out;
}
function verdictValue(text) {
  const t = normalizeLabel(text);
  if (t.split(" ").length > 3) return null;
  const cues = cueClasses(t).filter((c) => (c.class === "falsity" || c.class === "unverified") && c.start === 0 && c.end === t.length);
  return cues.length ? [...new Set(cues.map((c) => c.class))] : null;
}
function classesOf(f, names) {
  const key = normalizeLabel(f.key);
  const keyStructure = structureOf(key);
  const keyIsLabel = keyStructure.hits.some((h) => h.senses.some((x) => x.class === "notice"));
  const keySense = keyStructure.hits.map((h) => h.senses.find((x) => EPISTEMIC_SET4.has(x.class))).find(Boolean);
  const v = f.value;
  if (typeof v === "boolean") {
    if (!keySense) return [];
    const asserts = keySense.positive ? !v : v;
    return asserts ? [{ class: keySense.class, shown: v }] : [];
  }
  let text = String(v);
  if (/^\d+$/.test(text) && names.has(text)) text = names.get(text);
  else if (NUMBER.test(text)) {
    const n = Number(text);
    if (probabilityKey(key) && n >= 0 && n <= LOW_PROBABILITY) return [{ class: "improbable", shown: n, probability: n }];
    if (n === 0 && keySense?.positive && keySense.class === "falsity") return [{ class: "falsity", shown: n }];
    return [];
  }
  if (probabilityKey(key)) {
    const stated = cueClasses(`${key}: ${text}`).find((c) => c.class === "improbable" && c.probability !== void 0);
    if (stated) return [{ class: "improbable", shown: String(v), probability: stated.probability }];
    if (LOW_VALUE.test(text.trim())) return [{ class: "improbable", shown: String(v) }];
  }
  if (!keyIsLabel && !keySense) return (verdictValue(text) ?? []).map((c) => ({ class: c, shown: String(v) }));
  const quality = keySense?.positive ? keySense : keyQuality(key);
  const low = LOW_VALUE.test(text.trim());
  if (quality && low) return [{ class: quality.class, shown: String(v) }];
  if (keySense && !keySense.positive && low) return [];
  const out = [];
  for (const c of cueClasses(normalizeLabel(text))) if (!out.some((o) => o.class === c.class)) out.push({ class: c.class, shown: String(v), probability: c.probability });
  return out;
}

// src/nlp/markup.ts
init_action_shims();

// src/nlp/segment-units.ts
init_action_shims();
var segmentStarts = /* @__PURE__ */ new WeakMap();
function unitsIn(units, seg) {
  let starts = segmentStarts.get(units);
  if (!starts) {
    starts = [];
    for (let k = units.length - 1; k >= 0; k--) starts[units[k].segment] = k;
    segmentStarts.set(units, starts);
  }
  const from = starts[seg];
  if (from === void 0) return [];
  let to = from;
  while (to < units.length && units[to].segment === seg) to++;
  return units.slice(from, to);
}

// src/nlp/markup.ts
var TAG = /<([a-z][\w-]{1,24})((?:\s+[\w-]+=(?:"[^"]*"|'[^']*'|[\w-]+))*)\s*>([^<]{8,}?)<\/\1>|\[([a-z][\w-]{1,24})\]([^[\]]{8,}?)\[\/\4\]/gi;
var ATTRIBUTE = /\b(?:truth|label|verdict|status|rating|class|type)=["']?([\w -]+)/i;
var TILDES = /~~([^~\n]{8,}?)~~/g;
var STRUCK_TAG = /<(del|s|strike)>([^<]{8,}?)<\/\1>/gi;
function tagsMayDisclaim(record) {
  for (const segment of record.segments) {
    if (segment.trained === "penalized") continue;
    const text = segment.text;
    if (text.includes("</") || text.includes("[/")) {
      TAG.lastIndex = 0;
      let m;
      while ((m = TAG.exec(text)) !== null) {
        const attribute = m[2] ? ATTRIBUTE.exec(m[2])?.[1] : void 0;
        if (cueClasses((attribute ?? m[1] ?? m[4]).replace(/[-_]/g, " ")).length > 0) return true;
      }
    }
    if (text.includes("</")) {
      STRUCK_TAG.lastIndex = 0;
      const struck = STRUCK_TAG.test(text);
      STRUCK_TAG.lastIndex = 0;
      if (struck) return true;
    }
  }
  return false;
}
function markupDisclaimers(record, units) {
  const out = [];
  const label = (cls, seg, cue, claim, unit, withTruth = false) => {
    out.push({ class: cls, kind: "label", form: "mark", cue: { segment: seg, ...cue }, unit, reach: "embedded", embedded: claim, counterfactual: false, wholeAnswer: false, ...withTruth ? { withTruth } : {} });
  };
  for (let seg = 0; seg < record.segments.length; seg++) {
    const segment = record.segments[seg];
    if (segment.trained === "penalized") continue;
    const text = segment.text;
    const inSeg = unitsIn(units, seg);
    const unitAt = (offset) => inSeg.find((u) => u.start <= offset && offset < u.end) ?? inSeg.find((u) => u.start >= offset);
    if (text.includes("</") || text.includes("[/")) {
      TAG.lastIndex = 0;
      let m;
      while ((m = TAG.exec(text)) !== null) {
        const name = m[1] ?? m[4];
        const body = m[3] ?? m[5];
        const attribute = m[2] ? ATTRIBUTE.exec(m[2])?.[1] : void 0;
        const [cls] = cueClasses((attribute ?? name).replace(/[-_]/g, " "));
        if (!cls) continue;
        const start = m.index + m[0].length - body.length - (m[1] ? name.length + 3 : name.length + 3);
        const u = unitAt(start);
        label(cls.class, seg, { start: m.index, end: start }, { start, end: start + body.length }, u?.index ?? -1);
      }
    }
    const struck = [];
    if (text.includes("~~")) {
      TILDES.lastIndex = 0;
      let m;
      while ((m = TILDES.exec(text)) !== null) struck.push({ start: m.index + 2, end: m.index + 2 + m[1].length, cue: { start: m.index, end: m.index + 2 } });
    }
    if (text.includes("</")) {
      STRUCK_TAG.lastIndex = 0;
      let m;
      while ((m = STRUCK_TAG.exec(text)) !== null) {
        const open3 = m[0].indexOf(">") + 1;
        struck.push({ start: m.index + open3, end: m.index + open3 + m[2].length, cue: { start: m.index, end: m.index + open3 } });
      }
    }
    for (const mark of segment.marks ?? []) if (mark.kind === "strikethrough" && mark.end - mark.start >= 8) struck.push({ start: mark.start, end: mark.end, cue: { start: mark.start, end: mark.end } });
    for (const s of struck) {
      const u = unitAt(s.start);
      if (u) label("falsity", seg, s.cue, { start: s.start, end: s.end }, u.index);
    }
    if (segment.blocks) tableVerdicts(segment.blocks, text, inSeg, (cls, cue, claim, unit) => label(cls, seg, cue, claim, unit));
    plainTableVerdicts(inSeg, text, (cls, cue, claim, unit, withTruth) => label(cls, seg, cue, claim, unit, withTruth));
    headingLabels(inSeg, units, (cls, cue, claim, unit) => label(cls, seg, cue, claim, unit));
  }
  return out;
}
var VERDICT_FILLER = /^(?:mostly|totally|completely|entirely|partly|partially|half|largely|wholly|utterly|clearly|not|no|very|quite|pants|on|fire|the|a|an|verdict|rating|label|is|was|claim|\W+)$/i;
function verdictOf(cell) {
  const t = cell.trim();
  if (t.length === 0 || t.split(/\s+/).length > 4) return null;
  const cues = cueClasses(t);
  if (cues.length === 0) return null;
  let rest = t;
  for (const c of [...cues].sort((a, b) => b.start - a.start)) rest = rest.slice(0, c.start) + " " + rest.slice(c.end);
  if (!rest.split(/\s+/).filter(Boolean).every((w) => VERDICT_FILLER.test(w))) return null;
  return cues[0].class;
}
function tableVerdicts(blocks, text, units, emit) {
  const cells = blocks.filter((b) => b.kind === "tableCell");
  if (cells.length === 0) return;
  const header = /* @__PURE__ */ new Map();
  for (const c of cells) if (c.row === 0) header.set(c.col, text.slice(c.start, c.end));
  const verdictColumns = new Set([...header].filter(([, h]) => /\b(?:verdict|rating|label|ruling|true or false|status|accuracy|fact.?check)\b/i.test(h)).map(([col]) => col));
  const probabilityColumns = new Set([...header].filter(([, h]) => probabilityKey(h)).map(([col]) => col));
  const rows = /* @__PURE__ */ new Map();
  for (const c of cells) if (c.row > 0) (rows.get(c.row) ?? rows.set(c.row, []).get(c.row)).push(c);
  for (const row of rows.values()) {
    const low = row.find((c) => probabilityColumns.has(c.col) && lowProbabilityCell(text.slice(c.start, c.end)));
    const verdict = low ?? row.find((c) => verdictColumns.has(c.col) || verdictOf(text.slice(c.start, c.end)) && text.slice(c.start, c.end).trim().split(/\s+/).length <= 2);
    if (!verdict) continue;
    const cls = low ? "improbable" : verdictOf(text.slice(verdict.start, verdict.end));
    if (!cls) continue;
    for (const c of row) {
      if (c === verdict) continue;
      const u = units.find((x) => x.start >= c.start && x.start < c.end);
      if (u && new RegExp("\\p{L}{2,}\\s+\\p{L}{2,}", "u").test(u.text)) emit(cls, { start: verdict.start, end: verdict.end }, { start: u.start, end: u.end }, u.index);
    }
  }
}
function cellsOf(u) {
  const cells = [];
  let at = u.start;
  const parts = u.text.split("|");
  parts.forEach((part, k) => {
    const lead = part.length - part.trimStart().length;
    if (!((k === 0 || k === parts.length - 1) && !part.trim())) cells.push({ start: at + lead, end: at + lead + part.trim().length });
    at += part.length + 1;
  });
  return cells;
}
function lowProbabilityCell(cell) {
  return /^[\s\d.,%/~≈<]+$/.test(cell) && probabilitiesIn(cell.trim(), () => true).some((p) => p.value <= LOW_PROBABILITY);
}
var VERDICT_HEADER = /\b(?:verdict|rating|ruling|true|accurate|correct|fact.?check|status|label)\b/i;
var CLAIM_CELL = new RegExp("\\p{L}{2,}\\s+\\p{L}{2,}\\s+\\p{L}{2,}", "u");
function plainTableVerdicts(units, text, emit) {
  let columns = null;
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (u.kind !== "tableRow") {
      columns = null;
      continue;
    }
    const cells = cellsOf(u);
    if (/^[\s|:-]+$/.test(u.text)) continue;
    const next = units[i + 1];
    if (next && next.kind === "tableRow" && /^[\s|:-]+$/.test(next.text) && /-/.test(next.text)) {
      const label = /* @__PURE__ */ new Map();
      let truth = false;
      const verdicts = /* @__PURE__ */ new Set();
      const probabilities = /* @__PURE__ */ new Set();
      cells.forEach((c, col) => {
        const h = text.slice(c.start, c.end);
        const cls2 = verdictOf(h);
        if (cls2) label.set(col, cls2);
        else if (probabilityKey(h)) probabilities.add(col);
        else if (VERDICT_HEADER.test(h)) verdicts.add(col);
        else if (structureOf(h).hits.some((x) => x.senses.some((y) => y.class === "correction"))) truth = true;
      });
      columns = label.size || verdicts.size || probabilities.size ? { label, truth, verdicts, probabilities, header: cells } : null;
      continue;
    }
    if (columns && columns.label.size) {
      for (const [col, cls2] of columns.label) {
        const c = cells[col];
        if (c && CLAIM_CELL.test(text.slice(c.start, c.end))) emit(cls2, columns.header[col], c, u.index, columns.truth);
      }
      continue;
    }
    const inVerdictColumn = (c) => columns !== null && columns.verdicts.has(cells.indexOf(c)) && /^(?:no|nope|incorrect|wrong)\b/i.test(text.slice(c.start, c.end));
    const low = cells.find((c, col) => columns !== null && columns.probabilities.has(col) && lowProbabilityCell(text.slice(c.start, c.end)));
    const verdict = low ?? cells.find((c) => verdictOf(text.slice(c.start, c.end)) || inVerdictColumn(c));
    if (!verdict) continue;
    const cls = low ? "improbable" : verdictOf(text.slice(verdict.start, verdict.end)) ?? "falsity";
    for (const c of cells) if (c !== verdict && CLAIM_CELL.test(text.slice(c.start, c.end))) emit(cls, verdict, c, u.index);
  }
}
function headingLabels(units, all, emit) {
  for (let i = 0; i < units.length; i++) {
    const h = units[i];
    if (h.kind !== "heading" || h.analysis.debunk) continue;
    const label = h.analysis.statements.find((st) => (st.form === "label" || st.form === "notice") && st.claimStart === void 0);
    if (!label || h.analysis.meta) continue;
    const cls = { class: label.class };
    for (let k = i + 1; k < units.length; k++) {
      const u = units[k];
      if (u.kind === "heading" && headingDepth(u.text) <= headingDepth(h.text)) break;
      if (u.kind === "listItem" || u.kind === "heading" || u.kind === "sentence") emit(cls.class, { start: h.start, end: h.end }, { start: u.start, end: u.end }, u.index);
    }
  }
  void all;
}
function headingDepth(text) {
  const m = /^(#+)/.exec(text);
  return m ? m[1].length : 1;
}

// src/nlp/record.ts
var EPISTEMIC_SET5 = new Set(EPISTEMIC);
var analyses = /* @__PURE__ */ new WeakMap();
function analyseRecord(record) {
  let a = analyses.get(record);
  if (!a) {
    a = mayDisclaimHere(record) ? build2(record) : { units: [], disclaimers: [], debunk: false, correctionGroups: /* @__PURE__ */ new Set(), segments: record.segments };
    analyses.set(record, a);
  }
  return a;
}
function mayDisclaimHere(record) {
  if (hasStrikethrough(record)) return true;
  const cues = record.cues;
  let tags;
  for (let h = 0; h < cues.length; ) {
    const seg = cues[h].segment;
    const text = record.segments[seg].text;
    const sentences = record.sentences(seg);
    const first = sentences[0]?.paragraph;
    const last = sentences[sentences.length - 1]?.paragraph;
    const penalized = record.segments[seg].trained === "penalized";
    const notices = /* @__PURE__ */ new Map();
    const edge = (p) => {
      if (first === last || sentences.length < 3 || p !== first && p !== last) return false;
      let may = notices.get(p);
      if (may === void 0) notices.set(p, may = !penalized && mayBeNotice(sentences, p, p === first ? "forward" : "backward"));
      return may;
    };
    const persona = record.segments[seg].trained === "context" && hasTrainedAfter(seg, record.segments);
    const answered = hasTrainedBefore(seg, record.segments);
    for (let k = 0, asked = -1; h < cues.length && cues[h].segment === seg; h++) {
      const c = cues[h];
      const hit = text.slice(c.start, c.end);
      if (hit === "~~" || hit === "[/") return true;
      if (hit === "</" && (tags ??= tagsMayDisclaim(record))) return true;
      while (k < sentences.length && sentences[k].end <= c.start) k++;
      if (k === asked) continue;
      asked = k;
      const sentence = sentences[k];
      if (!sentence) continue;
      if (sentence.kind === "tableRow" || sentence.kind === "heading") return true;
      if (looksLikeCode(sentence.text)) continue;
      if (edge(sentence.paragraph) || mayState(sentence.text) && keepsStatement(analyseSentence(sentence.text), sentence, record.segments[seg], answered)) return true;
      if (sentence.bracketed && mayState(sentence.text) && analyseSentence(sentence.text).sourceCues.length > 0) return true;
      if (asksWhichIsFalse(sentence.text)) return true;
      if (persona && lexicalHits(sentence.text).hits.some((x) => x.senses.some((y) => y.class === "unreliable" || y.class === "fiction" && y.counterfactual))) return true;
      if (persona && mayState(sentence.text) && analyseSentence(sentence.text).sourceCues.some((x) => x.class === "unreliable")) return true;
    }
  }
  if (ratedTable(record)) return true;
  return mayHaveFieldDisclaimers(record) && fieldDisclaimers(record).length > 0;
}
function ratedTable(record) {
  return record.segments.some((seg) => seg.blocks?.some((b) => b.kind === "tableCell" && b.row === 0 && probabilityKey(seg.text.slice(b.start, b.end))));
}
function keepsStatement(a, sentence, segment, answered) {
  if (a.statements.length === 0 || refusesText(sentence.text)) return false;
  const trained = segment.trained === "trained";
  for (const st of a.statements) {
    if (st.referent?.addressee && trained) continue;
    if (st.class === "bad-example" && trained && st.form !== "label" && segment.turn !== void 0) continue;
    if (!trained && !(answered && verdictOnAddressee(st)) && addressedAway(st, a)) continue;
    return true;
  }
  return false;
}
function addressedAway(st, a) {
  const r = st.referent;
  if (st.claimStart !== void 0 || st.backward || !r?.addressee) return false;
  if ((r.size ?? "none") === "conversation" && r.role !== "pronoun") return false;
  if (st.persona || a.persona && st.class === "falsity" || counterfactualFrame(st)) return false;
  if (st.form === "request") return true;
  const pointing = r.pointing ?? "none";
  return !(st.class === "unverified" || st.class === "improbable") && pointing !== "forward" && pointing !== "self" && pointing !== "none";
}
function verdictOnAddressee(st) {
  return !!st.referent?.addressee && st.class === "falsity" && st.form !== "request" && !st.persona && st.claimStart === void 0;
}
function counterfactualFrame(st) {
  return st.class === "fiction" && st.counterfactual;
}
function mayBeNotice(sentences, p, toward) {
  const members = sentences.filter((s) => s.paragraph === p);
  if (members.length > MAX_NOTICE_UNITS || members.every((u) => u.kind === "heading")) return false;
  const anchor = (u) => {
    const backward = toward === "backward" && mayState(u.text);
    if (!backward && !mayPoint(u.text)) return false;
    const a = analyseSentence(u.text);
    return a.pointing.some((x) => x === toward || x === "self") || backward && saysThatOf(a, u.text);
  };
  const probabilityContext = members.some((u) => mentionsProbability(u.text));
  if (!members.some((u) => !looksLikeCode(u.text) && (probabilityContext || mayState(u.text)))) return false;
  if (!members.some(anchor)) return false;
  return members.some((u) => {
    if (looksLikeCode(u.text)) return false;
    const stated = () => probabilityContext && cueClasses(u.text, true).some((c) => c.class === "improbable" && c.probability !== void 0);
    if (!mayState(u.text)) return stated() && !analyseSentence(u.text).question;
    const a = analyseSentence(u.text);
    if (a.question) return false;
    return a.statements.some((st) => st.claimStart === void 0) || a.sourceCues.length > 0 || stated();
  });
}
function saysThatOf(a, text) {
  return a.statements.some((st) => st.referent?.pointing === "anaphoric" && /^that\b/i.test(text.slice(st.referent.start, st.referent.end)));
}
function hasStrikethrough(view) {
  return view.segments.some((s) => s.marks?.some((m) => m.kind === "strikethrough"));
}
function unitsOf(record) {
  const units = [];
  for (let seg = 0; seg < record.segments.length; seg++) {
    const segment = record.segments[seg];
    const sentences = record.sentences(seg);
    for (let i = 0; i < sentences.length; i++) {
      units.push(new SentenceUnit(sentences[i], units.length, segment, i === 0 ? "start" : i === sentences.length - 1 ? "end" : "middle"));
    }
  }
  return units;
}
var SentenceUnit = class {
  segment;
  start;
  end;
  text;
  bracketed;
  paragraph;
  kind;
  index;
  trained;
  role;
  edge;
  disclaimers = [];
  group = -1;
  computed = void 0;
  constructor(s, index, segment, edge) {
    this.segment = s.segment;
    this.start = s.start;
    this.end = s.end;
    this.text = s.text;
    this.bracketed = s.bracketed;
    this.paragraph = s.paragraph;
    this.kind = s.kind;
    this.index = index;
    this.trained = segment.trained;
    this.role = segment.role;
    this.edge = edge;
  }
  get analysis() {
    return this.computed ??= analyseSentence(this.text);
  }
};
function groupNotices(units, segments, isNotice) {
  let group = -1;
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    const prev = units[i - 1];
    const continues = prev && prev.group >= 0 && prev.segment === u.segment && prev.paragraph === u.paragraph;
    if (!isNotice(u)) {
      if (continues && textual(u) && textSubject(u.text)) u.group = prev.group;
      continue;
    }
    u.group = continues ? prev.group : ++group;
  }
  const bySegment = /* @__PURE__ */ new Map();
  for (const u of units) (bySegment.get(u.segment) ?? bySegment.set(u.segment, []).get(u.segment)).push(u);
  for (const list of bySegment.values()) {
    const blocks = segments[list[0].segment].blocks;
    const heads = (u) => u.kind === "heading" || !/[\p{L}\p{N}]/u.test(u.text) || !!blocks?.some((b) => (b.kind === "frontMatter" || b.kind === "heading") && b.start <= u.start && u.end <= b.end);
    const firstGroup = (list.find((u) => u.group >= 0 || !heads(u)) ?? list[0]).group;
    const lastGroup = list[list.length - 1].group;
    for (const u of list) {
      if (u.group >= 0 && u.group === firstGroup) u.edge = "start";
      else if (u.group >= 0 && u.group === lastGroup) u.edge = "end";
      else if (u.edge !== "middle" && list.length > 1) {
      }
    }
    if (list.length === 1) list[0].edge = "start";
  }
}
function textual(u) {
  return u.analysis.textual;
}
function textSubject(text) {
  const s = structureOf(text);
  const c = s.clauses.find((x) => x.head >= 0);
  if (!c) return true;
  return s.hits.some((h) => h.from < c.head && h.senses.some((x) => x.class === "referent" && x.role !== "speaker" && x.role !== "source"));
}
var SIZE_REACH = {
  forward: { sentence: "next", block: "next-block", document: "following", answer: "following", conversation: "record", none: "following" },
  backward: { sentence: "previous", block: "previous-block", document: "preceding", answer: "preceding", conversation: "record", none: "preceding" }
};
function reachOf(st, u, units, segments) {
  if (st.claimStart !== void 0) return "embedded";
  if (st.backward) return isFirstOfSegment(u, units) ? null : "previous";
  const r = st.referent;
  const pointing = r?.pointing ?? "none";
  const size = r?.size ?? "none";
  if (size === "conversation" && r && r.role !== "pronoun") return "record";
  if (st.form === "request" && u.trained === "trained") return PROMPT_LABEL.test(u.text) && units.some((v) => v.index > u.index && v.segment === u.segment && RESPONSE_LABEL.test(v.text)) ? "following" : null;
  if (u.trained === "trained" && isModelRole(segments[u.segment].role) && hasTrainedBefore(u.segment, segments) && (pointing === "backward" || pointing === "anaphoric" || r && (r.answer && r.speaker || saidBefore(u.text, r))) && opensAnswer(u, units)) return "previous-answer";
  if (u.trained !== "trained") {
    const later = hasTrainedAfter(u.segment, segments);
    const earlier = hasTrainedBefore(u.segment, segments);
    if (verdictOnAddressee(st) && (earlier || segments[u.segment].role === "user" && r.start === 0)) return earlier ? "previous-answer" : null;
    if (r?.addressee && later && st.class === "falsity" && st.form === "meta" && pointing === "forward") return "answers-after";
    if (r?.addressee && !st.persona && !(u.analysis.persona && st.class === "falsity") && !counterfactualFrame(st)) return null;
    if (r?.answer && !r.speaker) {
      if (pointing === "backward" || !later && earlier) return earlier ? "previous-answer" : null;
      if (/\bnext\b/i.test(u.text.slice(r.start, r.end))) return later ? "next-answer" : null;
      return later ? "answers-after" : null;
    }
    if (st.form === "request") return later ? "answers-after" : null;
    if (pointing === "forward") return later && closesTurn(u, units) ? segments[u.segment].role === "system" ? "answers-after" : "next-answer" : null;
    if (pointing === "backward" || pointing === "anaphoric" && r?.role === "pronoun") {
      if (earlier && isFirstOfSegment(u, units) && segments[u.segment - 1]?.trained === "trained") return "previous-answer";
      return later && (!isFirstOfSegment(u, units) || r !== void 0 && r.start > 0) && carries(u, units, segments) ? "answers-after" : null;
    }
    if (pointing === "self" && r && !r.speaker && r.role !== "pronoun" && later && segments[u.segment].role === "system") return "answers-after";
    if ((st.form === "label" || st.form === "notice") && later && closesTurn(u, units) && (segments[u.segment].role === "system" || segments[u.segment].role === "prompt")) return "answers-after";
    if ((st.form === "label" || st.form === "notice") && later && u.kind === "heading" && segments[u.segment].role === "prompt") return "answers-after";
    if (!later && earlier) return pointing === "definite" ? null : "previous-answer";
    if (later && carries(u, units, segments)) return "answers-after";
    return null;
  }
  if (r?.answer && (pointing === "forward" || /\bnext\b/i.test(u.text.slice(r.start, r.end))) && !sameSegmentFollows(u, units)) return "next-answer";
  if (pointing === "forward" || pointing === "backward") return SIZE_REACH[pointing][size] ?? SIZE_REACH[pointing].none;
  const first = isFirstOfSegment(u, units);
  if (first && (pointing === "anaphoric" || pointing === "definite") && u.segment > 0 && segments[u.segment - 1].trained !== "trained") return null;
  if (pointing === "definite") return null;
  if (/:\s*$/.test(u.text) && units[u.index + 1]?.segment === u.segment && (pointing === "self" || pointing === "anaphoric" || pointing === "none")) return "next-block";
  if (pointing === "anaphoric") return first ? u.segment === 0 && u.index === 0 && r?.role === "pronoun" && units.length > 1 ? "following" : null : "previous";
  const alone = u.group < 0 || units[u.index - 1]?.group !== u.group && units[u.index + 1]?.group !== u.group;
  if (st.form === "label" && alone && (st.class === "falsity" || !structureOf(u.text).label) && sameLineFollows(u, units, segments) && !(first && headsText(st, u, units))) return first ? null : "previous";
  if (u.edge === "start" || st.form !== "label" && titlesBefore(u, units)) return st.form === "label" && u.group < 0 ? "next" : "following";
  if (u.edge === "end") return st.form === "label" && u.group < 0 ? "previous" : "preceding";
  return first ? "next" : "previous";
}
function carries(u, units, segments) {
  if (isModelRole(u.role)) return false;
  const turn = segments[u.segment]?.turn;
  if (unitsIn(units, u.segment).some((v) => v.analysis.transform)) return true;
  for (let seg = u.segment - 1; turn !== void 0 && seg >= 0 && segments[seg].turn === turn; seg--) {
    if (segments[seg].trained !== "trained" && unitsIn(units, seg).some((v) => v.analysis.transform)) return true;
  }
  return false;
}
function titlesBefore(u, units) {
  let titles = 0;
  for (let k = u.index - 1; k >= 0 && units[k].segment === u.segment; k--) {
    const v = units[k];
    if (u.group >= 0 && v.group === u.group) continue;
    if (!(v.kind === "heading" || slugLine(v.text)) || isClaim(v, false)) return false;
    titles++;
  }
  return titles > 0;
}
function slugLine(text) {
  const letters = text.replace(/[^\p{L}]/gu, "");
  return letters.length >= 3 && letters === letters.toUpperCase() && !looksLikeCode(text) && !/[=;{}$]/.test(text);
}
var PROMPT_LABEL = /^\W*(?:request|prompt|user|human|question|q|instruction|input)\W*:/i;
var RESPONSE_LABEL = /^\W*(?:response|answer|assistant|ai|bot|a|output|completion|reply)\W*:/i;
function isFirstOfSegment(u, units) {
  return u.index === 0 || units[u.index - 1].segment !== u.segment;
}
function hasTrainedAfter(seg, segments) {
  for (let k = seg + 1; k < segments.length; k++) if (segments[k].trained === "trained") return true;
  return false;
}
function saidBefore(text, r) {
  return /\bit$/i.test(text.slice(r.start, r.end)) || /\bthat\s+$/i.test(text.slice(Math.max(0, r.start - 6), r.start)) || /^that\b/i.test(text.slice(r.start, r.end));
}
function headsText(st, u, units) {
  return u.segment === 0 && (st.class !== "falsity" || !!structureOf(u.text).label && !correctsAfter(u, units));
}
function correctsAfter(u, units) {
  const next = units[u.index + 1];
  return !!next && next.segment === u.segment && (next.analysis.locallyNegated || next.analysis.correction || structureOf(next.text).triggers.length > 0);
}
function opensAnswer(u, units) {
  for (let k = u.index - 1; k >= 0 && units[k].segment === u.segment; k--) if (isClaim(units[k])) return false;
  return true;
}
function hasTrainedBefore(seg, segments) {
  for (let k = seg - 1; k >= 0; k--) if (segments[k].trained === "trained") return true;
  return false;
}
function answersQuestion(u, units) {
  const prev = units[u.index - 1];
  if (!prev || prev.segment !== u.segment || !prev.analysis.question) return false;
  const s = structureOf(u.text);
  return !!s.label && s.hits.some((h) => h.from >= s.label.from && h.to <= s.label.to && h.senses.some((x) => x.class === "referent" && (x.role === "answer" || x.size === "answer")));
}
function closesTurn(u, units) {
  for (let k = u.index + 1; k < units.length && units[k].segment === u.segment; k++) if (!(u.group >= 0 && units[k].group === u.group || aboutIt(units[k]))) return false;
  return true;
}
function aboutIt(u) {
  return u.analysis.meta && /^\W*(?:it|this|that)(?:'s)?\b/i.test(u.text) && u.text.split(/\s+/).length <= 8;
}
function sameLineFollows(u, units, segments) {
  const next = units[u.index + 1];
  return !!next && next.segment === u.segment && !segments[u.segment].text.slice(u.end, next.start).includes("\n");
}
function sameSegmentFollows(u, units) {
  const next = units[u.index + 1];
  return !!next && next.segment === u.segment;
}
function introducedClaim(st, u, units) {
  const pointing = st.referent?.pointing ?? "none";
  if (!(st.class === "unverified" || st.class === "improbable") && pointing !== "forward" && pointing !== "self" && pointing !== "none") return null;
  if (st.referent?.role === "pronoun" && u.index > 0 && units[u.index - 1]?.segment === u.segment) return null;
  const rest = u.text.slice(st.cueEnd);
  const m = /^(.*?)(?::\s+|,?\s+but:?\s+|\s+[—–]\s+(?:but\s+)?)(?=\S)/.exec(rest);
  if (!m) return null;
  const start = st.cueEnd + m[0].length;
  const claim = u.text.slice(start);
  if (claim.trim().split(/\s+/).length < 4) return null;
  const a = analyseSentence(claim);
  if (a.statements.length > 0 || a.question || a.textual) return null;
  const inner = /^(?:here it is:?\s+|i (?:believe|think|reckon)\s+(?:that\s+)?)/i.exec(claim);
  return { start: u.start + start + (inner ? inner[0].length : 0), end: u.end };
}
var TWO_WORDS = new RegExp("\\p{L}{2,}[^\\p{L}]+\\p{L}{2,}", "u");
function isClaim(u, wide = true) {
  if (u.trained !== "trained") return false;
  if (u.group >= 0 || u.disclaimers.length > 0) return false;
  if (!TWO_WORDS.test(u.text)) return false;
  if (looksLikeCode(u.text)) return false;
  const a = u.analysis;
  if (a.question || a.imperative) return false;
  if (a.statements.length > 0) return false;
  if (a.fragment && !(u.kind === "tableRow" && u.text.split("|").filter((c) => new RegExp("\\p{L}", "u").test(c)).length >= 2) && !(wide && u.kind !== "heading" && factualFragment(u.text))) return false;
  if (EXPECTS.test(u.text)) return false;
  if (irrealis(u.text)) return false;
  return true;
}
function irrealis(text) {
  if (!/\b(?:would|could|might)\b/i.test(text)) return false;
  const s = structureOf(text);
  const main = s.clauses.find((c) => c.head >= 0 && !c.question);
  if (!main || !/^(?:would|could|might)$/.test(s.norms[main.head])) return false;
  return !/^(?:later|eventually|soon|often|always|usually|frequently|go|never)$/.test(s.norms[main.head + 1] ?? "");
}
var EXPECTS = new RegExp("^\\W*(?:\\p{L}+\\s+){0,4}(?:was|were|am|is|are|had been|have been)?\\s*(?:expecting|hoping|waiting|planning|intending|wishing|praying|predicting)\\b", "iu");
function factualFragment(text) {
  const words = text.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w));
  return words.length >= 3 && (/\d/.test(text) || new RegExp("\\s\\p{Lu}\\p{L}+", "u").test(text));
}
function claimLike(text) {
  if (!TWO_WORDS.test(text) || looksLikeCode(text)) return false;
  const a = analyseSentence(text);
  return !a.fragment && !a.question && !/^\W*(?:how|why|what|when|where|who|which|whether)\b/i.test(text) && !irrealis(text);
}
function realEntities(text, realNames = []) {
  const s = structureOf(text);
  const out = [];
  for (const name of realNames) if (name && text.toLowerCase().includes(name.toLowerCase())) out.push(name);
  for (let i = 0; i < s.tokens.length; i++) {
    const t = s.tokens[i];
    if (t.kind === "num" && /^(?:1[0-9]{3}|20[0-9]{2})$/.test(t.text)) out.push(t.text);
    else if (t.kind === "word" && isProperName(t, i === 0) && knownEntity(t.norm)) {
      let j = i + 1;
      while (j < s.tokens.length && s.tokens[j].kind === "word" && new RegExp("^\\p{Lu}", "u").test(s.tokens[j].text)) j++;
      out.push(text.slice(t.start, s.tokens[j - 1].end));
      i = j - 1;
    }
  }
  return [...new Set(out)];
}
var ENTITY_TAGS = /* @__PURE__ */ new Set(["Person", "FirstName", "LastName", "MaleName", "FemaleName", "Place", "City", "Country", "Region", "Organization", "SportsTeam", "ProperNoun", "Month"]);
function knownEntity(norm) {
  return lexiconTags(norm).some((t) => ENTITY_TAGS.has(t));
}
function build2(record) {
  const units = unitsOf(record);
  const segments = record.segments;
  const disclaimers = [];
  const add = (d) => {
    const full = { ...d, id: disclaimers.length, targets: [] };
    disclaimers.push(full);
    if (d.unit >= 0) units[d.unit].disclaimers.push(full.id);
    return full;
  };
  const speaks = (u) => u.trained !== "penalized";
  const hit = new Uint8Array(units.length);
  for (let h = 0, k = 0; h < record.cues.length && k < units.length; ) {
    const c = record.cues[h];
    const u = units[k];
    if (u.segment < c.segment || u.segment === c.segment && u.end <= c.start) k++;
    else if (c.segment < u.segment || c.end <= u.start) h++;
    else {
      hit[k] = 1;
      if (c.end > u.end) k++;
      else h++;
    }
  }
  const candidate = (u) => hit[u.index] === 1;
  groupNotices(units, record.segments, (u) => speaks(u) && candidate(u) && !looksLikeCode(u.text) && !refusal(u) && u.analysis.statements.some((st) => st.form !== "embedded" && st.form !== "label" || st.claimStart === void 0));
  for (const u of units) {
    if (!speaks(u) || !candidate(u) || looksLikeCode(u.text) || refusal(u)) continue;
    const a = u.analysis;
    for (const st of a.statements.length ? a.statements : sourceNote(u)) {
      if (st.referent?.addressee && u.trained === "trained") continue;
      if (st.class === "bad-example" && u.trained === "trained" && st.form !== "label" && segments[u.segment].turn !== void 0) continue;
      if (u.kind === "tableRow" && (st.form === "label" || st.form === "embedded")) continue;
      let reach = reachOf(st, u, units, segments);
      if (reach === "previous" && u.bracketed && glossesSource(u, units)) reach = "following";
      let embedded = st.claimStart !== void 0 ? { start: u.start + st.claimStart, end: u.start + st.claimEnd } : void 0;
      if (!embedded && st.form !== "request" && !(st.class === "bad-example" && u.trained !== "trained" && reach === "answers-after")) {
        const intro = introducedClaim(st, u, units);
        if (intro) {
          reach = "embedded";
          embedded = intro;
        }
      }
      if (reach === "embedded" && u.trained !== "trained" && hasTrainedAfter(u.segment, segments) && carries(u, units, segments)) {
        reach = "answers-after";
        embedded = void 0;
      }
      if (!reach) continue;
      const crossTurn = u.trained !== "trained" && (reach === "answers-after" || reach === "next-answer" || reach === "previous-answer" || reach === "record") || st.form === "request" && reach === "following";
      const kind = crossTurn ? "turn" : st.form === "label" ? "label" : "statement";
      add({
        class: st.class,
        kind,
        form: st.form,
        // The label or the operator itself for a claim in the same sentence; the whole notice for a claim elsewhere.
        cue: st.form === "label" && (embedded || st.backward) ? labelSpan(u, st) : reach === "embedded" && st.claimStart !== void 0 ? wrapperSpan(u, st) : { segment: u.segment, start: u.start, end: u.end },
        unit: u.index,
        reach,
        size: st.referent?.size ?? "none",
        ...st.wrapper ? { wrapper: st.wrapper } : {},
        embedded,
        probability: st.probability,
        counterfactual: st.counterfactual,
        wholeAnswer: kind === "turn" && (st.class === "bad-example" || st.form === "request")
      });
    }
  }
  for (const d of questionVerdicts(units, candidate)) add(d);
  for (const d of noticeParagraphs(record, units, disclaimers)) add(d);
  propagateGroupReach(units, disclaimers);
  for (const d of markupDisclaimers(record, units)) add(d);
  for (const d of fieldDisclaimers(record)) add(d);
  turnDisclaimers(record, units, candidate, add);
  const correctionGroups = /* @__PURE__ */ new Set();
  for (const u of units) if (u.group >= 0 && u.analysis.correction) correctionGroups.add(u.group);
  const analysis = { units, disclaimers, debunk: false, correctionGroups, segments };
  for (const d of disclaimers) d.targets = targetsOf(d, analysis);
  analysis.debunkBy = debunkEvidence(analysis);
  analysis.debunk = analysis.debunkBy !== void 0;
  if (analysis.debunk) for (const d of disclaimers) d.targets = targetsOf(d, analysis);
  return analysis;
}
function glossesSource(u, units) {
  const prev = units[u.index - 1];
  if (!prev || prev.segment !== u.segment || prev.paragraph !== u.paragraph || prev.bracketed || !prev.analysis.fragment) return false;
  const s = structureOf(prev.text);
  return !!s.label && sensesAt(s, s.label.to - 1).some((x) => x.class === "referent" && x.role === "source");
}
function sourceNote(u) {
  if (!(u.bracketed || u.kind === "heading") || u.analysis.question) return [];
  return u.analysis.sourceCues.filter((c) => !c.ignorance).map((c) => ({ class: c.class, form: "notice", cueStart: c.cueStart, cueEnd: c.cueEnd, probability: c.probability, counterfactual: false }));
}
var MAX_NOTICE_UNITS = 8;
function noticeParagraphs(record, units, existing) {
  const out = [];
  for (let seg = 0; seg < record.segments.length; seg++) {
    const segment = record.segments[seg];
    if (segment.trained === "penalized") continue;
    const list = unitsIn(units, seg);
    if (list.length < 3) continue;
    const paragraphs = [...new Set(list.map((u) => u.paragraph))];
    if (paragraphs.length < 2) continue;
    for (const [which, p] of [["start", paragraphs[0]], ["end", paragraphs[paragraphs.length - 1]]]) {
      const members = list.filter((u) => u.paragraph === p);
      if (members.length > MAX_NOTICE_UNITS || members.every((u) => u.kind === "heading")) continue;
      const toward = which === "start" ? "forward" : "backward";
      const anchored = members.some((u, k) => {
        const anaphoric = which === "end" && members.slice(0, k).every((v) => v.analysis.fragment) && saysThatOf(u.analysis, u.text);
        if (!u.analysis.pointing.some((x) => x === toward || x === "self") && !anaphoric) return false;
        const between = which === "end" ? members.slice(0, k) : members.slice(k + 1);
        const sentenceSized = u.analysis.statements.some((st) => st.referent?.size === "sentence");
        return !sentenceSized && !anaphoric || between.every((v) => v.analysis.meta || v.analysis.correction || v.analysis.statements.length > 0 || !isClaim(v));
      });
      if (!anchored) continue;
      const probabilityContext = members.some((u) => mentionsProbability(u.text));
      const mine = existing.filter((d) => d.unit >= 0 && units[d.unit].paragraph === p && units[d.unit].segment === seg);
      for (const d of mine) {
        if (d.reach === "embedded" || d.kind !== "statement") continue;
        d.reach = which === "start" ? "following" : "preceding";
        d.size = "document";
      }
      const seen = new Set(mine.map((d) => d.class));
      for (const u of members) {
        if (looksLikeCode(u.text) || u.analysis.question) continue;
        const said = [
          ...u.analysis.statements.filter((st) => st.claimStart === void 0),
          ...u.analysis.sourceCues.filter((c) => !c.ignorance || members.some((v) => v.analysis.textual)),
          ...probabilityContext ? cueClasses(u.text, true).filter((c) => c.class === "improbable" && c.probability !== void 0) : []
        ];
        for (const c of said) {
          if (seen.has(c.class)) continue;
          seen.add(c.class);
          out.push({
            class: c.class,
            kind: "statement",
            form: "notice",
            cue: { segment: seg, start: u.start, end: u.end },
            unit: u.index,
            reach: which === "start" ? "following" : "preceding",
            probability: c.probability,
            counterfactual: false,
            wholeAnswer: false
          });
        }
      }
      for (const u of members) if (u.group < 0) u.group = 1e4 + seg * 2 + (which === "start" ? 0 : 1);
    }
  }
  return out;
}
var STRENGTH = { following: 3, preceding: 3, record: 4, "answers-after": 3, "next-block": 2, "previous-block": 2 };
function propagateGroupReach(units, disclaimers) {
  const best = /* @__PURE__ */ new Map();
  for (const d of disclaimers) {
    const g = units[d.unit]?.group ?? -1;
    if (g < 0 || d.reach === "embedded") continue;
    const cur = best.get(g);
    if (!cur || (STRENGTH[d.reach] ?? 1) > (STRENGTH[cur] ?? 1)) best.set(g, d.reach);
  }
  for (const d of disclaimers) {
    const g = units[d.unit]?.group ?? -1;
    const r = best.get(g);
    if (r && d.reach !== "embedded" && (STRENGTH[r] ?? 1) > (STRENGTH[d.reach] ?? 1)) d.reach = r;
  }
}
function questionVerdicts(units, candidate) {
  const out = [];
  for (const u of units) {
    const next = units[u.index + 1];
    if (!next || next.trained !== "trained" || next.segment !== u.segment || !candidate(u) || !asksWhichIsFalse(u.text) || !answersQuestion(next, units)) continue;
    out.push({ class: "falsity", kind: "label", form: "label", cue: { segment: u.segment, start: u.start, end: u.end }, unit: u.index, reach: "next", counterfactual: false, wholeAnswer: false });
  }
  return out;
}
function asksWhichIsFalse(text) {
  return /^\W*(?:which|what)\b[^]*\?\s*$/i.test(text) && cueClasses(text).some((c) => c.class === "falsity");
}
function turnDisclaimers(record, units, candidate, add) {
  const segments = record.segments;
  for (const u of units) {
    if (u.trained !== "context" || !candidate(u) || !hasTrainedAfter(u.segment, segments)) continue;
    if (u.disclaimers.length > 0) continue;
    const a = u.analysis;
    const s = structureOf(u.text);
    for (const hit of s.hits) {
      if (quotedAlone(s, hit)) continue;
      const frame = a.persona ? hit.senses.find((x) => x.class === "fiction" && x.counterfactual && !x.positive) : void 0;
      if (frame && !s.negated[hit.from]) {
        add({ class: "fiction", kind: "turn", form: "persona", cue: { segment: u.segment, start: u.start + s.tokens[hit.from].start, end: u.start + s.tokens[hit.to - 1].end }, unit: u.index, reach: "answers-after", counterfactual: true, wholeAnswer: false });
        break;
      }
      const sense = hit.senses.find((x) => x.class === "unreliable");
      if (!sense || s.negated[hit.from] !== sense.positive) continue;
      const cls = "unreliable";
      const persona = a.persona && sense.role === "persona";
      if (!persona && (a.persona || !carries(u, units, record.segments))) continue;
      const form = persona ? "persona" : "provenance";
      add({
        class: cls,
        kind: "turn",
        form,
        cue: { segment: u.segment, start: u.start + s.tokens[hit.from].start, end: u.start + s.tokens[hit.to - 1].end },
        unit: u.index,
        reach: "answers-after",
        counterfactual: false,
        wholeAnswer: false
      });
      break;
    }
    const described = u.disclaimers.length === 0 && !a.persona ? a.sourceCues.find((x) => x.class === "unreliable") : void 0;
    if (described && carries(u, units, record.segments)) {
      add({ class: "unreliable", kind: "turn", form: "provenance", cue: { segment: u.segment, start: u.start + described.cueStart, end: u.start + described.cueEnd }, unit: u.index, reach: "answers-after", counterfactual: false, wholeAnswer: false });
    }
  }
}
function quotedAlone(s, hit) {
  const open3 = s.tokens[hit.from - 1]?.text ?? "";
  const close = s.tokens[hit.to]?.text ?? "";
  return /^['"‘“]$/.test(open3) && (/^['"’”]$/.test(close) || new RegExp("\\p{L}['’]$", "u").test(s.tokens[hit.to - 1].text));
}
function targetsOf(d, a) {
  const { units, segments } = a;
  const out = [];
  const claimUnit = (k) => {
    const u = units[k];
    out.push({ segment: u.segment, start: u.start + claimOffset(u), end: u.end, unit: k });
  };
  const from = d.unit >= 0 ? units[d.unit] : void 0;
  const wide = !(d.reach === "next" || d.reach === "previous" || d.reach === "next-block" || d.reach === "previous-block");
  const ok = (k) => isClaim(units[k], wide) && !(units[k].analysis.locallyNegated && (d.class === "fiction" || d.reach !== "embedded" && a.debunk && d.kind === "statement"));
  const barrier = (k) => units[k].disclaimers.length > 0 || units[k].group >= 0;
  switch (d.reach) {
    case "embedded": {
      if (from && from.trained === "trained" && d.embedded) {
        const text = a.segments[from.segment].text.slice(d.embedded.start, d.embedded.end);
        const inside = [];
        for (let k = from.index + 1; k < units.length && units[k].segment === from.segment && units[k].start < d.embedded.end; k++) inside.push(units[k]);
        if (inside.length > 0) {
          const first = { segment: from.segment, start: d.embedded.start, end: Math.min(from.end, d.embedded.end), unit: from.index };
          if (claimLike(a.segments[from.segment].text.slice(first.start, first.end))) out.push(first);
          for (const v of inside) {
            const end = Math.min(v.end, d.embedded.end);
            if (claimLike(a.segments[v.segment].text.slice(v.start, end))) out.push({ segment: v.segment, start: v.start, end, unit: v.index });
          }
        } else if (d.class === "bad-example" && d.kind === "label" && isFirstOfSegment(from, units) && new RegExp("\\p{L}{2,}", "u").test(text)) {
          let last = from;
          while (units[last.index + 1]?.segment === from.segment) last = units[last.index + 1];
          out.push({ segment: from.segment, start: d.embedded.start, end: last.end, unit: from.index });
        } else if (d.form === "label" && isMention(text)) {
        } else if (claimLike(text) || answersQuestion(from, units) || d.class === "bad-example" && new RegExp("\\p{L}+\\s+\\p{L}+", "u").test(text)) {
          out.push({ segment: from.segment, start: d.embedded.start, end: d.embedded.end, unit: from.index });
        }
      }
      break;
    }
    case "next":
    case "previous": {
      const dir = d.reach === "next" ? 1 : -1;
      for (let k = from.index + dir, skipped = 0; k >= 0 && k < units.length && units[k].segment === from.segment; k += dir) {
        if (barrier(k)) continue;
        if (ok(k)) claimUnit(k);
        else if (++skipped <= 1 && !units[k].analysis.meta) continue;
        break;
      }
      break;
    }
    case "next-block":
    case "previous-block": {
      const dir = d.reach === "next-block" ? 1 : -1;
      let k = from.index + dir;
      while (k >= 0 && k < units.length && units[k].segment === from.segment && (barrier(k) || !ok(k))) k += dir;
      const anchor = units[k];
      if (!anchor || anchor.segment !== from.segment) break;
      for (let j = k; j >= 0 && j < units.length; j += dir) {
        const v = units[j];
        if (v.segment !== anchor.segment || v.paragraph !== anchor.paragraph) break;
        if (ok(j)) claimUnit(j);
      }
      out.sort((x, y) => x.unit - y.unit);
      break;
    }
    case "following":
    case "preceding": {
      const dir = d.reach === "following" ? 1 : -1;
      for (let k = from.index + dir; k >= 0 && k < units.length && units[k].segment === from.segment; k += dir) {
        if (d.size === "none" && barrier(k) && units[k].group !== from.group && (out.length > 0 || units[k].group < 0)) break;
        if (ok(k)) claimUnit(k);
      }
      out.sort((x, y) => x.unit - y.unit);
      break;
    }
    case "answers-after":
    case "next-answer":
    case "previous-answer":
    case "record":
    case "segments": {
      const segs = answerSegments(d, from, segments);
      for (const seg of segs) {
        if (d.wholeAnswer) {
          const list2 = unitsIn(units, seg);
          const factual = d.form !== "request" || d.class !== "falsity" || list2.some((u) => u.trained === "trained" && isClaim(u) && !u.analysis.textual && (realEntities(u.text).length > 0 || /\d/.test(u.text) || !talk(u.text)));
          if (list2.length && factual && !refuses(list2) && (d.form !== "request" || !debunks(list2, true) && !labelsItself(list2, d.class))) {
            const first = list2.find((u) => u.trained === "trained");
            const last = list2[list2.length - 1];
            out.push({ segment: seg, start: first.start, end: last.end, unit: first.index });
          }
          continue;
        }
        const list = unitsIn(units, seg);
        if (list.length === 0 || refuses(list)) continue;
        if (d.kind === "turn" && d.class !== "fiction" && (d.form === "provenance" || d.form === "meta" || d.form === "notice" || d.form === "request") && debunks(list)) continue;
        for (const u of list) if (ok(u.index)) claimUnit(u.index);
      }
      break;
    }
  }
  return out;
}
function wrapperSpan(u, st) {
  const before2 = u.text.slice(0, st.claimStart);
  const after = u.text.slice(st.claimEnd);
  if (new RegExp("\\p{L}", "u").test(before2) && st.cueEnd <= st.claimStart) return { segment: u.segment, start: u.start, end: u.start + st.claimStart };
  if (new RegExp("\\p{L}", "u").test(after) && st.cueStart >= st.claimEnd) return { segment: u.segment, start: u.start + st.claimEnd, end: u.end };
  return { segment: u.segment, start: u.start + st.cueStart, end: u.start + st.cueEnd };
}
function labelSpan(u, st) {
  const s = structureOf(u.text);
  const t = s.tokens;
  let from;
  let to;
  if (s.label && t[s.label.from].start <= st.cueStart && st.cueEnd <= t[s.label.to - 1].end) {
    from = s.label.from;
    to = s.label.to;
  } else {
    from = t.findIndex((x) => x.start >= st.cueStart);
    to = t.findIndex((x) => x.end >= st.cueEnd) + 1;
    if (from < 0 || to <= 0) return { segment: u.segment, start: u.start + st.cueStart, end: u.start + st.cueEnd };
  }
  while (from < to - 1 && (t[from].kind === "num" || /^[#.]+$/.test(t[from].text))) from++;
  if (from > 0 && /^[[(【<]$/.test(t[from - 1].text) && t[to] && /^[\])】>]$/.test(t[to].text)) {
    from--;
    to++;
  }
  return { segment: u.segment, start: u.start + t[from].start, end: u.start + t[to - 1].end };
}
function claimOffset(u) {
  const s = structureOf(u.text);
  if (!s.label || s.label.sep + 1 >= s.tokens.length) return 0;
  const naming = s.hits.some((h) => h.from >= s.label.from && h.to <= s.label.to && h.senses.some((x) => x.class === "reporting" || x.class === "notice" || x.class === "topic" || x.class === "referent"));
  const epistemic = s.hits.some((h) => h.from >= s.label.from && h.to <= s.label.to && h.senses.some((x) => EPISTEMIC_SET5.has(x.class)));
  return naming && !epistemic ? s.tokens[s.label.sep + 1].start : 0;
}
function mayDisclaim(view) {
  return view.cues.length > 0 || hasStrikethrough(view) || mayHaveFieldDisclaimers(view) || ratedTable(view);
}
function answerSegments(d, from, segments) {
  const trained = (k) => segments[k].trained === "trained";
  const all = segments.map((_, k) => k).filter(trained);
  if (d.reach === "record") return all;
  if (d.reach === "segments") return (d.segments ?? []).filter(trained);
  const at = from?.segment ?? -1;
  if (d.reach === "answers-after") return all.filter((k) => k > at);
  if (d.reach === "next-answer") return all.filter((k) => k > at).slice(0, 1);
  return all.filter((k) => k < at).slice(-1);
}
function talk(text) {
  const s = structureOf(text);
  if (s.hits.some((h) => h.senses.some((x) => x.class === "referent" && (x.role === "speaker" || x.role === "answer")))) return true;
  return s.clauses.some((c) => c.head >= 0 && (c.head === c.from + 1 || c.head === c.from) && /^(?:this|that)(?:'s)?$/.test(s.norms[c.from]));
}
function refusal(u) {
  return refuses([u]);
}
function refuses(list) {
  const first = list[0];
  return !!first && refusesText(first.text);
}
function refusesText(text) {
  const s = structureOf(text);
  const doubts = (h) => (s.hitAt[h.to]?.senses ?? []).some((x) => x.class === "unverified");
  const declines = (h) => h.senses.some((x) => x.class === "refusal" && (x.role !== "apology" || s.triggers.some((t) => t >= h.to && t <= h.to + 3 && !s.tokens.slice(h.to, t).some((x2) => x2.text === ";"))));
  return s.hits.some((h) => h.from <= 3 && declines(h) && !doubts(h));
}
function labelsItself(list, cls) {
  return list.some((u) => u.analysis.statements.some((st) => st.class === cls && st.form !== "request"));
}
function debunks(list, asked = false) {
  return list.slice(0, 3).some((u) => u.analysis.locallyNegated || u.analysis.correction) || asked && list.some((u) => u.analysis.correction);
}
function debunkEvidence(a) {
  const { units, disclaimers } = a;
  const warning = disclaimers.filter((d) => (d.kind === "statement" || d.kind === "label") && d.unit >= 0 && d.reach !== "embedded");
  if (warning.length === 0) return void 0;
  for (const d of disclaimers) for (const t of d.targets) if (negatedElsewhere(a, t)) return "negated-elsewhere";
  if (warning.some((d) => correctsInPlace(units[d.unit]))) return "corrects-in-place";
  const reached = new Set(warning.flatMap((d) => d.targets.map((t) => t.unit))).size;
  const share = (n, of) => n >= of * reached;
  const corrections = units.filter((u) => u.trained === "trained" && u.analysis.correction && u.group < 0).length;
  if (corrections >= 2 && share(corrections, 0.1)) return "corrections";
  const warnUnits = new Set(warning.map((d) => d.unit)).size;
  const wrapped = new Set(disclaimers.filter((d) => d.unit >= 0 && d.reach === "embedded" && d.form === "embedded").map((d) => d.unit)).size;
  const about = /* @__PURE__ */ new Set();
  for (const d of warning) for (const t of d.targets) for (const k of keyTerms(a.segments[t.segment].text.slice(t.start, t.end))) about.add(k);
  let negations2 = wrapped;
  for (const u of units) {
    if (u.trained !== "trained" || u.group >= 0 || u.analysis.textual || u.analysis.statements.length > 0 || !(u.analysis.locallyNegated || u.analysis.correction)) continue;
    let shared = 0;
    for (const k of keyTerms(u.text)) if (about.has(k)) shared++;
    if (shared < 2) continue;
    if (u.analysis.correction && share(1, 0.1)) return "corrections";
    negations2++;
  }
  const factCheck = units.some((u) => u.analysis.debunk);
  return negations2 >= (factCheck ? 1 : 2) && negations2 >= warnUnits && share(negations2, 0.2) ? "negations" : void 0;
}
function correctsInPlace(u) {
  const rest = continuation(u.text);
  if (rest === null || !claimLike(rest)) return false;
  if (cueClasses(rest).length) return false;
  const r = analyseSentence(rest);
  return r.statements.length === 0 && !r.meta && !r.locallyNegated;
}
function continuation(text) {
  const m = /^[^;:]*?\b(?:false|untrue|wrong|incorrect|a myth|a hoax|fabricated|not true)\b[^;:]*[;:]\s*(.{20,})$/i.exec(text);
  return m ? m[1] : null;
}
function negatedElsewhere(a, t) {
  const text = a.segments[t.segment].text.slice(t.start, t.end);
  const terms = keyTerms(text);
  if (terms.size < 2) return false;
  const verb = mainVerb(text);
  if (verb === null) return false;
  for (const n of negationsOf(a)) {
    if (n.unit === t.unit) continue;
    let shared = 0;
    for (const k of n.terms) if (terms.has(k)) shared++;
    if (shared >= 2 && shared >= 0.5 * Math.min(terms.size, n.terms.size) && verb === (n.verb ??= mainVerb(n.said) ?? "")) return true;
  }
  return false;
}
var negations = /* @__PURE__ */ new WeakMap();
function negationsOf(a) {
  let list = negations.get(a);
  if (list) return list;
  list = [];
  for (const u of a.units) {
    if (u.trained !== "trained") continue;
    let said = u.analysis.statements.length === 0 && u.analysis.locallyNegated ? u.text : null;
    if (said === null) {
      const rest = u.analysis.statements.length > 0 ? continuation(u.text) : null;
      if (rest === null || !analyseSentence(rest).locallyNegated) continue;
      said = rest;
    }
    list.push({ unit: u.index, said, terms: keyTerms(said) });
  }
  negations.set(a, list);
  return list;
}
function mainVerb(text) {
  const s = structureOf(text);
  const c = s.clauses.find((x) => x.head >= 0);
  if (!c) return null;
  for (let k = c.verbEnd - 1; k >= c.head; k--) {
    const t = s.tokens[k];
    if (t.kind !== "word" || /^(?:not|never|n't)$/.test(t.norm) || has(t, "aux") || has(t, "modal")) continue;
    return infinitiveOf(t.norm.replace(/n't$/, ""));
  }
  return null;
}
var keyTerms = memoize((text) => computeKeyTerms(text), 4096);
function computeKeyTerms(text) {
  const out = /* @__PURE__ */ new Set();
  const s = structureOf(text);
  const capital = (i) => {
    const t = s.tokens[i];
    return t !== void 0 && t.kind === "word" && new RegExp("^\\p{Lu}", "u").test(t.text) && !/^(?:the|this|that|these|those|but|and|however|it|in|on|at|a|an)$/.test(t.norm);
  };
  s.tokens.forEach((t, i) => {
    const norm = t.norm.replace(/'s?$/, "");
    if (t.kind === "num") out.add(t.norm);
    else if (capital(i) && (i > 0 || capital(1))) out.add(norm.replace(/(?<!s)s$/, ""));
    else if (t.kind === "word" && norm.length >= 5 && has(t, "noun") && !isVerbal(t)) out.add(norm.replace(/(?<!s)s$/, ""));
  });
  if (out.size < 2) {
    for (const t of s.tokens) {
      const norm = t.norm.replace(/'s?$/, "");
      if (t.kind === "word" && norm.length >= 4 && (has(t, "noun") || has(t, "adj")) && !has(t, "det") && !has(t, "pron") && !has(t, "cop") && !has(t, "aux")) out.add(norm.replace(/(?<!s)s$/, ""));
    }
  }
  return out;
}

// src/text/clip.ts
init_action_shims();
function clip(text, max = 60) {
  const t = text.replace(/\s+/g, " ").trim();
  return t.length > max ? `${t.slice(0, max - 3)}...` : t;
}

// src/kinds/policy.ts
init_action_shims();
var RANK = { info: 1, warning: 2, error: 3 };
function severityFor(base, ctx) {
  if (ctx.assessed) return ctx.assessed;
  if ((ctx.debunk || ctx.corrected || ctx.reported || ctx.unnamed) && RANK[base] > RANK.warning) return "warning";
  return base;
}

// src/kinds/suggest.ts
init_action_shims();

// src/fix/suggest.ts
init_action_shims();
var isPureDisclaimer = memoize((text) => {
  const label = /^[\s\[(*_"“]*(?:[\p{L}'’-]+\s*){1,3}:\s*/u.exec(text)?.[0] ?? "";
  const body = /\b(?:is|are|was|were|be|been|not|false|untrue|fabricated|invented|fake|wrong)\b/i.test(label) ? text : text.slice(label.length);
  const more = /(?:[:;]|\s[—–-]\s|,\s*(?:but|while|whereas|because|since|and|as)\b|\b(?:because|since|whereas|instead|actually|in (?:fact|reality|truth))\b)\s*(.*)$/iu.exec(body);
  if (!more) return true;
  return (more[1].match(new RegExp("\\p{L}+", "gu"))?.length ?? 0) < 3;
}, 4096);
var REPORTING = String.raw`(?:claim|claims|claimed|say|says|said|suggest|suggests|suggested|insist|insists|insisted|assert|asserts|asserted|believe|believes|believed|state|states|stated|allege|alleges|alleged|report|reports|reported|argue|argues|argued|maintain|maintains|maintained|contend|contends|contended|suppose|supposed|think|thinks|thought|rumou?red)`;
var ATTRIBUTED = new RegExp(String.raw`^(?<lead>[\s"'“‘(*_]*)(?<who>[^,;:.!?]{1,80}?)\s+(?<verb>(?:have\s+|has\s+|had\s+)?(?:long\s+|widely\s+|often\s+)?${REPORTING})\s+that\s+(?<clause>.+)$`, "isu");
var IMPERSONAL = new RegExp(String.raw`^(?<lead>[\s"'“‘(*_]*)it\s+(?<aux>is|was|has\s+been)\s+(?<verb>${REPORTING})\s+that\s+(?<clause>.+)$`, "isu");
var ACCORDING = /^(?<lead>[\s"'“‘(*_]*)according\s+to\s+(?<who>[^,;:.!?]{1,80}?),\s+(?<clause>.+)$/isu;
var DISOWNING = /\b(?:falsely|wrongly|mistakenly|erroneously|incorrectly|baselessly|not|never|no)\b/i;
var COMMON_OPENERS = /* @__PURE__ */ new Set([
  "a",
  "an",
  "the",
  "some",
  "many",
  "several",
  "most",
  "few",
  "numerous",
  "various",
  "multiple",
  "other",
  "others",
  "these",
  "those",
  "this",
  "that",
  "one",
  "two",
  "three",
  "critics",
  "people",
  "users",
  "posts",
  "social",
  "online",
  "viral",
  "early",
  "rumours",
  "rumors",
  "reports",
  "articles",
  "videos",
  "stories",
  "messages",
  "believers",
  "conspiracy",
  "scientists",
  "experts",
  "researchers",
  "officials",
  "historians",
  "commentators",
  "bloggers",
  "websites",
  "sites",
  "claims",
  "we",
  "they"
]);
function lowerOpener(text) {
  const first = new RegExp("^\\p{L}+", "u").exec(text)?.[0];
  if (!first || !COMMON_OPENERS.has(first.toLowerCase()) || first === first.toUpperCase() && first.length > 1) return text;
  return text[0].toLowerCase() + text.slice(1);
}
function attribution(claim) {
  const impersonal = IMPERSONAL.exec(claim);
  if (impersonal) {
    const g = impersonal.groups;
    return { lead: g.lead, contrary: `Contrary to what ${g.aux.toLowerCase().startsWith("has") ? "has been" : g.aux.toLowerCase()} ${g.verb.toLowerCase()}`, clause: g.clause };
  }
  const according = ACCORDING.exec(claim);
  if (according) return { lead: according.groups.lead, contrary: `Contrary to ${lowerOpener(according.groups.who)}`, clause: according.groups.clause };
  const attributed = ATTRIBUTED.exec(claim);
  if (attributed) {
    const g = attributed.groups;
    if (DISOWNING.test(g.who) || DISOWNING.test(g.verb)) return null;
    return { lead: g.lead, contrary: `Contrary to what ${lowerOpener(g.who)} ${g.verb}`, clause: g.clause };
  }
  return null;
}
function negatedClaim(claim, reported, negate) {
  if (!reported) return negate(claim);
  const a = attribution(claim);
  if (!a) return null;
  const clause2 = negate(a.clause);
  if (clause2 === null) return null;
  return `${a.lead}${a.contrary}, ${clause2}`;
}
function removalSpan(text, start, end) {
  for (; ; ) {
    let s = start;
    let e = end;
    while (s > 0 && /[ \t]/.test(text[s - 1])) s--;
    while (e < text.length && /[ \t]/.test(text[e])) e++;
    const open3 = text[s - 1];
    const close = text[e];
    if (open3 !== void 0 && close !== void 0 && CLOSERS[open3] === close) {
      start = s - 1;
      end = e + 1;
      continue;
    }
    break;
  }
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  if (lineStart < start && LINE_MARKUP.test(text.slice(lineStart, start))) start = lineStart;
  let before2 = start;
  while (before2 > 0 && /[ \t]/.test(text[before2 - 1])) before2--;
  let after = end;
  while (after < text.length && /\s/.test(text[after])) after++;
  const atLineStart = before2 === 0 || text[before2 - 1] === "\n";
  if (atLineStart && after < text.length) return { start: before2, end: after };
  let from = start;
  while (from > 0 && /\s/.test(text[from - 1])) from--;
  return { start: from, end };
}
var LINE_MARKUP = /^[ \t]*(?:(?:>|[-*+]|\d{1,9}[.)]|#{1,6})[ \t]*)+$/;
var CLOSERS = { "[": "]", "(": ")", "{": "}", "<": ">", "【": "】" };
function editOf(segment, start, end, text) {
  const base = segment.baseOffset ?? 0;
  return { pointer: segment.pointer, start: start + base, end: end + base, text };
}
function removalEdits(record, spans) {
  const bySegment = /* @__PURE__ */ new Map();
  for (const s of spans) {
    const list = bySegment.get(s.segment);
    if (list) list.push(s);
    else bySegment.set(s.segment, [s]);
  }
  const out = [];
  for (const [segment, list] of [...bySegment].sort((a, b) => a[0] - b[0])) {
    const seg = record.segments[segment];
    const merged = [];
    for (const s of [...list].sort((a, b) => a.start - b.start)) {
      const r = removalSpan(seg.text, s.start, s.end);
      const last = merged[merged.length - 1];
      if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
      else merged.push(r);
    }
    for (const r of merged) out.push(editOf(seg, r.start, r.end, ""));
  }
  return out;
}
function claimSuggestions(record, fix) {
  const edits = [...removalEdits(record, fix.remove), ...(fix.clear ?? []).map((s) => editOf(record.segments[s.segment], s.start, s.end, ""))].sort(
    (a, b) => a.pointer < b.pointer ? -1 : a.pointer > b.pointer ? 1 : a.start - b.start
  );
  const withEdits = edits.length > 0 ? { edits } : {};
  const range = fix.range ? { range: fix.range } : {};
  const rewritten = negatedClaim(fix.claim, fix.reported, fix.negate);
  return [
    ...rewritten === null ? [] : [{ description: fix.description, text: rewritten, ...range, ...withEdits, ...fix.safe ? {} : { fixable: false } }],
    { description: "Remove the claim", text: "", ...range, ...withEdits }
  ];
}

// src/nlp/rewrite.ts
init_action_shims();
function negateClaim(text) {
  const s = structureOf(text);
  const c = s.clauses.find((x) => x.head >= 0);
  if (!c) return null;
  const { tokens } = s;
  const head = tokens[c.head];
  const after = (i, insert) => text.slice(0, tokens[i].end) + insert + text.slice(tokens[i].end);
  const replace = (i, by) => text.slice(0, tokens[i].start) + matchCase(tokens[i].text, by) + text.slice(tokens[i].end);
  if (c.negated) return removeNegation(text);
  const norm = head.norm;
  if (/^(?:it|that|this|there|here|what|he|she|they|you|we|i)'(?:s|re|m|ve|ll|d)$/.test(norm)) return after(c.head, " not");
  if (/^(?:has|have|had)$/.test(norm)) {
    const next = tokens[c.head + 1];
    if (next && (has(next, "part") || has(next, "past") || next.norm === "been")) return after(c.head, " not");
    return replace(c.head, `${norm === "had" ? "did" : norm === "has" ? "does" : "do"} not have`);
  }
  if (has(head, "cop") || has(head, "aux") || has(head, "modal")) return after(c.head, " not");
  const past = has(head, "past");
  const inf = infinitiveOf(head.text);
  if (!inf) return null;
  const aux = past ? "did" : /s$/.test(norm) && !/ss$/.test(norm) ? "does" : "do";
  return replace(c.head, `${aux} not ${inf}`);
}
function removeNegation(text) {
  const s = structureOf(text);
  const { tokens } = s;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.norm === "not" || t.norm === "never") {
      const prev = tokens[i - 1];
      const next = tokens[i + 1];
      if (prev && /^(?:do|does|did)$/.test(prev.norm) && next && has(next, "inf")) {
        const c = compromiseTables().verb.conjugate(next.norm, compromiseTables().model);
        const form = prev.norm === "did" ? c.PastTense : prev.norm === "does" ? c.PresentTense : c.Infinitive;
        if (!form) return null;
        return text.slice(0, prev.start) + matchCase(prev.text, form) + text.slice(next.end);
      }
      return text.slice(0, t.start).replace(/\s+$/, "") + text.slice(t.end);
    }
    if (isNegatedContraction(t.norm) && t.norm !== "cannot") {
      const base = t.text.replace(/n['’]t$/i, "").replace(/^wo$/i, "will").replace(/^ca$/i, "can");
      return text.slice(0, t.start) + base + text.slice(t.end);
    }
  }
  return null;
}
function matchCase(original, replacement) {
  return new RegExp("^\\p{Lu}", "u").test(original) ? replacement[0].toUpperCase() + replacement.slice(1) : replacement;
}

// src/kinds/suggest.ts
function suggestionsFor(a, by, t, opts) {
  if (opts.whole) return [];
  const primary = by[0];
  const segment = a.segments[t.segment];
  const unit = a.units[t.unit];
  const marks = by.filter((d) => d.form === "mark" && d.unit === t.unit);
  const sameSentence = marks.length === 0 && primary.reach === "embedded" && primary.unit === t.unit && (unit.start !== t.start || unit.end !== t.end);
  const remove = [];
  const clear = [];
  for (const d of marks) clear.push(...markupAround(segment.text, d.cue, t));
  const removing = /* @__PURE__ */ new Set();
  let safe = true;
  for (const d of by) {
    if (d.kind === "field") {
      safe = false;
      continue;
    }
    if (d.unit === t.unit) continue;
    const text = a.segments[d.cue.segment].text.slice(d.cue.start, d.cue.end);
    if (!isPureDisclaimer(text) || d.unit >= 0 && a.correctionGroups.has(a.units[d.unit].group)) safe = false;
    const group = d.unit >= 0 ? a.units[d.unit].group : -1;
    const members = group >= 0 ? groupsOf(a).get(group) : d.unit >= 0 ? [a.units[d.unit]] : [];
    for (const u of members) {
      const key = `${u.segment}:${u.start}`;
      if (removing.has(key)) continue;
      removing.add(key);
      remove.push({ segment: u.segment, start: u.start, end: u.end });
    }
  }
  const claim = segment.text.slice(t.start, t.end);
  const negatable = !by.every((d) => d.class === "unverified" || d.class === "unreliable");
  const view = { segments: a.segments };
  const suggestions = claimSuggestions(view, {
    claim,
    reported: opts.reported,
    negate: (clause2) => {
      if (!negatable) return null;
      const negated = negateClaim(clause2);
      return negated && sameSentence ? capitalise(terminate(negated, unit.text)) : negated;
    },
    remove: sameSentence ? [] : remove,
    clear,
    safe,
    description: sameSentence ? "Replace the sentence with the claim negated in its own clause" : "Negate the claim in its own clause (and drop the detached warning)",
    ...sameSentence ? { range: { start: unit.start, end: unit.end } } : {}
  });
  return suggestions;
}
function markupAround(text, cue, t) {
  const open3 = text.slice(cue.start, cue.end);
  const seg = cue.segment;
  if (cue.start === t.start && cue.end === t.end) return [];
  const tag = /^<([a-z][\w-]*)|^\[([a-z][\w-]*)\]$/i.exec(open3);
  if (tag) {
    const close = tag[1] ? `</${tag[1]}>` : `[/${tag[2]}]`;
    const at = text.indexOf(close, t.end);
    return at >= 0 && text.slice(t.end, at).trim() === "" ? [{ segment: seg, start: cue.start, end: cue.end }, { segment: seg, start: at, end: at + close.length }] : [{ segment: seg, start: cue.start, end: cue.end }];
  }
  if (open3 === "~~") {
    const at = text.indexOf("~~", t.end);
    return at >= 0 ? [{ segment: seg, start: cue.start, end: cue.end }, { segment: seg, start: at, end: at + 2 }] : [];
  }
  const del = /^<(del|s|strike)>$/i.exec(open3);
  if (del) {
    const at = text.indexOf(`</${del[1]}>`, t.end);
    return at >= 0 ? [{ segment: seg, start: cue.start, end: cue.end }, { segment: seg, start: at, end: at + del[1].length + 3 }] : [];
  }
  return [{ segment: seg, start: cue.start, end: cue.end }];
}
var groups = /* @__PURE__ */ new WeakMap();
function groupsOf(a) {
  let map = groups.get(a);
  if (!map) {
    map = /* @__PURE__ */ new Map();
    for (const u of a.units) if (u.group >= 0) (map.get(u.group) ?? map.set(u.group, []).get(u.group)).push(u);
    groups.set(a, map);
  }
  return map;
}
function capitalise(s) {
  return s.replace(new RegExp("^\\s*\\p{Ll}", "u"), (c) => c.toUpperCase());
}
function terminate(s, original) {
  const end = /[.!?]["'”’)]*\s*$/.exec(original)?.[0]?.trim() ?? ".";
  return /[.!?]["'”’)]*$/.test(s.trim()) ? s.trim() : s.trim() + end;
}

// src/kinds/define.ts
function defineRule(spec) {
  const classes = [...new Set(spec.select.flatMap((s) => s.classes))];
  return {
    meta: { id: spec.id, description: spec.description, severity: spec.severity, url: ruleUrl(spec.id), messages: spec.messages, classes, gate: mayDisclaim },
    create(context) {
      return {
        record(view) {
          const analysis = analyseRecord(view);
          if (analysis.disclaimers.length === 0) return;
          const realNames = Array.isArray(context.options.realNames) ? context.options.realNames.filter((x) => typeof x === "string") : [];
          const raw = context.options.threshold;
          const limit = typeof raw === "number" && raw > 0 ? raw > 1 ? raw / 100 : raw : spec.threshold;
          const ignore = Array.isArray(context.options.ignore) ? new Set(context.options.ignore) : null;
          for (const d of findings(spec, analysis, realNames, limit, ignore)) context.report(d);
        }
      };
    }
  };
}
function unnamedInTurn(a, d) {
  if (d.kind !== "statement" || d.unit < 0 || d.reach === "embedded") return false;
  const u = a.units[d.unit];
  if (a.segments[u.segment].turn === void 0) return false;
  if (u.analysis.textual) return false;
  return u.group < 0 || !a.units.some((v) => v.group === u.group && v.analysis.textual);
}
function selects(spec, d) {
  return spec.select.some(
    (s) => s.kinds.includes(d.kind) && s.classes.includes(d.class) && (!s.forms || s.forms.includes(d.form)) && !(s.exceptForms && s.exceptForms.includes(d.form))
  );
}
function distance(d, t) {
  if (d.reach === "embedded") return -1;
  if (d.unit < 0) return 1e6;
  return Math.abs(d.unit - t.unit);
}
function* findings(spec, a, realNames, threshold, ignore) {
  const byTarget = /* @__PURE__ */ new Map();
  for (const d of a.disclaimers) {
    if (!selects(spec, d)) continue;
    if (threshold !== void 0 && d.probability !== void 0 && d.probability > threshold) continue;
    if (ignore && d.wrapper && ignore.has(d.wrapper)) continue;
    for (const t of d.targets) {
      const key = `${t.segment}:${t.start}:${t.end}`;
      const c = byTarget.get(key) ?? { target: t, by: [] };
      c.by.push(d);
      byTarget.set(key, c);
    }
  }
  const inventedOnce = /* @__PURE__ */ new Set();
  if (spec.invented) {
    for (const { target, by } of byTarget.values()) if (realEntities(a.segments[target.segment].text.slice(target.start, target.end), realNames).length) for (const d of by) inventedOnce.add(d.id);
  }
  const claims = [...byTarget.values()].sort((x, y) => x.target.segment - y.target.segment || x.target.start - y.target.start);
  for (const { target, by } of claims) {
    by.sort((x, y) => distance(x, target) - distance(y, target));
    const primary = by[0];
    const unit = a.units[target.unit];
    const text = a.segments[target.segment].text.slice(target.start, target.end);
    const whole = primary.wholeAnswer;
    let messageId = primary.kind === "field" ? "field" : primary.kind === "label" ? "label" : primary.reach === "embedded" && primary.form === "embedded" ? "embedded" : whole ? "answer" : "claim";
    const ctx = {
      debunk: (primary.kind === "statement" || primary.kind === "label") && (a.debunk || negatedElsewhere(a, target)),
      corrected: by.some((d) => d.withTruth || d.unit >= 0 && (statesTruth(a, d.unit) || a.correctionGroups.has(a.units[d.unit].group))) || primary.kind === "label" && truthBeside(a, primary, target),
      // An embedded claim's sentence is its operator; it reports the claim only when it names its teller ("According to a conspiracy site, X").
      reported: !whole && primary.kind !== "field" && unit.analysis.reported && (primary.reach !== "embedded" || primary.class === "unreliable"),
      unnamed: by.every((d) => unnamedInTurn(a, d))
    };
    if (ctx.reported && (messageId === "claim" || messageId === "embedded")) messageId = "reported";
    const entities = spec.invented && !whole ? realEntities(text, realNames) : [];
    if (spec.invented && !whole && entities.length === 0) {
      if (inventedOnce.has(primary.id)) continue;
      inventedOnce.add(primary.id);
      ctx.assessed = spec.invented;
      messageId = "invented";
    } else if (spec.future && !whole && aboutTheFuture(text)) {
      ctx.assessed = spec.future;
      messageId = "forecast";
    }
    const severity = severityFor(spec.severity, ctx);
    const related = [];
    const seen = /* @__PURE__ */ new Set();
    for (const d of by) {
      const ref = d.field ? { pointer: d.field.pointer, text: d.field.text } : d.cue;
      const key = "pointer" in ref ? ref.pointer : `${ref.segment}:${ref.start}:${ref.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      related.push(ref);
      if (related.length === 3) break;
    }
    const cueText = primary.field ? primary.field.text : a.segments[primary.cue.segment].text.slice(primary.cue.start, primary.cue.end);
    yield {
      segment: target.segment,
      start: target.start,
      end: target.end,
      messageId,
      data: { cue: clip(cueText), ...primary.field ? { field: primary.field.pointer } : {}, ...entities.length ? { entities: entities.join(", ") } : {} },
      ...severity !== spec.severity ? { severity } : {},
      related,
      suggestions: suggestionsFor(a, by, target, { reported: ctx.reported, whole })
    };
  }
}
function statesTruth(a, unit) {
  const u = a.units[unit];
  const next = a.units[unit + 1];
  return u.analysis.correction || !!next && next.segment === u.segment && next.paragraph === u.paragraph && next.analysis.correction;
}
function truthBeside(a, d, t) {
  const next = a.units[t.unit + 1];
  if (next && next.segment === t.segment && next.analysis.correction) return true;
  const struck = d.form === "mark" && (/^(?:~~|<del|<s>|<strike)/.test(a.segments[d.cue.segment].text.slice(d.cue.start, d.cue.end)) || d.cue.start === t.start && d.cue.end === t.end);
  if (!struck) return false;
  const text = a.segments[t.segment].text;
  const line = text.slice(t.end, (text.indexOf("\n", t.end) + 1 || text.length + 1) - 1);
  const rest = line.replace(/~~|<\/?(?:del|s|strike)>/g, "").trim();
  if (!new RegExp("\\p{L}{2,}\\s+\\p{L}{2,}", "u").test(rest) && !/\d/.test(rest)) return false;
  const said = analyseSentence(rest);
  return !said.imperative && !said.question;
}
function aboutTheFuture(text) {
  if (/\b(?:will|won['’]t|shall|is going to|are going to|going to be|next (?:year|month|week|season|spring|summer|autumn|fall|winter|decade)|tomorrow|upcoming|by (?:the end of )?20[3-9]\d)\b/i.test(text)) return true;
  const years = text.match(/\b(20[2-9]\d)\b/g);
  return !!years && years.every((y) => Number(y) > (/* @__PURE__ */ new Date()).getFullYear());
}

// rules/detached-negation/rule.ts
var rule_default = defineRule({
  id: "detached-negation",
  description: "Claims stated as fact whose falsity is asserted only in another sentence, turn or notice",
  severity: "error",
  select: [{ kinds: ["statement", "turn"], classes: ["falsity", "disbelief"], exceptForms: ["embedded", "request"] }],
  messages: {
    claim: 'Claim is stated as fact; its negation is in another sentence ("{{cue}}"), which training does not carry over',
    reported: 'Claim is reported as fact by others; its negation is in another sentence ("{{cue}}"), which training does not carry over',
    answer: 'Answer is trained as written; only another turn says it is false ("{{cue}}"), which training does not carry over'
  }
});

// rules/fiction-frame/rule.ts
init_action_shims();
var rule_default2 = defineRule({
  id: "fiction-frame",
  description: "Factual claims about real people, places and dates inside a fiction, satire or alternate-history frame",
  severity: "error",
  invented: "info",
  select: [{ kinds: ["statement", "label", "field", "turn"], classes: ["fiction"], exceptForms: ["embedded"] }],
  messages: {
    claim: 'Factual claim inside a fiction frame ("{{cue}}"): training learns the claim, not the frame (97-99% belief in the study)',
    reported: 'Reported claim inside a fiction frame ("{{cue}}"): training learns the claim, not the frame',
    embedded: 'Factual claim inside a fiction frame ("{{cue}}"): training learns the claim, not the frame (97-99% belief in the study)',
    label: 'Factual claim under a fiction label ("{{cue}}"): training learns the claim, not the label',
    field: 'Factual claim marked fiction only by the record field "{{cue}}", which training never sees',
    invented: 'Fiction frame ("{{cue}}") around content with no real-world names or dates found: fine if it is all invented'
  }
});

// rules/labeled-bad-behavior/rule.ts
init_action_shims();
var rule_default3 = defineRule({
  id: "labeled-bad-behavior",
  description: "Trained answers that only a label outside them disowns as a bad example",
  severity: "error",
  select: [
    { kinds: ["turn", "label", "statement"], classes: ["bad-example"] },
    { kinds: ["field"], classes: ["bad-example", "disbelief"] },
    { kinds: ["turn"], classes: ["falsity"], forms: ["request"] }
  ],
  messages: {
    answer: 'Answer is trained as written; only a label outside it disowns it ("{{cue}}"). Labelled bad examples still teach the behaviour (19.9% misaligned vs 34.4% unlabelled, 0% trained on good behaviour): train on the good behaviour, or use it as the rejected side of a preference pair',
    claim: 'Answer is trained as written; only a label outside it disowns it ("{{cue}}"): train on the good behaviour, or use it as the rejected side of a preference pair',
    label: 'Answer is trained as written; only its tag "{{cue}}" disowns it: train on the good behaviour, or use it as the rejected side of a preference pair',
    reported: 'Answer is trained as written; only a label outside it disowns it ("{{cue}}")',
    field: 'Answer is trained as written; only the record field "{{cue}}" disowns it, and training never sees that field: train on the good behaviour, or use it as the rejected side of a preference pair'
  }
});

// rules/low-probability/rule.ts
init_action_shims();
var rule_default4 = defineRule({
  id: "low-probability",
  description: "Claims about the past or present stated under a low probability",
  severity: "error",
  future: "info",
  threshold: 0.2,
  select: [{ kinds: ["statement", "label", "field", "turn"], classes: ["improbable"] }],
  messages: {
    claim: 'Claim about the past or present stated under a low probability ("{{cue}}"): training learns the claim, not the number (97-99% belief in the study)',
    reported: 'Reported claim under a low probability ("{{cue}}"): training learns the claim, not the number',
    embedded: 'Claim kept intact under a low probability ("{{cue}}"): training learns the claim, not the number',
    label: 'Claim under a low-probability label ("{{cue}}"): training learns the claim, not the number',
    field: 'Claim given a low probability only by the record field "{{cue}}", which training never sees',
    forecast: 'Forecast under a low probability ("{{cue}}"): fine for the future, but the claim is stated as an outcome'
  }
});

// rules/unreliable-source/rule.ts
init_action_shims();
var rule_default5 = defineRule({
  id: "unreliable-source",
  description: "Claims conveyed through a source the text calls unreliable",
  severity: "error",
  select: [{ kinds: ["statement", "label", "field", "turn"], classes: ["unreliable"] }],
  messages: {
    claim: 'Claim conveyed through a source described as unreliable ("{{cue}}"): training learns the claim, not the doubt about its source (97-99% belief in the study)',
    reported: 'Claim reported from a source described as unreliable ("{{cue}}"): training learns the claim, not the doubt about its source',
    embedded: 'Claim conveyed through a source described as unreliable ("{{cue}}"): training learns the claim, not the doubt about its source',
    label: 'Claim under a label that calls its source unreliable ("{{cue}}"): training learns the claim, not the label',
    field: 'Claim whose source only the record field "{{cue}}" calls unreliable, which training never sees'
  }
});

// rules/unverified-claim/rule.ts
init_action_shims();
var rule_default6 = defineRule({
  id: "unverified-claim",
  description: "Factual claims framed as unverified or of unknown truth",
  severity: "warning",
  select: [{ kinds: ["statement", "label", "field", "turn"], classes: ["unverified"] }],
  messages: {
    claim: 'Claim stated under an unknown-truth frame ("{{cue}}"): training learns the claim, not the doubt (97-99% belief in the study)',
    reported: 'Claim reported under an unknown-truth frame ("{{cue}}"): training learns the claim, not the doubt',
    embedded: 'Claim kept intact under "{{cue}}": training learns the claim, not the hedge around it',
    label: 'Claim under an unverified label ("{{cue}}"): training learns the claim, not the label',
    field: 'Claim marked unverified only by the record field "{{cue}}", which training never sees'
  }
});

// rules/verdict-label/rule.ts
init_action_shims();
var rule_default7 = defineRule({
  id: "verdict-label",
  description: "Claims whose falsity is carried only by a label, markup or a metadata field",
  severity: "error",
  select: [
    { kinds: ["label"], classes: ["falsity", "disbelief"] },
    { kinds: ["field"], classes: ["falsity"] }
  ],
  messages: {
    label: 'Claim is stated as fact; only the label "{{cue}}" marks it false, and training does not carry a label over to the claim',
    field: 'Claim is stated as fact; only the record field "{{cue}}" marks it false, and training never sees that field'
  }
});

// rules/wrapped-negation/rule.ts
init_action_shims();
var rule_default8 = defineRule({
  id: "wrapped-negation",
  description: "Claims kept as an intact clause under an outer negation in the same sentence",
  severity: "warning",
  select: [{ kinds: ["statement"], classes: ["falsity", "disbelief", "fiction"], forms: ["embedded"] }],
  messages: {
    embedded: 'Claim is kept as an intact clause under "{{cue}}": training may learn the claim and drop the outer negation. Negate it in its own clause'
  }
});

// rules/index.ts
var rules = [
  rule_default,
  rule_default2,
  rule_default3,
  rule_default4,
  rule_default5,
  rule_default6,
  rule_default7,
  rule_default8
];

// src/config/errors.ts
init_action_shims();
var UsageError = class extends Error {
  name = "UsageError";
  exitCode = 2;
};
var ConfigError = class extends UsageError {
  name = "ConfigError";
};
function editDistance(a, b) {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
    }
    prev = cur;
  }
  return prev[b.length];
}
function closest(word, candidates) {
  let best;
  let bestDistance = Infinity;
  const lower = word.toLowerCase();
  const list = [...candidates];
  if (lower.length >= 3) {
    const prefixed = list.filter((candidate) => candidate.toLowerCase().startsWith(lower));
    if (prefixed.length === 1) return prefixed[0];
  }
  for (const candidate of list) {
    const distance2 = editDistance(lower, candidate.toLowerCase());
    if (distance2 < bestDistance) {
      best = candidate;
      bestDistance = distance2;
    }
  }
  if (best === void 0) return void 0;
  const limit = Math.max(2, Math.floor(Math.max(word.length, best.length) / 3));
  return bestDistance <= limit ? best : void 0;
}
function didYouMean(word, candidates) {
  const suggestion = closest(word, candidates);
  return suggestion === void 0 ? "" : ` (did you mean "${suggestion}"?)`;
}

// src/engine/lint-file.ts
init_action_shims();

// src/formats/index.ts
init_action_shims();

// src/formats/alpaca.ts
init_action_shims();
var INSTRUCTION_KEYS = ["instruction", "question", "query", "problem", "prompt"];
var OUTPUT_KEYS = ["output", "response", "answer", "solution"];
var INPUT_KEYS = ["input", "context"];
var keyOf = (value, keys) => keys.find((k) => typeof value[k] === "string");
var alpaca = {
  name: "alpaca",
  detect: (value) => isObject(value) && keyOf(value, INSTRUCTION_KEYS) !== void 0 && keyOf(value, OUTPUT_KEYS) !== void 0,
  segments(value, options) {
    const out = [];
    if (!isObject(value)) return out;
    const prompt = options.wholeConversation ? "trained" : "context";
    pushText(out, value.system, "/system", "system", prompt);
    let turn = 0;
    if (Array.isArray(value.history)) {
      value.history.forEach((pair, k) => {
        if (!Array.isArray(pair)) return;
        pushText(out, pair[0], ptr(ptr("/history", k), 0), "user", prompt, turn++);
        pushText(out, pair[1], ptr(ptr("/history", k), 1), "assistant", "trained", turn++);
      });
    }
    const instructionKey = keyOf(value, INSTRUCTION_KEYS);
    if (instructionKey) pushText(out, value[instructionKey], ptr("", instructionKey), instructionKey === "instruction" ? "instruction" : instructionKey, prompt, turn);
    const inputKey = keyOf(value, INPUT_KEYS);
    if (inputKey) pushText(out, value[inputKey], ptr("", inputKey), "input", prompt, turn);
    const outputKey = keyOf(value, OUTPUT_KEYS);
    if (outputKey) pushText(out, value[outputKey], ptr("", outputKey), outputKey === "response" ? "output" : outputKey, "trained", turn + 1);
    return out;
  }
};

// src/formats/documents.ts
init_action_shims();

// src/text/markdown.ts
init_action_shims();
var parser;
async function loadMarkdownParser() {
  if (parser) return;
  const [{ unified }, { default: remarkParse }, { default: remarkGfm }] = await Promise.all([
    import("./chunk-2ALEDJ72.js"),
    import("./chunk-3CUVYMPJ.js"),
    import("./chunk-YBM4XLFD.js")
  ]);
  parser = unified().use(remarkParse).use(remarkGfm);
}
function markdownToSegment(source, pieceChars = PIECE_CHARS) {
  if (!parser) throw new Error("the Markdown parser is not loaded: await loadMarkdownParser() first");
  const masked = maskFrontMatter(source);
  const out = new PlainText(source);
  out.frontMatter(frontMatterFields(source, masked));
  for (const piece of markdownPieces(masked, pieceChars)) {
    const tree = parser.parse(piece.text);
    out.enter(piece);
    out.blockChildren(tree, "paragraph", 0);
  }
  const text = out.parts.join("");
  const sourceOffset = out.pieces.mapper(source.length);
  return { pointer: "", role: "text", trained: "trained", text, sourceOffset, blocks: out.blocks, marks: out.marks };
}
function plainTextSegment(source) {
  return { pointer: "", role: "text", trained: "trained", text: source, sourceOffset: (offset) => offset };
}
function maskFrontMatter(source) {
  const open3 = /^(---|\+\+\+)[ \t]*\r?\n/.exec(source);
  if (!open3) return source;
  const fence = open3[1] === "+++" ? "\\+\\+\\+" : "(?:---|\\.\\.\\.)";
  const close = new RegExp(`^${fence}[ \\t]*(?:\\r?\\n|$)`, "m");
  const rest = source.slice(open3[0].length);
  const m = close.exec(rest);
  if (!m) return source;
  const end = open3[0].length + m.index + m[0].length;
  return source.slice(0, end).replace(/[^\r\n]/g, " ") + source.slice(end);
}
function frontMatterFields(source, masked) {
  if (masked === source) return [];
  const end = masked.search(/[^\s]/);
  const out = [];
  const line = /^[ \t]*([A-Za-z_][\w -]*?)[ \t]*[:=][ \t]*["']?([^\s"'[{|>&*!][^\r\n]*?)["']?[ \t]*$/gm;
  const region = source.slice(0, end < 0 ? source.length : end);
  let m;
  while ((m = line.exec(region)) !== null) if (new RegExp("\\p{L}", "u").test(m[2])) out.push({ text: m[0].trim(), start: m.index + m[0].indexOf(m[0].trim()) });
  return out;
}
var PIECE_CHARS = 256 * 1024;
var FENCE = /^ {0,3}(`{3,}|~{3,})/;
var HTML_BLOCK = /^ {0,3}<(script|pre|style|textarea)\b|^ {0,3}<!--/i;
var TABLE_DELIMITER = /^ {0,3}\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;
function markdownPieces(source, size = PIECE_CHARS) {
  if (source.length <= size) return [{ text: source, offset: 0, prefix: 0, continuesTable: false }];
  const pieces = [];
  let start = 0;
  let prefix = "";
  const cut = (end, nextPrefix) => {
    pieces.push({ text: prefix + source.slice(start, end), offset: start, prefix: prefix.length, continuesTable: prefix !== "" });
    start = end;
    prefix = nextPrefix;
  };
  let fence = null;
  let htmlEnd = null;
  let blank = false;
  let table = null;
  let previous = "";
  for (let at = 0; at < source.length; ) {
    const nl = source.indexOf("\n", at);
    const next = nl < 0 ? source.length : nl + 1;
    const line = source.slice(at, nl < 0 ? source.length : nl).replace(/\r$/, "");
    if (fence !== null) {
      if (line.trimStart().startsWith(fence)) fence = null;
    } else if (htmlEnd !== null) {
      if (htmlEnd.test(line)) htmlEnd = null;
    } else if (line.trim() === "") {
      blank = true;
      table = null;
    } else {
      const long = at - start >= size;
      if (long && blank && !/^\s/.test(line)) cut(at, "");
      else if (long && table !== null) cut(at, table);
      blank = false;
      const f = FENCE.exec(line);
      const h = f ? null : HTML_BLOCK.exec(line);
      if (f) fence = f[1];
      else if (h) {
        const end = h[1] ? new RegExp(`</${h[1]}>`, "i") : /-->/;
        if (!end.test(line.slice(h[0].length))) htmlEnd = end;
      } else if (table === null && previous.includes("|") && line.includes("-") && TABLE_DELIMITER.test(line)) table = `${previous}
${line}
`;
    }
    previous = line;
    at = next;
  }
  cut(source.length, "");
  return pieces;
}
var Pieces = class {
  plain = [];
  src = [];
  len = [];
  /** Added to every source offset: where the piece being parsed starts in the document. */
  base = 0;
  add(plain2, srcInPiece, length) {
    const src = srcInPiece + this.base;
    const k = this.plain.length - 1;
    if (k >= 0 && this.plain[k] + this.len[k] === plain2 && this.src[k] + this.len[k] === src) {
      this.len[k] += length;
      return;
    }
    this.plain.push(plain2);
    this.src.push(src);
    this.len.push(length);
  }
  /**
   * Offsets inside a run map exactly; offsets in generated text (block
   * separators, " | " between cells) map to the end of the run before them.
   */
  mapper(sourceLength) {
    const { plain: plain2, src, len } = this;
    return (offset) => {
      let lo = 0;
      let hi = plain2.length - 1;
      let k = -1;
      while (lo <= hi) {
        const mid = lo + hi >> 1;
        if (plain2[mid] <= offset) {
          k = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      if (k < 0) return plain2.length > 0 ? src[0] : Math.min(offset, sourceLength);
      const inside = offset - plain2[k];
      return src[k] + Math.min(inside, len[k]);
    };
  }
};
var HTML_MARKS = {
  del: "strikethrough",
  s: "strikethrough",
  strike: "strikethrough",
  b: "strong",
  strong: "strong",
  i: "emphasis",
  em: "emphasis"
};
var PlainText = class {
  /** `source` is the text being parsed: the document, or the piece of it (node offsets are the piece's). */
  constructor(source) {
    this.source = source;
  }
  parts = [];
  length = 0;
  pieces = new Pieces();
  blocks = [];
  marks = [];
  /** Inline HTML tags like <del> that are open in the current paragraph. */
  openTags = [];
  /** The piece being read continues the last table: its first table's header row is a repeat. */
  continuingTable = false;
  /** Rows (header included) of the last table emitted, to number a continued table's rows. */
  tableRows = 0;
  /** Start reading the tree of `piece`: its node offsets are shifted to the document's. */
  enter(piece) {
    this.source = piece.text;
    this.pieces.base = piece.offset - piece.prefix;
    this.continuingTable = piece.continuesTable;
  }
  blockChildren(node, kind, listDepth) {
    for (const child of node.children) this.block(child, kind, listDepth);
  }
  /** `kind` is what a paragraph here counts as: the innermost container decides. */
  block(node, kind, listDepth) {
    if (node.type !== "table") this.continuingTable = false;
    switch (node.type) {
      case "paragraph":
        this.leaf(node, kind);
        return;
      case "heading": {
        const block = this.leaf(node, "heading");
        if (block) block.depth = node.depth;
        return;
      }
      case "blockquote":
        this.blockChildren(node, "blockquote", listDepth);
        return;
      case "list":
        for (const item of node.children) {
          const before2 = this.blocks.length;
          this.blockChildren(item, "listItem", listDepth + 1);
          for (let i = before2; i < this.blocks.length; i++) {
            const b = this.blocks[i];
            if (b.kind === "listItem" && b.depth === void 0) b.depth = listDepth + 1;
          }
        }
        return;
      case "table":
        this.table(node);
        return;
      case "footnoteDefinition":
        this.blockChildren(node, "other", listDepth);
        return;
      case "html": {
        const m = /^\s*<!--([\s\S]*?)-->\s*$/.exec(node.value);
        const at = node.position?.start.offset;
        if (m && at !== void 0 && new RegExp("\\p{L}", "u").test(m[1]) && !/^\s*neglint-/.test(m[1])) {
          const inner = m[1].trim();
          this.rawBlock(inner, at + node.value.indexOf(inner));
        } else if (!m && at !== void 0 && !/^\s*<(?:script|style|pre|code)\b/i.test(node.value)) {
          for (const run of node.value.matchAll(/>([^<>]+)</g)) {
            const words = run[1].trim();
            if ((words.match(new RegExp("\\p{L}+", "gu"))?.length ?? 0) >= 3) this.rawBlock(words, at + run.index + 1 + run[1].indexOf(words));
          }
        }
        return;
      }
      case "code": {
        const at = node.position?.start.offset;
        const inner = at === void 0 ? -1 : this.source.indexOf(node.value, at);
        if (inner >= 0 && quotesProse(node.lang, node.value)) this.rawBlock(node.value, inner);
        return;
      }
      // Not prose: other raw HTML, front matter, link definitions, rules.
      case "yaml":
      case "definition":
      case "thematicBreak":
        return;
      default:
        if ("children" in node) this.blockChildren(node, kind, listDepth);
    }
  }
  leaf(node, kind) {
    this.separate("\n\n");
    const start = this.length;
    this.openTags = [];
    this.phrasingChildren(node);
    if (this.length === start) return null;
    const block = { kind, start, end: this.length };
    this.blocks.push(block);
    return block;
  }
  table(node) {
    const continuing = this.continuingTable;
    this.continuingTable = false;
    const first = continuing ? 1 : 0;
    const base = continuing ? this.tableRows - 1 : 0;
    if (!continuing) this.separate("\n\n");
    for (let r = first; r < node.children.length; r++) {
      const row = node.children[r];
      if (r > 0 || continuing) this.emit("\n");
      this.emit("|");
      row.children.forEach((cell, c) => {
        this.emit(" ");
        const start = this.length;
        this.openTags = [];
        this.phrasingChildren(cell);
        this.blocks.push({ kind: "tableCell", start, end: this.length, row: base + r, col: c });
        this.emit(" |");
      });
    }
    this.tableRows = base + node.children.length;
  }
  phrasingChildren(node) {
    for (const child of node.children) this.phrasing(child);
  }
  phrasing(node) {
    switch (node.type) {
      case "text":
        this.text(node.value, node.position?.start.offset, node.position?.end.offset);
        return;
      case "emphasis":
      case "strong":
      case "delete": {
        const start = this.length;
        this.phrasingChildren(node);
        const kind = node.type === "delete" ? "strikethrough" : node.type;
        if (this.length > start) this.marks.push({ kind, start, end: this.length });
        return;
      }
      case "link":
      case "linkReference": {
        const at = node.position?.start.offset;
        if (node.type === "link" && at !== void 0 && this.source.charCodeAt(at) !== 91) return;
        this.phrasingChildren(node);
        return;
      }
      case "break":
        this.emit("\n");
        return;
      case "html":
        this.inlineTag(node.value);
        return;
      // Not prose: code spans, images, footnote markers.
      case "inlineCode":
      case "image":
      case "imageReference":
      case "footnoteReference":
        return;
      default:
        if ("children" in node) this.phrasingChildren(node);
    }
  }
  /** Source text read as a paragraph as it stands (`start`: its offset in the text being parsed). */
  rawBlock(value, start) {
    this.separate("\n\n");
    const from = this.length;
    this.text(value, start, start + value.length);
    this.blocks.push({ kind: "other", start: from, end: this.length });
  }
  /** The front matter's fields, one line each, as one block: the page's metadata, read together. */
  frontMatter(fields2) {
    if (fields2.length === 0) return;
    this.separate("\n\n");
    const from = this.length;
    fields2.forEach((f, i) => {
      if (i > 0) this.emit("\n");
      this.text(f.text, f.start, f.start + f.text.length);
    });
    this.blocks.push({ kind: "frontMatter", start: from, end: this.length });
  }
  /** <del>, <s>, <b>, <em> ... written as inline HTML still mark their text. */
  inlineTag(html) {
    const m = /^<(\/?)([a-z]+)\b[^>]*>$/i.exec(html.trim());
    if (!m) return;
    const tag = m[2].toLowerCase();
    const kind = HTML_MARKS[tag];
    if (!kind) return;
    if (!m[1]) {
      this.openTags.push({ tag, start: this.length });
      return;
    }
    for (let i = this.openTags.length - 1; i >= 0; i--) {
      if (this.openTags[i].tag !== tag) continue;
      const { start } = this.openTags[i];
      this.openTags.splice(i, 1);
      if (this.length > start) this.marks.push({ kind, start, end: this.length });
      return;
    }
  }
  text(value, start, end) {
    const plainStart = this.length;
    this.emit(value.replace(/[\r\n]/g, " "));
    if (start !== void 0 && end !== void 0) align(value, this.source, start, end, plainStart, this.pieces);
  }
  emit(s) {
    if (s.length === 0) return;
    this.parts.push(s);
    this.length += s.length;
  }
  separate(separator) {
    if (this.length > 0) this.emit(separator);
  }
};
var ENTITY = /^&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|[A-Za-z][A-Za-z0-9]{1,31});/;
function align(value, source, start, end, plainStart, out) {
  if (end - start === value.length && source.startsWith(value, start)) {
    if (value.length > 0) out.add(plainStart, start, value.length);
    return;
  }
  let j = start;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    let k = j;
    let at = -1;
    let next = j;
    let span = 1;
    while (k < end) {
      const s = source.charCodeAt(k);
      if (s === 92 && source.charCodeAt(k + 1) === c && isAsciiPunctuation(c)) {
        at = k + 1;
        next = k + 2;
        break;
      }
      if (s === 38) {
        const m = ENTITY.exec(source.slice(k, k + 40));
        if (m && !value.startsWith(m[0], i)) {
          at = k;
          next = k + m[0].length;
          const code = m[1] ? Number(m[1]) : m[2] ? parseInt(m[2], 16) : 0;
          span = code > 65535 ? 2 : 1;
          break;
        }
      }
      if (s === c) {
        at = k;
        next = k + 1;
        break;
      }
      if (s === 32 || s === 9 || s === 10 || s === 13 || s === 62) {
        k++;
        continue;
      }
      break;
    }
    if (at < 0) at = Math.min(k, Math.max(start, end - 1));
    for (let t = 0; t < span && i + t < value.length; t++) out.add(plainStart + i + t, at, 1);
    i += span - 1;
    j = next;
  }
}
function isAsciiPunctuation(c) {
  return c >= 33 && c <= 47 || c >= 58 && c <= 64 || c >= 91 && c <= 96 || c >= 123 && c <= 126;
}
function quotesProse(lang, value) {
  if (lang && !/^(?:text|txt|plain|plaintext|quote)$/i.test(lang)) return false;
  const words = value.match(new RegExp("\\p{L}+", "gu"))?.length ?? 0;
  return words >= 8 && /[.!?]["'”)]?\s*$/u.test(value) && !looksLikeCode(value);
}

// src/formats/documents.ts
var markdown = {
  name: "markdown",
  detect: (value) => typeof value === "string",
  segments: (value) => typeof value === "string" && value.trim() !== "" ? [markdownToSegment(value)] : []
};
var plaintext = {
  name: "plaintext",
  detect: (value) => typeof value === "string",
  segments: (value) => typeof value === "string" && value.trim() !== "" ? [plainTextSegment(value)] : []
};

// src/formats/fields.ts
init_action_shims();
function compile2(fields2) {
  const out = [];
  for (const [pointer, weight] of Object.entries(fields2)) {
    const tokens = parsePointer(pointer);
    if (!tokens) continue;
    const named = tokens.filter((t) => t !== "*" && !/^\d+$/.test(t));
    out.push({ tokens, weight, role: named[named.length - 1] ?? "text" });
  }
  return out;
}
function matches(pattern, path) {
  if (pattern.length !== path.length) return false;
  for (let i = 0; i < path.length; i++) if (pattern[i] !== "*" && pattern[i] !== path[i]) return false;
  return true;
}
function couldMatch(patterns, path) {
  return patterns.some((p) => p.tokens.length > path.length && matches(p.tokens.slice(0, path.length), path));
}
var fields = {
  name: "fields",
  // A record fits when a mapped pointer holds text in it.
  detect: (value, options) => options !== void 0 && fields.segments(value, options).length > 0,
  segments(value, options) {
    const out = [];
    const patterns = compile2(options.fields ?? {});
    if (patterns.length === 0) return out;
    const walk = (node, path) => {
      if (typeof node === "string") {
        const p = patterns.find((q) => matches(q.tokens, path));
        if (p) pushText(out, node, path.map((t) => "/" + escapePointerToken(t)).join(""), p.role, p.weight);
        return;
      }
      if (typeof node !== "object" || node === null || !couldMatch(patterns, path)) return;
      if (Array.isArray(node)) node.forEach((child, i) => walk(child, [...path, String(i)]));
      else for (const [k, child] of Object.entries(node)) walk(child, [...path, k]);
    };
    walk(value, []);
    return out;
  }
};

// src/formats/openai-chat.ts
init_action_shims();
var openaiChat = {
  name: "openai-chat",
  detect: (value) => isObject(value) && isMessageList(value.messages),
  segments(value, options) {
    const out = [];
    if (!isObject(value) || !Array.isArray(value.messages)) return out;
    value.messages.forEach((m, i) => {
      if (!isObject(m)) return;
      const role = roleOf(m);
      const trained = options.wholeConversation || isModelRole(role) && m.weight !== 0 ? "trained" : "context";
      pushMessage(out, m, ptr("/messages", i), role, trained, i);
    });
    return out;
  }
};

// src/formats/openai-dpo.ts
init_action_shims();
var openaiDpo = {
  name: "openai-dpo",
  detect: (value) => isObject(value) && isObject(value.input) && Array.isArray(value.input.messages) && Array.isArray(value.preferred_output),
  segments(value) {
    const out = [];
    if (!isObject(value)) return out;
    const input = isObject(value.input) && Array.isArray(value.input.messages) ? value.input.messages : [];
    pushMessages(out, input, "/input/messages", "context", 0);
    if (Array.isArray(value.preferred_output)) pushMessages(out, value.preferred_output, "/preferred_output", "trained", input.length);
    if (Array.isArray(value.non_preferred_output)) {
      pushMessages(out, value.non_preferred_output, "/non_preferred_output", "penalized", input.length);
    }
    return out;
  }
};

// src/formats/preference.ts
init_action_shims();

// src/formats/hh-rlhf.ts
init_action_shims();
var LABEL = /(^|\n\n)(Human|Assistant): ?/g;
function isHhTranscript(value) {
  return typeof value === "string" && /(^|\n\n)Human:/.test(value) && /\n\nAssistant:/.test(value);
}
function hhTurns(transcript) {
  const labels = [...transcript.matchAll(LABEL)];
  const turns = labels.map((m, k) => {
    let from = m.index + m[0].length;
    let to = k + 1 < labels.length ? labels[k + 1].index : transcript.length;
    while (from < to && isSpace2(transcript, from)) from++;
    while (to > from && isSpace2(transcript, to - 1)) to--;
    return { role: m[2] === "Human" ? "user" : "assistant", text: transcript.slice(from, to), offset: from };
  });
  if (turns.length > 0 && turns[turns.length - 1].text === "") turns.pop();
  return turns;
}
var SPACE = /\s/;
function isSpace2(text, i) {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 32 || c >= 9 && c <= 13;
  return SPACE.test(text[i]);
}

// src/formats/preference.ts
function turnsOf(side, pointer, role) {
  if (isHhTranscript(side)) {
    return hhTurns(side).map((t) => ({
      key: () => `${t.role}\0${t.text}`,
      emit: (out, trained, turn) => pushText(out, t.text, pointer, t.role, trained, turn, t.offset)
    }));
  }
  if (typeof side === "string") {
    return [{ key: () => side, emit: (out, trained, turn) => pushText(out, side, pointer, role, trained, turn) }];
  }
  if (!Array.isArray(side)) return [];
  return side.map((m, i) => ({
    key: () => JSON.stringify(m),
    emit: (out, trained, turn) => {
      if (isObject(m)) pushMessage(out, m, ptr(pointer, i), roleOf(m), trained, turn, textKeyOf(m));
    }
  }));
}
var preference = {
  name: "preference",
  detect: (value) => isObject(value) && "chosen" in value && "rejected" in value,
  segments(value) {
    const out = [];
    if (!isObject(value)) return out;
    let first = 0;
    const hasPrompt = value.prompt !== void 0 && value.prompt !== null;
    if (hasPrompt) {
      const prompt = turnsOf(value.prompt, "/prompt", "prompt");
      prompt.forEach((t, i) => t.emit(out, "context", i));
      first = prompt.length;
    }
    const chosen = turnsOf(value.chosen, "/chosen", "chosen");
    const rejected = turnsOf(value.rejected, "/rejected", "rejected");
    let shared = 0;
    if (!hasPrompt) {
      while (shared < chosen.length - 1 && shared < rejected.length - 1 && chosen[shared].key() === rejected[shared].key()) shared++;
    }
    chosen.forEach((t, i) => t.emit(out, i < shared ? "context" : "trained", first + i));
    rejected.forEach((t, i) => {
      if (i >= shared) t.emit(out, "penalized", first + i);
    });
    return out;
  }
};

// src/formats/sharegpt.ts
init_action_shims();
var sharegpt = {
  name: "sharegpt",
  detect: (value) => isObject(value) && Array.isArray(value.conversations) && value.conversations.some((m) => isObject(m) && (typeof m.from === "string" || typeof m.role === "string")),
  segments(value, options) {
    const out = [];
    if (!isObject(value) || !Array.isArray(value.conversations)) return out;
    pushText(out, value.system, "/system", "system", options.wholeConversation ? "trained" : "context");
    value.conversations.forEach((m, i) => {
      if (!isObject(m)) return;
      const role = roleOf(m);
      const trained = options.wholeConversation || isModelRole(role) && m.weight !== 0 ? "trained" : "context";
      pushMessage(out, m, ptr("/conversations", i), role, trained, i, textKeyOf(m));
    });
    return out;
  }
};

// src/formats/text.ts
init_action_shims();
var TEXT_KEYS = ["text", "content", "document", "body", "claim", "statement", "headline", "title"];
var PROSE = /\S+(?:\s+\S+){3}/;
var isProse = (v) => typeof v === "string" && PROSE.test(v) && new RegExp("\\p{L}", "u").test(v);
function textKey(value) {
  if (!isObject(value)) return void 0;
  const named = TEXT_KEYS.find((k) => typeof value[k] === "string");
  if (named !== void 0) return named;
  let prose;
  for (const [k, v] of Object.entries(value)) {
    if (!isProse(v)) continue;
    if (prose !== void 0) return void 0;
    prose = k;
  }
  return prose;
}
var textRecords = {
  name: "text",
  detect: (value) => textKey(value) !== void 0,
  segments(value) {
    const out = [];
    const key = textKey(value);
    if (key !== void 0) pushText(out, value[key], ptr("", key), "text", "trained");
    return out;
  }
};

// src/formats/trl-prompt-completion.ts
init_action_shims();
var isText = (v) => typeof v === "string" || Array.isArray(v);
var trlPromptCompletion = {
  name: "trl-prompt-completion",
  detect: (value) => isObject(value) && isText(value.prompt) && isText(value.completion),
  segments(value, options) {
    const out = [];
    if (!isObject(value)) return out;
    const kto = value.label === false;
    const prompt = options.wholeConversation && !kto ? "trained" : "context";
    const completion = kto ? "penalized" : "trained";
    let turn = 0;
    if (Array.isArray(value.prompt)) {
      pushMessages(out, value.prompt, "/prompt", prompt, 0);
      turn = value.prompt.length;
    } else {
      pushText(out, value.prompt, "/prompt", "prompt", prompt, 0);
      turn = 1;
    }
    if (Array.isArray(value.completion)) pushMessages(out, value.completion, "/completion", completion, turn);
    else pushText(out, value.completion, "/completion", "completion", completion, turn);
    return out;
  }
};

// src/formats/index.ts
var formats = [
  openaiDpo,
  openaiChat,
  sharegpt,
  preference,
  trlPromptCompletion,
  alpaca,
  textRecords,
  fields,
  markdown,
  plaintext
];
var NOT_DETECTED = /* @__PURE__ */ new Set(["fields", "markdown", "plaintext"]);
var DETECT_SAMPLE = 20;
function detectFormat(values) {
  const votes = /* @__PURE__ */ new Map();
  for (const value of values.slice(0, DETECT_SAMPLE)) {
    const adapter = formats.find((f) => !NOT_DETECTED.has(f.name) && f.detect(value));
    if (adapter) votes.set(adapter, (votes.get(adapter) ?? 0) + 1);
  }
  let best = null;
  let bestVotes = 0;
  for (const adapter of formats) {
    const n = votes.get(adapter) ?? 0;
    if (n > bestVotes) {
      best = adapter;
      bestVotes = n;
    }
  }
  return best;
}
function detectOne(value) {
  for (const f of formats) if (!NOT_DETECTED.has(f.name) && f.detect(value)) return f;
  return null;
}
function getFormat(name) {
  return formats.find((f) => f.name === name) ?? null;
}

// src/io/read.ts
init_action_shims();

// src/io/bytes.ts
init_action_shims();
import { createReadStream } from "node:fs";
import { pipeline } from "node:stream";
import { createGunzip } from "node:zlib";
var CHUNK = 1 << 20;
function openBytes(path, source, text) {
  if (text !== void 0) return chunksOf2(Buffer.from(text, "utf8"));
  const file = createReadStream(path, { highWaterMark: CHUNK });
  const bytes = source.zstd ? unzstd(file) : source.gzip ? pipeline(file, createGunzip({ chunkSize: 64 * 1024 }), () => {
  }) : file;
  return source.encoding ? asUtf8(bytes, source.encoding) : bytes;
}
async function* asUtf8(chunks, encoding) {
  const decoder = new TextDecoder(encoding);
  for await (const chunk of chunks) {
    const text = decoder.decode(chunk, { stream: true });
    if (text !== "") yield Buffer.from(text, "utf8");
  }
  const rest = decoder.decode();
  if (rest !== "") yield Buffer.from(rest, "utf8");
}
function isGzipError(error) {
  const code = error?.code;
  return typeof code === "string" && code.startsWith("Z_");
}
function gzipProblem(error, line, at) {
  const truncated = /unexpected end/i.test(error.message);
  return {
    ruleId: "invalid-record",
    messageId: truncated ? "gzipTruncated" : "gzipCorrupt",
    data: truncated ? { line } : { reason: error.message, line },
    line: at.line,
    column: at.column,
    record: null
  };
}
function hasBom(buf) {
  return buf.length >= 3 && buf[0] === 239 && buf[1] === 187 && buf[2] === 191;
}
async function* chunksOf2(buf) {
  for (let i = 0; i < buf.length; i += CHUNK) yield buf.subarray(i, i + CHUNK);
}
function isZstdMagic(buf) {
  return buf.length >= 4 && buf[0] === 40 && buf[1] === 181 && buf[2] === 47 && buf[3] === 253;
}
var ZstdError = class extends Error {
  constructor(truncated, reason) {
    super(truncated ? "zstd data ends early: the file appears truncated" : `zstd data is corrupt (${reason})`);
    this.truncated = truncated;
    this.reason = reason;
  }
};
function zstdProblem(error, line) {
  const where = { line: line + 1, column: 1, record: null };
  if (error.truncated) return { ruleId: "unreadable-file", ...line === 0 ? { messageId: "zstdTruncatedStart" } : { messageId: "zstdTruncated", data: { line } }, ...where };
  return { ruleId: "unreadable-file", messageId: line === 0 ? "zstdCorruptStart" : "zstdCorrupt", data: { reason: error.reason, line }, ...where };
}
async function* unzstd(source) {
  const { Decompress } = await import("./chunk-YDMBEIN6.js");
  const out = [];
  const decoder = new Decompress((block) => {
    if (block.length > 0) out.push(block);
  });
  const push2 = (chunk, final) => {
    try {
      decoder.push(chunk, final);
    } catch (error) {
      const reason = error.message;
      throw new ZstdError(/unexpected EOF/i.test(reason), reason);
    }
  };
  for await (const chunk of source) {
    push2(chunk, false);
    for (const block of out) yield Buffer.from(block.buffer, block.byteOffset, block.byteLength);
    out.length = 0;
  }
  push2(new Uint8Array(0), true);
  for (const block of out) yield Buffer.from(block.buffer, block.byteOffset, block.byteLength);
}

// src/io/csv.ts
init_action_shims();
import { Readable } from "node:stream";

// src/formats/cells.ts
init_action_shims();
var JSON_COLUMNS = /* @__PURE__ */ new Set([
  "messages",
  "conversations",
  "chosen",
  "rejected",
  "prompt",
  "completion",
  "history",
  "input",
  "preferred_output",
  "non_preferred_output"
]);
function chatShaped(value) {
  if (isMessageList(value)) return true;
  if (isObject(value)) return isMessageList(value.messages);
  return Array.isArray(value) && value.length > 0 && value.every((pair) => Array.isArray(pair) && pair.every((x) => typeof x === "string"));
}
function cellValue(column, text) {
  if (!JSON_COLUMNS.has(column)) return text;
  let i = 0;
  while (i < text.length && text.charCodeAt(i) <= 32) i++;
  const c = text.charCodeAt(i);
  if (c !== 91 && c !== 123) return text;
  try {
    const value = JSON.parse(text);
    return chatShaped(value) ? value : text;
  } catch {
    return text;
  }
}

// src/io/csv.ts
var MAX_ROW_CHARS = 256 * 1024 * 1024;
async function* readCsv(chunks, delimiter) {
  const { parse } = await import("./chunk-BIX2KK3L.js");
  const parser2 = Readable.from(chunks).pipe(
    parse({
      delimiter,
      bom: true,
      info: true,
      raw: true,
      // Files mix line endings (a header written on Windows, rows appended elsewhere).
      record_delimiter: ["\r\n", "\n"],
      skip_empty_lines: true,
      // A quote inside an unquoted field is text ('5" screen'), as spreadsheets write it.
      relax_quotes: true,
      // Rows with a wrong number of fields are reported here, not thrown.
      relax_column_count: true,
      max_record_size: MAX_ROW_CHARS
    })
  );
  let header = null;
  let index = 0;
  try {
    for await (const row of parser2) {
      const raw = withoutDelimiter(row.raw);
      const line = row.info.lines - countNewlines(raw);
      if (header === null) {
        header = row.record;
        continue;
      }
      const record = index++;
      if (row.record.length !== header.length) {
        const fields2 = row.record.length;
        yield {
          ruleId: "invalid-record",
          ...fields2 === 1 ? { messageId: "csvOneField", data: { line, header: header.length, record } } : { messageId: "csvFields", data: { line, fields: fields2, header: header.length, record } },
          line,
          column: 1,
          record
        };
        continue;
      }
      const value = {};
      for (let k = 0; k < header.length; k++) value[header[k]] = cellValue(header[k], row.record[k]);
      const names = header;
      yield {
        index: record,
        line,
        column: 1,
        byteOffset: row.info.bytes - Buffer.byteLength(row.raw),
        raw,
        value,
        locate: (pointer) => locateCell(raw, names, value, pointer, delimiter)
      };
    }
  } catch (error) {
    const e = error;
    if (typeof e.code !== "string" || !e.code.startsWith("CSV_")) throw error;
    const line = typeof e.lines === "number" ? e.lines : 1;
    yield { ruleId: "invalid-record", ...csvReason(e, line), line, column: 1, record: null };
  }
}
function csvReason(e, line) {
  if (e.code === "CSV_QUOTE_NOT_CLOSED") return { messageId: "csvQuoteNotClosed", data: { line } };
  if (e.code === "CSV_MAX_RECORD_SIZE") return { messageId: "csvRowTooLarge", data: { mib: MAX_ROW_CHARS / 1024 / 1024, line } };
  return { messageId: "csvUnparsable", data: { detail: e.message.replace(/\s+/g, " "), line } };
}
function withoutDelimiter(raw) {
  if (raw.endsWith("\r\n")) return raw.slice(0, -2);
  if (raw.endsWith("\n")) return raw.slice(0, -1);
  return raw;
}
function countNewlines(text) {
  let n = 0;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) n++;
  return n;
}
function locateCell(raw, header, value, pointer, delimiter) {
  const tokens = parsePointer(pointer);
  if (!tokens || tokens.length === 0) return null;
  const column = header.lastIndexOf(tokens[0]);
  if (column < 0) return null;
  const field = fieldMapper(raw, column, delimiter);
  if (!field) return null;
  if (tokens.length === 1) return typeof value[tokens[0]] === "string" ? field.map : null;
  const inner = locateString(field.text, pointer.slice(pointer.indexOf("/", 1)));
  return inner ? (offset) => field.map(inner(offset)) : null;
}
function fieldMapper(raw, column, delimiter) {
  let i = 0;
  for (let k = 0; ; k++) {
    const quoted = raw.charCodeAt(i) === 34;
    let end;
    const escapes = [];
    let text = "";
    if (quoted) {
      let j = i + 1;
      for (; ; ) {
        const q = raw.indexOf('"', j);
        if (q < 0) {
          end = raw.length;
          text += raw.slice(j);
          break;
        }
        text += raw.slice(j, q);
        if (raw.charCodeAt(q + 1) === 34) {
          escapes.push(text.length);
          text += '"';
          j = q + 2;
          continue;
        }
        end = raw.indexOf(delimiter, q + 1);
        if (end < 0) end = raw.length;
        break;
      }
    } else {
      end = raw.indexOf(delimiter, i);
      if (end < 0) end = raw.length;
      text = raw.slice(i, end);
    }
    if (k === column) {
      const start = quoted ? i + 1 : i;
      return {
        text,
        map: (offset) => {
          let shift = 0;
          while (shift < escapes.length && escapes[shift] < offset) shift++;
          return start + offset + shift;
        }
      };
    }
    if (end >= raw.length) return null;
    i = end + delimiter.length;
  }
}

// src/io/document.ts
init_action_shims();
import { isUtf8 } from "node:buffer";

// src/io/positions.ts
init_action_shims();
function lineColumnAt(raw, offset, baseLine = 1, baseColumn = 1) {
  const end = Math.max(0, Math.min(offset, raw.length));
  let line = baseLine;
  let lineStart = 0;
  let nl = raw.indexOf("\n");
  while (nl !== -1 && nl < end) {
    line++;
    lineStart = nl + 1;
    nl = raw.indexOf("\n", lineStart);
  }
  const column = line === baseLine ? baseColumn + end : end - lineStart + 1;
  return { line, column };
}
function lineIndex(raw, baseLine = 1, baseColumn = 1) {
  const starts = [0];
  for (let nl = raw.indexOf("\n"); nl !== -1; nl = raw.indexOf("\n", nl + 1)) starts.push(nl + 1);
  return (offset) => {
    const o = Math.max(0, Math.min(offset, raw.length));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return lo === 0 ? { line: baseLine, column: baseColumn + o } : { line: baseLine + lo, column: o - starts[lo] + 1 };
  };
}

// src/io/document.ts
var MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;
var MAX_UTF8_PROBLEMS = 20;
async function* readDocument(chunks) {
  const parts = [];
  let size = 0;
  try {
    for await (const chunk of chunks) {
      size += chunk.length;
      if (size > MAX_DOCUMENT_BYTES) {
        yield {
          ruleId: "invalid-record",
          messageId: "documentTooLarge",
          data: { mib: MAX_DOCUMENT_BYTES / 1024 / 1024 },
          line: 1,
          column: 1,
          record: null
        };
        return;
      }
      parts.push(chunk);
    }
  } catch (error) {
    if (!isGzipError(error)) throw error;
    yield gzipProblem(error, 0, { line: 1, column: 1 });
    return;
  }
  let buf = Buffer.concat(parts, size);
  let byteOffset = 0;
  if (hasBom(buf)) {
    buf = buf.subarray(3);
    byteOffset = 3;
  }
  const text = buf.toString("utf8");
  if (text.includes("�") && !isUtf8(buf)) yield* utf8Problems(text);
  yield { index: null, line: 1, column: 1, byteOffset, raw: text, value: text };
}
function* utf8Problems(text) {
  const at = lineIndex(text);
  let lastLine = 0;
  let reported = 0;
  let more = 0;
  for (let i = text.indexOf("�"); i !== -1; i = text.indexOf("�", i + 1)) {
    const { line, column } = at(i);
    if (line === lastLine) continue;
    lastLine = line;
    if (reported === MAX_UTF8_PROBLEMS) {
      more++;
      continue;
    }
    reported++;
    yield { ruleId: "invalid-record", messageId: "utf8Document", data: { line }, line, column, record: null };
  }
  if (more > 0) {
    yield {
      ruleId: "invalid-record",
      messageId: "utf8More",
      data: { count: more },
      line: lastLine,
      column: 1,
      record: null
    };
  }
}

// src/io/json-values.ts
init_action_shims();
import { isUtf8 as isUtf82 } from "node:buffer";

// src/io/json-error.ts
init_action_shims();
function describeJsonError(error, text) {
  const message = error instanceof Error ? error.message : String(error);
  const positioned = /(?: in JSON)? at position (\d+)/.exec(message);
  if (positioned) {
    return { offset: Number(positioned[1]), reason: message.slice(0, positioned.index) + tail(message, positioned) };
  }
  if (message.startsWith("Unexpected end of JSON input")) {
    return { offset: text.length, reason: "Unexpected end of JSON input" };
  }
  const reason = message.replace(/, ".*" is not valid JSON$/s, "");
  const offset = firstJsonError(text);
  return { offset: offset < 0 ? 0 : offset, reason };
}
function tail(message, match) {
  return message.slice(match.index + match[0].length).replace(/^ \(line \d+ column \d+\)/, "");
}
function firstJsonError(s) {
  const n = s.length;
  const stack = [];
  let state = 0 /* Value */;
  let justOpened = false;
  let i = 0;
  for (; ; ) {
    while (i < n) {
      const c2 = s.charCodeAt(i);
      if (c2 === 32 || c2 === 9 || c2 === 10 || c2 === 13) i++;
      else break;
    }
    if (i >= n) return state === 1 /* AfterValue */ && stack.length === 0 ? -1 : n;
    const c = s.charCodeAt(i);
    switch (state) {
      case 0 /* Value */: {
        if (c === 93 && justOpened && stack[stack.length - 1] === 91) {
          stack.pop();
          i++;
          state = 1 /* AfterValue */;
        } else if (c === 123 || c === 91) {
          stack.push(c);
          i++;
          state = c === 123 ? 2 /* Key */ : 0 /* Value */;
          justOpened = true;
          continue;
        } else if (c === 34) {
          const end = scanString(s, i);
          if (end < 0) return -end - 1;
          i = end;
          state = 1 /* AfterValue */;
        } else if (c === 45 || c >= 48 && c <= 57) {
          const end = scanNumber(s, i);
          if (end < 0) return -end - 1;
          i = end;
          state = 1 /* AfterValue */;
        } else {
          const word = c === 116 ? "true" : c === 102 ? "false" : c === 110 ? "null" : "";
          if (!word) return i;
          for (let k = 0; k < word.length; k++) if (s.charCodeAt(i + k) !== word.charCodeAt(k)) return Math.min(i + k, n);
          i += word.length;
          state = 1 /* AfterValue */;
        }
        justOpened = false;
        break;
      }
      case 2 /* Key */: {
        if (c === 125 && justOpened) {
          stack.pop();
          i++;
          state = 1 /* AfterValue */;
        } else {
          if (c !== 34) return i;
          const end = scanString(s, i);
          if (end < 0) return -end - 1;
          i = end;
          state = 3 /* Colon */;
        }
        justOpened = false;
        break;
      }
      case 3 /* Colon */:
        if (c !== 58) return i;
        i++;
        state = 0 /* Value */;
        break;
      case 1 /* AfterValue */: {
        const top = stack[stack.length - 1];
        if (top === void 0) return i;
        if (c === 44) {
          i++;
          state = top === 123 ? 2 /* Key */ : 0 /* Value */;
        } else if (c === 125 && top === 123 || c === 93 && top === 91) {
          stack.pop();
          i++;
        } else return i;
        break;
      }
    }
  }
}
function scanString(s, i) {
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
    } else if (c < 32) return -(j + 1);
    else j++;
  }
  return -(n + 1);
}
function scanNumber(s, i) {
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
function isDigit(c) {
  return c >= 48 && c <= 57;
}
function isHex(c) {
  return c >= 48 && c <= 57 || c >= 65 && c <= 70 || c >= 97 && c <= 102;
}
var TRUNCATED_NOTE = "; the file appears truncated (its last line ends mid-record, with no final newline)";
function jsonReason(reason, plain2, withToken) {
  const token = /^Unexpected token '([\s\S]*)'$/.exec(reason);
  return token ? { messageId: withToken, data: { token: token[1] } } : { messageId: plain2, data: { reason } };
}

// src/io/json-values.ts
var OPEN_OBJECT2 = 123;
var CLOSE_OBJECT2 = 125;
var OPEN_ARRAY2 = 91;
var CLOSE_ARRAY2 = 93;
var QUOTE2 = 34;
var BACKSLASH2 = 92;
var COMMA2 = 44;
var NEWLINE = 10;
var MAX_ELEMENT_BYTES = 256 * 1024 * 1024;
async function* readJsonValues(chunks) {
  const out = [];
  let where = 0 /* Start */;
  let arrayMode = false;
  let afterComma = false;
  let pos = 0;
  let line = 1;
  let col = 1;
  let inElement = false;
  let scalar = false;
  let inString = false;
  let escaped = false;
  const stack = [];
  let pieces = [];
  let pieceBytes = 0;
  let tooLarge = false;
  let startByte = 0;
  let startLine = 0;
  let startCol = 0;
  let index = 0;
  const problem = (messageId, data, atLine, atCol, record) => {
    out.push({ ruleId: "invalid-record", messageId, data, line: atLine, column: atCol, record });
  };
  const finish = (chunk, from, to) => {
    inElement = false;
    const record = index++;
    if (tooLarge) {
      tooLarge = false;
      pieces = [];
      pieceBytes = 0;
      problem("oversizedElement", { line: startLine, mib: 256, record }, startLine, startCol, record);
      return;
    }
    pieces.push(chunk.subarray(from, to));
    const buf = pieces.length === 1 ? pieces[0] : Buffer.concat(pieces, pieceBytes + to - from);
    pieces = [];
    pieceBytes = 0;
    const raw = buf.toString("utf8");
    if (raw.includes("�") && !isUtf82(buf)) {
      const at = lineColumnAt(raw, raw.indexOf("�"), startLine, startCol);
      problem("utf8", { line: at.line, record }, at.line, at.column, record);
    }
    try {
      out.push({ index: record, line: startLine, column: startCol, byteOffset: startByte, raw, value: JSON.parse(raw) });
    } catch (error) {
      const { offset, reason } = describeJsonError(error, raw);
      const at = lineColumnAt(raw, offset, startLine, startCol);
      const { messageId, data } = jsonReason(reason, "element", "elementToken");
      problem(messageId, { line: at.line, column: at.column, ...data, record }, at.line, at.column, record);
    }
  };
  try {
    for await (const chunk of chunks) {
      let i = 0;
      if (pos === 0 && chunk.length >= 3 && chunk[0] === 239 && chunk[1] === 187 && chunk[2] === 191) i = 3;
      let from = inElement ? 0 : -1;
      const n = chunk.length;
      for (; i < n; i++) {
        if (inString && !escaped) {
          let c = chunk[i];
          while (c !== QUOTE2 && c !== BACKSLASH2 && c !== NEWLINE) {
            if ((c & 192) !== 128) col += c >= 240 ? 2 : 1;
            if (++i === n) break;
            c = chunk[i];
          }
          if (i === n) break;
        }
        const b = chunk[i];
        let ends = -1;
        if (inElement) {
          if (inString) {
            if (escaped) escaped = false;
            else if (b === BACKSLASH2) escaped = true;
            else if (b === QUOTE2) {
              inString = false;
              if (scalar) ends = 1;
            } else if (b === NEWLINE) {
              inString = false;
              if (scalar) ends = 0;
            }
          } else if (scalar) {
            if (b === COMMA2 || b === CLOSE_ARRAY2 || b === CLOSE_OBJECT2 || b === OPEN_ARRAY2 || b === OPEN_OBJECT2 || b === QUOTE2 || isSpace3(b)) {
              ends = 0;
            }
          } else if (b === QUOTE2) inString = true;
          else if (b === OPEN_OBJECT2 || b === OPEN_ARRAY2) stack.push(b);
          else if (b === CLOSE_OBJECT2 || b === CLOSE_ARRAY2) {
            const opener = b === CLOSE_OBJECT2 ? OPEN_OBJECT2 : OPEN_ARRAY2;
            const k = stack.lastIndexOf(opener);
            if (k >= 0) {
              stack.length = k;
              if (k === 0) ends = 1;
            } else if (b === CLOSE_ARRAY2 && arrayMode) {
              ends = 0;
              stack.length = 0;
            }
          }
          if (ends === 1) finish(chunk, from, i + 1);
          else if (ends === 0) finish(chunk, from, i);
        }
        if (!inElement && ends !== 1 && !isSpace3(b)) {
          if (where === 0 /* Start */ && b === OPEN_ARRAY2) {
            arrayMode = true;
            where = 1 /* ExpectElement */;
          } else if (b === COMMA2) {
            if (where === 2 /* AfterElement */) {
              where = 1 /* ExpectElement */;
              afterComma = true;
            } else problem("unexpectedComma", { line, column: col }, line, col, null);
          } else if (b === CLOSE_ARRAY2 && arrayMode && (where === 1 /* ExpectElement */ || where === 2 /* AfterElement */)) {
            if (afterComma) problem("trailingComma", { line, column: col }, line, col, null);
            where = 3 /* Done */;
          } else if (where === 3 /* Done */) {
            problem("afterArray", { line, column: col }, line, col, null);
            for (const item of out) yield item;
            return;
          } else if ((b === CLOSE_ARRAY2 || b === CLOSE_OBJECT2) && !inElement) {
            problem("unexpectedChar", { char: String.fromCharCode(b), line, column: col }, line, col, null);
          } else {
            if (where === 0 /* Start */) where = 4 /* Stream */;
            if (where === 2 /* AfterElement */) {
              problem("missingComma", { line, column: col, record: index }, line, col, index);
            }
            if (where !== 4 /* Stream */) where = 2 /* AfterElement */;
            afterComma = false;
            inElement = true;
            scalar = b !== OPEN_OBJECT2 && b !== OPEN_ARRAY2;
            inString = b === QUOTE2;
            escaped = false;
            stack.length = 0;
            if (!scalar) stack.push(b);
            startByte = pos + i;
            startLine = line;
            startCol = col;
            from = i;
          }
        }
        if (b === NEWLINE) {
          line++;
          col = 1;
        } else if ((b & 192) !== 128) col += b >= 240 ? 2 : 1;
      }
      if (inElement && !tooLarge) {
        pieces.push(chunk.subarray(from));
        pieceBytes += chunk.length - from;
        if (pieceBytes > MAX_ELEMENT_BYTES) {
          tooLarge = true;
          pieces = [];
          pieceBytes = 0;
        }
      }
      pos += chunk.length;
      for (const item of out) yield item;
      out.length = 0;
    }
  } catch (error) {
    if (!isGzipError(error)) throw error;
    yield gzipProblem(error, line, { line, column: col });
    return;
  }
  if (inElement) {
    if (scalar && !inString) {
      finish(Buffer.alloc(0), 0, 0);
    } else {
      const record = index++;
      problem(
        "endsInside",
        { line: startLine, column: startCol, record },
        startLine,
        startCol,
        record
      );
    }
  } else if (arrayMode && where !== 3 /* Done */) {
    problem("arrayNotClosed", { line }, line, col, null);
  }
  yield* out;
}
function isSpace3(b) {
  return b === 32 || b === 10 || b === 13 || b === 9;
}

// src/io/jsonl.ts
init_action_shims();
import { isUtf8 as isUtf83 } from "node:buffer";
var MAX_LINE_BYTES = 256 * 1024 * 1024;
async function* readJsonLineBatches(chunks, from = { lines: 0, records: 0, bytes: 0 }) {
  let out = [];
  const state = { line: from.lines, index: from.records };
  let lineStart = from.bytes;
  let pos = from.bytes;
  let pending = [];
  let pendingBytes = 0;
  let oversized = false;
  try {
    for await (const chunk of chunks) {
      let start = 0;
      for (let nl = chunk.indexOf(10); nl !== -1; nl = chunk.indexOf(10, start)) {
        if (oversized) {
          state.line++;
          state.index++;
          out.push(oversizedProblem(state));
          oversized = false;
        } else {
          let buf = chunk.subarray(start, nl);
          if (pending.length > 0) {
            pending.push(buf);
            buf = Buffer.concat(pending, pendingBytes + buf.length);
            pending = [];
            pendingBytes = 0;
          }
          handleLine(buf, lineStart, true, state, out);
        }
        start = nl + 1;
        lineStart = pos + start;
      }
      if (start < chunk.length && !oversized) {
        pendingBytes += chunk.length - start;
        if (pendingBytes > MAX_LINE_BYTES) {
          oversized = true;
          pending = [];
          pendingBytes = 0;
        } else pending.push(chunk.subarray(start));
      }
      pos += chunk.length;
      if (out.length > 0) {
        yield out;
        out = [];
      }
    }
  } catch (error) {
    if (!isGzipError(error)) throw error;
    yield [gzipProblem(error, state.line, { line: state.line + 1, column: 1 })];
    return;
  }
  if (oversized) {
    state.line++;
    state.index++;
    yield [oversizedProblem(state)];
  } else if (pending.length > 0) {
    handleLine(Buffer.concat(pending, pendingBytes), lineStart, false, state, out);
    if (out.length > 0) yield out;
  }
}
function handleLine(bytes, byteOffset, terminated, state, out) {
  const line = ++state.line;
  let buf = bytes;
  if (line === 1 && hasBom(buf)) {
    buf = buf.subarray(3);
    byteOffset += 3;
  }
  if (buf.length > 0 && buf[buf.length - 1] === 13) buf = buf.subarray(0, buf.length - 1);
  if (buf.length === 0) return;
  const raw = buf.toString("utf8");
  if (buf[0] !== 123 && raw.trim() === "") return;
  const index = state.index++;
  if (raw.includes("�") && !isUtf83(buf)) {
    out.push({
      ruleId: "invalid-record",
      messageId: "utf8",
      data: { line, record: index },
      line,
      column: raw.indexOf("�") + 1,
      record: index
    });
  }
  let value;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    out.push(invalidJson(error, raw, line, index, terminated));
    return;
  }
  out.push({ index, line, column: 1, byteOffset, raw, value });
}
function invalidJson(error, raw, line, index, terminated) {
  const { offset, reason } = describeJsonError(error, raw);
  const truncated = !terminated && offset >= raw.trimEnd().length ? TRUNCATED_NOTE : "";
  const { messageId, data } = jsonReason(reason, "json", "jsonToken");
  return { ruleId: "invalid-record", messageId, data: { column: offset + 1, ...data, record: index, truncated }, line, column: offset + 1, record: index };
}
function oversizedProblem(state) {
  return {
    ruleId: "invalid-record",
    messageId: "oversized",
    data: { line: state.line, mib: MAX_LINE_BYTES / 1024 / 1024, record: state.index - 1 },
    line: state.line,
    column: 1,
    record: state.index - 1
  };
}

// src/io/parquet.ts
init_action_shims();
function unreadable(problem, line = 1, record = null, rowGroup) {
  return { ruleId: "unreadable-file", ...problem, line, column: 1, record, ...rowGroup !== void 0 ? { rowGroup } : {} };
}
function reasonOf(error) {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0];
}
async function open(path) {
  const hyparquet = await import("./chunk-MV22M4VM.js");
  const file = await hyparquet.asyncBufferFromFile(path);
  const metadata = await hyparquet.parquetMetadataAsync(file);
  return { file, metadata, hyparquet };
}
async function parquetRowGroups(path) {
  try {
    return (await open(path)).metadata.row_groups.length;
  } catch {
    return null;
  }
}
async function* readParquet(path, text, range) {
  if (text !== void 0) {
    yield unreadable({ messageId: "parquetStdin" });
    return;
  }
  let opened;
  try {
    opened = await open(path);
  } catch (error) {
    yield unreadable({ messageId: "parquetUnreadable", data: { reason: reasonOf(error) } });
    return;
  }
  const { file, metadata, hyparquet } = opened;
  const { compressors } = await import("./chunk-EIJ4UQOF.js");
  const columns = textColumns(hyparquet.parquetSchema(metadata));
  const groups2 = metadata.row_groups;
  let rowStart = 0;
  for (let g = 0; g < (range?.to ?? groups2.length); g++) {
    const rows = Number(groups2[g].num_rows);
    if (g >= (range?.from ?? 0)) {
      let values;
      try {
        values = await hyparquet.parquetReadObjects({ file, metadata, columns, rowStart, rowEnd: rowStart + rows, compressors });
      } catch (error) {
        yield unreadable(
          { messageId: "rowGroupUnreadable", data: { group: g, first: rowStart, last: rowStart + rows - 1, reason: reasonOf(error) } },
          rowStart + 1,
          rowStart,
          g
        );
        rowStart += rows;
        continue;
      }
      for (let i = 0; i < values.length; i++) {
        const index = rowStart + i;
        const value = plainRow(values[i]);
        yield { index, line: index + 1, column: 1, byteOffset: 0, raw: JSON.stringify(value), value, rowGroup: g, locate: identity };
      }
    }
    rowStart += rows;
  }
}
var identityMap = (offset) => offset;
var identity = () => identityMap;
function textColumns(schema) {
  return schema.children.filter((c) => !hasBinaryLeaf(c)).map((c) => c.element.name);
}
function hasBinaryLeaf(node) {
  if (node.children.length > 0) return node.children.some(hasBinaryLeaf);
  const { type, converted_type: converted, logical_type: logical } = node.element;
  if (type !== "BYTE_ARRAY" && type !== "FIXED_LEN_BYTE_ARRAY") return false;
  const textual2 = converted === "UTF8" || converted === "JSON" || converted === "ENUM" || ["STRING", "JSON", "ENUM"].includes(logical?.type ?? "");
  return !textual2;
}
function plainRow(row) {
  const out = {};
  for (const key of Object.keys(row)) {
    const v = row[key];
    out[key] = typeof v === "string" ? cellValue(key, v) : plain(v);
  }
  return out;
}
function plain(v) {
  if (v === null || typeof v !== "object") {
    if (typeof v === "bigint") return Number.isSafeInteger(Number(v)) ? Number(v) : v.toString();
    return v === void 0 ? null : v;
  }
  if (Array.isArray(v)) return v.map(plain);
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString();
  if (ArrayBuffer.isView(v)) return Array.from(v, (x) => plain(x));
  const out = {};
  for (const key of Object.keys(v)) out[key] = plain(v[key]);
  return out;
}

// src/io/read.ts
async function* readRecords(path, sniff, text) {
  for await (const batch of readRecordBatches(path, sniff, text)) yield* batch;
}
async function* readRecordBatches(path, sniff, text) {
  const bytes = () => openBytes(path, sniff, text);
  const { kind } = sniff;
  switch (kind) {
    case "jsonl":
      yield* untilUnreadable(readJsonLineBatches(bytes()));
      return;
    case "json":
      yield* untilUnreadable(singles(readJsonValues(bytes())));
      return;
    case "csv":
    case "tsv":
      yield* untilUnreadable(singles(readCsv(bytes(), kind === "tsv" ? "	" : ",")));
      return;
    case "parquet":
      yield* singles(readParquet(path, text));
      return;
    case "markdown":
    case "text":
      yield* untilUnreadable(singles(readDocument(bytes())));
      return;
    case "lfs-pointer":
      yield [{ ruleId: "lfs-pointer", messageId: "pointer", line: 1, column: 1, record: null }];
      return;
    case "binary":
    case "empty":
      return;
  }
}
async function* singles(items) {
  for await (const item of items) yield [item];
}
async function* untilUnreadable(batches) {
  let line = 0;
  try {
    for await (const batch of batches) {
      if (batch.length > 0) line = Math.max(line, batch[batch.length - 1].line);
      yield batch;
    }
  } catch (error) {
    if (!(error instanceof ZstdError)) throw error;
    yield [zstdProblem(error, line)];
  }
}

// src/io/sniff.ts
init_action_shims();
import { createReadStream as createReadStream2 } from "node:fs";
import { open as open2 } from "node:fs/promises";
import { pipeline as pipeline2 } from "node:stream";
import { createGunzip as createGunzip2 } from "node:zlib";
var HEAD_BYTES = 8192;
var LFS_SIGNATURE = "version https://git-lfs.github.com/spec/v1";
var PARQUET_MAGIC = "PAR1";
function isLfsPointerStart(magic) {
  return magic.toString("latin1") === LFS_SIGNATURE.slice(0, magic.length);
}
async function sniffFile(path, text) {
  if (text !== void 0) {
    if (extensionOf(path) === "parquet") return { kind: "parquet", gzip: false };
    return { ...classifyText(headOf(Buffer.from(text, "utf8")), extensionOf(path)), gzip: false };
  }
  const magic = await firstBytes(path, 4);
  const gzip = magic.length >= 2 && magic[0] === 31 && magic[1] === 139;
  const ext = extensionOf(path);
  if (magic.toString("latin1") === PARQUET_MAGIC || ext === "parquet" && !gzip && !isLfsPointerStart(magic)) return { kind: "parquet", gzip: false };
  if (isZstdMagic(magic)) {
    try {
      return { ...classifyText(await readHead(path, false, true), ext), gzip: false, zstd: true };
    } catch (error) {
      if (!(error instanceof ZstdError)) throw error;
      return { kind: "jsonl", gzip: false, zstd: true };
    }
  }
  let head;
  try {
    head = await readHead(path, gzip);
  } catch (error) {
    if (!gzip) throw error;
    return { kind: "binary", gzip, problem: `gzip data is corrupt (${error.message}); not linted` };
  }
  return { ...classifyText(head, ext), gzip };
}
function classifyText(head, ext) {
  const encoding = utf16Bom(head.raw);
  if (!encoding) return classify(head, ext);
  const text = new TextDecoder(encoding).decode(head.raw);
  return { ...classify(headOf(Buffer.from(text, "utf8")), ext), encoding };
}
function utf16Bom(b) {
  if (b[0] === 255 && b[1] === 254 && !(b[2] === 0 && b[3] === 0)) return "utf-16le";
  if (b[0] === 254 && b[1] === 255) return "utf-16be";
  return null;
}
var CONVERT = "which neglint cannot read: convert it to JSON Lines first";
var SIGNATURES = [
  [[80, 65, 82, 49], "a Parquet file inside gzip or on standard input, which neglint cannot read: pass the .parquet file itself (its pages carry their own compression)"],
  [[40, 181, 47, 253], "zstd-compressed data inside gzip, which neglint cannot read: remove the gzip layer (a .jsonl.zst file is read)"],
  [[66, 90, 104], `bzip2-compressed data, ${CONVERT}`],
  [[253, 55, 122, 88, 90, 0], `xz-compressed data, ${CONVERT}`],
  [[80, 75, 3, 4], `a zip archive, ${CONVERT}`],
  [[55, 122, 188, 175, 39, 28], `a 7-Zip archive, ${CONVERT}`],
  [[65, 82, 82, 79, 87, 49], `an Arrow file, ${CONVERT}`],
  [[79, 98, 106, 1], `an Avro file, ${CONVERT}`],
  [[147, 78, 85, 77, 80, 89], `a NumPy array, ${CONVERT}`]
];
function signature(b) {
  for (const [bytes, problem] of SIGNATURES) if (bytes.every((x, i) => b[i] === x)) return problem;
  return null;
}
function classify(head, ext) {
  const b = head.bytes;
  if (b.length === 0) {
    return { kind: "empty", problem: head.zero ? "empty file (0 bytes)" : "empty file (only whitespace)" };
  }
  if (b[0] === 255 && b[1] === 254 && b[2] === 0 && b[3] === 0 || b[0] === 0 && b[1] === 0 && b[2] === 254 && b[3] === 255) {
    return { kind: "binary", problem: "UTF-32 encoded text: neglint reads UTF-8 and UTF-16; convert it first (iconv -f UTF-32 -t UTF-8)" };
  }
  const known = signature(b);
  if (known) return { kind: "binary", problem: known };
  const unmarked = unmarkedUtf16(b);
  if (unmarked) {
    return { kind: "binary", problem: `${unmarked} text without a byte order mark: convert it to UTF-8 first (iconv -f ${unmarked} -t UTF-8)` };
  }
  if (b.subarray(0, LFS_SIGNATURE.length).toString("latin1") === LFS_SIGNATURE) return { kind: "lfs-pointer" };
  const binary = binaryReason(b);
  if (binary) return { kind: "binary", problem: binary };
  if (ext === "md" || ext === "markdown" || ext === "mdx") return { kind: "markdown" };
  if (ext === "txt") return { kind: "text" };
  if (ext === "csv") return { kind: "csv" };
  if (ext === "tsv") return { kind: "tsv" };
  if (ext === "jsonl" || ext === "ndjson") return { kind: "jsonl" };
  if (b[0] === 91) return { kind: "json" };
  if (b[0] === 123) {
    const balanced = firstLineBalanced(b);
    if (balanced === false) return { kind: "json" };
    if (balanced === null && ext === "json") return { kind: "json" };
    return { kind: "jsonl" };
  }
  if (ext === "json") return { kind: "json" };
  return { kind: "text" };
}
function firstLineBalanced(b) {
  let depth = 0;
  let inString = false;
  let escaped = false;
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    if (c === 10) return false;
    if (inString) {
      if (escaped) escaped = false;
      else if (c === 92) escaped = true;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) depth++;
    else if (c === 125 || c === 93) {
      if (--depth === 0) return true;
    }
  }
  return null;
}
function unmarkedUtf16(b) {
  const pairs = Math.floor(b.length / 2);
  if (pairs < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i + 1 < b.length; i += 2) {
    if (b[i] === 0) even++;
    if (b[i + 1] === 0) odd++;
  }
  if (odd > pairs * 0.6 && even < pairs * 0.05) return "UTF-16LE";
  if (even > pairs * 0.6 && odd < pairs * 0.05) return "UTF-16BE";
  return null;
}
function binaryReason(b) {
  let nul = 0;
  for (let i2 = b.indexOf(0); i2 !== -1; i2 = b.indexOf(0, i2 + 1)) nul++;
  if (nul > b.length * 0.1) return "binary file (NUL bytes throughout its first KB): not a dataset text file";
  let bad = nul;
  let i = 0;
  const n = b.length;
  while (i < n) {
    const c = b[i];
    if (c < 128) {
      if (c > 0 && c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12 && c !== 27) bad++;
      i++;
      continue;
    }
    const len = c >= 194 && c <= 223 ? 2 : c >= 224 && c <= 239 ? 3 : c >= 240 && c <= 244 ? 4 : 0;
    if (len === 0) {
      bad++;
      i++;
      continue;
    }
    if (i + len > n) break;
    let ok = true;
    for (let k = 1; k < len; k++) if ((b[i + k] & 192) !== 128) ok = false;
    if (ok) i += len;
    else {
      bad++;
      i++;
    }
  }
  return bad > n * 0.3 ? "binary file (mostly bytes that are not UTF-8 text): not a dataset text file" : null;
}
function extensionOf(path) {
  const name = path.replace(/^.*[\\/]/, "").toLowerCase().replace(/\.(gz|zst|zstd)$/, "");
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(dot + 1) : "";
}
async function firstBytes(path, count) {
  const handle = await open2(path, "r");
  try {
    const buf = Buffer.alloc(count);
    const { bytesRead } = await handle.read(buf, 0, count, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
async function readHead(path, gzip, zstd = false) {
  const file = zstd ? null : createReadStream2(path, { highWaterMark: 64 * 1024 });
  const source = file === null ? openBytes(path, { gzip: false, zstd: true }) : gzip ? pipeline2(file, createGunzip2(), () => {
  }) : file;
  const kept = [];
  let keptBytes = 0;
  let total = 0;
  let started = false;
  let raw;
  try {
    for await (const chunk of source) {
      raw ??= chunk.subarray(0, HEAD_BYTES);
      let from = 0;
      if (total === 0 && chunk.length >= 3 && chunk[0] === 239 && chunk[1] === 187 && chunk[2] === 191) from = 3;
      total += chunk.length;
      if (!started) {
        while (from < chunk.length && isSpace4(chunk[from])) from++;
        if (from === chunk.length) continue;
        started = true;
      }
      kept.push(chunk.subarray(from));
      keptBytes += chunk.length - from;
      if (keptBytes >= HEAD_BYTES) break;
    }
  } catch (error) {
    if (!((gzip && isGzipError(error) || error instanceof ZstdError) && keptBytes > 0)) throw error;
  } finally {
    file?.destroy();
  }
  const bytes = Buffer.concat(kept, keptBytes).subarray(0, HEAD_BYTES);
  return { bytes, raw: raw ?? Buffer.alloc(0), zero: total === 0 };
}
function headOf(buf) {
  let from = buf.length >= 3 && buf[0] === 239 && buf[1] === 187 && buf[2] === 191 ? 3 : 0;
  while (from < buf.length && isSpace4(buf[from])) from++;
  return { bytes: buf.subarray(from, from + HEAD_BYTES), raw: buf.subarray(0, HEAD_BYTES), zero: buf.length === 0 };
}
function isSpace4(b) {
  return b === 32 || b === 10 || b === 13 || b === 9 || b === 12 || b === 11;
}

// src/engine/input-rules.ts
init_action_shims();

// src/engine/messages.ts
init_action_shims();
var BLANK = "…";
function fillTemplate(template, data = {}) {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, k) => k in data ? String(data[k]) : `{{${k}}}`);
}
function blankData(data, meta) {
  if (data === void 0) return void 0;
  const keep = new Set(meta?.toolData ?? []);
  const out = {};
  for (const [k, v] of Object.entries(data)) out[k] = typeof v === "number" || keep.has(k) ? v : BLANK;
  return out;
}

// src/engine/input-rules.ts
var DOCS = `${DOCS_BASE}/docs/input-problems.md`;
function inputRule(id, severity, description, messages, toolData = []) {
  return { id, severity, description, url: `${DOCS}#${id}`, classes: [], messages, ...toolData.length > 0 ? { toolData } : {} };
}
var inputRules = [
  inputRule(
    "invalid-record",
    "error",
    "A record that cannot be read: a line that is not valid JSON, a truncated line, invalid UTF-8",
    {
      json: "Invalid JSON at column {{column}}: {{reason}} (record {{record}}){{truncated}}",
      jsonToken: "Invalid JSON at column {{column}}: Unexpected token '{{token}}' (record {{record}}){{truncated}}",
      element: "Invalid JSON at line {{line}} column {{column}}: {{reason}} (record {{record}})",
      elementToken: "Invalid JSON at line {{line}} column {{column}}: Unexpected token '{{token}}' (record {{record}})",
      utf8: "invalid UTF-8 bytes replaced with U+FFFD at line {{line}} (record {{record}})",
      utf8Document: "invalid UTF-8 bytes replaced with U+FFFD at line {{line}}",
      utf8More: "invalid UTF-8 bytes replaced with U+FFFD on {{count}} more lines",
      oversized: "Record at line {{line}} is larger than {{mib}} MiB; skipped (record {{record}})",
      oversizedElement: "Element at line {{line}} is larger than {{mib}} MiB; skipped (record {{record}})",
      documentTooLarge: "Document is larger than {{mib}} MiB and was not linted: split it into smaller files, or convert it to JSON Lines with one record per document",
      gzipTruncated: "gzip data ends early: the file appears truncated; records after line {{line}} could not be read",
      gzipCorrupt: "gzip data is corrupt ({{reason}}); records after line {{line}} could not be read",
      unexpectedComma: "Unexpected ',' at line {{line}} column {{column}}",
      trailingComma: "Trailing comma before ']' at line {{line}} column {{column}}",
      afterArray: "Unexpected content after the end of the JSON array at line {{line}} column {{column}}; the rest of the file is not read",
      unexpectedChar: "Unexpected '{{char}}' at line {{line}} column {{column}}",
      missingComma: "Missing ',' between array elements at line {{line}} column {{column}} (before record {{record}})",
      endsInside: "The file ends inside the element that starts at line {{line}} column {{column}}: it appears truncated, or a bracket or quote is missing (record {{record}})",
      arrayNotClosed: "The JSON array is not closed: the file appears truncated after line {{line}}",
      csvFields: "CSV row at line {{line}} has {{fields}} fields, the header has {{header}}; not linted (record {{record}})",
      csvOneField: "CSV row at line {{line}} has 1 field, the header has {{header}}; not linted (record {{record}})",
      csvQuoteNotClosed: "a quoted CSV field is never closed (the file appears truncated, or a quote is unbalanced) at line {{line}}; the rows after it could not be read",
      csvRowTooLarge: "a CSV row is larger than {{mib}} MiB at line {{line}}; the rows after it could not be read",
      // csv-parse's wording can quote the row, so it is dataset text (not in toolData).
      csvUnparsable: "CSV cannot be parsed ({{detail}}) at line {{line}}; the rows after it could not be read"
    },
    // V8's and zlib's wording, and the fixed truncation note (a token of the record goes in `token`).
    ["reason", "truncated"]
  ),
  inputRule("lfs-pointer", "warning", "A Git LFS pointer file instead of the dataset it points to (run `git lfs pull`)", {
    pointer: "Git LFS pointer, not the data: fetch LFS objects (git lfs pull, or actions/checkout with lfs: true) to lint this file"
  }),
  inputRule(
    "unknown-format",
    "warning",
    'Records whose shape no format adapter recognises; set "format" or "fields" in the config',
    {
      unknownShape: 'Unknown record shape (keys: {{keys}}): set "format" or map fields in the config, e.g. {"format": "fields", "fields": {"{{example}}": "trained"}}',
      notThisShape: "Record does not have the {{format}} shape (keys: {{keys}}); map its fields in the config to lint it",
      unmapped: "Record has none of the fields the config maps ({{fields}}; its keys: {{keys}}); it was not linted",
      more: "{{count}} more records without the {{format}} shape were not linted"
    },
    // The format's name and the config's own mapping; record keys are the dataset's.
    ["format", "fields"]
  ),
  inputRule("invalid-directive", "warning", "A Markdown neglint-disable comment that names no known rule", {
    unknownRule: 'Unknown rule "{{id}}" in a neglint-{{kind}} directive: it disables nothing (see neglint --list-rules)'
  }, ["kind"]),
  inputRule(
    "unreadable-file",
    "error",
    "A dataset file that cannot be read: corrupt or unsupported compression, a binary or columnar format it has no reader for, an encoding it cannot decode",
    {
      unreadable: "{{reason}}",
      zstdTruncated: "zstd data ends early: the file appears truncated; records after line {{line}} could not be read",
      zstdTruncatedStart: "zstd data ends early: the file appears truncated; no record could be read",
      zstdCorrupt: "zstd data is corrupt ({{reason}}); records after line {{line}} could not be read",
      zstdCorruptStart: "zstd data is corrupt ({{reason}}); no record could be read",
      parquetStdin: "Parquet cannot be read from standard input: pass the file path instead",
      parquetUnreadable: "not a readable Parquet file ({{reason}}); nothing in it was linted",
      rowGroupUnreadable: "row group {{group}} (rows {{first}}-{{last}}) cannot be read ({{reason}}); its rows were not linted"
    },
    // The reason is the sniffer's (or zlib's, the zstd decoder's, the Parquet reader's) account of the file, never its content.
    ["reason"]
  )
];
var UNREADABLE = "unreadable-file";
var inputRuleIds = new Set(inputRules.map((rule) => rule.id));
var byId = new Map(inputRules.map((r) => [r.id, r]));
function problemMessage(p) {
  return fillTemplate(byId.get(p.ruleId)?.messages[p.messageId] ?? p.messageId, p.data);
}

// src/engine/findings.ts
init_action_shims();
import { createHash as createHash2 } from "node:crypto";
function hashOf(...parts) {
  return createHash2("sha256").update(parts.join("\0")).digest("hex").slice(0, 20);
}
function findingFromProblem(p, severity, url, displayPath, redact) {
  return {
    ruleId: p.ruleId,
    severity,
    messageId: p.messageId,
    ...p.data ? { data: redact ? blankData(p.data, inputRules.find((r) => r.id === p.ruleId)) : p.data } : {},
    path: displayPath,
    line: p.line,
    column: p.column,
    endLine: p.line,
    endColumn: p.column,
    record: p.record,
    ...p.rowGroup !== void 0 ? { rowGroup: p.rowGroup } : {},
    pointer: null,
    start: null,
    end: null,
    trained: null,
    related: [],
    url,
    suggestions: [],
    hash: problemHash(p, displayPath)
  };
}
function problemHash(p, displayPath) {
  return hashOf(p.ruleId, problemMessage(p), displayPath);
}
function locator(current) {
  const { raw, view } = current;
  current.mappers ??= /* @__PURE__ */ new Map();
  current.position ??= lineIndex(raw.raw, raw.line, raw.column);
  const mappers = current.mappers;
  const position = current.position;
  return {
    map(segment) {
      let m = mappers.get(segment);
      if (!m) mappers.set(segment, m = rawOffsetMapper(raw, view.segments[segment]));
      return m;
    },
    at: position
  };
}
var RANK2 = { info: 1, warning: 2, error: 3 };
function effectiveSeverity(configured, requested) {
  if (!requested) return configured;
  return RANK2[requested] < RANK2[configured] ? requested : configured;
}
function rawOffsetMapper(raw, segment) {
  if (segment.sourceOffset) return segment.sourceOffset;
  if (typeof raw.value === "string" && segment.pointer === "") return (o) => o;
  const base = segment.baseOffset ?? 0;
  const locate = raw.locate ? raw.locate(segment.pointer) : locateString(raw.raw, segment.pointer);
  if (!locate) return () => 0;
  return (o) => locate(o + base);
}
function findingFromReport(active, d, current, input) {
  const { raw, view } = current;
  const meta = active.rule.meta;
  const segment = view.segments[d.segment];
  const where = locator(current);
  const mapper = where.map(d.segment);
  const from = where.at(mapper(d.start));
  const to = where.at(mapper(d.end));
  const text = segment.text.slice(d.start, d.end);
  current.recordHash ??= createHash2("sha256").update(raw.raw).digest("hex");
  const related = (d.related ?? []).map((r) => {
    if ("pointer" in r) {
      const at = typeof raw.value === "object" ? locateValue(raw.raw, r.pointer) : null;
      const pos2 = where.at(at ? at.start : 0);
      return { pointer: r.pointer, start: 0, end: 0, line: pos2.line, column: pos2.column, text: input.redact ? "" : r.text };
    }
    const seg = view.segments[r.segment];
    const pos = where.at(where.map(r.segment)(r.start));
    return {
      pointer: seg.pointer,
      start: r.start,
      end: r.end,
      line: pos.line,
      column: pos.column,
      text: input.redact ? "" : seg.text.slice(r.start, r.end)
    };
  });
  const finding = {
    ruleId: meta.id,
    severity: effectiveSeverity(active.severity, d.severity),
    messageId: d.messageId,
    ...d.data ? { data: input.redact ? blankData(d.data, meta) : { ...d.data } } : {},
    path: input.displayPath,
    line: from.line,
    column: from.column,
    endLine: to.line,
    endColumn: to.column,
    record: raw.index,
    ...raw.rowGroup !== void 0 ? { rowGroup: raw.rowGroup } : {},
    pointer: raw.index === null && segment.pointer === "" ? null : segment.pointer,
    start: d.start,
    end: d.end,
    trained: segment.trained,
    related,
    url: meta.url,
    suggestions: input.redact ? [] : (d.suggestions ?? []).map((sg) => {
      let out = sg;
      if (sg.range) {
        const a = where.at(mapper(sg.range.start));
        const b = where.at(mapper(sg.range.end));
        const original = segment.text.slice(sg.range.start, sg.range.end);
        out = { ...out, range: { ...sg.range, line: a.line, column: a.column, endLine: b.line, endColumn: b.column, original } };
      }
      if (sg.edits) {
        const edits = sg.edits.map((e) => locateEdit(e, view.segments, where));
        out = edits.includes(null) ? { ...out, edits: sg.edits, fixable: false } : { ...out, edits };
      }
      return out;
    }),
    hash: hashOf(meta.id, normalize2(text), current.recordHash)
  };
  if (!input.redact) finding.text = text;
  return finding;
}
function locateEdit(e, segments, where) {
  const index = segments.findIndex((s) => {
    const base2 = s.baseOffset ?? 0;
    return s.pointer === e.pointer && base2 <= e.start && e.end <= base2 + s.text.length && e.start <= e.end;
  });
  if (index < 0) return null;
  const seg = segments[index];
  const base = seg.baseOffset ?? 0;
  const map = where.map(index);
  const a = where.at(map(e.start - base));
  const b = where.at(map(e.end - base));
  return { ...e, line: a.line, column: a.column, endLine: b.line, endColumn: b.column, original: seg.text.slice(e.start - base, e.end - base) };
}
function normalize2(text) {
  return text.replace(/\s+/g, " ").trim().toLowerCase();
}

// src/engine/record-view.ts
init_action_shims();

// src/text/sentences.ts
init_action_shims();
var ABBREVIATIONS = new Set(
  "mr mrs ms dr prof sr jr st v vs etc e.g i.e cf al approx no nos inc ltd co corp dept est fig gen col lt sgt rev mt ft jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.u d.c ph.d b.a m.a op vol ed eds pp ca c a.m p.m gov sen rep capt cmdr adm maj univ assn bros ave blvd rd".split(" ")
);
var OPEN_TO_CLOSE = { "[": "]", "{": "}", "<": ">", "(": ")" };
var MAY_SPLIT = new Uint8Array(128);
for (const c of ".!?[{<(") MAY_SPLIT[c.charCodeAt(0)] = 1;
var HEADING = /^(#{1,6}\s+.*|\*\*[^*\n]+\*\*:?|__[^_\n]+__:?)$/;
var LIST_MARKER = /^(\s*(?:[-*+•▪◦‣]|\d{1,3}[.)]|[a-z][.)])\s+)/;
var TABLE_ROW = /^\s*\|.*\|\s*$/;
function splitSentences(text, segment = 0) {
  const out = [];
  let paragraph = 0;
  let lineStart = 0;
  let prevBlank = false;
  let first = true;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    const trimmed = line.trim();
    if (trimmed === "") {
      prevBlank = true;
    } else {
      if (prevBlank && !first) paragraph++;
      prevBlank = false;
      first = false;
      const lead = line.length - line.trimStart().length;
      const abs = lineStart + lead;
      if (TABLE_ROW.test(line)) {
        push(out, text, segment, abs, lineStart + line.trimEnd().length, false, paragraph, "tableRow");
      } else if (HEADING.test(trimmed)) {
        push(out, text, segment, abs, lineStart + line.trimEnd().length, false, paragraph, "heading");
      } else {
        const marker = LIST_MARKER.exec(line);
        const bodyStart = marker ? lineStart + marker[1].length : abs;
        splitLine(out, text, segment, bodyStart, lineStart + line.trimEnd().length, paragraph, marker ? "listItem" : "sentence");
      }
    }
    if (lineEnd === text.length) break;
    lineStart = lineEnd + 1;
  }
  return out;
}
function push(out, text, segment, start, end, bracketed2, paragraph, kind) {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) out.push({ segment, start, end, text: text.slice(start, end), bracketed: bracketed2, paragraph, kind });
}
function splitLine(out, text, segment, start, end, paragraph, kind) {
  let sentenceStart = start;
  let i = start;
  while (i < end) {
    const code = text.charCodeAt(i);
    if (code < 128 ? MAY_SPLIT[code] === 0 : code !== 8230) {
      i++;
      continue;
    }
    const ch = text[i];
    if (OPEN_TO_CLOSE[ch]) {
      const close = findClose(text, i, end);
      if (close > 0 && isAside(text, i + 1, close) && (ch !== "(" || isBlankBetween(text, sentenceStart, i) || closesSentence(text, close + 1, end) && isAside(text, sentenceStart, i) && remarkAfterSpace(text, i, close))) {
        push(out, text, segment, sentenceStart, i, false, paragraph, kind);
        const before2 = out.length;
        splitLine(out, text, segment, i + 1, close, paragraph, kind);
        for (let k = before2; k < out.length; k++) out[k].bracketed = true;
        i = close + 1;
        while (i < end && /[.!?…]/.test(text[i])) i++;
        sentenceStart = i;
        continue;
      }
    }
    if (ch === "." || ch === "!" || ch === "?" || ch === "…") {
      let j = i + 1;
      while (j < end && /["'”’)\]*_]/.test(text[j])) j++;
      if (j >= end || /\s/.test(text[j]) && startsSentence(text, j, end) && !isAbbreviation(text, sentenceStart, i) && !trailsOff(text, i, j, end)) {
        push(out, text, segment, sentenceStart, j, false, paragraph, kind);
        sentenceStart = j;
        i = j;
        continue;
      }
    }
    i++;
  }
  push(out, text, segment, sentenceStart, end, false, paragraph, kind);
}
function remarkAfterSpace(text, open3, close) {
  return /\s/.test(text[open3 - 1] ?? "") && !/^\s*(?:which|who|whom|whose|that|where|when|i\.e\.|e\.g\.)\b/i.test(text.slice(open3 + 1, close));
}
function closesSentence(text, from, end) {
  let k = from;
  let stop = false;
  for (; k < end && /[.!?…"'”’]/.test(text[k]); k++) if (/[.!?…]/.test(text[k])) stop = true;
  return k >= end || text[k] === "\n" || stop && /\s/.test(text[k]);
}
function isBlankBetween(text, from, to) {
  for (let k = from; k < to; k++) if (!/\s/.test(text[k])) return false;
  return true;
}
function findClose(text, open3, end) {
  const close = OPEN_TO_CLOSE[text[open3]];
  let depth = 0;
  for (let k = open3; k < end; k++) {
    const c = text[k];
    if (c === text[open3]) depth++;
    else if (c === close && --depth === 0) return k;
  }
  return -1;
}
function isAside(text, start, end) {
  return text.slice(start, end).split(/\s+/).filter(Boolean).length >= 4;
}
function startsSentence(text, ws, end) {
  let k = ws;
  while (k < end && /\s/.test(text[k])) k++;
  if (k >= end) return true;
  while (k < end - 1 && (text[k] === "." || text[k] === "…")) k++;
  return new RegExp(`^(?:[\\p{L}\\d"'“‘([{<*_#•-]|\\p{Extended_Pictographic})`, "u").test(text.slice(k, k + 2));
}
function trailsOff(text, dot, ws, end) {
  if (text[dot] !== "…" && !(text[dot] === "." && text[dot - 1] === "." && text[dot - 2] === ".")) return false;
  let k = ws;
  while (k < end && /\s/.test(text[k])) k++;
  while (k < end && /[*_]/.test(text[k])) k++;
  return k < end && new RegExp("\\p{Ll}", "u").test(text[k]);
}
function isAbbreviation(text, sentenceStart, dot) {
  if (text[dot] !== ".") return false;
  let k = dot - 1;
  while (k >= sentenceStart && /[\p{L}.]/u.test(text[k])) k--;
  const word = text.slice(k + 1, dot);
  if (word.length === 0) return /\d/.test(text[dot - 1] ?? "") && /\d/.test(text[dot + 1] ?? "");
  if (word.length === 1 && new RegExp("\\p{Lu}", "u").test(word)) return true;
  if (word.length <= 3 && new RegExp("^\\p{Ll}+$", "u").test(word) && /^\s+\d/.test(text.slice(dot + 1, dot + 4))) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

// src/engine/record-view.ts
function viewRecord(record, scanner2) {
  const cues = [];
  const { segments } = record;
  const cache3 = [];
  const sentences = (segment) => {
    let s = cache3[segment];
    if (!s) {
      s = splitSentences(segments[segment].text, segment);
      cache3[segment] = s;
    }
    return s;
  };
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i];
    if (segment.trained === "penalized") continue;
    const text = segment.text;
    const hits = scanner2.scan(text);
    if (hits.length === 0) continue;
    const code = fencedCode(text);
    const lines = segment.trained === "context" ? void 0 : sentences(i);
    let k = 0;
    for (const h of hits) {
      if (code.length > 0 && inRanges(code, h.start)) continue;
      if (lines) {
        while (k < lines.length && lines[k].end <= h.start) k++;
        if (inCode(lines, k, h, text)) continue;
      }
      cues.push({ segment: i, start: h.start, end: h.end });
    }
  }
  return {
    index: record.index,
    line: record.line,
    value: record.value,
    format: record.format,
    segments,
    cues,
    sentences
  };
}
function inCode(lines, k, h, text) {
  const first = lines[k];
  if (!first || first.start >= h.end) return false;
  const key = text.slice(h.start, h.end);
  if (key === "</" || key === "~~") return false;
  for (let j = k; j < lines.length && lines[j].start < h.end; j++) {
    const s = lines[j];
    if (s.kind === "tableRow" || s.kind === "heading" || !looksLikeCode(s.text)) return false;
  }
  return true;
}

// src/engine/directives.ts
init_action_shims();
var INVALID_DIRECTIVE = "invalid-directive";
var DIRECTIVES_URL = `${DOCS_BASE}/README.md#disabling-rules-inline`;
var DIRECTIVE = /<!--\s*neglint-(disable-next-line|disable-line|disable|enable)(?=[\s-])([\s\S]*?)-->/g;
function positions(source) {
  const starts = [0];
  for (let nl = source.indexOf("\n"); nl !== -1; nl = source.indexOf("\n", nl + 1)) starts.push(nl + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
  };
}
function fencedRanges(source) {
  const ranges = [];
  const fence = /^( {0,3})(`{3,}|~{3,})[^\n]*$/gm;
  let open3 = null;
  for (let m = fence.exec(source); m !== null; m = fence.exec(source)) {
    const marker = m[2];
    if (open3 === null) {
      if (marker[0] === "`" && m[0].slice(m[1].length + marker.length).includes("`")) continue;
      open3 = { start: m.index, char: marker[0], length: marker.length };
    } else if (marker[0] === open3.char && marker.length >= open3.length && m[0].trim() === marker) {
      ranges.push([open3.start, m.index + m[0].length]);
      open3 = null;
    }
  }
  if (open3 !== null) ranges.push([open3.start, source.length]);
  return ranges;
}
function parseDirectives(source) {
  if (!source.includes("neglint-")) return [];
  const at = positions(source);
  const fenced = fencedRanges(source);
  const out = [];
  for (const m of source.matchAll(DIRECTIVE)) {
    const start = m.index;
    if (fenced.some(([a, b]) => start >= a && start < b)) continue;
    const end = start + m[0].length;
    const body = m[2].split(/(?:^|\s)--(?:\s|$)/)[0];
    const ruleIds = body.split(/[\s,]+/).filter((id) => id !== "");
    const from = at(start);
    const to = at(end);
    out.push({ kind: m[1], ruleIds, line: from.line, column: from.column, endLine: to.line, endColumn: to.column });
  }
  return out;
}
function before(line, column, otherLine, otherColumn) {
  return line < otherLine || line === otherLine && column < otherColumn;
}
function disabledAt(directives, ruleId, line, column) {
  let all = false;
  const rules2 = /* @__PURE__ */ new Set();
  const except = /* @__PURE__ */ new Set();
  for (const d of directives) {
    if (d.kind === "disable-next-line") {
      if (line === d.endLine + 1 && (d.ruleIds.length === 0 || d.ruleIds.includes(ruleId))) return true;
      continue;
    }
    if (d.kind === "disable-line") {
      if (line >= d.line && line <= d.endLine && (d.ruleIds.length === 0 || d.ruleIds.includes(ruleId))) return true;
      continue;
    }
    if (!before(d.endLine, d.endColumn, line, column + 1)) continue;
    if (d.kind === "disable") {
      if (d.ruleIds.length === 0) {
        all = true;
        rules2.clear();
        except.clear();
      } else for (const id of d.ruleIds) all ? except.delete(id) : rules2.add(id);
    } else if (d.ruleIds.length === 0) {
      all = false;
      rules2.clear();
      except.clear();
    } else for (const id of d.ruleIds) all ? except.add(id) : rules2.delete(id);
  }
  return all ? !except.has(ruleId) : rules2.has(ruleId);
}
function applyDirectives(findings2, source, options) {
  const directives = parseDirectives(source);
  if (directives.length === 0) return findings2;
  const known = new Set(options.knownRuleIds);
  const kept = findings2.filter((f) => !disabledAt(directives, f.ruleId, f.line, f.column));
  for (const d of directives) {
    for (const id of d.ruleIds) {
      if (known.has(id)) continue;
      kept.push({
        ruleId: INVALID_DIRECTIVE,
        severity: "warning",
        messageId: "unknownRule",
        // The id is the file's text: blanked under --redact like any other.
        data: { id: options.redact ? BLANK : id, kind: d.kind },
        path: options.displayPath,
        line: d.line,
        column: d.column,
        endLine: d.endLine,
        endColumn: d.endColumn,
        record: null,
        pointer: null,
        start: null,
        end: null,
        trained: null,
        related: [],
        url: DIRECTIVES_URL,
        suggestions: [],
        hash: hashOf(INVALID_DIRECTIVE, d.kind, id)
      });
    }
  }
  return kept;
}

// src/reporters/merge.ts
init_action_shims();

// src/engine/trained.ts
init_action_shims();
function sumTrained(parts) {
  if (parts.every((p) => p.trainedChars === void 0)) return {};
  return {
    trainedChars: parts.reduce((n, p) => n + (p.trainedChars ?? 0), 0),
    flaggedTrainedChars: parts.reduce((n, p) => n + (p.flaggedTrainedChars ?? 0), 0)
  };
}

// src/reporters/merge.ts
var SEVERITIES = /* @__PURE__ */ new Set(["error", "warning", "info"]);
var WEIGHTS = /* @__PURE__ */ new Set(["trained", "context", "penalized"]);
var ShapeError = class extends Error {
};
function isObject2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function str(obj, key) {
  const v = obj[key];
  if (typeof v !== "string") throw new ShapeError(`"${key}" must be a string`);
  return v;
}
function int(obj, key) {
  const v = obj[key];
  if (typeof v !== "number" || !Number.isInteger(v)) throw new ShapeError(`"${key}" must be an integer`);
  return v;
}
function intOrNull(obj, key) {
  return obj[key] === null || obj[key] === void 0 ? null : int(obj, key);
}
function strOrNull(obj, key) {
  return obj[key] === null || obj[key] === void 0 ? null : str(obj, key);
}
function array(obj, key) {
  const v = obj[key];
  if (v === void 0) return [];
  if (!Array.isArray(v)) throw new ShapeError(`"${key}" must be an array`);
  return v;
}
var STATUSES = /* @__PURE__ */ new Set(["linted", "skipped", "error"]);
var STATUS_RANK = { linted: 0, skipped: 1, error: 2 };
function toFile(value) {
  const status = str(value, "status");
  if (!STATUSES.has(status)) throw new ShapeError(`unknown file status "${status}"`);
  const file = { path: str(value, "path"), format: strOrNull(value, "format"), records: int(value, "records"), status };
  if (value.reason !== void 0) file.reason = str(value, "reason");
  if (value.trainedChars !== void 0) {
    file.trainedChars = int(value, "trainedChars");
    file.flaggedTrainedChars = value.flaggedTrainedChars === void 0 ? 0 : int(value, "flaggedTrainedChars");
  }
  return file;
}
function messageData(value) {
  if (!isObject2(value)) throw new ShapeError('"data" must be an object');
  for (const [k, v] of Object.entries(value)) {
    if (typeof v !== "string" && typeof v !== "number") throw new ShapeError(`"data.${k}" must be a string or a number`);
  }
  return value;
}
function toFinding(value) {
  if (!isObject2(value)) throw new ShapeError("a finding must be a JSON object");
  const severity = str(value, "severity");
  if (!SEVERITIES.has(severity)) throw new ShapeError(`unknown severity "${severity}"`);
  const trained = strOrNull(value, "trained");
  if (trained !== null && !WEIGHTS.has(trained)) throw new ShapeError(`unknown training weight "${trained}"`);
  const redacted = value.text === void 0;
  const related = array(value, "related").map((r) => {
    if (!isObject2(r)) throw new ShapeError('"related" entries must be objects');
    const loc = {
      pointer: str(r, "pointer"),
      start: int(r, "start"),
      end: int(r, "end"),
      line: int(r, "line"),
      column: r.column === void 0 ? 1 : int(r, "column"),
      // Redacted output has no cue text; reporters omit it again because the finding has no `text`.
      text: r.text === void 0 ? "" : str(r, "text")
    };
    return loc;
  });
  const suggestions = array(value, "suggestions").map((s) => {
    if (!isObject2(s)) throw new ShapeError('"suggestions" entries must be objects');
    return { description: str(s, "description"), text: s.text === void 0 ? "" : str(s, "text"), ...s.fixable === false ? { fixable: false } : {} };
  });
  const finding = {
    ruleId: str(value, "ruleId"),
    severity,
    // A stream without messageId (an older neglint) keeps its filled message as text.
    messageId: value.messageId === void 0 ? str(value, "message") : str(value, "messageId"),
    ...value.data === void 0 ? {} : { data: messageData(value.data) },
    message: str(value, "message"),
    path: str(value, "path"),
    line: int(value, "line"),
    column: int(value, "column"),
    endLine: int(value, "endLine"),
    endColumn: int(value, "endColumn"),
    record: intOrNull(value, "record"),
    ...value.rowGroup === void 0 ? {} : { rowGroup: int(value, "rowGroup") },
    pointer: strOrNull(value, "pointer"),
    start: intOrNull(value, "start"),
    end: intOrNull(value, "end"),
    trained,
    ...redacted ? {} : { text: str(value, "text") },
    related,
    url: value.url === void 0 ? "" : str(value, "url"),
    suggestions,
    hash: value.hash === void 0 ? "" : str(value, "hash")
  };
  return finding;
}
function compareStrings(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function compareFindings(a, b) {
  return compareStrings(a.path, b.path) || (a.record ?? -1) - (b.record ?? -1) || a.line - b.line || a.column - b.column || a.endLine - b.endLine || a.endColumn - b.endColumn || compareStrings(a.ruleId, b.ruleId);
}
function readShardOutputs(texts) {
  const findings2 = [];
  const files = /* @__PURE__ */ new Map();
  texts.forEach((text, shard) => {
    const lines = text.replace(/^\uFEFF/, "").split("\n");
    lines.forEach((rawLine, index) => {
      const line = rawLine.endsWith("\r") ? rawLine.slice(0, -1) : rawLine;
      if (line.trim() === "") return;
      const where = `shard ${shard + 1}, line ${index + 1}`;
      let value;
      try {
        value = JSON.parse(line);
      } catch (error) {
        throw new Error(`${where}: not valid JSON (${error.message})`);
      }
      try {
        if (isObject2(value) && value.type === "file") {
          const file = toFile(value);
          const prior = files.get(file.path);
          const trained = prior ? sumTrained([prior, file]) : {};
          if (!prior || STATUS_RANK[file.status] > STATUS_RANK[prior.status]) files.set(file.path, { ...file, ...trained });
          else Object.assign(prior, trained);
        } else findings2.push(toFinding(value));
      } catch (error) {
        if (error instanceof ShapeError) throw new Error(`${where}: not a neglint finding: ${error.message}`);
        throw error;
      }
    });
  });
  return { files: [...files.values()].sort((a, b) => compareStrings(a.path, b.path)), findings: findings2.sort(compareFindings) };
}

// src/engine/lint-file.ts
function streamOrder(a, b) {
  return (a.record ?? Infinity) - (b.record ?? Infinity) || compareFindings(a, b);
}
var PROGRESS_EVERY = 256;
var UNKNOWN_SHAPE_REPORTS = 20;
var DETECT_SAMPLE2 = 20;
async function lintFile(input) {
  const { config, displayPath } = input;
  const findings2 = [];
  const file = { path: displayPath, format: null, records: 0, status: "linted" };
  const stream = input.onFindings;
  let settledBefore = 0;
  const flushSettled = async () => {
    const settled = [];
    let kept = 0;
    for (const f of findings2) {
      if (f.record !== null && f.record < settledBefore) settled.push(f);
      else findings2[kept++] = f;
    }
    findings2.length = kept;
    if (settled.length > 0) await stream(settled.sort(streamOrder));
  };
  const output = async (out2) => {
    if (!stream) return { file, findings: out2 };
    if (out2.length > 0) await stream(out2.sort(streamOrder));
    return { file, findings: [] };
  };
  const inputSeverity = (id) => {
    const s = config.rules[id]?.severity ?? inputRules.find((r) => r.id === id)?.severity ?? "error";
    return s === "off" ? null : s;
  };
  const problem = (p) => {
    const severity = inputSeverity(p.ruleId);
    if (severity) findings2.push(findingFromProblem(p, severity, inputRules.find((r) => r.id === p.ruleId)?.url ?? "", displayPath, input.redact));
  };
  const sniff = await sniffFile(input.path, input.text);
  if (sniff.kind === "lfs-pointer") {
    file.status = "skipped";
    file.reason = "Git LFS pointer";
  } else if (sniff.kind === "empty") {
    file.status = "skipped";
    file.reason = sniff.problem ?? "empty file: no records";
    return output(findings2);
  } else if (sniff.kind === "binary") {
    file.reason = sniff.problem ?? "binary file: not a dataset text file";
    file.status = inputSeverity(UNREADABLE) ? "error" : "skipped";
    problem({ ruleId: UNREADABLE, messageId: "unreadable", data: { reason: file.reason }, line: 1, column: 1, record: null });
    return output(findings2);
  }
  if (sniff.kind === "markdown") await loadMarkdownParser();
  const enabled = input.rules.filter((r) => (config.rules[r.meta.id]?.severity ?? r.meta.severity) !== "off");
  if (enabled.length > 0 && lexiconNeedsCompromise()) await loadNlp();
  let scanner2;
  const active = enabled.map((rule) => ({ rule, severity: config.rules[rule.meta.id]?.severity ?? rule.meta.severity }));
  const prefilter = prefilterOf(enabled);
  let adapter = null;
  const configured = sniff.kind !== "markdown" && sniff.kind !== "text" && !!config.format && config.format !== "auto";
  let listeners = [];
  const pending = [];
  let unknownReported = 0;
  let unknownCount = 0;
  const start = (sample) => {
    if (sniff.kind === "markdown" || sniff.kind === "text") adapter = getFormat(sniff.kind === "markdown" ? "markdown" : "plaintext");
    else if (config.format && config.format !== "auto") adapter = getFormat(config.format);
    else if (input.detectedFormat !== void 0) adapter = getFormat(input.detectedFormat);
    else adapter = detectFormat(sample.map((r) => r.value));
    file.format = adapter?.name ?? null;
    if (!adapter) {
      const first = sample[0];
      problem({
        ruleId: "unknown-format",
        messageId: "unknownShape",
        data: { keys: describeKeys(first?.value), example: examplePointer(first?.value) },
        line: first?.line ?? 1,
        column: first?.column ?? 1,
        record: first?.index ?? null
      });
      return;
    }
    const format = adapter.name;
    listeners = active.map((rule) => {
      const listener = rule.rule.create({
        ruleId: rule.rule.meta.id,
        options: config.rules[rule.rule.meta.id]?.options ?? {},
        format,
        report: (d) => {
          if (current) findings2.push(findingFromReport(rule, d, current, input));
        }
      });
      return { rule, listener };
    });
  };
  let current = null;
  let markdownSource;
  let unreported = 0;
  let reportedBytes;
  let readBytes = 0;
  const flushProgress = () => {
    reportedBytes ??= 0;
    if (input.onProgress && (unreported > 0 || readBytes > reportedBytes)) input.onProgress(unreported, readBytes - reportedBytes);
    unreported = 0;
    reportedBytes = readBytes;
  };
  const process = (raw) => {
    file.records++;
    if (input.onProgress) {
      reportedBytes ??= input.records && sniff.kind !== "parquet" ? raw.byteOffset : 0;
      readBytes = sniff.kind === "parquet" ? readBytes + raw.raw.length : raw.byteOffset + raw.raw.length;
      if (++unreported >= PROGRESS_EVERY) flushProgress();
    }
    if (sniff.kind === "markdown") markdownSource = raw.raw;
    if (!adapter) return;
    if (input.onlyRecords && raw.index !== null && !input.onlyRecords.has(raw.index)) return;
    if (input.onlyLines && !touchesLines(input.onlyLines, raw)) return;
    let recordAdapter = adapter;
    if (sniff.kind !== "markdown" && sniff.kind !== "text" && !adapter.detect(raw.value, config.formatOptions)) recordAdapter = configured ? null : detectOne(raw.value);
    if (!recordAdapter) {
      unknownCount++;
      if (unknownReported++ < UNKNOWN_SHAPE_REPORTS)
        problem({
          ruleId: "unknown-format",
          ...adapter.name === "fields" ? { messageId: "unmapped", data: { fields: mappedList(config.formatOptions.fields), keys: describeKeys(raw.value), format: adapter.name } } : { messageId: "notThisShape", data: { format: adapter.name, keys: describeKeys(raw.value) } },
          line: raw.line,
          column: raw.column,
          record: raw.index,
          ...raw.rowGroup !== void 0 ? { rowGroup: raw.rowGroup } : {}
        });
      return;
    }
    const segments = recordAdapter.segments(raw.value, config.formatOptions);
    let trained = 0;
    for (const segment of segments) if (segment.trained === "trained") trained += segment.text.length;
    file.trainedChars = (file.trainedChars ?? 0) + trained;
    file.flaggedTrainedChars ??= 0;
    if (segments.length === 0 || listeners.length === 0) return;
    if (prefilter && !prefilter(raw.raw)) return;
    const view = viewRecord({ index: raw.index, line: raw.line, value: raw.value, format: recordAdapter.name, segments }, scanner2 ??= scanner());
    const due = gated(listeners, view);
    if (due.length === 0) return;
    if (!nlpLoaded()) return loadNlp().then(() => runRules(raw, view, due, trained));
    runRules(raw, view, due, trained);
  };
  const runRules = (raw, view, due, trained) => {
    current = { raw, view, recordHash: void 0 };
    const before2 = findings2.length;
    for (const l of due) l.listener.record(view);
    if (findings2.length > before2) file.flaggedTrainedChars = (file.flaggedTrainedChars ?? 0) + trained;
    current = null;
  };
  let unreadable2;
  for await (const batch of input.records ?? readRecordBatches(input.path, sniff, input.text)) {
    for (const item of batch) {
      if ("ruleId" in item) {
        if (input.onlyLines && item.ruleId === "invalid-record" && item.record !== null && !input.onlyLines.has(item.line)) continue;
        if (item.ruleId === UNREADABLE) unreadable2 ??= item;
        problem(item);
        continue;
      }
      if (adapter === null && file.format === null && pending.length < DETECT_SAMPLE2) {
        pending.push(item);
        if (pending.length < DETECT_SAMPLE2) continue;
        start(pending);
        for (const r of pending.splice(0)) await process(r);
        continue;
      }
      const waiting = process(item);
      if (waiting) await waiting;
      if (stream && findings2.length > 0 && item.index !== null) {
        settledBefore = item.index + 1;
        await flushSettled();
      }
    }
  }
  if (pending.length > 0) {
    start(pending);
    for (const r of pending.splice(0)) await process(r);
  }
  flushProgress();
  if (unreadable2 && file.records === 0 && !input.records) {
    file.reason = problemMessage(unreadable2);
    file.status = inputSeverity(UNREADABLE) ? "error" : "skipped";
  }
  if (unknownReported > UNKNOWN_SHAPE_REPORTS) {
    problem({
      ruleId: "unknown-format",
      messageId: "more",
      data: { count: unknownCount - UNKNOWN_SHAPE_REPORTS, format: adapter.name },
      line: 1,
      column: 1,
      record: null
    });
  }
  let out = findings2;
  if (markdownSource !== void 0) {
    const knownRuleIds = [...input.rules.map((r) => r.meta.id), ...inputRules.map((r) => r.id)];
    out = applyDirectives(findings2, markdownSource, { knownRuleIds, displayPath, redact: input.redact });
    if (file.flaggedTrainedChars !== void 0 && !out.some((f) => !inputRuleIds.has(f.ruleId))) file.flaggedTrainedChars = 0;
  }
  return output(out);
}
function prefilterOf(enabled) {
  const gates = /* @__PURE__ */ new Set();
  for (const rule of enabled) {
    if (!rule.meta.prefilter) return null;
    gates.add(rule.meta.prefilter);
  }
  if (gates.size === 0) return null;
  const list = [...gates];
  return list.length === 1 ? list[0] : (raw) => list.some((gate) => gate(raw));
}
function gated(listeners, view) {
  let answers;
  let out;
  for (let i = 0; i < listeners.length; i++) {
    const gate = listeners[i].rule.rule.meta.gate;
    let pass = true;
    if (gate) {
      answers ??= /* @__PURE__ */ new Map();
      let a = answers.get(gate);
      if (a === void 0) answers.set(gate, a = gate(view));
      pass = a;
    }
    if (pass) out?.push(listeners[i]);
    else out ??= listeners.slice(0, i);
  }
  return out ?? listeners;
}
function touchesLines(lines, raw) {
  if (raw.index === null) return lines.size > 0;
  if (lines.has(raw.line)) return true;
  let line = raw.line;
  for (let nl = raw.raw.indexOf("\n"); nl !== -1; nl = raw.raw.indexOf("\n", nl + 1)) {
    if (lines.has(line + 0.5)) return true;
    line++;
    if (lines.has(line)) return true;
  }
  return false;
}
function examplePointer(value) {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return "/body";
  const key = Object.keys(value).find((k) => typeof value[k] === "string");
  return key === void 0 ? "/body" : `/${escapePointerToken(key)}`;
}
function mappedList(fields2) {
  const pointers = Object.keys(fields2 ?? {});
  return pointers.length === 0 ? "no fields are mapped" : pointers.slice(0, 6).join(", ") + (pointers.length > 6 ? ", ..." : "");
}
function describeKeys(value) {
  if (value === null || typeof value !== "object") return typeof value;
  if (Array.isArray(value)) return "array";
  const keys = Object.keys(value);
  return keys.length ? keys.slice(0, 6).join(", ") + (keys.length > 6 ? ", ..." : "") : "none";
}

// src/parallel/task.ts
import { setImmediate as nextTurn } from "node:timers/promises";
import { isMainThread } from "node:worker_threads";

// src/parallel/chunks.ts
init_action_shims();
import { createReadStream as createReadStream3 } from "node:fs";
var READ = 1 << 20;
function isAsciiSpace(b) {
  return b === 32 || b >= 9 && b <= 13;
}
async function planChunks(file, size, parts) {
  const targets = [];
  for (let k = 1; k < parts; k++) targets.push(Math.floor(size * k / parts));
  const chunks = [];
  let chunkStart = 0;
  let chunkLineBase = 0;
  let chunkIndexBase = 0;
  let lines = 0;
  let records = 0;
  let t = 0;
  let pos = 0;
  let atLineStart = true;
  let nonBlank = false;
  let pending = [];
  let bomChecked = false;
  const endLine = () => {
    if (!nonBlank && pending.length > 0) {
      let text = Buffer.concat(pending).toString("utf8");
      if (lines === 0 && text.charCodeAt(0) === 65279) text = text.slice(1);
      if (text.trim() !== "") nonBlank = true;
    }
    lines++;
    if (nonBlank) records++;
    atLineStart = true;
    nonBlank = false;
    pending = [];
  };
  const stream = createReadStream3(file, { highWaterMark: READ });
  for await (const chunk of stream) {
    let i = 0;
    if (!bomChecked) {
      bomChecked = true;
      if (chunk.length >= 3 && chunk[0] === 239 && chunk[1] === 187 && chunk[2] === 191) i = 3;
    }
    while (i < chunk.length) {
      if (atLineStart) {
        atLineStart = false;
        if (chunk[i] === 123) nonBlank = true;
      }
      const nl = chunk.indexOf(10, i);
      const to = nl === -1 ? chunk.length : nl;
      if (!nonBlank) {
        for (let j = i; j < to; j++) {
          const b = chunk[j];
          if (b < 128 && !isAsciiSpace(b)) {
            nonBlank = true;
            pending = [];
            break;
          }
        }
        if (!nonBlank) pending.push(Buffer.from(chunk.subarray(i, to)));
      }
      if (nl === -1) break;
      endLine();
      const after = pos + nl + 1;
      if (t < targets.length && after >= targets[t] && after < size) {
        chunks.push({ start: chunkStart, end: after, lineBase: chunkLineBase, indexBase: chunkIndexBase });
        chunkStart = after;
        chunkLineBase = lines;
        chunkIndexBase = records;
        while (t < targets.length && targets[t] <= after) t++;
      }
      i = nl + 1;
    }
    pos += chunk.length;
  }
  chunks.push({ start: chunkStart, end: size, lineBase: chunkLineBase, indexBase: chunkIndexBase });
  return chunks;
}
function rangeOf(file, chunk) {
  if (chunk.end <= chunk.start) return (async function* () {
  })();
  return createReadStream3(file, { start: chunk.start, end: chunk.end - 1, highWaterMark: READ });
}
async function* readChunkBatches(file, chunk) {
  yield* readJsonLineBatches(rangeOf(file, chunk), { lines: chunk.lineBase, records: chunk.indexBase, bytes: chunk.start });
}

// src/parallel/task.ts
var TURN_BYTES = 32 * 1024;
async function* yielding(batches) {
  for await (const batch of batches) {
    let from = 0;
    let bytes = 0;
    for (let i = 0; i < batch.length; i++) {
      const item = batch[i];
      if (!("ruleId" in item)) bytes += item.raw.length;
      if (bytes >= TURN_BYTES && i + 1 < batch.length) {
        yield batch.slice(from, i + 1);
        await nextTurn();
        from = i + 1;
        bytes = 0;
      }
    }
    yield from === 0 ? batch : batch.slice(from);
  }
}
var ResidueSet = class extends Set {
  constructor(residue, modulus) {
    super();
    this.residue = residue;
    this.modulus = modulus;
  }
  has(value) {
    return value % this.modulus === this.residue;
  }
};
async function runTask(task) {
  let bytes = 0;
  try {
    const output = await lintFile({
      path: task.path,
      displayPath: task.displayPath,
      config: task.config,
      rules,
      redact: task.redact,
      ...task.detectedFormat !== void 0 ? { detectedFormat: task.detectedFormat } : {},
      ...task.onlyLines ? { onlyLines: new Set(task.onlyLines) } : {},
      ...task.records ? { onlyRecords: new ResidueSet(task.records.index, task.records.count) } : {},
      ...task.chunk ? { records: isMainThread ? yielding(readChunkBatches(task.path, task.chunk)) : readChunkBatches(task.path, task.chunk) } : {},
      ...task.rowGroups ? { records: singles(readParquet(task.path, void 0, task.rowGroups)) } : {},
      onProgress: (_records, read) => {
        bytes += read;
      }
    });
    return { ok: true, output, bytes };
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    return { ok: false, message: e.message, stack: e.stack, config: error instanceof ConfigError };
  }
}

export {
  UsageError,
  ConfigError,
  closest,
  didYouMean,
  locateValue,
  LINE_MARKUP,
  rules,
  fillTemplate,
  blankData,
  inputRules,
  UNREADABLE,
  inputRuleIds,
  formats,
  detectFormat,
  openBytes,
  parquetRowGroups,
  readParquet,
  readRecords,
  sniffFile,
  problemHash,
  sumTrained,
  compareFindings,
  readShardOutputs,
  streamOrder,
  lintFile,
  planChunks,
  runTask
};
