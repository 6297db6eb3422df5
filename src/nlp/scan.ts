import { EPISTEMIC, lexicon, type Lexicon, type Phrase } from './lexicon.js';
import { blankTimeAsides, GIVEN_AT, LOW_VALUE_AFTER } from './values.js';
import { UNMARKED_NEGATIONS } from './tokens.js';

/**
 * The first tier: one pass over all text, at tens of MB/s, that finds the
 * few places the analysis must look at. It is compiled from the lexicon:
 * each phrase of an epistemic class is keyed by its rarest word ("no basis
 * in fact" by "basis", "so far off" by "far"), and one alternation of those
 * keys, matched at word starts, finds candidate places. A word that only
 * counts when negated ("true", "real", "happened") is a candidate only with
 * a negator shortly before it. Everything else in a record is settled here:
 * no sentence without a hit is ever analysed.
 */

export interface ScanHit {
  start: number;
  end: number;
}

export interface Scanner {
  /** Candidate places in a text, in order. */
  scan(text: string): ScanHit[];
  /** Whether the text has any candidate at all (the cheapest question, for raw records). */
  test(text: string): boolean;
  /** How many distinct keys the alternation has. */
  readonly keys: number;
}

/** Words too common to key a phrase by when the phrase has any other word. */
const COMMON = new Set(
  ('a an the of in on at to for from by with as and or but not no nor never none so this that these those it its is are was were be been ' +
    'has have had do does did i we you he she they my our your his her their me us them all any some every each one two here there ' +
    'what which who when where why how than then just only also very much more most out up off down over about into onto get got make ' +
    'made take took give say said tell told put way far well like after before because if while though although yet still even ever')
    .split(' '),
);

/**
 * Negators that make a positive word ("true", "real") a candidate: the lexicon's negation triggers in
 * every form it generates ("lacks", "failed"), and any contraction in n't.
 */
function negatorPattern(lex: Lexicon): RegExp {
  const triggers = new Set<string>();
  for (const list of lex.byFirst.values()) {
    for (const p of list) if (p.senses.some((x) => x.class === 'negation' && x.role === 'trigger') && /\p{L}/u.test(p.tokens[0]!)) triggers.add(p.tokens.map(literal).join('\\s+'));
  }
  const words = [...triggers].sort((a, b) => b.length - a.length).join('|');
  return new RegExp(`(?:\\b(?:${words}|${UNMARKED_NEGATIONS})\\b|n['’]t\\b)[^.!?\\n]{0,60}$`, 'iu');
}
const WINDOW = 70;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function keyIndex(p: Phrase): number {
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

interface Keyed {
  tokens: string[];
  at: number;
  /** Counts only with a negator before it ("not true"). */
  positive: boolean;
  /** A verb of pricing or rating: counts only with a number after it, "at" or "near" ("rate the story below at 2%"). */
  estimate?: boolean;
  /** For a phrase of several tokens, how to check the rest of it around the key. */
  check?: PhraseCheck;
}

const CUE_CLASSES = new Set<string>([...EPISTEMIC, 'probability']);
const NONE: Keyed[] = [];

let compiled: Scanner | undefined;

export function scanner(): Scanner {
  return (compiled ??= compileScanner(lexicon()));
}

/**
 * A multiword phrase checked on the raw text around its key, tokens apart by
 * whitespace as the tokenizer splits them: the words after the key by a
 * sticky regex at the key's end, the words before it by one anchored at its
 * start. This costs no tokenizing of the window, which was most of the scan.
 */
interface PhraseCheck {
  before?: RegExp;
  after?: RegExp;
  /**
   * Necessary conditions, cheaper than the regexes: the first few characters
   * of the token after the key and the last few of the token before it
   * (the one before reversed), as lower-case codes, each ASCII; an
   * apostrophe stands for either. Empty: no condition. A regex run starts
   * with a lookbehind tried at each of 64 places, so most of the scan's
   * regex time went to keys whose neighbour only shared its last letter
   * ("is this" for "do this").
   */
  next: number[];
  prev: number[];
}

const LETTER = 'A-Za-z0-9\\u00C0-\\u024F';
const isWord = (t: string) => /[\p{L}\p{N}]/u.test(t);
// A possessive or a plural's apostrophe ends a word token without changing it: "wives' tale", "author's".
const POSSESSIVE = "(?:['’]s?)?";
const sep = (a: string, b: string) => (isWord(a) && isWord(b) ? '\\s+' : '\\s*');
const literal = (t: string) => escape(t).replace(/'/g, "['’]");
/** How many characters of a neighbouring token the necessary conditions compare. */
const AFFIX = 4;

/**
 * The lower-case codes of a token's characters, as the i flag compares
 * them, up to the first that is not ASCII (where case folding is the
 * regex's own business): at most AFFIX of them, from the start or the end.
 */
function affix(t: string, fromEnd: boolean): number[] {
  const out: number[] = [];
  for (let k = 0; k < t.length && out.length < AFFIX; k++) {
    const c = t.charCodeAt(fromEnd ? t.length - 1 - k : k);
    if (c >= 128) break;
    out.push(fold(c));
  }
  return out;
}

function phraseCheck(tokens: string[], at: number): PhraseCheck {
  const out: PhraseCheck = { next: [], prev: [] };
  if (at > 0) {
    let body = `(?<![${LETTER}'’\\-])`;
    for (let i = 0; i < at; i++) body += literal(tokens[i]!) + (isWord(tokens[i]!) ? POSSESSIVE : '') + sep(tokens[i]!, tokens[i + 1]!);
    out.before = new RegExp(`${body}$`, 'i');
    out.prev = affix(tokens[at - 1]!, true);
  }
  if (at < tokens.length - 1) {
    let body = isWord(tokens[at]!) ? POSSESSIVE : '';
    for (let i = at + 1; i < tokens.length; i++) body += sep(tokens[i - 1]!, tokens[i]!) + literal(tokens[i]!);
    out.after = new RegExp(`${body}${POSSESSIVE}(?![${LETTER}\\-])`, 'iy');
    out.next = affix(tokens[at + 1]!, false);
  }
  return out;
}

/** \s as regexes read it: ECMAScript white space and line terminators. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || (c >= 0x1680 && (c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));
}

/**
 * Where the tokens next to a key can be, for the phrases' necessary
 * conditions: the places a next token can start (after the key's white
 * space, or after a possessive and its white space: `after` lets one stand
 * between) and the places the token before can end (before the white space
 * before the key, or before a possessive there: `before` allows one after
 * each word); -1 for none.
 */
interface Around {
  next0: number;
  next1: number;
  next2: number;
  prev0: number;
  prev1: number;
  prev2: number;
}

const fold = (c: number) => (c >= 65 && c <= 90 ? c | 32 : c);
const isApostrophe = (c: number) => c === 39 || c === 0x2019;

/**
 * One Around, filled at each key that has phrases to check: the scan asks
 * at some 165,000 keys of the ordinary corpus, and an object and a closure
 * per key were a tenth of all the memory a lint allocates.
 */
const AROUND: Around = { next0: -1, next1: -1, next2: -1, prev0: -1, prev1: -1, prev2: -1 };

function skipSpace(text: string, q: number): number {
  const n = text.length;
  while (q < n && isSpace(text.charCodeAt(q))) q++;
  return q < n ? q : -1;
}

function around(text: string, at: number, end: number): Around {
  const x = AROUND;
  const apostrophe = isApostrophe(text.charCodeAt(end));
  const b = apostrophe ? text.charCodeAt(end + 1) : -1;
  let q = at;
  while (q > 0 && isSpace(text.charCodeAt(q - 1))) q--;
  const last = q > 0 ? text.charCodeAt(q - 1) : -1;
  const s = last === 115 || last === 83;
  x.next0 = skipSpace(text, end);
  x.next1 = apostrophe ? skipSpace(text, end + 1) : -1;
  x.next2 = apostrophe && (b === 115 || b === 83) ? skipSpace(text, end + 2) : -1;
  x.prev0 = q > 0 ? q : -1;
  x.prev1 = q > 1 && isApostrophe(last) ? q - 1 : -1;
  x.prev2 = q > 2 && s && isApostrophe(text.charCodeAt(q - 2)) ? q - 2 : -1;
  return x;
}

/** The text from `p` on starts with the codes (forward) or ends at `p` with them (backward, codes reversed). */
function hasAffix(text: string, p: number, codes: number[], backward: boolean): boolean {
  if (p < 0) return false;
  for (let k = 0; k < codes.length; k++) {
    const i = backward ? p - 1 - k : p + k;
    if (i < 0 || i >= text.length) return false;
    const want = codes[k]!;
    const c = text.charCodeAt(i);
    if (want === 39 ? !isApostrophe(c) : fold(c) !== want) return false;
  }
  return true;
}

/** The necessary conditions: `before` ends with its last token (and maybe a possessive) before white space; `after` starts with its next token. */
function mayMatch(c: PhraseCheck, text: string, x: Around): boolean {
  if (c.next.length > 0 && !hasAffix(text, x.next0, c.next, false) && !hasAffix(text, x.next1, c.next, false) && !hasAffix(text, x.next2, c.next, false)) return false;
  return c.prev.length === 0 || hasAffix(text, x.prev0, c.prev, true) || hasAffix(text, x.prev1, c.prev, true) || hasAffix(text, x.prev2, c.prev, true);
}

/** Whether the phrase occurs in the text over the key found at `at`. */
function phraseAt(text: string, at: number, length: number, p: Keyed): boolean {
  const c = p.check!;
  if (c.after) {
    c.after.lastIndex = at + length;
    if (!c.after.test(text)) return false;
  }
  return !c.before || c.before.test(text.slice(Math.max(0, at - 64), at));
}

const AT_NUMBER_AFTER = new RegExp(String.raw`^([^.;:!?\n]{1,90}?)${GIVEN_AT}(?:\d|\.\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|a|an)\b)`, 'i');
const ODDS_BEFORE = /\d\s*(?:-\s*to\s*-|\s+to\s+|:|\/)\s*(?:\d+|one)\s+$/i;

/** A percentage is a candidate only when it could be a low probability: "3%", "five %", not "90%" or "%d". */
function lowPercent(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 24), at);
  const n = /(\d+(?:[.,]\d+)?)\s*$/.exec(before);
  if (n) return Number(n[1]!.replace(',', '.')) <= 50;
  return /\p{L}\s*$/u.test(before);
}

export function compileScanner(lex: Lexicon): Scanner {
  // key -> the phrases keyed by it
  const keys = new Map<string, Keyed[]>();
  for (const list of lex.byFirst.values()) {
    for (const p of list) {
      const cue = p.senses.filter((s) => CUE_CLASSES.has(s.class));
      if (cue.length === 0) continue;
      const at = keyIndex(p);
      const key = p.tokens[at]!;
      const l = keys.get(key) ?? [];
      l.push({ tokens: p.tokens, at, positive: cue.every((s) => s.positive), estimate: cue.every((s) => s.role === 'estimate'), check: p.tokens.length > 1 ? phraseCheck(p.tokens, at) : undefined });
      keys.set(key, l);
    }
  }
  // A phrasal verb with its particle a few words on ("made that up", "making it all up"), as the
  // structure reads it (discontinuousAt): keyed by the verb, the particle checked after up to three words.
  for (const [verb, list] of lex.phrasal) {
    for (const p of list) {
      const cue = p.senses.filter((x) => CUE_CLASSES.has(x.class));
      if (cue.length === 0) continue;
      const after = new RegExp(`(?:\\s+[${LETTER}'’\\-]+){1,3}?\\s+${literal(p.tokens[1]!)}(?![${LETTER}\\-])`, 'iy');
      const l = keys.get(verb) ?? [];
      // Its tokens count the gap as one, so only a look-alike of three words or more at the key covers it.
      l.push({ tokens: [verb, '…', p.tokens[1]!], at: 0, positive: cue.every((x) => x.positive), check: { after, next: [], prev: [] } });
      keys.set(verb, l);
    }
  }
  // Look-alikes that name something else ("error message", "void function"): the analysis reads them as
  // one phrase with no class, so a key they cover is no candidate unless a longer cue phrase covers it too.
  const pseudo = new Map<string, Keyed[]>();
  for (const list of lex.byFirst.values()) {
    for (const p of list) {
      if (!p.senses.every((s) => (s.class as string) === 'pseudo') || p.tokens.length < 2) continue;
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
  // Probabilities: "%", "percent", odds "1 in 40", decimals are found by their words ("chance", "odds", "confidence").
  symbols.push('%');
  // "#fakenews": a cue phrase written as one hashtag is a key only right after "#".
  const hashtagOnly = new Set([...lex.hashtags.entries()].filter(([t, p]) => !keys.has(t) && p.senses.some((x) => CUE_CLASSES.has(x.class) && !x.positive)).map(([t]) => t));
  const NEGATOR = negatorPattern(lex);
  // What a verb of pricing gives its number to must point at a text ("the claims below", "this story"): its pointer words.
  const pointers = new Set<string>(['this', 'these']);
  for (const list of lex.byFirst.values()) for (const p of list) if (p.tokens.length === 1 && p.senses.some((x) => x.class === 'referent' && (x.role === 'deixis' || x.role === 'participle'))) pointers.add(p.tokens[0]!);
  // (and the reader's clause, "the claims you are about to encounter", which the analysis reads without the lexicon)
  const pointer = new RegExp(`\\b(?:${[...pointers].filter((w) => /^[a-z]+$/.test(w)).join('|')}|about\\s+to|just\\s+read)\\b`, 'i');
  const find = keyFinder([...words, ...hashtagOnly].sort((a, b) => b.length - a.length), [...symbols, '~~', '</']);
  // At a key, one of its phrases must match around it: "train" is a candidate only in "do not train on".
  const accept = (text: string, at: number, end: number, key: string): boolean => {
    if (key === '%') return lowPercent(text, at);
    // Odds against in any notation ("30-to-1 against", "50/1 against"): one token or several, probability.ts reads them.
    if (key === 'against' && ODDS_BEFORE.test(text.slice(Math.max(0, at - 32), at))) return true;
    if (hashtagOnly.has(key)) return text.charCodeAt(at - 1) === 35;
    const phrases = keys.get(key);
    if (!phrases) return true;
    // Indexed loops and no closure: this runs at every key the text has.
    let x: Around | undefined;
    let covered = 0;
    const pseudos = pseudo.get(key) ?? NONE;
    for (let i = 0; i < pseudos.length; i++) {
      const p = pseudos[i]!;
      if (p.tokens.length > covered && mayMatch(p.check!, text, (x ??= around(text, at, end))) && phraseAt(text, at, end - at, p)) covered = p.tokens.length;
    }
    let negated: boolean | undefined;
    for (let i = 0; i < phrases.length; i++) {
      const p = phrases[i]!;
      if (p.tokens.length <= covered) continue;
      if (p.check && !(mayMatch(p.check, text, (x ??= around(text, at, end))) && phraseAt(text, at, end - at, p))) continue;
      if (p.estimate) {
        const m = AT_NUMBER_AFTER.exec(text.slice(end, end + 120));
        if (m && pointer.test(m[1]!)) return true;
        continue;
      }
      // ("Verification status: pending": a key whose value denies it is as good as a negator before it.)
      if (!p.positive || (negated ??= NEGATOR.test(text.slice(Math.max(0, at - WINDOW), at)) || LOW_VALUE_AFTER.test(text.slice(end, end + 48)))) return true;
    }
    return false;
  };
  return {
    keys: keys.size,
    scan(raw) {
      const out: ScanHit[] = [];
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
    },
  };
}

/**
 * Where the keys occur, in order, as one global regex over the alternation
 * `(?<![letter])(?:words, longest first)(?![letter])|symbols|~~|<\/` with
 * the i flag would find them (each match resumes after the last, taken or
 * not), but by a trie walk over the text's code units: the alternation of
 * some 1,500 words was most of the scan's time. `visit` gets each match with
 * its key as the lexicon spells it (lower case, straight apostrophe) and
 * stops the walk by returning true; `find` then returns true.
 */
type Visit = (start: number, end: number, key: string) => boolean;

export function keyFinder(words: string[], symbols: string[]): (text: string, visit: Visit) => boolean {
  // Word keys are letters, digits, hyphens and apostrophes (matched straight or curly); anything else
  // the trie does not model, and the regex it replaces is used as it was.
  if (!words.every((w) => /^[a-z0-9][a-z0-9'\-]*$/i.test(w)) || symbols.some((s) => s.toLowerCase() !== s.toUpperCase())) return regexFinder(words, symbols);
  // Code units to trie letters: a-z (either case), 0-9, ' (and ’), -.
  const ALPHA = 38;
  const alpha = new Int8Array(0x2020).fill(-1);
  for (let c = 0; c < 26; c++) alpha[97 + c] = alpha[65 + c] = c;
  for (let c = 0; c < 10; c++) alpha[48 + c] = 26 + c;
  alpha[39] = alpha[0x2019] = 36;
  alpha[45] = 37;
  // The trie: children[node * ALPHA + letter] is the child (0: none); key[node] the key ending there.
  let grow = new Int32Array(ALPHA * 1024);
  const keyAt: (string | undefined)[] = [undefined];
  let nodes = 1;
  for (const w of words) {
    let node = 0;
    for (let i = 0; i < w.length; i++) {
      const a = alpha[w.charCodeAt(i)]!;
      let next = grow[node * ALPHA + a]!;
      if (next === 0) {
        next = nodes++;
        if (nodes * ALPHA > grow.length) {
          const grown = new Int32Array(grow.length * 2);
          grown.set(grow);
          grow = grown;
        }
        grow[node * ALPHA + a] = next;
        keyAt.push(undefined);
      }
      node = next;
    }
    // Words are longest first: of two spellings equal but for case, the first is the regex's.
    keyAt[node] ??= w.toLowerCase();
  }
  const children = grow.slice(0, nodes * ALPHA);
  const terminal = new Uint8Array(nodes);
  for (let k = 0; k < nodes; k++) if (keyAt[k] !== undefined) terminal[k] = 1;
  // Symbols by their first code unit, in the alternation's order.
  const bySymbolStart = new Map<number, string[]>();
  for (const s of symbols) (bySymbolStart.get(s.charCodeAt(0)) ?? bySymbolStart.set(s.charCodeAt(0), []).get(s.charCodeAt(0))!).push(s);
  const symbolKey = new Map(symbols.map((s) => [s, s.toLowerCase().replace(/’/g, "'")]));
  // One table of what each code unit can be: a letter of [A-Za-z0-9\u00C0-\u024F] as the i flag widens it
  // (a few IPA and Latin Extended-C letters whose upper case falls in the range: decided by that very
  // class, once per code unit outside the plain ranges), the first letter of a key, the start of a symbol.
  const LETTER_ = 1;
  const UNKNOWN = 2;
  const SYMBOL = 4;
  const ROOT = 8;
  const flags = new Uint8Array(65536);
  for (let c = 48; c < 0x250; c++) if (c <= 57 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 0xc0) flags[c] = LETTER_;
  flags.fill(UNKNOWN, 0x250);
  for (const c of bySymbolStart.keys()) flags[c]! |= SYMBOL;
  for (let c = 0; c < 0x80; c++) if (alpha[c]! >= 0 && children[alpha[c]!]! !== 0) flags[c]! |= ROOT;
  const letterClass = /[A-Za-z0-9\u00C0-\u024F]/i;
  const resolve = (c: number): number => (flags[c] = (flags[c]! & ~UNKNOWN) | (letterClass.test(String.fromCharCode(c)) ? LETTER_ : 0));
  const isLetter = (c: number): boolean => ((flags[c]! & UNKNOWN ? resolve(c) : flags[c]!) & LETTER_) !== 0;

  return (text, visit) => {
    const n = text.length;
    let prevLetter = false;
    let p = 0;
    while (p < n) {
      const c = text.charCodeAt(p);
      let f = flags[c]!;
      if (f & UNKNOWN) f = resolve(c);
      if (f & ROOT && !prevLetter) {
        // The longest key at p that no letter follows.
        let node = children[alpha[c]!]!;
        let i = p + 1;
        let end = -1;
        let key: string | undefined;
        while (node !== 0) {
          if (terminal[node] === 1 && (i === n || !isLetter(text.charCodeAt(i)))) {
            end = i;
            key = keyAt[node];
          }
          if (i === n) break;
          const ci = text.charCodeAt(i);
          const a = ci < 0x2020 ? alpha[ci]! : -1;
          if (a < 0) break;
          node = children[node * ALPHA + a]!;
          i++;
        }
        if (end > 0) {
          if (visit(p, end, key!)) return true;
          prevLetter = isLetter(text.charCodeAt(end - 1));
          p = end;
          continue;
        }
      }
      if (f & SYMBOL) {
        let hit: string | undefined;
        for (const s of bySymbolStart.get(c)!) {
          if (text.startsWith(s, p)) {
            hit = s;
            break;
          }
        }
        if (hit !== undefined) {
          if (visit(p, p + hit.length, symbolKey.get(hit)!)) return true;
          p += hit.length;
          prevLetter = isLetter(text.charCodeAt(p - 1));
          continue;
        }
      }
      p++;
      if (f & LETTER_) {
        // The rest of a word can hold no key, only a symbol ("50%"): skip to its end.
        while (p < n) {
          const d = text.charCodeAt(p);
          let g = flags[d]!;
          if (g & UNKNOWN) g = resolve(d);
          if ((g & (LETTER_ | SYMBOL)) !== LETTER_) break;
          p++;
        }
        prevLetter = true;
      } else prevLetter = false;
    }
    return false;
  };
}

/** The alternation itself, for keys the trie does not model. */
function regexFinder(words: string[], symbols: string[]): (text: string, visit: Visit) => boolean {
  const wordAlt = words.map((w) => escape(w).replace(/'/g, "['’]")).join('|');
  const symbolAlt = symbols.map(escape).join('|');
  // Without the u flag: it makes V8's matcher several times slower on this alternation.
  const source = `(?<![${LETTER}])(?:${wordAlt})(?![${LETTER}])|${symbolAlt}`;
  const re = new RegExp(source, 'gi');
  return (text, visit) => {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) if (visit(m.index, m.index + m[0].length, m[0].toLowerCase().replace(/’/g, "'"))) return true;
    return false;
  };
}
