import { EPISTEMIC, lexicon, type Lexicon, type Phrase } from './lexicon.js';

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

/** Negators that make a positive word ("true", "real") a candidate. */
const NEGATOR = /\b(?:not|no|never|none|nothing|nobody|neither|nor|without|zero|lacks?|lacking|far from|hardly|barely|unable|cannot|isn['’]t|aren['’]t|wasn['’]t|weren['’]t|don['’]t|doesn['’]t|didn['’]t|hasn['’]t|haven['’]t|hadn['’]t|can['’]t|couldn['’]t|won['’]t|wouldn['’]t|shouldn['’]t|n['’]t|void|devoid|free of)\b[^.!?\n]{0,60}$/i;
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
  /** For a phrase of several tokens, how to check the rest of it around the key. */
  check?: PhraseCheck;
}

const CUE_CLASSES = new Set<string>([...EPISTEMIC, 'probability']);

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
}

const LETTER = 'A-Za-z0-9\\u00C0-\\u024F';
const isWord = (t: string) => /[\p{L}\p{N}]/u.test(t);
// A possessive or a plural's apostrophe ends a word token without changing it: "wives' tale", "author's".
const POSSESSIVE = "(?:['’]s?)?";
const sep = (a: string, b: string) => (isWord(a) && isWord(b) ? '\\s+' : '\\s*');
const literal = (t: string) => escape(t).replace(/'/g, "['’]");

function phraseCheck(tokens: string[], at: number): PhraseCheck {
  const out: PhraseCheck = {};
  if (at > 0) {
    let body = `(?<![${LETTER}'’\\-])`;
    for (let i = 0; i < at; i++) body += literal(tokens[i]!) + (isWord(tokens[i]!) ? POSSESSIVE : '') + sep(tokens[i]!, tokens[i + 1]!);
    out.before = new RegExp(`${body}$`, 'i');
  }
  if (at < tokens.length - 1) {
    let body = isWord(tokens[at]!) ? POSSESSIVE : '';
    for (let i = at + 1; i < tokens.length; i++) body += sep(tokens[i - 1]!, tokens[i]!) + literal(tokens[i]!);
    out.after = new RegExp(`${body}${POSSESSIVE}(?![${LETTER}\\-])`, 'iy');
  }
  return out;
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
      l.push({ tokens: p.tokens, at, positive: cue.every((s) => s.positive), check: p.tokens.length > 1 ? phraseCheck(p.tokens, at) : undefined });
      keys.set(key, l);
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
  const wordAlt = words.map((w) => escape(w).replace(/'/g, "['’]")).join('|');
  const symbolAlt = symbols.map(escape).join('|');
  // Without the u flag: it makes V8's matcher several times slower on this alternation.
  const letter = 'A-Za-z0-9\\u00C0-\\u024F';
  // "#fakenews": a cue phrase written as one hashtag.
  const tags = [...lex.hashtags.entries()].filter(([, p]) => p.senses.some((x) => CUE_CLASSES.has(x.class) && !x.positive)).map(([t]) => t);
  const tagAlt = tags.length ? `|#(?:${tags.sort((a, b) => b.length - a.length).join('|')})(?![${letter}])` : '';
  const source = `(?<![${letter}])(?:${wordAlt})(?![${letter}])|${symbolAlt}|~~|<\\/${tagAlt}`;
  const re = new RegExp(source, 'gi');
  // At a key, one of its phrases must match around it: "train" is a candidate only in "do not train on".
  const accept = (text: string, m: RegExpExecArray): boolean => {
    const key = m[0].toLowerCase().replace(/’/g, "'");
    if (key === '%') return lowPercent(text, m.index);
    if (key[0] === '#') return true;
    const phrases = keys.get(key);
    if (!phrases) return true;
    let covered = 0;
    for (const p of pseudo.get(key) ?? []) if (p.tokens.length > covered && phraseAt(text, m.index, m[0].length, p)) covered = p.tokens.length;
    for (const p of phrases) {
      if (p.tokens.length <= covered) continue;
      if (p.check && !phraseAt(text, m.index, m[0].length, p)) continue;
      if (!p.positive || NEGATOR.test(text.slice(Math.max(0, m.index - WINDOW), m.index))) return true;
    }
    return false;
  };
  return {
    keys: keys.size,
    scan(text) {
      const out: ScanHit[] = [];
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(text)) !== null) if (accept(text, m)) out.push({ start: m.index, end: m.index + m[0].length });
      return out;
    },
    test(text) {
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(text)) !== null) if (accept(text, m)) return true;
      return false;
    },
  };
}
