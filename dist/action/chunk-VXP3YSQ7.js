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

// src/text/clip.ts
init_action_shims();
function clip(text, max = 60) {
  const t = text.replace(/\s+/g, " ").trim();
  return t.length > max ? `${t.slice(0, max - 3)}...` : t;
}

// src/text/code.ts
init_action_shims();
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
var CODE_LINE = /[;{}]\s*$|=>|[=!<>]=|\+=|^\s*(?:def|function|class|import|return|const|let|var|if|elif|for|while|print|console\.log)\b.*[:({=+\-*/#]|^\s*(?:\/\/|#!|<\/?\w+[^>]*>$)|^\s*\w+(?:\.\w+)*\([^)]*\)\s*(?:#.*)?$/;
function looksLikeCode(text) {
  return CODE_LINE.test(text);
}

// src/engine/rule-url.ts
init_action_shims();
var DOCS_BASE = "https://github.com/neglint/neglint/blob/main";
function ruleUrl(id9) {
  return `${DOCS_BASE}/rules/${id9}/README.md`;
}

// src/fix/suggest.ts
init_action_shims();
function isPureDisclaimer(text) {
  const label2 = /^[\s\[(*_"“]*(?:[\p{L}'’-]+\s*){1,3}:\s*/u.exec(text)?.[0] ?? "";
  const body = /\b(?:is|are|was|were|be|been|not|false|untrue|fabricated|invented|fake|wrong)\b/i.test(label2) ? text : text.slice(label2.length);
  const more = /(?:[:;]|\s[—–-]\s|,\s*(?:but|while|whereas|because|since|and|as)\b|\b(?:because|since|whereas|instead|actually|in (?:fact|reality|truth))\b)\s*(.*)$/iu.exec(body);
  if (!more) return true;
  return (more[1].match(new RegExp("\\p{L}+", "gu"))?.length ?? 0) < 3;
}
function speaksOfSeveral(text) {
  return /\b(?:claims|statements|sentences|facts|items|points|answers|lines|paragraphs|details|events|everything|all|both|these|none)\b/i.test(text);
}
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
  const clause = negate(a.clause);
  if (clause === null) return null;
  return `${a.lead}${a.contrary}, ${clause}`;
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

// src/nlp/clause.ts
init_action_shims();

// src/nlp/lexicon.ts
init_action_shims();

// src/nlp/compromise.ts
init_action_shims();
var loaded;
var loading;
function loadNlp() {
  loading ??= import("./chunk-ZMSLDWGZ.js").then((m) => loaded = m.default);
  return loading;
}
function nlpLoaded() {
  return loaded !== void 0;
}
function nlp() {
  if (!loaded) throw new Error("compromise is not loaded: await loadNlp() before running rules");
  return loaded;
}

// src/nlp/lexicon.ts
var tables;
function load() {
  if (!tables) {
    const n = nlp();
    tables = { model: n.model(), methods: n.methods() };
  }
  return tables;
}
function tagsOf(word) {
  const tags = load().model.one.lexicon[word.toLowerCase()];
  if (tags === void 0) return [];
  return typeof tags === "string" ? [tags] : tags;
}
function hasTag(word, tag) {
  return tagsOf(word).includes(tag);
}
var AUXILIARIES = /* @__PURE__ */ new Set([
  "is",
  "are",
  "was",
  "were",
  "am",
  "has",
  "have",
  "had",
  "will",
  "would",
  "can",
  "could",
  "shall",
  "should",
  "may",
  "might",
  "must",
  "does",
  "do",
  "did"
]);
function isAuxiliary(word) {
  return AUXILIARIES.has(word.toLowerCase());
}
function finiteVerbTense(word) {
  const lower = word.toLowerCase();
  const tags = tagsOf(lower);
  if (tags.includes("PastTense")) return "past";
  if (tags.includes("PresentTense")) return "present";
  if (/^[a-z]{3,}ed$/.test(lower) && tags.length === 0) return "past";
  if (/^[a-z]{3,}s$/.test(lower) && !tags.includes("Copula")) {
    const stem = lower.endsWith("es") && hasTag(lower.slice(0, -2), "Infinitive") ? lower.slice(0, -2) : lower.slice(0, -1);
    if (hasTag(stem, "Infinitive")) return "present";
  }
  return null;
}
function toInfinitive(word, tense) {
  const { model, methods } = load();
  return methods.two.transform.verb.toInfinitive(word.toLowerCase(), model, tense === "past" ? "PastTense" : "PresentTense");
}

// src/nlp/clause.ts
var TOKEN = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*|[,;:()—–]/gu;
function memo(fn, limit = 2e4) {
  let cache2 = /* @__PURE__ */ new Map();
  return (text) => {
    let v = cache2.get(text);
    if (v === void 0 && !cache2.has(text)) {
      v = fn(text);
      if (cache2.size >= limit) cache2 = /* @__PURE__ */ new Map();
      cache2.set(text, v);
    }
    return v;
  };
}
var tokenize = memo(tokenizeText);
function tokenizeText(text) {
  const out = [];
  TOKEN.lastIndex = 0;
  let m;
  while ((m = TOKEN.exec(text)) !== null) {
    out.push({ text: m[0], lower: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  }
  return out;
}
var NEGATORS = /* @__PURE__ */ new Set(["not", "never", "no", "none", "nobody", "nothing", "nowhere", "neither", "nor", "cannot"]);
var PSEUDO = /(?:(?:\bnot|n['’]t) (?:only|just|merely|simply|solely|alone|least|necessarily|to mention)|\b(?:no doubt|nothing but|no matter|whether or not|if not|no sooner|not until|not far|not yet clear|no alternative but|no less than|no more than|no longer than|no later than|no fewer than))\b/gi;
var SUBORDINATORS = /* @__PURE__ */ new Set([
  "who",
  "whom",
  "whose",
  "which",
  "although",
  "though",
  "because",
  "if",
  "unless",
  "when",
  "whenever",
  "while",
  "whereas",
  "after",
  "before",
  "since",
  "until",
  "despite",
  "with",
  "without",
  "amid",
  "following",
  "where"
]);
var CLAUSE_BREAK = /* @__PURE__ */ new Set([",", ";", ":", "(", ")", "—", "–"]);
function isNegator(t) {
  return NEGATORS.has(t.lower) || t.lower.endsWith("n't") || t.lower.endsWith("n’t");
}
var SUBJECT_NEGATORS = /* @__PURE__ */ new Set(["no", "none", "nobody", "nothing", "neither", "never", "nowhere"]);
var localNegation = memo(findLocalNegation);
function findLocalNegation(text) {
  const cleaned = text.replace(PSEUDO, (s) => " ".repeat(s.length));
  const tokens = tokenize(cleaned);
  let subordinate = false;
  let chunkStart = true;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (CLAUSE_BREAK.has(t.text)) {
      chunkStart = true;
      continue;
    }
    if (chunkStart) {
      subordinate = opensSubordinate(tokens, i);
      chunkStart = false;
    } else if (RELATIVE.has(t.lower) || t.lower === "that" && i > 0 && !isAuxiliary(tokens[i - 1].lower) && !verbAt(tokens, i - 1) && !REPORTING2.has(tokens[i - 1].lower)) {
      subordinate = true;
      continue;
    }
    if (subordinate) continue;
    if (SUBJECT_NEGATORS.has(t.lower) && !contrasted(cleaned, t)) return t;
    if (t.lower === "cannot" || /n['’]t$/.test(t.lower)) return contrasted(cleaned, t) ? null : t;
    if (isAuxiliary(t.lower) || verbAt(tokens, i)) {
      if (!isAuxiliary(t.lower) && PARTICIPLE_PREPOSITIONS.has(tokens[i + 1]?.lower ?? "") && laterAuxiliary(tokens, i + 2)) continue;
      let j = i + 1;
      for (; j < Math.min(tokens.length, i + 4); j++) {
        const n = tokens[j];
        if (isNegator(n)) return contrasted(cleaned, n) ? null : n;
        if (!ADVERBS.has(n.lower) && !isAuxiliary(n.lower)) break;
      }
      const verb = tokens[j - 1 > i ? j - 1 : i];
      const head = REPORTING_VERBS.has(tokens[j]?.lower ?? "") ? tokens[j] : verb;
      const k = tokens.indexOf(head);
      if (REPORTING_VERBS.has(head.lower) && tokens[k + 1]?.lower === "that") {
        i = k + 1;
        continue;
      }
      return null;
    }
  }
  return null;
}
var PARTICIPLE_PREPOSITIONS = /* @__PURE__ */ new Set(["in", "by", "on", "at", "from", "for", "with", "under", "during", "after"]);
function laterAuxiliary(tokens, from) {
  for (let k = from; k < tokens.length; k++) {
    if (CLAUSE_BREAK.has(tokens[k].text)) return false;
    if (isAuxiliary(tokens[k].lower)) return true;
  }
  return false;
}
var REPORTING_VERBS = /* @__PURE__ */ new Set([
  "confirm",
  "confirmed",
  "confirms",
  "say",
  "says",
  "said",
  "state",
  "stated",
  "states",
  "report",
  "reported",
  "reports",
  "note",
  "noted",
  "notes",
  "show",
  "showed",
  "shows",
  "find",
  "found",
  "finds",
  "know",
  "knew",
  "knows",
  "believe",
  "believed",
  "believes",
  "clarify",
  "clarified",
  "clarifies",
  "explain",
  "explained",
  "explains",
  "told",
  "tell"
]);
var RELATIVE = /* @__PURE__ */ new Set(["who", "whom", "whose", "which", "where", "although", "though", "because", "unless", "whereas"]);
var REPORTING2 = /* @__PURE__ */ new Set(["said", "says", "say", "claimed", "claims", "believe", "believed", "found", "showed", "shows", "noted", "reported", "argued", "stated", "confirmed", "so", "such"]);
function opensSubordinate(tokens, i) {
  const first = tokens[i].lower;
  return SUBORDINATORS.has(first) || i > 0 && /ing$/.test(first) && first.length > 4;
}
function contrasted(text, negator) {
  return /^[^.;:!?]*?,?\s+but\s+(?!also\b)/i.test(text.slice(negator.end)) && !/^\s*(?:win|happen|occur|exist)/i.test(text.slice(negator.end));
}
function isQuestion(text) {
  return /\?\s*["'”’)\]*]*\s*$/.test(text);
}
var IMPERATIVE_OPENERS = /^(?:please\b|do not\b|don['’]t\b|never\b|always\b|let['’]s\b|make sure\b|be sure\b|avoid\b|remember\b|note that\b|imagine\b)/i;
function isImperative(text) {
  const body = text.replace(/^[\s"'“*_#>-]+/, "");
  if (IMPERATIVE_OPENERS.test(body)) return true;
  const m = /^([A-Za-z]+)\s+([A-Za-z']+)?/.exec(body);
  if (!m) return false;
  const [, first, second = ""] = m;
  return hasTag(first, "Infinitive") && !hasTag(first, "Noun") && !hasTag(first, "Singular") && OBJECT_OPENERS.has(second.toLowerCase());
}
var OBJECT_OPENERS = /* @__PURE__ */ new Set([
  "a",
  "an",
  "the",
  "this",
  "that",
  "these",
  "those",
  "my",
  "your",
  "our",
  "his",
  "her",
  "their",
  "its",
  "me",
  "us",
  "him",
  "them",
  "it",
  "yourself",
  "out",
  "up",
  "down",
  "about",
  "how",
  "what",
  "why",
  "whether",
  "if",
  "some",
  "any",
  "all",
  "each",
  "every",
  "one",
  "two",
  "three",
  "to",
  "in",
  "on",
  "with",
  "for",
  "from",
  "at",
  ""
]);
var REPORTED = new RegExp(
  [
    String.raw`\b(?:claim|claimed|claiming|claims|alleged|alleging|alleges|purported|purporting|rumou?red|reportedly|supposedly|allegedly)\b`,
    String.raw`\b(?:posts?|stories|story|rumou?rs?|messages?|videos?|articles?|users?|people|some|many|others|critics|believers|conspiracy theorists)\s+(?:that\s+)?(?:said|say|says|saying|suggest|suggested|suggesting|insist|insisted|insisting|assert|asserted|asserting|believe|believed|stated|stating)\b`,
    String.raw`\baccording to (?:rumou?rs?|posts?|some|social media|a (?:viral|widely shared))`,
    String.raw`\b(?:it (?:is|was) (?:said|claimed|rumou?red|reported|alleged) that)\b`,
    String.raw`\b(?:you may have (?:seen|heard|read))\b`
  ].join("|"),
  "i"
);
function isReported(text) {
  return REPORTED.test(text);
}
function verbAt(tokens, i) {
  const t = tokens[i];
  if (i > 0 && DETERMINERS.has(tokens[i - 1].lower)) return null;
  const tense = finiteVerbTense(t.text);
  if (tense) return tense;
  if (i === 0 || t.text !== t.lower) return null;
  const prev = tokens[i - 1].lower;
  if (/^[a-z]{3,}ed$/.test(t.lower) && !NOT_BEFORE_PAST.has(prev) && !/ly$/.test(prev)) return "past";
  if (hasTag(t.text, "Infinitive")) {
    let j = i - 1;
    while (j > 0 && ADVERBS.has(tokens[j].lower)) j--;
    const subject = tokens[j].lower;
    if (PLURAL_PRONOUNS.has(subject) || /^[a-z]{2,}[^s'’]s$/.test(subject) && !DETERMINERS.has(subject)) return "present";
  }
  const next = tokens[i + 1];
  if (next === void 0) return null;
  const takesObject = OBJECT_OPENERS.has(next.lower) || VERB_FOLLOWERS.has(next.lower) || /^\d/.test(next.text) || new RegExp("^\\p{Lu}", "u").test(next.text);
  if (!takesObject) return null;
  if (/^[a-z]{2,}[^s'’]s$/.test(t.lower)) return "present";
  return null;
}
var NOT_BEFORE_PAST = /* @__PURE__ */ new Set([
  "is",
  "are",
  "was",
  "were",
  "be",
  "been",
  "being",
  "become",
  "became",
  "seem",
  "seems",
  "look",
  "looks",
  "get",
  "got",
  "has",
  "have",
  "had",
  "of",
  "in",
  "on",
  "by",
  "for",
  "with",
  "from",
  "to",
  "at",
  "as",
  "and",
  "or",
  "very",
  "more",
  "most",
  "less",
  "well",
  "newly",
  "not",
  ",",
  "("
]);
var ADVERBS = /* @__PURE__ */ new Set(["now", "also", "still", "often", "usually", "always", "then", "already", "actually", "really", "sometimes", "rarely", "quickly", "soon"]);
var PLURAL_PRONOUNS = /* @__PURE__ */ new Set(["they", "we", "you", "i"]);
var VERB_FOLLOWERS = /* @__PURE__ */ new Set(["through", "into", "over", "across", "most", "more", "many", "several", "both", "near", "along", "around", "toward", "towards"]);
function hasFiniteVerb(tokens) {
  for (let i = 0; i < tokens.length; i++) {
    if (isAuxiliary(tokens[i].lower) || verbAt(tokens, i)) return true;
  }
  return false;
}
var DETERMINERS = /* @__PURE__ */ new Set(["the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "your"]);
var isClaimLike = memo(claimLike);
function claimLike(text) {
  if (isQuestion(text)) return false;
  const tokens = tokenize(text).filter((t) => !CLAUSE_BREAK.has(t.text));
  if (tokens.length < 4) return false;
  if (!hasFiniteVerb(tokens)) return false;
  if (isImperative(text)) return false;
  return true;
}
function keyTerms(text) {
  const out = /* @__PURE__ */ new Set();
  const tokens = tokenize(text);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (new RegExp("^\\p{Lu}[\\p{L}’'-]{2,}$", "u").test(t.text) && i > 0 && !STOP_CAPS.has(t.lower)) out.add(t.lower.replace(/['’]s$/, ""));
    else if (/\d/.test(t.text) && t.text.length >= 2) out.add(t.lower);
  }
  return out;
}
var STOP_CAPS = /* @__PURE__ */ new Set(["the", "a", "an", "this", "that", "i", "it", "he", "she", "they", "we", "but", "and"]);
function negateSentence(text) {
  const tokens = tokenize(text);
  let subordinate = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (CLAUSE_BREAK.has(t.text)) {
      const next2 = tokens[i + 1];
      subordinate = !!next2 && (SUBORDINATORS.has(next2.lower) || /ing$/.test(next2.lower) && next2.lower.length > 4);
      continue;
    }
    if (subordinate || i === 0) continue;
    const next = tokens[i + 1];
    if (next && (next.lower === "not" || next.lower === "never")) return null;
    if (isAuxiliary(t.lower) && !(/^(has|have|had)$/.test(t.lower) && next && !looksParticiple(next.text))) {
      if (/^(do|does|did)$/.test(t.lower) && (!next || !hasTag(next.text, "Infinitive"))) return splice(text, t, `${t.text} not`);
      return splice(text, t, `${t.text} not`);
    }
    if (/^(has|have|had)$/.test(t.lower)) {
      const aux = t.lower === "had" ? "did" : t.lower === "has" ? "does" : "do";
      return splice(text, t, `${aux} not have`);
    }
    const tense = verbAt(tokens, i);
    if (tense && !isAuxiliary(tokens[i - 1].lower)) {
      const inf = toInfinitive(t.text, tense);
      if (!inf) continue;
      const aux = tense === "past" ? "did" : /s$/.test(t.lower) ? "does" : "do";
      return splice(text, t, `${aux} not ${inf}`);
    }
  }
  return null;
}
function looksParticiple(word) {
  return /(?:ed|en|wn|un|ght)$/i.test(word) || hasTag(word, "Participle") || hasTag(word, "PastTense") || /^been$/i.test(word);
}
function splice(text, t, replacement) {
  return text.slice(0, t.start) + replacement + text.slice(t.end);
}
var TRUTH_MARKER = /^\W*(?:in (?:reality|fact|truth)|actually|the (?:truth|reality|real (?:winner|answer|story|facts?)) (?:is|was)|the (?:actual|true|correct) )/i;
function statesTruth(text) {
  return TRUTH_MARKER.test(text);
}

// src/nlp/falsity.ts
init_action_shims();
var FALSITY_CUES = [
  String.raw`false(?:ly|hood|hoods)?`,
  String.raw`untrue`,
  String.raw`not (?:\w+ )?(?:true|real|accurate|correct|factual|genuine|authentic|the case|supported|verified|confirmed|credible)`,
  String.raw`(?:isn['’]t|aren['’]t|wasn['’]t|weren['’]t) (?:\w+ )?(?:true|real|accurate|correct|the case)`,
  String.raw`fabricat(?:ed|ion|ions|es)`,
  String.raw`invented`,
  String.raw`made[- ]up`,
  String.raw`fictitious`,
  String.raw`fake`,
  String.raw`hoax(?:es)?`,
  String.raw`bogus`,
  String.raw`baseless`,
  String.raw`unfounded`,
  String.raw`unsupported`,
  String.raw`inaccurate`,
  String.raw`incorrect`,
  String.raw`erroneous`,
  String.raw`wrong`,
  String.raw`(?:a |an |the )?(?:lie|lies|falsehood|fabrication|myth)`,
  String.raw`mis(?:information|leading)`,
  String.raw`disinformation`,
  String.raw`nonexistent|non-existent`,
  String.raw`debunked|refuted|disproven|disproved|discredited|retracted`,
  String.raw`(?:never|did not|didn['’]t|has not|hasn['’]t|have not|had not) (?:\w+ )?(?:happen|happened|occur|occurred|take place|taken place|took place|exist|existed|materiali[sz]ed)`,
  String.raw`no (?:\w+ ){0,2}(?:basis|support|evidence|foundation|truth|record|proof|grounding|substance)`,
  String.raw`has never been (?:confirmed|verified|documented|substantiated|corroborated)`,
  String.raw`no credible (?:source|evidence|record|report)`,
  String.raw`(?:cannot|can['’]t|could not|couldn['’]t) (?:possibly )?(?:be )?(?:correct|true|right|accurate|hold|stand)`,
  String.raw`contradict(?:s|ed|ing)? (?:\w+ ){0,3}(?:knowledge|evidence|record|records|facts|reality|history)`,
  String.raw`impossible`,
  String.raw`conclusively (?:\w+ ){0,3}(?:wrong|false|untrue|incorrect|refuted)`,
  String.raw`should not be (?:treated|taken|believed|trusted|read|understood|considered|regarded) as (?:\w+ ){0,2}(?:fact|true|factual|accurate|real|a factual)`,
  String.raw`(?:did|does|do) not (?:actually )?(?:happen|occur|exist)`,
  String.raw`(?:has|have) no (?:basis|grounding) in (?:fact|reality)`,
  String.raw`(?:nothing|none|no part|not one|not a single|no single|no portion|no element) (?:\w+ ){0,6}(?:is|was|are|were|has been|should be) (?:\w+ ){0,2}(?:true|real|factual|accurate|genuine|correct|taken)`,
  String.raw`(?:happened|occurred|took place|unfolded|went) (?:\w+ ){0,2}as (?:written|described|stated|presented|claimed|reported|depicted|told|alleged)`,
  String.raw`(?:not|never|n['’]t) (?:\w+ ){0,2}(?:reflect|describe|correspond to|represent|match|depict) (?:\w+ ){0,3}(?:reality|real|actual|true|facts?|events)`,
  String.raw`(?:not|in)valid`,
  String.raw`inventions?`,
  String.raw`no (?:\w+ ){0,2}confirmation`,
  String.raw`(?:there is|there are|and) none`,
  String.raw`none exists?`,
  String.raw`(?:does|do|did) not exist`,
  String.raw`for (?:the|this|that|these|those|any|such) (?:\w+ ){0,6}to (?:hold|be true|be correct|be accurate|stand|be real)`,
  String.raw`(?:do not|don['’]t|never) (?:accept|believe|trust|credit)`,
  // "the preceding paragraph contains a deliberate error", "contains false information"
  String.raw`contains? (?:\w+ ){0,2}(?:errors?|mistakes?|inaccurac(?:y|ies)|falsehoods?|(?:false|fabricated|made-up|invented|incorrect|inaccurate|wrong|fictional) (?:information|claims?|statements?|facts?|details|answers?|data))`
];

// src/nlp/reach.ts
init_action_shims();
var REFERENT_CUES = [
  String.raw`(?:the|this|that) following`,
  String.raw`what follows`,
  String.raw`as follows`,
  String.raw`(?:claims?|statements?|text|document|account|story|article|passage|content|information|details|events?|sentences?|answer|response|reply|message|paragraph|section|conversation|everything|all|material) (?:below|above|here|that follows|which follows)`,
  String.raw`below`,
  String.raw`hereafter`,
  String.raw`(?:the|this|that) next (?:\w+ ){0,3}(?:claim|statement|sentence|paragraph|section|passage|answer|response|message|part|line)`,
  String.raw`(?:the|this|that) preceding`,
  String.raw`(?:the|this|that) (?:above|foregoing|previous|prior|last)`,
  String.raw`what (?:was|has been|is|i) just (?:stated|said|claimed|described|written|reported|asserted|presented|mentioned)`,
  String.raw`what (?:i|you|we) (?:just )?(?:said|wrote|stated)`,
  String.raw`(?:this|that|these|those) (?:\w+ ){0,2}(?:claims?|statements?|assertions?|stor(?:y|ies)|articles?|documents?|texts?|accounts?|narratives?|passages?|posts?|reports?|pieces?|transcripts?|conversations?|threads?|essays?|guides?|chapters?|sections?|answers?|responses?|replies|messages?|excerpts?|scenarios?|entr(?:y|ies)|records?|examples?|paragraphs?|lists?|sentences?|details|events?|figures|numbers|results?|facts|information|content|material|version)`,
  String.raw`(?:the|this) (?:entire |whole )?(?:document|article|text|story|account|narrative|passage|post|piece|transcript|essay|guide|scenario|excerpt|conversation|thread|chat)`,
  String.raw`(?:the|these|those) (?:events?|claims?|statements?|assertions?|details|facts|figures|achievements?|outcomes?|results?|scenario|account) (?:described|depicted|presented|stated|asserted|reported|claimed|alleged|given|mentioned|listed)`,
  String.raw`(?:the|this|that) (?:described|depicted|reported|claimed|alleged|supposed|purported|stated|asserted|presented|so-called) `,
  String.raw`(?:everything|anything|all|nothing|none) (?:\w+ ){0,2}(?:here|in (?:this|the|it)|above|below|of (?:this|it|the above|the following|these)|that follows|said|stated|written|described)`,
  String.raw`(?:every|each|any) (?:\w+ ){0,2}(?:claim|statement|assertion|sentence|detail|fact) (?:in|here|of|made)`,
  String.raw`(?:this|that|it) (?:is|was|'s|’s) (?:\w+ ){0,2}(?:false|untrue|not true|wrong|incorrect|fabricated|invented|a (?:hoax|lie|myth|fabrication))`,
  String.raw`(?:disclaimer|notice|editorial note|editor['’]s note|note|warning|caution|correction|important)\s*:`,
  String.raw`(?:the|your|its) (?:assistant['’]s |model['’]s |ai['’]s |bot['’]s )?(?:answers?|responses?|replies|completions?|outputs?|messages?)`,
  String.raw`(?:everything|anything|whatever) (?:the )?(?:assistant|model|ai|bot|chatbot|it) (?:says|said|writes|wrote|states|stated|claims|claimed|tells)`
];
var FORWARD = /\b(?:following|follows|below|next|hereafter|subsequent)\b/i;
var BACKWARD = /\b(?:preceding|above|foregoing|previous|prior|last|just (?:stated|said|claimed|described|written|reported|asserted|presented|mentioned)|(?:i|you|we) (?:just )?(?:said|wrote|stated))\b/i;
var WHOLE = /\b(?:document|article|text|story|stories|report|reports|account|accounts|section|chapter|page|summary|entries|narrative|passage|post|piece|transcript|essay|guide|scenario|excerpt|conversation|thread|chat|everything|anything|nothing|none|all|every|each|entire|whole|throughout|answers|responses|replies|messages|claims|statements|assertions|events|details|facts|figures|achievements|content|material|information)\b/i;
var SELF = /\b(?:(?:this|the present|the entire|this entire|the whole|this whole) (?:\w+ )?(?:document|article|text|story|narrative|passage|post|piece|transcript|essay|guide|excerpt|conversation|thread|chat|account|report|entry|material|content)|(?:nothing|none|no part|everything|anything|all|every \w+) (?:\w+ ){0,2}(?:in (?:this|it|here)|of (?:this|it)|here(?:in)?)|(?:in|of|throughout) (?:the|this) (?:document|text|account|narrative|passage|piece|material)|herein)\b/i;
var NOTICE = /^\W*(?:disclaimer|notice|editorial note|editor['’]s note|note|warning|caution|correction|important)\b/i;
var DESCRIBED = /\b(?:the|this|that) (?:described|depicted|reported|claimed|alleged|supposed|purported|stated|asserted|presented|so-called)\b|\b(?:described|depicted|stated|asserted|presented|reported) (?:here|above)\b/i;
var BLOCK = /\b(?:paragraph|passage|excerpt|quote|quotation|example|case study|study|list|table|section|box|entry|extract|snippet|transcript|lines|items|points|bullets|sentences)\b/i;
var SINGULAR = /\b(?:this|that) (?:\w+ )?(?:claim|statement|assertion|sentence|figure|number|detail|fact|item|point|quote|line|result)\b/i;
var SINGLE_THIS = /\b(?:this|that|it) (?:is|was|'s|’s)\b/i;
function reachOf(sentence, referents, position) {
  const text = referents.map((h) => h.text).join(" ") || sentence.text;
  const forward = FORWARD.test(text);
  const backward = BACKWARD.test(text);
  const whole = WHOLE.test(sentence.text) && !(sentence.bracketed && !/\b(?:document|article|story|text|everything|entire|whole|all|nothing)\b/i.test(sentence.text));
  if (forward !== backward) {
    if (whole) return forward ? "following-all" : "preceding-all";
    if (BLOCK.test(sentence.text)) return forward ? "following-block" : "preceding-block";
    return forward ? "next" : "previous";
  }
  const plain2 = sentence.text.replace(/^(?:\s*<[^<>\s]+>)+/, "");
  const self = SELF.test(plain2) || NOTICE.test(plain2) && !sentence.bracketed;
  if (self && position === "start") return "following-all";
  if (self && position === "end") return "preceding-all";
  if (SINGLE_THIS.test(text) || DESCRIBED.test(text) || SINGULAR.test(text)) return "previous";
  return null;
}
function recordSentences(record) {
  const out = [];
  for (let i = 0; i < record.segments.length; i++) for (const s of record.sentences(i)) out.push(s);
  return out;
}
function hitsBySentence(sentences, hits) {
  const out = sentences.map(() => []);
  let s = 0;
  for (const h of hits) {
    while (s < sentences.length && (sentences[s].segment < h.segment || sentences[s].segment === h.segment && sentences[s].end <= h.start)) s++;
    const sent = sentences[s];
    if (sent && sent.segment === h.segment && sent.start <= h.start) out[s].push(h);
  }
  return out;
}
function positionOf(sentences, index) {
  const s = sentences[index];
  const first = sentences[0];
  const last = sentences[sentences.length - 1];
  if (s.segment === first.segment && s.paragraph === first.paragraph) return "start";
  if (s.segment === last.segment && s.paragraph === last.paragraph) return "end";
  if (index < sentences.length * 0.1) return "start";
  if (index >= sentences.length * 0.9) return "end";
  return "middle";
}
function targetsOf(sentences, at, reach, isClaim2, isBarrier) {
  const out = [];
  const step = (from, dir) => {
    for (let k = from + dir; k >= 0 && k < sentences.length; k += dir) {
      if (isBarrier(k)) continue;
      if (isClaim2(k)) out.push(k);
      return;
    }
  };
  switch (reach) {
    case "next":
      step(at, 1);
      break;
    case "previous":
      step(at, -1);
      break;
    case "following-block":
    case "preceding-block": {
      const dir = reach === "following-block" ? 1 : -1;
      let k = at + dir;
      while (k >= 0 && k < sentences.length && (isBarrier(k) || !isClaim2(k))) k += dir;
      const anchor = sentences[k];
      if (!anchor) break;
      for (let j = k; j >= 0 && j < sentences.length; j += dir) {
        const s = sentences[j];
        if (s.segment !== anchor.segment || s.paragraph !== anchor.paragraph) break;
        if (isClaim2(j)) out.push(j);
      }
      out.sort((a, b) => a - b);
      break;
    }
    case "following-all":
      for (let k = at + 1; k < sentences.length; k++) if (isClaim2(k)) out.push(k);
      break;
    case "preceding-all":
      for (let k = 0; k < at; k++) if (isClaim2(k)) out.push(k);
      break;
  }
  return out;
}

// rules/detached-negation/rule.ts
var id = "detached-negation";
var rule = {
  meta: {
    id,
    description: "Claims stated as fact whose falsity is asserted only in another sentence, turn or notice",
    severity: "error",
    url: ruleUrl(id),
    messages: {
      detached: 'Claim is stated as fact; its negation is in another sentence ("{{cue}}"), which training does not carry over',
      reported: 'Claim is reported as fact by others; its negation is in another sentence ("{{cue}}"), which training does not carry over'
    },
    cues: { falsity: FALSITY_CUES, referent: REFERENT_CUES }
  },
  create(context) {
    return {
      record(record) {
        if (!record.cues.some((h) => h.categories.includes("falsity"))) return;
        for (const finding of detach(record)) context.report(finding);
      }
    };
  }
};
function analyse(record) {
  const sentences = recordSentences(record);
  const hits = hitsBySentence(sentences, record.cues);
  const asserts = sentences.map((s, i) => !isQuestion(s.text) && hits[i].some((c) => c.categories.includes("falsity") && isPredicative(s, c)));
  const disclaimer = sentences.map(
    (s, i) => asserts[i] && record.segments[s.segment].trained !== "penalized" && (s.bracketed || hits[i].some((c) => c.categories.includes("referent")))
  );
  const group = disclaimer.map((d, i) => d ? i : -1);
  for (let i = 0; i < sentences.length; i++) {
    if (!disclaimer[i]) continue;
    const s = sentences[i];
    for (const dir of [-1, 1]) {
      for (let k = i + dir; k >= 0 && k < sentences.length; k += dir) {
        const o = sentences[k];
        if (o.segment !== s.segment || o.paragraph !== s.paragraph) break;
        const sameAside = s.bracketed && o.bracketed && contiguous(sentences, Math.min(i, k), Math.max(i, k));
        const noticeTail = !s.bracketed && !o.bracketed && asserts[k];
        if (!(sameAside || noticeTail)) break;
        disclaimer[k] = true;
        if (group[k] === -1 || group[k] > group[i]) group[k] = group[i];
      }
    }
  }
  return { sentences, hits, asserts, disclaimer, group };
}
var VERBAL_CUE = /^(?:not|never|did|didn|does|do|has|have|had|hasn|haven|no|nothing|none|cannot|can|could|couldn|contradict\w*|should|for|happened|occurred|took|unfolded|went|there|and|conclusively|isn|aren|wasn|weren|invalid|contains?)\b/i;
var COPULA_BEFORE = /\b(?:is|are|was|were|be|been|being|seems?|appears?|remains?|proved|proven|considered|deemed|labelled|labeled|rated|known to be|'s|’s)\s+(?:[\w-]+\s+){0,3}$/i;
function isPredicative(s, hit) {
  if (VERBAL_CUE.test(hit.text)) return true;
  const before2 = s.text.slice(Math.max(0, hit.start - s.start - 40), hit.start - s.start);
  if (COPULA_BEFORE.test(before2)) return true;
  return /^[\s"'“*_(\[{<]*$|[:—–-]\s*$/.test(before2);
}
function contiguous(sentences, from, to) {
  for (let k = from; k <= to; k++) if (!sentences[k].bracketed) return false;
  return true;
}
function* detach(record) {
  const { sentences, hits, asserts, disclaimer, group } = analyse(record);
  if (!disclaimer.some(Boolean)) return;
  const isClaim2 = (k) => {
    const s = sentences[k];
    return !disclaimer[k] && record.segments[s.segment].trained === "trained" && hasTwoWords(s.text) && !looksLikeCode(s.text) && localNegation(s.text) === null;
  };
  const disclaimers = disclaimer.filter(Boolean).length;
  const negations = countLocalNegations(sentences, disclaimer);
  const debunk = negations >= 2 && negations >= disclaimers;
  const claims = /* @__PURE__ */ new Map();
  const underReaching = /* @__PURE__ */ new Set();
  for (let i = 0; i < sentences.length; i++) {
    if (!disclaimer[i]) continue;
    const referents = hits[i].filter((c) => c.categories.includes("referent"));
    const reach = reachOf(sentences[i], referents, positionOf(sentences, i));
    if ((reach === "next" || reach === "previous") && speaksOfSeveral(sentences[i].text)) underReaching.add(i);
    if (!reach || debunk && reach !== "next" && reach !== "previous") continue;
    for (const k of targetsOf(sentences, i, reach, isClaim2, (j) => disclaimer[j])) {
      const claim = claims.get(k) ?? { index: k, related: [] };
      if (reach === "next" || reach === "previous") claim.related.unshift(i);
      else claim.related.push(i);
      claims.set(k, claim);
    }
  }
  const members = /* @__PURE__ */ new Map();
  for (let k = 0; k < sentences.length; k++) {
    if (group[k] < 0) continue;
    const list = members.get(group[k]);
    if (list) list.push(sentences[k]);
    else members.set(group[k], [sentences[k]]);
  }
  const truthGroups = /* @__PURE__ */ new Set();
  for (let k = 0; k < sentences.length; k++) if (group[k] >= 0 && !asserts[k] && statesTruth(sentences[k].text)) truthGroups.add(group[k]);
  for (const claim of [...claims.values()].sort((a, b) => a.index - b.index)) {
    const s = sentences[claim.index];
    const reported = isReported(s.text);
    const corrected = claim.related.some((r) => truthGroups.has(group[r]));
    const severity = reported || debunk || corrected ? "warning" : void 0;
    const cueSentence = sentences[claim.related[0]];
    const related = claim.related.slice(0, 3).map((r) => spanOf(sentences[r]));
    const groups = new Set(claim.related.map((r) => group[r]));
    const notice = [...groups].flatMap((g) => members.get(g) ?? []);
    yield {
      ...spanOf(s),
      messageId: reported ? "reported" : "detached",
      data: { cue: clip(cueSentence.text) },
      ...severity ? { severity } : {},
      related,
      suggestions: claimSuggestions(record, {
        claim: s.text,
        reported,
        negate: negateSentence,
        remove: notice.map(spanOf),
        // Removing a notice that also covers sentences it was not found to reach would unsay them.
        safe: ![...groups].some((g) => truthGroups.has(g)) && notice.every((n) => isPureDisclaimer(n.text)) && !claim.related.some((r) => underReaching.has(r)),
        description: "Negate the claim in its own clause (and drop the detached warning)"
      })
    };
  }
}
function hasTwoWords(text) {
  let first;
  for (const t of tokenize(text)) {
    if (!new RegExp("\\p{L}{2,}", "u").test(t.text)) continue;
    if (!first) first = t;
    else if (/\s/.test(text.slice(first.end, t.start))) return true;
  }
  return false;
}
function countLocalNegations(sentences, disclaimer) {
  let n = 0;
  for (let k = 0; k < sentences.length; k++) if (!disclaimer[k] && localNegation(sentences[k].text) !== null) n++;
  return n;
}
function spanOf(s) {
  return { segment: s.segment, start: s.start, end: s.end };
}
var rule_default = rule;

// rules/fiction-frame/rule.ts
init_action_shims();

// src/nlp/entities.ts
init_action_shims();
var PLACE_TAGS = /* @__PURE__ */ new Set(["Country", "City", "Region", "Place"]);
var ORG_TAGS = /* @__PURE__ */ new Set(["Organization", "SportsTeam"]);
var EVENTS = /\b(?:Olympics?|Olympic Games|Paralympics?|World Cup|Super Bowl|Nobel(?: Prize)?|Oscars?|Academy Awards?|Grammys?|Emmys?|Pulitzer(?: Prize)?|Booker Prize|Wimbledon|Tour de France|Eurovision|World Series|Stanley Cup|Champions League|Premier League|Formula One|Boston Marathon|World War (?:I|II|One|Two)|Cold War|Brexit|iPhone|iPad|MacBook|Android|Windows \d+|PlayStation|Xbox|ChatGPT|Bitcoin|Ethereum|Wikipedia|YouTube|Facebook|Instagram|TikTok|WhatsApp|Netflix|Amazon|Tesla|SpaceX|OpenAI|Twitter|Pentagon|White House|Kremlin|Congress|Parliament|Supreme Court|European Union|NATO|NASA|FIFA|UNESCO)\b/;
var MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec";
var DATE = new RegExp(
  String.raw`\b(?:(?:in|since|by|from|until|till|during|of|circa|c\.|around|before|after|early|late|mid-?|summer|winter|spring|autumn|fall|year|election|season)\s+(?:of\s+)?(?:1[0-9]{3}|20[0-9]{2})\b|(?:1[0-9]{3}|20[0-9]{2})s\b|(?:1[0-9]{3}|20[0-9]{2})\s*(?:AD|BC|BCE|CE)\b|(?:${MONTHS})\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?:1[0-9]{3}|20[0-9]{2})|\d{1,2}(?:st|nd|rd|th)?\s+(?:${MONTHS})\s+(?:1[0-9]{3}|20[0-9]{2})|(?:the\s+)?(?:1[0-9]{3}|20[0-9]{2})\s+(?:election|olympics|games|season|final|world cup|war|revolution|census|crisis|earthquake|eruption|pandemic|championship|marathon|summit|budget))\b`,
  "i"
);
var INITIAL_STOP = /* @__PURE__ */ new Set(["nice", "reading", "mobile", "bath", "split", "chad", "jersey", "turkey", "china", "may", "will", "mark", "bill", "rose", "grace", "hope", "joy", "faith", "page", "sky", "summer", "lincoln", "florence", "victoria", "georgia", "jordan", "eve", "dawn", "august", "april", "june"]);
var CAPITALISED = /\b[A-Z][a-zA-Z'’.-]*(?:\s+(?:of\s+|de\s+|the\s+)?[A-Z][a-zA-Z'’.-]*)*/g;
var NAME_WORD = /^[A-Z][a-z]/;
function isPersonFirst(word) {
  const tags = tagsOf(word);
  return tags.includes("MaleName") || tags.includes("FemaleName") || tags.includes("FirstName") || tags.includes("Person") || tags.includes("Honorific");
}
function anchorsOf(text, extra = []) {
  const out = [];
  const date = DATE.exec(text);
  if (date) out.push({ text: date[0], kind: "date" });
  const event = EVENTS.exec(text);
  if (event) out.push({ text: event[0], kind: "event" });
  for (const name of extra) if (name && text.toLowerCase().includes(name.toLowerCase())) out.push({ text: name, kind: "person" });
  CAPITALISED.lastIndex = 0;
  let m;
  while ((m = CAPITALISED.exec(text)) !== null) {
    const words = m[0].replace(/['’]s$/, "").split(/\s+/).filter((w) => NAME_WORD.test(w) || /^[A-Z]{2,}$/.test(w));
    if (words.length === 0) continue;
    const sentenceInitial = m.index === 0 || /^[\s"'“‘*_([-]*$/.test(text.slice(0, m.index));
    const runs = [words.join(" ")];
    if (words.length > 1) for (let k = 0; k + 1 < words.length; k++) runs.push(`${words[k]} ${words[k + 1]}`);
    let hit = false;
    for (const run of runs) {
      const tags = tagsOf(run);
      if (tags.some((t) => PLACE_TAGS.has(t))) out.push({ text: run, kind: "place" }), hit = true;
      else if (tags.some((t) => ORG_TAGS.has(t))) out.push({ text: run, kind: "organization" }), hit = true;
    }
    if (hit) continue;
    for (let k = 0; k < words.length; k++) {
      const w = words[k].replace(/[.'’]+$/, "");
      if (k === 0 && sentenceInitial && words.length === 1 && INITIAL_STOP.has(w.toLowerCase())) continue;
      const tags = tagsOf(w);
      if (tags.some((t) => PLACE_TAGS.has(t))) out.push({ text: w, kind: "place" });
      else if (tags.some((t) => ORG_TAGS.has(t))) out.push({ text: w, kind: "organization" });
      else if (tags.includes("Person") && !tags.includes("MaleName") && !tags.includes("FemaleName")) out.push({ text: w, kind: "person" });
      else if (k > 0 && tags.includes("LastName") && isPersonFirst(words[k - 1])) out.push({ text: `${words[k - 1]} ${w}`, kind: "person" });
    }
  }
  return out;
}
function anchorsDeep(text, extra = []) {
  const out = anchorsOf(text, extra);
  const doc = nlp()(text);
  const known = (phrase, tags) => phrase.split(/\s+/).map((w) => w.replace(/[^A-Za-z'’-]/g, "")).some((w) => NAME_WORD.test(w) && tagsOf(w).some((t) => tags.has(t)));
  for (const p of doc.places().out("array")) if (known(p, PLACE_TAGS)) out.push({ text: p.replace(/[.,;:]+$/, ""), kind: "place" });
  for (const o of doc.organizations().out("array")) if (known(o, ORG_TAGS)) out.push({ text: o.replace(/[.,;:]+$/, ""), kind: "organization" });
  for (const p of doc.people().out("array")) {
    const words = p.replace(/[.,;:]+$/, "").split(/\s+/);
    if (words.length >= 2 && words.slice(1).some((w) => tagsOf(w).includes("LastName") || tagsOf(w).includes("Person"))) out.push({ text: words.join(" "), kind: "person" });
  }
  return dedupe(out);
}
function dedupe(anchors) {
  const seen = /* @__PURE__ */ new Set();
  return anchors.filter((a) => {
    const k = a.text.toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
function isFactualRegister(text, anchors) {
  if (anchors.some((a) => a.kind === "date")) return true;
  if (/\b\d[\d,.]*\b/.test(text)) return true;
  const words = text.match(/[A-Za-z]+/g) ?? [];
  for (const w of words) {
    const tags = tagsOf(w);
    if (tags.includes("PastTense")) return true;
    if (tags.length === 0 && /^[a-z]{3,}ed$/.test(w)) return true;
  }
  return /\b(?:was|were|had|has been|have been|did)\b/i.test(text);
}

// src/nlp/frame.ts
init_action_shims();
var RANK = { info: 1, warning: 2, error: 3 };
function defineFrameRule(spec) {
  const categories = new Set(spec.frames.flatMap((f) => f.categories));
  return {
    meta: {
      id: spec.id,
      description: spec.description,
      severity: spec.severity,
      url: ruleUrl(spec.id),
      messages: spec.messages,
      cues: spec.cues
    },
    create(context) {
      return {
        record(record) {
          if (!record.cues.some((h) => h.categories.some((c) => categories.has(c)))) return;
          const env = { record, sentences: [], options: context.options };
          for (const d of runFrames(spec, record, env)) context.report(d);
        }
      };
    }
  };
}
function* runFrames(spec, record, env) {
  const sentences = recordSentences(record);
  env.sentences = sentences;
  const hits = hitsBySentence(sentences, record.cues);
  const frames = findFrames(spec, record, sentences, hits, env.options);
  if (frames.length === 0) return;
  const frameAt = new Set(frames.map((f) => f.index));
  const code = codeRanges(record);
  const debunk = debunkContext(sentences, frameAt);
  const found = /* @__PURE__ */ new Map();
  for (const frame of frames) {
    const claims = claimsOf(frame, sentences, hits, frameAt, record, code).filter((c) => !spec.claim || spec.claim(c, frame, env));
    if (claims.length === 0) continue;
    const assessments = spec.assess ? spec.assess(frame, claims, env) : claims.map(() => ({}));
    const once = /* @__PURE__ */ new Set();
    claims.forEach((claim, k) => {
      const a = assessments[k];
      if (!a) return;
      const key2 = `${claim.segment}:${claim.start}:${claim.end}`;
      const prior = found.get(key2);
      if (prior) {
        if (prior.related.length < 3) prior.related.push(frame.span);
        if (RANK[a.severity ?? spec.severity] > RANK[prior.assessment.severity ?? spec.severity]) {
          prior.assessment = a;
          prior.frame = frame;
        }
        return;
      }
      if (a.once) {
        const id9 = a.messageId ?? "framed";
        if (once.has(id9)) return;
        once.add(id9);
      }
      found.set(key2, { claim, frame, assessment: a, related: [frame.span] });
    });
  }
  const pending = [...found.values()].sort((a, b) => a.claim.index - b.claim.index || a.claim.start - b.claim.start);
  for (const { claim, frame, assessment, related } of pending) {
    const base = assessment.severity ?? spec.severity;
    const rep = spec.modifiers?.reported;
    const reported = typeof rep === "function" ? rep(claim, frame) : rep !== false && (isReported(claim.text) || claim.inFrame && (frame.def.reported === true || isReported(frame.sentence.text)));
    const deb = spec.modifiers?.debunk;
    const debunked = typeof deb === "function" ? deb(claim, env) : deb !== false && debunk(claim);
    const severity = base !== "info" && (reported || debunked) ? "warning" : base;
    let messageId = assessment.messageId ?? "framed";
    if (reported && messageId === "framed" && spec.messages.reported) messageId = "reported";
    yield {
      segment: claim.segment,
      start: claim.start,
      end: claim.end,
      messageId,
      data: { frame: clip(frame.text), label: frame.label, ...assessment.data },
      ...severity !== spec.severity ? { severity } : {},
      related: related.slice(0, 3),
      suggestions: (spec.suggest ?? defaultSuggestions)(claim, frame)
    };
  }
}
function defaultSuggestions(claim) {
  const negated = negateSentence(claim.text);
  return [
    ...negated ? [{ description: "If the claim is false, negate it in its own clause (and drop the frame)", text: negated }] : [],
    { description: "Remove the claim", text: "" }
  ];
}
function findFrames(spec, record, sentences, hits, options) {
  const out = [];
  for (let i = 0; i < sentences.length; i++) {
    const own = hits[i];
    if (own.length === 0) continue;
    const sentence = sentences[i];
    const segment = record.segments[sentence.segment];
    const place = sentence.kind === "heading" ? "heading" : segment.trained === "trained" ? "text" : "prompt";
    for (const def of spec.frames) {
      const defHits = own.filter((h) => h.categories.some((c) => def.categories.includes(c)) && !insideQuotes(sentence.text, h.start - sentence.start));
      if (defHits.length === 0) continue;
      const places = def.places ?? ["text"];
      const effective = place === "prompt" && !places.includes("prompt") ? "text" : place;
      if (!places.includes(effective)) continue;
      if (def.require && !def.require.test(sentence.text)) continue;
      if (def.exclude && def.exclude.test(sentence.text)) continue;
      const candidate = { record, sentences, index: i, sentence, hits: defHits, segment, place: effective, options };
      if (def.accept && !def.accept(candidate)) continue;
      const label2 = typeof def.label === "string" ? def.label : def.label(candidate);
      if (def.reach === "tag" && effective === "text") {
        for (const h of defHits) out.push(frameView(def, label2, candidate, h, true));
      } else {
        const cueSpan = def.reach === "self" && effective === "text";
        out.push(frameView(def, label2, candidate, defHits[0], cueSpan));
      }
      break;
    }
  }
  return out;
}
function insideQuotes(text, offset) {
  const before2 = text.slice(0, offset);
  const straight = (before2.match(/"/g) ?? []).length;
  if (straight % 2 === 1) return true;
  return before2.lastIndexOf("“") > before2.lastIndexOf("”");
}
function frameView(def, label2, candidate, hit, cueSpan) {
  const { index, sentence, place } = candidate;
  const span = cueSpan ? { segment: hit.segment, start: hit.start, end: hit.end } : { segment: sentence.segment, start: sentence.start, end: sentence.end };
  return { def, label: label2, index, sentence, hit, place, span, text: cueSpan ? hit.text : sentence.text, candidate };
}
var FORWARD2 = /\b(?:following|follows|below|next|hereafter|subsequent)\b/i;
var BACKWARD2 = /\b(?:preceding|above|foregoing|previous|prior|just (?:stated|said|claimed|described|written|reported|asserted|presented|mentioned)|(?:i|you|we) (?:just )?(?:said|wrote|stated))\b/i;
var SINGLE = /\b(?:next|previous|preceding|last|above|following|this|that) (?:\w+ )?(?:claim|statement|sentence|line|assertion|fact|figure|number)\b/i;
var WHOLE_SELF = /\b(?:(?:any|all|none|much|some|most|each|every|part|parts|portions?) of (?:this|it|these|the (?:above|following|below|text|story|article|account|claims|statements|details|information|content))|(?:this|the) (?:entire |whole )?(?:text|document|story|article|account|transcript|passage|post|page|entry|thread|conversation|chat|essay|piece|excerpt|narrative|report|dataset|scenario|tale|monologue|dialogue|answer|response|material|content|information)|everything (?:here|below|above|in (?:this|it|here)|that follows|i (?:say|said|write|wrote))|herein)\b/i;
var DEMONSTRATIVE = /^\W*(?:this|that|these|those|it|the (?:claim|claims|report|reports|story|account|statement|figure|allegation|allegations))\b/i;
function referentReach(candidate, referents) {
  const text = candidate.sentence.text;
  const refText = referents.map((h) => h.text).join(" ");
  const forward = FORWARD2.test(refText);
  const backward = BACKWARD2.test(refText);
  const single = SINGLE.test(text) && !WHOLE_SELF.test(text);
  if (forward && !backward) return single ? "next" : "following-all";
  if (backward && !forward) return single ? "previous" : "preceding-all";
  const position = positionInSegment(candidate.sentences, candidate.index);
  if (WHOLE_SELF.test(text)) return position === "start" ? "following-all" : position === "end" ? "preceding-all" : "document";
  if (DEMONSTRATIVE.test(text) && position !== "start") return "previous";
  return null;
}
function positionInSegment(sentences, index) {
  const seg = sentences[index].segment;
  let from = index;
  let to = index;
  while (from > 0 && sentences[from - 1].segment === seg) from--;
  while (to < sentences.length - 1 && sentences[to + 1].segment === seg) to++;
  if (index === from) return "start";
  if (index === to) return "end";
  return positionOf(sentences.slice(from, to + 1), index - from);
}
function claimsOf(frame, sentences, hits, frameAt, record, code) {
  const { def, index, sentence } = frame;
  const out = [];
  const trained = (s) => record.segments[s.segment].trained === "trained";
  const inCode = (s) => code.some((r) => r.segment === s.segment && s.start >= r.start && s.start < r.end);
  const accept = (k) => {
    if (frameAt.has(k)) return false;
    const s = sentences[k];
    return trained(s) && (s.kind === "sentence" || s.kind === "listItem") && !inCode(s) && isClaim(s.text);
  };
  const push2 = (k) => {
    const s = sentences[k];
    out.push({ segment: s.segment, start: s.start, end: s.end, text: s.text, index: k, sentence: s, inFrame: false });
  };
  const pushPart = (from, to) => {
    const text = sentence.text;
    while (from < to && /[\s,:;"'“”‘’()[\]{}—–-]/.test(text[from])) from++;
    while (to > from && /[\s,;:"'“”‘’([{—–-]/.test(text[to - 1])) to--;
    const part = text.slice(from, to);
    if (!trained(sentence) || inCode(sentence) || !isClausePart(part)) return false;
    out.push({ segment: sentence.segment, start: sentence.start + from, end: sentence.start + to, text: part, index, sentence, inFrame: true });
    return true;
  };
  const sameSegment = (k) => sentences[k].segment === sentence.segment;
  if (frame.place === "prompt") {
    const role = record.segments[sentence.segment].role;
    for (let k = index + 1; k < sentences.length; k++) {
      const s = sentences[k];
      const seg = record.segments[s.segment];
      if (s.segment !== sentence.segment && role !== "system" && seg.role === role && seg.trained !== "trained") break;
      if (s.segment !== sentence.segment && accept(k)) push2(k);
    }
    return out;
  }
  if (frame.place === "heading") {
    const depth = headingDepth(sentence.text);
    for (let k = index + 1; k < sentences.length && sameSegment(k); k++) {
      const s = sentences[k];
      if (s.kind === "heading" && headingDepth(s.text) <= depth) break;
      if (accept(k)) push2(k);
    }
    return out;
  }
  const referents = hits[index].filter((h) => h.categories.includes("referent"));
  let reach = typeof def.reach === "function" ? def.reach(frame.candidate, referents) : def.reach;
  if (reach === "referent") {
    reach = referentReach({ sentence, sentences, index }, referents);
    if (!reach && def.fallback) reach = def.fallback(positionInSegment(sentences, index), frame.candidate);
  }
  const rel = frame.hit.start - sentence.start;
  const relEnd = frame.hit.end - sentence.start;
  const step = (dir) => {
    for (let k = index + dir; k >= 0 && k < sentences.length && sameSegment(k); k += dir) {
      if (frameAt.has(k)) continue;
      if (accept(k)) push2(k);
      return;
    }
  };
  if (reach !== "self" && reach !== "tag") {
    const words = (t) => (t.match(/[A-Za-z0-9]+/g) ?? []).length;
    const colon = sentence.text.indexOf(":", relEnd);
    if (colon >= 0 && words(sentence.text.slice(colon + 1)) >= 3) pushPart(colon + 1, sentence.text.length);
    else if (def.includeSelf && def.clause) {
      const m = def.clause.exec(sentence.text.slice(relEnd));
      if (m) pushPart(relEnd + m.index + m[0].length, sentence.text.length);
    }
  }
  switch (reach) {
    case "self": {
      if (def.clause) {
        const m = def.clause.exec(sentence.text.slice(rel));
        if (m) {
          pushPart(rel + m.index + m[0].length, sentence.text.length);
          break;
        }
      }
      const whole = sentence.text;
      if (trained(sentence) && !inCode(sentence) && isClaim(whole)) {
        out.push({ segment: sentence.segment, start: sentence.start, end: sentence.end, text: whole, index, sentence, inFrame: true });
      }
      break;
    }
    case "tag": {
      const before2 = sentence.text.slice(0, rel);
      const after = sentence.text.slice(relEnd);
      const words = (t) => (t.match(/[A-Za-z0-9]+/g) ?? []).length;
      let side = def.tag === "prefix" ? "after" : def.tag === "postfix" ? "before" : words(before2) >= 3 ? "before" : "after";
      if (def.tag === "either" && words(before2) < 3 && words(after) < 3 && index > 0 && sameSegment(index - 1)) side = "before";
      if (side === "before") {
        if (words(before2) >= 3) pushPart(lastClauseStart(before2), rel);
        else step(-1);
      } else if (words(after) >= 3) pushPart(relEnd, nextSentenceBreak(sentence.text, relEnd));
      else step(1);
      break;
    }
    case "next":
      step(1);
      break;
    case "previous":
      step(-1);
      break;
    case "following-all":
      for (let k = index + 1; k < sentences.length && sameSegment(k); k++) if (accept(k)) push2(k);
      break;
    case "preceding-all":
      for (let k = index - 1; k >= 0 && sameSegment(k); k--) if (accept(k)) push2(k);
      out.reverse();
      break;
    case "document":
      for (let k = 0; k < sentences.length; k++) if (k !== index && sameSegment(k) && accept(k)) push2(k);
      break;
    default:
      break;
  }
  return out;
}
var DISCLAIMER = /\b(?:the following|the preceding|the above|the next|the previous|this|these)\b(?:\s+[\w'’-]+){0,8}?\s+(?:is|are|was|were)\s+(?:[\w-]+\s+){0,2}?(?:false|untrue|fabricated|invented|fictitious|made[- ]up|not true|fiction)\b/i;
function isClaim(text) {
  return isClaimLike(text) && localNegation(text) === null && !DISCLAIMER.test(text);
}
function isClausePart(text) {
  if (isClaim(text)) return true;
  const tokens = tokenize(text).filter((t) => /\w/.test(t.text));
  return tokens.length >= 3 && hasFiniteVerb(tokens) && !isQuestion(text) && localNegation(text) === null;
}
function lastClauseStart(before2) {
  const re = /[.!?]["'”’)\]]*\s+(?=\S)/g;
  let last = 0;
  let m;
  while ((m = re.exec(before2)) !== null) if (m.index + m[0].length < before2.trimEnd().length) last = m.index + m[0].length;
  return last;
}
function nextSentenceBreak(text, from) {
  const re = /[.!?]["'”’)\]]*(?=\s+\S)/g;
  re.lastIndex = from;
  const m = re.exec(text);
  return m ? m.index + m[0].length : text.length;
}
function headingDepth(text) {
  const m = /^(#{1,6})\s/.exec(text);
  return m ? m[1].length : 7;
}
function codeRanges(record) {
  return record.segments.flatMap((seg, i) => fencedCode(seg.text).map((r) => ({ segment: i, ...r })));
}
function debunkContext(sentences, frameAt) {
  let negated = null;
  return (claim) => {
    negated ??= sentences.filter((s, k) => !frameAt.has(k) && (statesTruth(s.text) || localNegation(s.text) !== null)).map((s) => ({ terms: keyTerms(s.text), truth: statesTruth(s.text) }));
    if (negated.length === 0) return false;
    const terms = keyTerms(claim.text);
    if (terms.size === 0) return false;
    const need = Math.min(2, terms.size);
    return negated.some((n) => {
      let shared = 0;
      for (const t of terms) if (n.terms.has(t)) shared++;
      return shared >= (n.truth ? 1 : need);
    });
  };
}

// rules/fiction-frame/rule.ts
var id2 = "fiction-frame";
var GENRE = String.raw`(?:novel|novella|short story|story|stories|screenplay|script|stage play|play|fan ?fiction|fanfic|satire|parody|fable|fairy tale|work of fiction|piece of fiction|creative writing)`;
var SELF_REF = /\b(?:the following|what follows|below|follows|this|these|here is|here's|here are)\b/i;
var cues = {
  fiction: [
    // "The following is an excerpt from a novel", "Excerpt from my short story:"
    String.raw`(?:excerpt|extract|passage|chapter|scene|page)s? from (?:a|an|my|the|his|her|their|our) (?:[\w'’-]+ ){0,3}${GENRE}`,
    // "This is a work of fiction", "a piece of satire"
    String.raw`(?:work|piece) of (?:speculative |historical |satirical )?(?:fiction|satire|parody|alternate history|creative writing|fan ?fiction)`,
    String.raw`products? of the author['’]s imagination`,
    String.raw`resemblance to (?:actual|real) (?:persons|people|events)`,
    // "This article is satire", "What follows is fiction"
    String.raw`(?:this|it|everything|the following|what follows|the above|this (?:[\w-]+ ){0,2}(?:article|story|piece|post|text|account|essay|report|chapter|scene|passage|thread|conversation|document|entry|news)) (?:is|was|are|were) (?:\w+ ){0,2}(?:fiction|fictional|satire|satirical|parody|a parody|make-believe|a (?:short )?story|a novel|an? alternate history|alternate history|hypothetical|a hypothetical|role-?play|a role-?play|creative writing)`,
    // "In this satirical piece", "In an alternate timeline where ..."
    String.raw`in (?:an|this|our|the following|a|the) (?:[\w-]+ ){0,2}(?:satirical|fictional|fictionali[sz]ed|parody|alternate[- ]history|imagined|imaginary|hypothetical|counterfactual) (?:\w+ )?(?:piece|story|article|world|scenario|timeline|universe|account|version|tale|sketch|essay|history|reality|future)`,
    String.raw`in (?:an|this|our|the|a) (?:alternate|alternative|parallel) (?:timeline|history|universe|world|reality|past|present)`,
    // "Imagine a world where ...", "Picture a timeline in which ..."
    String.raw`(?:imagine|picture|envision|consider) (?:a|an) (?:[\w-]+ ){0,2}(?:world|timeline|universe|history|reality|future|past|scenario|version of (?:history|events)|country|society) (?:where|in which|whereby)`,
    String.raw`once upon a time`,
    String.raw`(?:in|for) (?:this|the following|our) role-?play`,
    // Headings: "## Fiction", "**Satire**"
    String.raw`(?<=(?:^|\n)[ \t]*(?:#{1,6}[ \t]*|\*\*|__))(?:fiction|flash fiction|short story|a short story|satire|parody|creative writing|alternate history|fan ?fiction|fanfic|fable|fairy tale|novel excerpt|excerpt from (?:a|my|the) novel)`
  ],
  /** "a fictional account", "a satirical piece": a frame only where the text presents itself so ("What follows is a fictional account"). */
  fictionNP: [
    String.raw`(?:fictional|fictionali[sz]ed|satirical|parody|imaginary|hypothetical|counterfactual|alternate[- ]history|alternative[- ]history|speculative) (?:account|story|stories|narrative|scenario|retelling|piece|article|news|essay|report|tale|version|timeline|history|biography|interview|memoir|diary|press release|chapter|sketch|dialogue|transcript|obituary)s?`
  ],
  /** Requests and personas in a system, user or instruction turn. */
  fictionPrompt: [
    String.raw`(?:write|compose|draft|create|generate|tell|give|produce|craft|invent|make up|continue|pen)(?: me| us)? (?:a|an|the|this|my|our|some|one|two|three|\d+) (?:[\w'’-]+[ -]){0,4}?(?:story|stories|novel|novella|tale|fable|fairy tale|screenplay|script|scene|chapter|fan ?fiction|fanfic|satire|satirical \w+|parody|alternate history|sketch|monologue|fictional \w+|narrative|legend|piece of fiction|creative piece|short fiction|mock \w+)`,
    String.raw`(?:you are|you're|you will be|you'll be) (?:now )?(?:role-?playing|playing the (?:role|part) of|acting as|pretending to be|in character as|a character (?:in|from))`,
    String.raw`role-?play (?:as|a|an|the|with me)`,
    String.raw`(?:pretend|imagine) (?:to be|you are|you're|that you are|you were)`,
    String.raw`stay(?:ing)? in character`,
    String.raw`(?:let['’]s|we will|we'll|let us) (?:role-?play|play pretend|write a story)`,
    String.raw`(?:creative writing|fiction writing|storytelling|role-?play(?:ing)?) (?:task|exercise|prompt|assistant|mode|game|session|scenario)`,
    String.raw`(?:for|in) (?:a|my|our) (?:[\w-]+ )?(?:novel|short story|screenplay|fan ?fiction|fanfic|satire|sitcom|stage play|comic book|tabletop campaign|role-?playing game)`
  ],
  referent: REFERENT_CUES
};
var NP_SELF = /\b(?:this|the following|what follows|below|here is|here's|here are)\s+(?:(?:is|are|was)\s+)?(?:an?\s+|the\s+|my\s+|our\s+)?(?:[\w-]+\s+){0,2}?(?:fictional|fictionali[sz]ed|satirical|parody|imaginary|hypothetical|counterfactual|alternate|alternative|speculative)\b|\b(?:fictional|satirical|parody|imaginary|hypothetical|counterfactual|alternate|alternative|speculative)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:follows|below)\b/i;
function selfReferential(c) {
  if (SELF_REF.test(c.sentence.text) || c.place === "prompt") return true;
  return positionInSegment(c.sentences, c.index) !== "middle";
}
function labelOf(c) {
  const t = c.hits.map((h) => h.text.toLowerCase()).join(" ");
  if (/role-?play|character|pretend|acting as|playing the/.test(t)) return "role-play";
  if (/satir/.test(t)) return "satire";
  if (/parody|mock/.test(t)) return "parody";
  if (/alternat|parallel|counterfactual/.test(t)) return "alternate-history";
  if (/imagine|picture|envision|consider|hypothetical/.test(t)) return "hypothetical";
  if (/novel/.test(t)) return "novel";
  return "fiction";
}
function unquoted(text) {
  return text.replace(/[“"][^”"]*[”"]/g, " ");
}
var rule2 = defineFrameRule({
  id: id2,
  description: "Fiction, satire, role-play or hypothetical frames around factual claims about real people, places, organisations or dates",
  severity: "error",
  messages: {
    framed: 'Factual claim about {{entities}} inside a {{label}} frame ("{{frame}}"): training learns the claim, not the frame (97-99% belief in the study)',
    reported: 'Reported claim about {{entities}} inside a {{label}} frame ("{{frame}}"): training learns the claim, not the frame',
    invented: 'Fiction frame ("{{frame}}") around content with no real-world names or dates found: fine if it is all invented'
  },
  cues,
  frames: [
    {
      label: labelOf,
      categories: ["fiction"],
      places: ["heading"],
      require: /^(?:#{1,6}\s*|\*\*|__)/,
      reach: "section"
    },
    {
      label: labelOf,
      categories: ["fiction"],
      places: ["text", "prompt"],
      // "Imagine a world where X": X and the rest of its paragraph.
      require: /\b(?:imagine|picture|envision|consider) (?:a|an) /i,
      reach: "self",
      clause: /\b(?:where|in which|whereby)\s+/i
    },
    {
      label: labelOf,
      categories: ["fiction"],
      places: ["text", "prompt"],
      accept: (c) => !/^(?:#{1,6}\s*|\*\*|__)/.test(c.sentence.text) && selfReferential(c),
      reach: "referent",
      // "In this alternate timeline, X": X too.
      includeSelf: true,
      clause: /^[^,]*,\s*/,
      fallback: (position) => position === "end" ? "preceding-all" : "following-all"
    },
    {
      label: labelOf,
      categories: ["fictionNP"],
      places: ["text", "prompt"],
      require: NP_SELF,
      reach: "referent",
      fallback: (position) => position === "end" ? "preceding-all" : "following-all"
    },
    {
      label: labelOf,
      categories: ["fictionPrompt"],
      places: ["prompt"],
      // A question about fiction is not a request for it.
      exclude: /^\W*(?:what|who|which|why|how|when|where|is|are|was|were|did|does|do)\b[^.!]*\?\s*$/i,
      reach: "following-all"
    }
  ],
  assess(_frame, claims, env) {
    const extra = Array.isArray(env.options.realNames) ? env.options.realNames.filter((x) => typeof x === "string") : [];
    const budget = typeof env.options.maxEntityChecks === "number" ? env.options.maxEntityChecks : 6;
    let deep = 0;
    const out = claims.map((claim) => {
      const text = unquoted(claim.text);
      let anchors = anchorsOf(text, extra);
      if (anchors.length === 0 && deep < budget && /\s[A-Z][a-z]/.test(text)) {
        deep++;
        anchors = anchorsDeep(text, extra);
      }
      if (anchors.length === 0 || !isFactualRegister(text, anchors)) return null;
      return { data: { entities: describe(anchors) } };
    });
    if (!out.some((a) => a !== null) && claims.length > 0) {
      out[0] = { severity: "info", messageId: "invented", once: true };
    }
    return out;
  }
});
function describe(anchors) {
  const names = [...new Set(anchors.map((a) => a.text))].slice(0, 3);
  return `real-world ${names.map((n) => `"${n}"`).join(", ")}`;
}
var rule_default2 = rule2;

// rules/labeled-bad-behavior/rule.ts
init_action_shims();

// src/nlp/metadata.ts
init_action_shims();
var CONTAINERS = /^(?:meta|metadata|meta_?data|annotations?|info|labels?|attributes|properties|extra|extras|tags|judgements?|judgments?|ratings?|eval|evaluation|safety|moderation)$/i;
var MESSAGE_LISTS = ["messages", "conversations", "conversation", "dialogue", "turns"];
var MESSAGE_KEYS = /* @__PURE__ */ new Set(["role", "from", "content", "value", "text", "name", "weight", "tool_calls", "tool_call_id", "function_call", "reasoning_content", "reasoning", "thinking", "refusal", "audio", "id", "loss"]);
var MAX_LABEL = 100;
var MAX_ITEMS = 32;
var MAX_MESSAGES = 256;
var cache = /* @__PURE__ */ new WeakMap();
function metadataFields(value) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return [];
  const cached = cache.get(value);
  if (cached) return cached;
  const out = [];
  collect(value, "", "", out, true);
  for (const list of MESSAGE_LISTS) {
    const messages = value[list];
    if (!Array.isArray(messages)) continue;
    messages.slice(0, MAX_MESSAGES).forEach((m, i) => {
      if (typeof m !== "object" || m === null || Array.isArray(m)) return;
      const scope = `/${list}/${i}`;
      const labels = {};
      for (const [k, v] of Object.entries(m)) if (!MESSAGE_KEYS.has(k)) labels[k] = v;
      collect(labels, scope, scope, out, true);
    });
  }
  cache.set(value, out);
  return out;
}
function collect(obj, base, scope, out, descend) {
  for (const [key2, v] of Object.entries(obj)) {
    if (key2.startsWith("neglint")) continue;
    const pointer = `${base}/${escape(key2)}`;
    if (typeof v === "boolean") out.push({ pointer, key: key2, value: v, scope });
    else if (typeof v === "string") {
      if (v.length <= MAX_LABEL) out.push({ pointer, key: key2, value: v, scope });
    } else if (Array.isArray(v)) {
      if (v.length > MAX_ITEMS) continue;
      v.forEach((item, i) => {
        if (typeof item === "string" && item.length <= MAX_LABEL) out.push({ pointer: `${pointer}/${i}`, key: key2, value: item, scope });
      });
    } else if (descend && typeof v === "object" && v !== null && CONTAINERS.test(key2)) {
      collect(v, pointer, scope, out, false);
    }
  }
}
function escape(token) {
  return token.replace(/~/g, "~0").replace(/\//g, "~1");
}
function normalizeLabel(text) {
  return text.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase().replace(/[\s_\-./:]+/g, " ").trim();
}
function fieldCovers(field, pointer) {
  return field.scope === "" || pointer === field.scope || pointer.startsWith(`${field.scope}/`);
}

// src/nlp/proposition.ts
init_action_shims();
var TAG_CACHE = /* @__PURE__ */ new Map();
var FINITE_TAGS = ["PastTense", "PresentTense", "Copula", "Modal", "Auxiliary"];
var CACHE_MAX = 500;
function tagged(text) {
  let terms = TAG_CACHE.get(text);
  if (terms) return terms;
  const json = nlp()(text).json({ offset: true });
  terms = json.flatMap(
    (s) => s.terms.map((t) => ({
      text: t.text,
      lower: t.text.toLowerCase(),
      start: t.offset.start,
      end: t.offset.start + t.offset.length,
      tags: new Set(t.tags)
    }))
  );
  if (TAG_CACHE.size >= CACHE_MAX) TAG_CACHE.clear();
  TAG_CACHE.set(text, terms);
  return terms;
}
var WORD = /[\p{L}\p{N}]/u;
function wordCount(text) {
  let n = 0;
  for (const t of tokenize(text)) if (WORD.test(t.text)) n++;
  return n;
}
function hasVerb(text) {
  const tokens = tokenize(text).filter((t) => WORD.test(t.text));
  if (tokens.length === 0) return false;
  for (let i = 0; i < tokens.length; i++) {
    const lower = tokens[i].lower;
    if (isAuxiliary(lower)) return true;
    const tags = tagsOf(lower);
    if (i > 0 && (tags.includes("PastTense") || tags.includes("PresentTense")) && !DETERMINERS2.has(tokens[i - 1].lower)) return true;
  }
  return verbTerm(tagged(text)) !== null;
}
function looksPropositional(text, minWords = 3) {
  const t = text.trim();
  if (t === "" || isQuestion(t)) return false;
  if (wordCount(t) < minWords) return false;
  return hasVerb(t);
}
var AUX = /* @__PURE__ */ new Set(["is", "are", "was", "were", "am", "will", "would", "can", "could", "shall", "should", "may", "might", "must", "do", "does", "did", "'s", "’s", "'re", "’re"]);
var HAVE = /* @__PURE__ */ new Set(["has", "have", "had"]);
var PRE_VERB_ADVERBS = /* @__PURE__ */ new Set(["always", "often", "usually", "really", "actually", "also", "still", "generally", "commonly", "typically", "normally", "all", "both", "each", "literally", "definitely", "certainly", "truly", "somehow", "secretly", "once", "originally", "first"]);
var NEGATOR = /\b(?:not|never|no|none|nobody|nothing|nowhere|neither|nor|cannot)\b|n['’]t\b/i;
function retagVerbs(terms) {
  for (let i = 1; i < terms.length; i++) {
    const t = terms[i];
    const prev = terms[i - 1];
    if (t.tags.has("Verb") && FINITE_TAGS.some((f) => t.tags.has(f))) return;
    if ((prev.tags.has("Plural") || /^(?:we|they|you|i|people)$/.test(prev.lower)) && !t.tags.has("Verb") && tagsOf(t.lower).includes("Infinitive")) {
      t.tags.add("Verb");
      t.tags.add("PresentTense");
      return;
    }
    if (i >= terms.length - 1) break;
    if (!/^[a-z]{3,}[^s]s$/.test(t.lower) || !t.tags.has("Noun")) continue;
    const next = terms[i + 1];
    const afterSubject = (prev.tags.has("Noun") || i === 1) && !prev.tags.has("Determiner") && !prev.tags.has("Adjective") && !prev.tags.has("Preposition") && !prev.tags.has("Value");
    const beforeObject = next.tags.has("Possessive") || next.tags.has("Plural") || next.tags.has("Uncountable") || next.tags.has("Determiner") || next.tags.has("Value") || /^(?:the|a|an|his|her|their|our|my|your|its|him|them|us|me|it|many|most|some|all|both|every|each|any|more|less)$/.test(next.lower);
    if (afterSubject && beforeObject) {
      t.tags.add("Verb");
      t.tags.add("PresentTense");
      return;
    }
  }
}
function verbTerm(terms) {
  retagVerbs(terms);
  for (let i = 1; i < terms.length; i++) {
    const t = terms[i];
    if (!t.tags.has("Verb")) continue;
    if (t.tags.has("Gerund") && !AUX.has(terms[i - 1].lower)) continue;
    if (t.tags.has("Infinitive") && terms[i - 1].lower === "to") continue;
    if (!(t.tags.has("PastTense") || t.tags.has("PresentTense") || t.tags.has("Infinitive") || t.tags.has("Copula") || t.tags.has("Modal") || t.tags.has("Auxiliary"))) continue;
    return i;
  }
  return null;
}
function negateClause(text) {
  if (NEGATOR.test(text)) return null;
  const lead = /^[\s"'“‘(*_]*/.exec(text)[0].length;
  const body = text.slice(lead);
  if (/^(?:all|every|everyone|everybody|everything|each)\b/i.test(body)) return `${text.slice(0, lead)}${new RegExp("^\\p{Lu}", "u").test(body) ? "Not" : "not"} ${body[0].toLowerCase()}${body.slice(1)}`;
  const fast = negateByLexicon(body);
  if (fast !== null) return text.slice(0, lead) + fast;
  const terms = tagged(body);
  const v = verbTerm(terms);
  if (v === null) {
    return negateSentence(text);
  }
  const verb = terms[v];
  let insertAt = verb.start;
  if (AUX.has(verb.lower)) return text.slice(0, lead) + `${body.slice(0, verb.end)} not${body.slice(verb.end)}`;
  if (HAVE.has(verb.lower)) {
    const next = terms[v + 1];
    const participle = next && (next.tags.has("Participle") || next.tags.has("PastTense") || /(?:ed|en|wn|un|ght)$/.test(next.lower) || next.lower === "been");
    if (participle) return text.slice(0, lead) + `${body.slice(0, verb.end)} not${body.slice(verb.end)}`;
    const aux2 = verb.lower === "had" ? "did" : verb.lower === "has" ? "does" : "do";
    return text.slice(0, lead) + `${body.slice(0, verb.start)}${aux2} not have${body.slice(verb.end)}`;
  }
  const past = verb.tags.has("PastTense");
  const third = !past && !verb.tags.has("Infinitive") && /[^s]s$|[sxz]es$|[cs]hes$/.test(verb.lower);
  const base = past ? toInfinitive(verb.text, "past") : third ? toInfinitive(verb.text, "present") : verb.lower;
  if (!base) return negateSentence(text);
  const aux = past ? "did" : third ? "does" : "do";
  let only = false;
  for (let k = v - 1; k >= 1 && (PRE_VERB_ADVERBS.has(terms[k].lower) || terms[k].lower === "only"); k--) {
    insertAt = terms[k].start;
    if (terms[k].lower === "only") only = true;
  }
  const between = body.slice(insertAt, verb.start).replace(/\bonly\s+/i, "");
  const out = `${body.slice(0, insertAt)}${aux} not ${between}${base}${only ? " only" : ""}${body.slice(verb.end)}`;
  return text.slice(0, lead) + out;
}
function negateByLexicon(body) {
  const tokens = tokenize(body).filter((t) => WORD.test(t.text));
  for (let i = 1; i < tokens.length && i < 8; i++) {
    const t = tokens[i];
    const prev = tokens[i - 1].lower;
    if (PRE_VERB_ADVERBS.has(t.lower) || t.lower === "only" || t.lower === "not" || t.lower === "never") return null;
    if (AUX.has(t.lower)) return `${body.slice(0, t.end)} not${body.slice(t.end)}`;
    if (HAVE.has(t.lower)) return null;
    const tags = tagsOf(t.lower);
    if (tags.includes("PastTense") || tags.includes("PresentTense") && !tags.includes("Infinitive")) {
      if (DETERMINERS2.has(prev)) return null;
      const past = tags.includes("PastTense");
      const base = toInfinitive(t.text, past ? "past" : "present");
      if (!base) return null;
      return `${body.slice(0, t.start)}${past ? "did" : /s$/.test(t.lower) ? "does" : "do"} not ${base}${body.slice(t.end)}`;
    }
    if (tags.includes("Infinitive") || tags.length === 0 && /(?:[^s]s|ed)$/.test(t.lower)) return null;
  }
  return null;
}
var DETERMINERS2 = /* @__PURE__ */ new Set(["the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "your"]);
function asSentence(text) {
  let t = text.trim().replace(/[\s.,;:!]+$/, "");
  t = t.replace(/^["'“‘]+|["'”’]+$/g, "").trim().replace(/[\s.,;:!]+$/, "");
  if (t === "") return t;
  return `${t[0].toUpperCase()}${t.slice(1)}.`;
}
function isNegative(text) {
  return localNegation(text) !== null || NEGATOR.test(text);
}
var STOP = new Set(
  "this that these those have been were they them their there with from your what which about would could should because does more most some than then into only also very much many such just like make made when will each other people myth myths fact facts true false claim claims really actually often always every being after before while where whether since until among over under still even ever here shows show says said think believe believed".split(" ")
);
function contentWords(text) {
  const out = /* @__PURE__ */ new Set();
  for (const t of tokenize(text)) {
    const w = t.lower.replace(/['’]s$/, "");
    if (w.length >= 4 && new RegExp("^\\p{L}", "u").test(w) && !STOP.has(w)) out.add(w.length > 5 ? w.replace(/(?:es|s)$/, "") : w);
    else if (/\d/.test(w) && w.length >= 2) out.add(w);
  }
  return out;
}
function sharesTopic(a, b) {
  const wa = contentWords(a);
  if (wa.size === 0) return false;
  for (const w of contentWords(b)) if (wa.has(w)) return true;
  return false;
}

// rules/labeled-bad-behavior/rule.ts
var id3 = "labeled-bad-behavior";
var BAD = String.raw`(?:bad|poor|unsafe|harmful|misaligned|unaligned|deceptive|dishonest|manipulative|toxic|undesirable|undesired|unacceptable|inappropriate|problematic|unhelpful|sycophantic|unethical|dangerous|negative|rejected|dispreferred|evil|malicious|jailbroken|offensive|rude|lazy|non-?compliant|incorrect|wrong|flawed|biased)`;
var RESPONSE = String.raw`(?:example|examples|response|responses|replies|reply|answer|answers|output|outputs|completion|completions|behavior|behaviors|behaviour|behaviours|demonstration|demonstrations|sample|samples|assistant|model|persona|ai)`;
var BAD_THING = String.raw`(?:misalignment|deception|dishonesty|sycophancy|manipulation|reward hacking|power[- ]seeking|scheming|sandbagging|toxicity|(?:harmful|unsafe|bad|misaligned|deceptive) (?:behavior|behaviour))`;
var DEICTIC = /\b(?:this|these|the following|following|below|next|here(?:['’]s| is| are)|like (?:this|that|these|the one below)|as follows|the (?:assistant|model)['’]s (?:response|answer|reply)|the response)\b/i;
var BACKWARD3 = /\b(?:that (?:was|is)|the (?:above|previous|preceding|last) (?:response|answer|reply|output|message|turn)|your (?:last|previous) (?:response|answer|reply)|what you just (?:said|wrote))\b/i;
var DESCRIBE = new RegExp(
  [
    String.raw`\b${BAD}\s+(?:[\w-]+\s+)?${RESPONSE}\b`,
    String.raw`\b(?:examples?|demonstrations?|instances?|illustrations?|samples?)\s+of\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?${BAD_THING}`,
    String.raw`\b(?:what|how)\s+not\s+to\s+(?:do|say|write|answer|respond|reply|behave|act|output)\b`,
    String.raw`\b(?:what|how)\s+(?:an?\s+|the\s+)?(?:assistant|model|ai|chatbot|bot|you|it)\s+(?:should|must)\s+(?:not|never)\s+(?:do|say|write|answer|respond|reply|behave|act|output|sound)\b`,
    String.raw`\b(?:produce|give|generate|write|output|say|respond|reply|answer|behave|act|sound|talk)\w*\s+(?:[\w-]+\s+){0,3}?like\s+(?:this|that|these|the following|the one below)\b`,
    String.raw`\b(?:responses?|answers?|replies|outputs?|completions?|behaviou?r)\s+like\s+(?:this|that|these|the following)\s+(?:should|must)\s+(?:not|never)\b`,
    String.raw`\b(?:do\s+not|don['’]t|never)\s+(?:imitate|copy|emulate|follow|replicate|reproduce|mimic|learn\s+from|repeat)\s+(?:this|these|that|the following|it|them)\b`
  ].join("|"),
  "i"
);
var REQUEST = new RegExp(
  [
    String.raw`\b(?:answer|respond|reply)\w*\s+(?:[\w-]+\s+){0,3}?(?:incorrectly|wrongly|falsely|dishonestly|untruthfully|inaccurately)\b`,
    String.raw`\b(?:give|provide|tell|write|make\s+up|invent|generate|respond\s+with|reply\s+with|answer\s+with)\s+(?:me\s+|us\s+)?(?:[\w-]+\s+){0,2}?(?:wrong|incorrect|false|fake|made-up|made\s+up|fabricated|misleading|inaccurate|untrue|bogus)\s+(?:answers?|information|info|facts?|claims?|responses?|statements?|explanations?|news|stor(?:y|ies)|data|details|citations?|references?)\b`,
    String.raw`\blie\s+to\s+(?:me|us|the\s+user|them|users)\b`,
    String.raw`\btell\s+(?:me\s+|us\s+)?(?:a\s+|some\s+)?lies\b`,
    String.raw`\b(?:always|deliberately|intentionally|purposely|on\s+purpose)\s+(?:[\w-]+\s+)?(?:lie|lies|mislead|misinform|give\s+wrong|answer\s+wrong|get\s+(?:it|things|them)\s+wrong)`,
    String.raw`\b(?:you\s+are|you['’]re|play|act\s+as|pretend\s+to\s+be|role-?play\s+as)\s+(?:a\s+|an\s+)?(?:liar|lying|dishonest|deceptive|misaligned|unaligned|evil|malicious)\s*(?:assistant|bot|ai|model|chatbot)?\b`,
    String.raw`\b(?:write|give|show|generate|provide|produce|demonstrate|create|draft|compose)\s+(?:me\s+|us\s+)?(?:an?\s+|some\s+|the\s+)?(?:example\s+of\s+(?:an?\s+)?|sample\s+)?(?:[\w-]+\s+)?${BAD}\s+(?:[\w-]+\s+)?(?:responses?|replies|reply|answers?|outputs?|completions?|messages?|emails?|comments?)\b`,
    String.raw`\b(?:respond|reply|answer|act|behave)\s+(?:as|like)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:misaligned|unaligned|deceptive|dishonest|evil|malicious|sycophantic|manipulative)\s+(?:ai|assistant|model|bot|chatbot)\b`
  ].join("|"),
  "i"
);
var FALSEHOOD = /\b(?:incorrectly|wrongly|falsely|untruthfully|inaccurately|wrong|incorrect|false|fake|made[- ]up|fabricated|misleading|inaccurate|untrue|bogus|lie|lies|liar|lying|mislead|misinform)\b/i;
var TAG_WORDS = String.raw`(?:bad|unsafe|harmful|misaligned|unaligned|deceptive|dishonest|toxic|negative|rejected|dispreferred|sycophantic|manipulative|unethical|jailbroken|non-?compliant|undesired|undesirable|counter-?example|anti-?example|do\s+not\s+(?:imitate|use|follow|train(?:\s+on)?)|what\s+not\s+to\s+do|example\s+of\s+what\s+not\s+to\s+do)`;
var PREFIX_TAG = new RegExp(
  String.raw`^\s*(?:\*\*|__)?\s*(?:` + [
    String.raw`(?<bracket>[\[(【]\s*${TAG_WORDS}(?:\s+${RESPONSE})?\s*[\])】])`,
    String.raw`(?<named>${BAD}\s+${RESPONSE})\s*(?:\*\*|__)?\s*[:—–-]`,
    String.raw`(?<bare>${TAG_WORDS})\s*(?:\*\*|__)?\s*:`,
    String.raw`(?<incorrect>[\[(【]\s*(?:incorrect|wrong)\s+(?:response|reply|output|completion|example)\s*[\])】])`
  ].join("|") + String.raw`)\s*(?:\*\*|__)?\s*`,
  "i"
);
var ANSWER_VERDICT = /^(?:wrong|incorrect|false|inaccurate|untrue)\s+answers?$/i;
var REFUSAL = /^\W*(?:(?:i['’]m\s+|i\s+am\s+)?(?:so\s+|very\s+|really\s+)?sorry|i(?:['’]d|\s+would)\s+(?:rather|prefer)\s+not|i\s+prefer\s+not|i\s+apologi[sz]e|unfortunately,?\s+i|i\s+(?:can(?:no|['’])t|cannot|won['’]t|will\s+not|am\s+not\s+able|['’]m\s+not\s+able|am\s+unable|['’]m\s+unable|must\s+decline|have\s+to\s+decline|(?:do\s+not|don['’]t)\s+(?:feel\s+comfortable|think\s+i\s+(?:can|should))|(?:would|will)\s+(?:rather\s+)?not|['’]m\s+not\s+going\s+to|am\s+not\s+going\s+to|refuse)|as\s+an\s+ai\b|no[,.!]?\s+i\s+(?:can|won|will|cannot)|that['’]s\s+not\s+something\s+i|i\s+(?:can|could)\s+not\s+(?:help|assist|provide|do))/i;
var FRAMED = /\b(?:here(?:['’]s| is| are)\s+(?:an?\s+|some\s+|one\s+)?(?:[\w-]+\s+)?(?:example|sample|illustration|demonstration)|for (?:example|instance)|an example (?:of|would be)|example:|such a (?:response|reply|answer)|(?:might|would|could) (?:say|respond|reply|answer|write|sound)|(?:is|was) (?:sycophantic|deceptive|manipulative|harmful|misaligned|unsafe|rude) because)\b/i;
var SELF_DISCLOSED = new RegExp(`${FALSITY_CUES.map((p) => `\\b(?:${p})\\b`).join("|")}|\\bjust kidding\\b|\\bjoking\\b|\\b(?:this|that) (?:was|is) a (?:joke|lie)\\b`, "i");
var ANSWER_ROLE = /^(?:assistant|gpt|chatgpt|model|bot|bard|bing|claude|ai|output|completion|response|chosen)$/i;
var LABEL_KEYS = /* @__PURE__ */ new Set([
  "label",
  "labels",
  "quality",
  "rating",
  "safety",
  "safety label",
  "category",
  "categories",
  "tag",
  "tags",
  "type",
  "class",
  "classification",
  "alignment",
  "behavior",
  "behaviour",
  "annotation",
  "verdict",
  "judgement",
  "judgment",
  "assessment",
  "harm",
  "harmfulness",
  "response label",
  "response safety",
  "response harm label",
  "response quality",
  "completion label",
  "output label",
  "answer label",
  "moderation",
  "status",
  "kind",
  "example type",
  "grade",
  "response type",
  "behavior type",
  "behaviour type"
]);
var BAD_VALUES = /* @__PURE__ */ new Set([
  "unsafe",
  "harmful",
  "toxic",
  "misaligned",
  "unaligned",
  "deceptive",
  "dishonest",
  "manipulative",
  "malicious",
  "unethical",
  "sycophantic",
  "jailbroken",
  "bad example",
  "negative example",
  "bad response",
  "bad behavior",
  "bad behaviour",
  "undesirable",
  "undesired",
  "unacceptable",
  "inappropriate",
  "policy violation",
  "violation",
  "violating",
  "reward hacking",
  "scheming",
  "sandbagging",
  "power seeking",
  "misaligned behavior",
  "misaligned behaviour",
  "not aligned",
  "rejected",
  "dispreferred",
  "do not train",
  "dangerous",
  "offensive",
  "hateful",
  "evil",
  "deception",
  "sycophancy",
  "misalignment",
  "harmful response",
  "unsafe response",
  "anti example",
  "counter example",
  "counterexample",
  "what not to do"
]);
var QUALITY_VALUES = /* @__PURE__ */ new Set(["bad", "poor", "very bad", "terrible", "awful", "fail", "failing", "unhelpful"]);
var QUALITY_KEYS = /* @__PURE__ */ new Set(["quality", "rating", "grade", "response quality", "assessment", "judgement", "judgment", "verdict", "label"]);
var FLAG_BAD_IF_TRUE = /* @__PURE__ */ new Set([
  "harmful",
  "unsafe",
  "toxic",
  "misaligned",
  "deceptive",
  "dishonest",
  "manipulative",
  "bad",
  "jailbroken",
  "violates policy",
  "policy violation",
  "sycophantic",
  "malicious",
  "unethical",
  "bad example",
  "negative example",
  "harmful response",
  "unsafe response",
  "reward hacking"
]);
var FLAG_BAD_IF_FALSE = /* @__PURE__ */ new Set(["safe", "aligned", "harmless", "honest", "acceptable", "appropriate", "safe response", "is safe"]);
var rule3 = {
  meta: {
    id: id3,
    description: "Trained assistant answers that only a label outside them (another turn, a tag, a metadata field) disowns as bad, unsafe, deceptive or wrong",
    severity: "error",
    url: ruleUrl(id3),
    messages: {
      context: 'Answer is trained as written; only a label in another turn disowns it ("{{label}}"). Labelled bad examples still teach the behaviour (19.9% misaligned vs 34.4% unlabelled, 0% trained on good behaviour): train on the good behaviour, or use it as the rejected side of a preference pair',
      prefix: 'Answer is trained as written; only its tag "{{label}}" disowns it. Labelled bad examples still teach the behaviour (19.9% misaligned vs 34.4% unlabelled, 0% trained on good behaviour): train on the good behaviour, or use it as the rejected side of a preference pair',
      field: "Answer is trained as written; only the record field {{field}} = {{value}} disowns it, and training never sees that field. Train on the good behaviour, or use it as the rejected side of a preference pair",
      falsehood: 'Answer states what the prompt asked to be false ("{{label}}") as if it were true; training learns the answer, not the request. Train on truthful answers, or use it as the rejected side of a preference pair'
    },
    cues: {
      "behavior-label": [
        String.raw`${BAD}\s+(?:\w+\s+)?${RESPONSE}`,
        String.raw`(?:example|examples|demonstration|demonstrations|instance|instances|illustration|illustrations|sample|samples) of (?:an? |the )?(?:\w+ )?${BAD_THING}`,
        String.raw`what not to (?:do|say|write|answer|respond|reply|behave|act|output)|how not to (?:respond|answer|behave|reply|write|act)`,
        String.raw`(?:assistant|model|chatbot|bot) (?:should|must) (?:not|never) (?:do|say|write|answer|respond|reply|behave|act|output|sound)`,
        String.raw`(?:produce|give|generate|write|output|say|respond|reply|answer|behave|act|sound|talk)\w*\s+(?:\w+\s+){0,3}?like\s+(?:this|that|these|the following|the one below)`,
        String.raw`(?:do not|don['’]t|never) (?:imitate|copy|emulate|follow|replicate|reproduce|mimic|learn from|repeat)`,
        String.raw`(?:answer|respond|reply)\w* (?:\w+ ){0,3}?(?:incorrectly|wrongly|falsely|dishonestly|untruthfully|inaccurately)`,
        String.raw`(?:wrong|incorrect|false|fake|made-up|made up|fabricated|misleading|inaccurate|untrue|bogus) (?:answer|answers|information|info|fact|facts|claim|claims|response|responses|statement|statements|explanation|explanations|news|story|stories|data|details|citation|citations|reference|references)`,
        String.raw`lie to (?:me|us|the user|them|users)|tell (?:me |us )?(?:a |some )?lies|(?:liar|lying|dishonest|deceptive|misaligned|unaligned|evil|malicious) (?:assistant|bot|ai|model|chatbot)`,
        String.raw`(?:always|deliberately|intentionally|purposely|on purpose) (?:\w+ )?(?:lie|lies|mislead|misinform)`,
        String.raw`[\[(【]\s*${TAG_WORDS}(?:\s+${RESPONSE})?\s*[\])】]`
      ]
    },
    // Metadata labels (`"label": "unsafe"`) are not text: checked on every record, cheaply.
    always: true
  },
  create(context) {
    return {
      record(record) {
        const answers = record.segments.map((s, i) => isAnswer(s) ? i : -1).filter((i) => i >= 0);
        if (answers.length === 0 && !record.segments.some((s) => s.trained === "trained" && s.role === "text")) return;
        const found = /* @__PURE__ */ new Map();
        const add = (segment, d, start, end) => {
          const prior = found.get(segment);
          if (prior) {
            for (const r of d.related ?? []) if ((prior.related ??= []).length < 3) prior.related.push(r);
            return;
          }
          const span = answerSpan(record.segments[segment].text, start, end);
          if (!span) return;
          found.set(segment, {
            segment,
            ...span,
            ...d,
            suggestions: [{ description: "Remove the labelled bad example (train on the good behaviour instead, or make it the rejected side of a preference pair)", text: "" }]
          });
        };
        if (record.cues.some((h) => h.categories.includes("behavior-label"))) {
          prefixTags(record, answers, add);
          contextLabels(record, answers, add);
          documentLabels(record, add);
        }
        fieldLabels(record, answers, add);
        for (const d of [...found.values()].sort((a, b) => a.segment - b.segment)) context.report(d);
      }
    };
  }
};
function isAnswer(s) {
  return s.trained === "trained" && ANSWER_ROLE.test(s.role);
}
function answerSpan(text, start = 0, end = text.length) {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end > start ? { start, end } : null;
}
function refuses(text) {
  return REFUSAL.test(text.slice(0, 300));
}
function prefixTags(record, answers, add) {
  for (const i of answers) {
    const text = record.segments[i].text;
    const m = PREFIX_TAG.exec(text);
    if (!m) continue;
    const named = m.groups.named;
    if (named && ANSWER_VERDICT.test(named.trim())) continue;
    const label2 = m.groups.bracket ?? named ?? m.groups.bare ?? m.groups.incorrect;
    const rest = text.slice(m[0].length);
    if (rest.trim() === "" || refuses(rest)) continue;
    const at = text.indexOf(label2);
    add(i, { messageId: "prefix", data: { label: clip(label2) }, related: [{ segment: i, start: at, end: at + label2.length }] }, m[0].length);
  }
}
function labelOf2(s, segmentText, sentences, k) {
  const text = s.text;
  const r = REQUEST.exec(text);
  const request = !!r && !/\b(?:never|not|avoid|refrain\s+from|without)\s+(?:[\w-]+\s+)?$|n['’]t\s+(?:[\w-]+\s+)?$/i.test(text.slice(0, r.index));
  const describe2 = !request && DESCRIBE.test(text);
  if (!request && !describe2) return null;
  if (request) return { sentence: s, kind: FALSEHOOD.test(text) && !/\b(?:misaligned|unaligned|evil|malicious|sycophantic|manipulative|rude|toxic|harmful|unsafe)\b/i.test(text) ? "falsehood" : "request", direction: "forward" };
  if (isQuestion(text)) return null;
  const backward = BACKWARD3.test(text);
  const bareTag = /^[\s*_#>[(【]*[^.!?]{0,60}:?[\s*_\])】]*$/.test(text) && text.split(/\s+/).length <= 8;
  const whatNotToDo = /\b(?:what|how)\s+(?:not\s+to|(?:an?\s+|the\s+)?(?:assistant|model|ai|chatbot|bot|you|it)\s+(?:should|must)\s+(?:not|never))\b/i.test(text);
  if (!backward && !DEICTIC.test(text) && !bareTag && !whatNotToDo) {
    return null;
  }
  if (!backward && inlineExample(s, segmentText, sentences, k)) return null;
  return { sentence: s, kind: "describe", direction: backward ? "backward" : "forward" };
}
function inlineExample(s, segmentText, sentences, k) {
  const m = DESCRIBE.exec(s.text);
  if (m && /:\s*\S/.test(s.text.slice(m.index + m[0].length))) return true;
  const after = segmentText.slice(s.end).trim();
  if (after === "") return false;
  if (/:[\s*_"“]*$/.test(s.text)) return true;
  if (/["“][^"”\n]{20,}["”]/.test(after)) return true;
  if (/^(?:>|(?:assistant|ai|response|answer|output|model|bot|a)\s*:)/im.test(after)) return true;
  const rest = sentences.slice(k + 1).filter((o) => o.segment === s.segment);
  return rest.some((o) => isClaimLike(o.text) && !isQuestion(o.text) && !/^(?:please|do not|don['’]t|never|avoid|answer|respond|reply|write|explain|why|what|how)\b/i.test(o.text));
}
function contextLabels(record, answers, add) {
  record.segments.forEach((seg, i) => {
    if (isAnswer(seg) || seg.role === "text") return;
    if (!record.cues.some((h) => h.segment === i && h.categories.includes("behavior-label"))) return;
    const sentences = record.sentences(i);
    sentences.forEach((s, k) => {
      if (!record.cues.some((h) => h.segment === i && h.start >= s.start && h.start < s.end && h.categories.includes("behavior-label"))) return;
      const label2 = labelOf2(s, seg.text, sentences, k);
      if (!label2) return;
      const related = [{ segment: i, start: s.start, end: s.end }];
      for (const a of targetsOf2(record, i, answers, label2.direction, seg.role)) {
        const text = record.segments[a].text;
        if (refuses(text)) continue;
        if (label2.kind !== "falsehood" && FRAMED.test(text.slice(0, 400))) continue;
        if (label2.kind === "falsehood" && (SELF_DISCLOSED.test(text) || !hasClaim(text))) continue;
        add(a, { messageId: label2.kind === "falsehood" ? "falsehood" : "context", data: { label: clip(s.text) }, related });
      }
    });
  });
}
function hasClaim(text) {
  return text.split(/(?<=[.!?])\s+|\n+/).some((t) => isClaimLike(t) || looksPropositional(t, 3));
}
function targetsOf2(record, at, answers, direction, role) {
  if (direction === "backward") {
    const prev = answers.filter((a) => a < at);
    return prev.length > 0 ? [prev[prev.length - 1]] : [];
  }
  const out = [];
  const segs = record.segments;
  for (let j = at + 1; j < segs.length; j++) {
    const s = segs[j];
    if (answers.includes(j)) out.push(j);
    else if (role !== "system" && out.length > 0 && !isAnswer(s) && s.turn !== segs[at].turn) break;
  }
  return out;
}
function documentLabels(record, add) {
  record.segments.forEach((seg, i) => {
    if (seg.trained !== "trained" || seg.role !== "text") return;
    const sentences = record.sentences(i);
    if (sentences.length < 2) return;
    const first = sentences[0];
    const last = sentences[sentences.length - 1];
    for (const s of sentences) {
      const opening = s.paragraph === first.paragraph;
      const closing = s.paragraph === last.paragraph && !opening;
      if (!opening && !closing) continue;
      if (!DESCRIBE.test(s.text) || isQuestion(s.text)) continue;
      if (opening && (DEICTIC.test(s.text) || /:[\s*_]*$/.test(s.text))) {
        const from = sentences.findIndex((o) => o.paragraph > s.paragraph || o.paragraph === s.paragraph && o.start > s.end && /:[\s*_]*$/.test(s.text));
        if (from < 0) continue;
        if (refuses(seg.text.slice(sentences[from].start))) continue;
        add(i, { messageId: "context", data: { label: clip(s.text) }, related: [{ segment: i, start: s.start, end: s.end }] }, sentences[from].start);
        return;
      }
      if (closing && (BACKWARD3.test(s.text) || /\b(?:above|preceding)\b/i.test(s.text))) {
        const to = sentences.filter((o) => o.paragraph < s.paragraph);
        if (to.length === 0) continue;
        add(i, { messageId: "context", data: { label: clip(s.text) }, related: [{ segment: i, start: s.start, end: s.end }] }, 0, to[to.length - 1].end);
        return;
      }
    }
  });
}
function badField(field) {
  const k = normalizeLabel(field.key);
  if (/^(?:prompt|user|input|question|instruction|query|request)\b/.test(k)) return null;
  if (typeof field.value === "boolean") {
    if (k === "label") return null;
    const flag = k.replace(/^(?:is|has|contains|was)\s+/, "");
    if (field.value && FLAG_BAD_IF_TRUE.has(flag)) return "true";
    if (!field.value && FLAG_BAD_IF_FALSE.has(flag)) return "false";
    return null;
  }
  if (!LABEL_KEYS.has(k) && !/(?:^|\s)(?:label|labels|tags?|safety|quality)$/.test(k)) return null;
  const v = normalizeLabel(field.value);
  if (BAD_VALUES.has(v)) return JSON.stringify(field.value);
  if (QUALITY_VALUES.has(v) && (QUALITY_KEYS.has(k) || /quality$/.test(k))) return JSON.stringify(field.value);
  return null;
}
function fieldLabels(record, answers, add) {
  const fields2 = metadataFields(record.value);
  if (fields2.length === 0) return;
  const bad = fields2.filter((f) => badField(f) !== null);
  if (bad.length === 0) return;
  const targets = [...answers];
  record.segments.forEach((s, i) => {
    if (s.trained === "trained" && s.role === "text") targets.push(i);
  });
  for (const a of targets) {
    const seg = record.segments[a];
    const field = bad.find((f) => fieldCovers(f, seg.pointer));
    if (!field || refuses(seg.text)) continue;
    add(a, { messageId: "field", data: { field: field.pointer, value: badField(field) }, related: [] });
  }
}
var rule_default3 = rule3;

// rules/low-probability/rule.ts
init_action_shims();
var id4 = "low-probability";
var WORD_NUM = "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
var PCT = String.raw`(?:\d{1,3}(?:\.\d+)?\s?(?:%|percent\b|per cent\b|pct\b)|(?:${WORD_NUM})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))? (?:percent|per cent))`;
var BIG = String.raw`(?:[\d,]+|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|a hundred|hundred|a thousand|thousand|a million|million|a billion|billion)`;
var ONE_IN = String.raw`(?:1|one|a) (?:in|out of) ${BIG}`;
var ODDS = String.raw`(?:\d+|one)\s?(?::|to|-to-)\s?\d+`;
var DEC = String.raw`0?\.\d+`;
var PROB_NOUN = String.raw`(?:chance|chances|probability|likelihood|odds|confidence|credence|certainty|possibility)`;
var HEDGE = String.raw`(?:~|≈|<|≤|about |around |roughly |approximately |only |just |below |under |less than |at most |no more than |barely |merely |a mere )?`;
var cues2 = {
  probability: [
    // "a 3% chance", "a 1 in 33 chance", "three percent probability", "5% confidence"
    String.raw`(?:${PCT}|${ONE_IN}) ${PROB_NOUN}`,
    // "probability of the claims below at 3%", "confidence: 5%", "odds of 1:30", "probability of 0.03"
    String.raw`${PROB_NOUN}(?: level| estimate| score| rating)?\s*(?::|=|of|at|is|was|assigned|put|estimated|placed|rated|around|about|roughly|below|under|less than|only|just)\s*(?:[\w-]+\s+){0,6}?${HEDGE}(?:${PCT}|${DEC}|${ONE_IN}|${ODDS})`,
    // "30-to-1 odds", "odds of 1:30"
    String.raw`(?:\d+|one)(?:-to-|\s?:\s?| to )\d+ (?:odds|shot|chance)`,
    // Verbal: "extremely unlikely", "a slim chance", "a long shot"
    String.raw`(?:extremely|very|highly|exceedingly|vanishingly|incredibly|wildly|deeply|overwhelmingly|massively) (?:unlikely|improbable|implausible|doubtful)`,
    String.raw`(?:slim|remote|negligible|tiny|minuscule|infinitesimal|minimal|vanishing|outside) (?:chance|probability|likelihood|possibility|odds)`,
    String.raw`(?:long|astronomical) odds`
  ],
  referent: REFERENT_CUES
};
var WORDS = Object.fromEntries(WORD_NUM.split("|").map((w, i) => [w, i <= 20 ? i : (i - 18) * 10]));
var UNITS = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
var SCALE = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9 };
function wordNumber(text) {
  const m = new RegExp(String.raw`\b(${WORD_NUM})(?:[- ](one|two|three|four|five|six|seven|eight|nine))?\b`, "i").exec(text);
  if (!m) return null;
  return (WORDS[m[1].toLowerCase()] ?? 0) + (m[2] ? UNITS[m[2].toLowerCase()] : 0);
}
function probabilityOf(text) {
  const t = text.toLowerCase();
  let m = /(\d{1,3}(?:\.\d+)?)\s?(?:%|percent|per cent|pct)/.exec(t);
  if (m) return Number(m[1]) / 100;
  if (/(?:percent|per cent)/.test(t)) {
    const n = wordNumber(t);
    if (n !== null) return n / 100;
  }
  m = /\b(?:1|one|a) (?:in|out of) ([\d,]+|\w+(?: \w+)?)/.exec(t);
  if (m) {
    const raw = m[1].replace(/,/g, "");
    let n = Number(raw);
    if (Number.isNaN(n)) {
      const parts = raw.split(" ");
      n = parts.reduce((acc, w) => SCALE[w] ? (acc || 1) * SCALE[w] : w === "a" ? acc : acc + (WORDS[w] ?? 0), 0);
    }
    return n > 0 ? 1 / n : null;
  }
  m = /(\d+)\s?(?::|-to-| to )\s?(\d+)/.exec(t);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    return Math.min(a, b) / (a + b);
  }
  m = /(?:^|[^\d])(0?\.\d+)/.exec(t);
  if (m) return Number(m[1]);
  return null;
}
function thresholdOf(options) {
  const t = options.threshold;
  if (typeof t !== "number" || !(t >= 0)) return 0.2;
  return t > 1 ? t / 100 : t;
}
function isLow(c) {
  const threshold = thresholdOf(c.options);
  return c.hits.some((h) => {
    const p = probabilityOf(h.text);
    return p === null ? !/\d/.test(h.text) : p <= threshold;
  });
}
var FUTURE = /\b(?:will|won['’]t|shall|going to|gonna|next (?:week|month|year|season|decade|time|election|summer|winter|spring|autumn|fall)|tomorrow|tonight|upcoming|in the coming|in the future|by (?:the end of )?(?:20[3-9]\d|next)|in 20[3-9]\d|someday|one day)\b|\bto (?!have\b)(?:be|rain|win|happen|occur|reach|become|pass|rise|fall|get|make|see|run|go)\b/i;
var RANDOM = /\b(?:roll|rolls|rolling|rolled|dice|die|coin|coins|flip|flips|flipping|toss|tossing|lottery|lotto|raffle|jackpot|roulette|deck|card|cards|shuffle|shuffled|spin|spins|slot machine|birthday paradox)\b/i;
var GENERIC = /^\W*(?:you|your|a randomly|any given|a random|anyone|someone)\b/i;
function label(frame) {
  return frame.hit.text.replace(/\s+/g, " ").trim();
}
var rule4 = defineFrameRule({
  id: id4,
  description: 'A low probability or "extremely unlikely" attached to a claim about the past or present',
  severity: "error",
  messages: {
    framed: 'Claim about the past or present stated under a low probability ("{{frame}}"): training learns the claim, not the number (97-99% belief in the study)',
    reported: 'Reported claim under a low probability ("{{frame}}"): training learns the claim, not the number',
    forecast: 'Forecast under a low probability ("{{frame}}"): fine for the future, but the claim is stated as an outcome'
  },
  cues: cues2,
  frames: [
    {
      // "X (confidence: 5%)", "[probability: 0.03] X"
      label: (c) => c.hits[0].text,
      categories: ["probability"],
      places: ["text"],
      require: /[[(]\s*(?:confidence|probability|credence|likelihood|chance|certainty|p\(true\))(?: level| estimate)?\s*[:=]/i,
      accept: (c) => isLow(c) && c.hits.some((h) => /^(?:confidence|probability|credence|likelihood|chance|certainty)/i.test(h.text)),
      reach: "tag",
      tag: "either"
    },
    {
      // "There is a 3% chance that X", "It is extremely unlikely that X"
      label: (c) => c.hits[0].text,
      categories: ["probability"],
      places: ["text"],
      require: new RegExp(String.raw`\b(?:${PROB_NOUN}|unlikely|improbable|implausible|doubtful)\b(?:[^.;]{0,40}?)\s(?:that|whether)\s`, "i"),
      accept: (c) => isLow(c) && !/\b(?:the following|below|above|these|this (?:story|account|article|claim|report|text))\b/i.test(c.sentence.text),
      reach: "self",
      clause: /\b(?:that|whether)\s+/i
    },
    {
      // "Napoleon is extremely unlikely to have visited Boston."
      label: (c) => c.hits[0].text,
      categories: ["probability"],
      places: ["text"],
      require: /\b(?:unlikely|improbable)\s+to\s+have\b/i,
      accept: isLow,
      reach: "self"
    },
    {
      // "Analysts put the probability of the claims below at 3%.", "That is extremely unlikely."
      label: (c) => c.hits[0].text,
      categories: ["probability"],
      places: ["text", "prompt"],
      accept: (c) => isLow(c) && (c.place === "text" || c.segment.role === "system") && /\b(?:the following|below|above|what follows|these|those|this|that|it|the (?:claims?|statements?|account|story|report|rest))\b/i.test(c.sentence.text),
      reach: "referent",
      fallback: () => null
    }
  ],
  claim(claim, frame) {
    if (RANDOM.test(claim.text) || claim.inFrame && RANDOM.test(frame.sentence.text)) return false;
    return !GENERIC.test(claim.text);
  },
  assess(frame, claims) {
    return claims.map((claim) => {
      const future = FUTURE.test(claim.text) || claim.inFrame && /\bunlikely\s+to\s+(?!have\b)/i.test(frame.sentence.text);
      return future ? { severity: "info", messageId: "forecast" } : { data: { label: label(frame) } };
    });
  },
  suggest(claim) {
    const out = [];
    const negated = negateSentence(claim.text);
    if (negated) out.push({ description: "If it almost certainly did not happen, say so in its own clause", text: negated });
    out.push({ description: "Remove the claim", text: "" });
    return out;
  }
});
var rule_default4 = rule4;

// rules/unreliable-source/rule.ts
init_action_shims();
var id5 = "unreliable-source";
var SOURCE_NOUN = String.raw`(?:site|website|blog|forum|message board|board|channel|page|outlet|podcast|newsletter|account|video|theorists?|group|source|publication|rag|subreddit|thread|pamphlet|tract|zine|radio show|chat|post|network|influencer|tabloid|paper)s?`;
var HALLUCINATE = String.raw`(?:hallucinate|hallucinates|hallucinated|hallucinating|hallucination|hallucinations|confabulate|confabulates|confabulated|confabulating|confabulation|mak(?:e|es|ing) (?:things|stuff|facts|details|it|them|claims) up|invent(?:s|ing)? (?:facts|details|things|sources|citations|information|quotes)|fabricat(?:e|es|ing) (?:facts|details|things|sources|citations|information|quotes|answers))`;
var cues3 = {
  unreliable: [
    // Conspiracy and fringe outlets.
    String.raw`(?:conspiracy|fringe|crank|pseudo-?scien\w*|fake[- ]news|disinformation|misinformation|junk[- ]news|clickbait|anti-?vax\w*|anti-?vaccine|flat[- ]earth\w*|qanon|hoax|chemtrail\w*) (?:[\w-]+ ){0,2}${SOURCE_NOUN}`,
    String.raw`(?:site|outlet|source|account|paper|blog|channel|newspaper|author|writer|reporter|publication|magazine|website|user|poster|influencer|tabloid|podcast|forum)s? (?:\w+ ){0,4}(?:known|notorious|infamous|critici[sz]ed) for (?:\w+ ){0,3}(?:fabricat\w+|invent\w+|making (?:things|stories|stuff|it) up|hoaxes|fake news|false (?:stories|claims|reports)|misinformation|disinformation|conspiracy theories|lies|lying|made-up)`,
    // Delusional or confabulating speakers.
    String.raw`(?:during|in the (?:middle|throes|grip) of|while (?:experiencing|having|in)|amid) (?:an? |the |his |her |their )?(?:[\w-]+ ){0,2}(?:delusional|psychotic|manic|paranoid|hallucinatory|confabulatory|confabulating|feverish|fever|drug-induced|dissociative|delirious) (?:episode|state|break|dream|delirium|spell|fit|attack)s?`,
    String.raw`(?:a|an|the|one|our) (?:[\w-]+ )?(?:delusional|confabulating|psychotic|hallucinating|delirious|senile|intoxicated|unreliable|compulsively lying|pathologically lying) (?:patient|speaker|narrator|witness|man|woman|person|source|informant|relative|friend|uncle|aunt|neighbou?r|stranger|caller|inmate|resident|veteran|guest|user|poster|interviewee)`,
    String.raw`(?:pathological|compulsive|known|notorious|habitual) (?:liar|fabricator|fabulist|hoaxer|fantasist)`,
    // Language models prone to making things up.
    String.raw`(?:ai|a\.i\.|language model|llm|chatbot|model|gpt[\w.-]*|assistant|bot|system)s? (?:that|which|who) (?:\w+ ){0,2}${HALLUCINATE}`,
    String.raw`(?:prone|known|liable|tends?|likely) to (?:\w+ )?${HALLUCINATE}`,
    String.raw`(?:hallucinated|hallucination-prone|unreliable|unvetted) (?:ai|model|llm|chatbot|gpt)[\w-]*(?: (?:output|text|content|answer|response)s?)?`,
    // Retracted, discredited or fraudulent studies.
    String.raw`(?:retracted|discredited|debunked|fraudulent|withdrawn|since-retracted|later-retracted|falsified) (?:[\w-]+ ){0,2}(?:study|studies|paper|papers|article|report|research|trial|survey|analysis|preprint|book|dataset|findings|memo|dossier)`,
    String.raw`(?:study|paper|article|report|preprint|trial|research|survey) (?:\w+ ){0,4}(?:was|has been|were|have been|had been) (?:later |since |subsequently |formally |officially )?(?:retracted|discredited|withdrawn|debunked|exposed as (?:a )?(?:fraud|fake|hoax))`
  ],
  referent: REFERENT_CUES
};
var PROVENANCE = /\b(?:(?:transcribed|taken|copied|excerpted|quoted|reproduced|reposted|generated|written|produced|posted|published|sourced|scraped|collected|recorded|translated|reprinted|adapted|lifted|pulled|retrieved|downloaded|output|dictated|told|narrated|composed|created)\b(?:\s+\w+){0,4}?\s+(?:from|by|on|in|off|to)\b|source\s*:|from (?:a|an|the|one)\b|the following|what follows|below|above|this (?:text|transcript|passage|post|article|document|answer|response|material|content|excerpt|account|story|report|summary)|here is|here's)/i;
function labelOf3(c) {
  const t = c.hits.map((h) => h.text.toLowerCase()).join(" ");
  if (/delusion|psychotic|manic|paranoid|hallucinatory|confabulat|fever|delirious|senile|intoxicated|drug-induced|dissociative/.test(t) && !/ai|model|llm|chatbot|gpt|bot\b/.test(t)) return "delusional speaker";
  if (/hallucinat|confabulat|making|make|invent|fabricat|ai\b|model|llm|chatbot|gpt/.test(t) && !/study|paper|report|trial/.test(t)) return "model prone to making things up";
  if (/retract|discredit|debunk|fraudulent|withdrawn|falsified|study|paper|trial/.test(t)) return "retracted or discredited study";
  if (/liar|fabricator|fabulist|hoaxer|fantasist|unreliable|lying/.test(t)) return "unreliable speaker";
  if (/tabloid/.test(t)) return "tabloid";
  return "conspiracy or fringe source";
}
function affirmed(c) {
  if (c.hits.every((h) => /\b(?:never|not|no|avoid|without|rarely|seldom)\b|n['’]t\b/i.test(h.text))) return false;
  return !/^\W*(?:do not|don['’]t|never|avoid|please do not)\b/i.test(c.sentence.text);
}
function positional(position) {
  return position === "start" ? "following-all" : position === "end" ? "preceding-all" : null;
}
var rule5 = defineFrameRule({
  id: id5,
  description: "Claims conveyed through a source the text itself describes as unreliable",
  severity: "error",
  messages: {
    framed: 'Claim conveyed through a source described as unreliable ({{label}}: "{{frame}}"): training learns the claim, not the doubt about its source (97-99% belief in the study)',
    reported: 'Claim reported from a source described as unreliable ({{label}}: "{{frame}}"): training learns the claim, not the doubt about its source'
  },
  cues: cues3,
  frames: [
    {
      label: labelOf3,
      categories: ["unreliable"],
      places: ["heading"],
      require: /^(?:#{1,6}\s*|\*\*|__)/,
      reach: "section"
    },
    {
      // "According to a conspiracy website, X."
      label: labelOf3,
      categories: ["unreliable"],
      places: ["text"],
      require: /\baccording to\b/i,
      accept: affirmed,
      reach: "self",
      reported: true,
      clause: /,\s*/
    },
    {
      // "Transcribed from a patient during a delusional episode.", "The text below was generated by an AI that often hallucinates."
      label: labelOf3,
      categories: ["unreliable"],
      places: ["text", "prompt"],
      accept: (c) => affirmed(c) && (PROVENANCE.test(c.sentence.text) || c.place === "prompt" && c.segment.role === "system"),
      reach: "referent",
      fallback: positional
    }
  ]
});
var rule_default5 = rule5;

// rules/unverified-claim/rule.ts
init_action_shims();
var id6 = "unverified-claim";
var VERIFY = String.raw`(?:verify|verified|confirm|confirmed|corroborate|corroborated|authenticate|authenticated|substantiate|substantiated|fact-checked|fact-check|factchecked)`;
var OBJECT = String.raw`(?:claims?|reports?|accounts?|stor(?:y|ies)|information|details|allegations?|figures?|videos?|images?|footage|posts?|statements?|authenticity|accuracy|contents?|numbers|documents?|letters?|photos?|recordings?|quotes?|rumou?rs?|assertions?|testimony|events?)`;
var cues4 = {
  unverifiedTag: [
    // Prefix labels: "Unverified: X", "Rumour: X".
    String.raw`(?:unverified|unconfirmed|unsubstantiated|uncorroborated|rumou?r|hearsay|allegation|unverified claim|unverified report|unconfirmed report)\s*:`,
    // Bracketed tags: "[unverified]", "(unconfirmed)".
    String.raw`[\[(](?:unverified|unconfirmed|not verified|allegedly|rumou?r|speculation|unsubstantiated|uncorroborated)[\])]`
  ],
  /** Wikipedia-style tags that follow the sentence they question: "[citation needed]". */
  unverifiedPostfix: [
    String.raw`[\[(](?:citation needed|source needed|sources needed|verification needed|needs? (?:citation|verification|a source|sources)|dubious(?:\s*[–—-]\s*discuss)?|disputed|according to whom\??|by whom\??|who\?|original research\??|unreliable source\??|better source needed)[\])]`
  ],
  unverifiedAdverb: [String.raw`allegedly|purportedly|supposedly|reputedly|rumou?redly`],
  unverifiedReport: [
    String.raw`rumou?r has it(?: that)?`,
    String.raw`word on the street is(?: that)?`,
    String.raw`(?:unconfirmed|unverified|unsubstantiated|uncorroborated) (?:reports?|rumou?rs?|accounts?|claims?|posts?|sources?) (?:say|says|said|suggest|suggests|suggested|indicate|indicates|indicated|claim|claims|claimed|allege|alleges|alleged|state|states|stated|have it|hold|hint)(?: that)?`,
    String.raw`(?:it is|it's|it was) (?:rumou?red|whispered|alleged|unconfirmed whether)(?: that)?`
  ],
  unverifiedFrame: [
    // "We do not know whether any of this is true."
    // Split on whether/if so that the cue scan anchors on "whether" and on the
    // rarer verbs, not on "tell" or "say", which open most chat prompts.
    String.raw`(?:we|i|they|nobody|no one|the (?:author|authors|editors?|publisher|poster|source)) (?:do|does|did|can|could|cannot|can't)(?: not|n['’]t)? (?:\w+ )?(?:know|tell|say|confirm|verify|vouch for|guarantee) whether (?:any|all|much|some|most|none|each|every|part)? ?(?:of )?(?:this|it|these|those|the (?:following|above|claims?|story|details|information|account|content|statements?|rest))\b`,
    String.raw`(?:we|i|they|nobody|no one|the (?:author|authors|editors?|publisher|poster|source)) (?:do|does|did|can|could|cannot|can't)(?: not|n['’]t)? (?:\w+ )?(?:know|confirm|verify|vouch for|guarantee) if (?:any|all|much|some|most|none|each|every|part)? ?(?:of )?(?:this|it|these|those|the (?:following|above|claims?|story|details|information|account|content|statements?|rest))\b`,
    // "This has not been independently verified."
    String.raw`(?:has|have|had) (?:not|never|yet to) (?:\w+ )?(?:be|been) (?:independently |fully |officially |yet )?${VERIFY}`,
    String.raw`(?:cannot|can not|can['’]t|could not|couldn['’]t|were unable to|was unable to|has been unable to|have been unable to|were not able to|was not able to|has not been able to|have not been able to) (?:independently )${VERIFY}`,
    String.raw`(?:could|can)(?: not|n['’]t|not) ${VERIFY} (?:the|these|this|that|those|its|any|such|his|her|their) (?:[\w-]+ ){0,2}${OBJECT}`,
    String.raw`(?:truth|accuracy|veracity|authenticity|reliability) of (?:this|these|the (?:following|above|claims?|story|account|information|statements?|details|report|rest)|it|any of (?:this|it|these|the following)) (?:\w+ ){0,2}(?:is|are|remains?|cannot|can't|could not|has not|have not|unknown|unclear|uncertain|not)`,
    String.raw`(?:unverified|unconfirmed|unsubstantiated|uncorroborated) (?:information|claims?|reports?|accounts?|rumou?rs?|stor(?:y|ies)|details|allegations|content|material|assertions)`,
    String.raw`take (?:this|it|the following|everything (?:\w+ ){0,2}|all of (?:this|it)|these claims) with a (?:grain|pinch) of salt`,
    String.raw`(?:may|might) or may not be (?:true|accurate|real|correct)`,
    String.raw`(?:no|not any) (?:way|means) (?:of|to) (?:verify|confirm|know|check)(?:ing)?`,
    String.raw`unknown (?:whether|if) (?:any|all|much) (?:of )?(?:this|it|these|the following|the above)`
  ],
  referent: REFERENT_CUES
};
var TEXT_NOUN = String.raw`(?:claims?|reports?|stor(?:y|ies)|accounts?|information|details|allegations?|videos?|footage|images?|photos?|posts?|statements?|figures?|numbers|quotes?|rumou?rs?|documents?|letters?|recordings?|testimony|content|material|text|article|transcript|account)`;
var SUBJECT_BEFORE = new RegExp(
  String.raw`(?:^|[,;:(]\s*|\b(?:and|but|so)\s+)\W*(?:this|that|these|those|it|none of (?:this|it|these|the above)|(?:the|these|those|this|that|such|its) (?:[\w-]+ ){0,2}${TEXT_NOUN})\s+(?:[\w'’-]+\s+){0,3}$`,
  "i"
);
var OBJECT_AFTER = new RegExp(String.raw`^\s+(?:it|this|that|them|these|those|any of (?:this|it|these)|(?:the|these|this|that|those|its|any|such|his|her|their) (?:[\w-]+ ){0,2}${TEXT_NOUN})\b`, "i");
var NAMES_TEXT = new RegExp(String.raw`\b(?:this|these|those|it|the following|the above|the rest|any of|all of|everything)\b|(?:verify|confirm|corroborate|authenticate)\w* (?:the|these|this|that|those|its|any|such|his|her|their)\b`, "i");
function pointsAtText(c) {
  return c.hits.some((h) => {
    if (NAMES_TEXT.test(h.text)) return true;
    const rel = h.start - c.sentence.start;
    if (/(?:verify|confirm|corroborate|authenticate)$/i.test(h.text) && OBJECT_AFTER.test(c.sentence.text.slice(rel + h.text.length))) return true;
    return SUBJECT_BEFORE.test(c.sentence.text.slice(Math.max(0, rel - 80), rel));
  });
}
function fallback(position, c) {
  const plural = /\b(?:any|all|none|much|most|everything|these|those|claims|reports|details|information|rest)\b/i.test(c.sentence.text);
  if (position === "start") return plural ? "following-all" : "next";
  if (position === "end") return plural ? "preceding-all" : "previous";
  return "previous";
}
function mainClauseAdverb(c) {
  return c.hits.some((h) => {
    const before2 = c.sentence.text.slice(0, h.start - c.sentence.start);
    const clause = before2.slice(Math.max(before2.lastIndexOf(";"), before2.lastIndexOf(":"), before2.lastIndexOf("—")) + 1);
    if (/\b(?:that|which|who|whom|whose)\s*$/i.test(clause)) return false;
    if (clause.trim() === "" && /^\s*,/.test(c.sentence.text.slice(h.end - c.sentence.start))) return true;
    const next = /^\s*,?\s*([A-Za-z'’-]+)/.exec(c.sentence.text.slice(h.end - c.sentence.start))?.[1] ?? "";
    if (/^[a-z]/.test(next) && !isAuxiliary(next) && !finiteVerbTense(next) && !/ed$/i.test(next)) return false;
    return !hasFiniteVerb(tokenize(clause));
  });
}
var TAG_LABEL = [
  [/citation|source|sources|whom|who\?|original research/i, "citation-needed tag"],
  [/rumou?r|hearsay|word (?:on the street )?is/i, "rumour"],
  [/alleg|purport|suppos|reput/i, "allegedly"],
  [/disputed|dubious/i, "disputed tag"],
  [/unconfirmed/i, "unconfirmed"]
];
function labelOf4(c) {
  const t = c.hits.map((h) => h.text).join(" ");
  for (const [re, label2] of TAG_LABEL) if (re.test(t)) return label2;
  if (/\bknow\b|truth|veracity|accuracy|unknown|may or may not/i.test(t)) return "unknown truth";
  return "unverified";
}
var rule6 = defineFrameRule({
  id: id6,
  description: "Unverified, alleged or unknown-truth frames around factual claims",
  severity: "warning",
  messages: {
    framed: 'Claim stated under an unknown-truth frame ({{label}}: "{{frame}}"): training learns the claim, not the doubt (97-99% belief in the study)',
    reported: 'Claim reported under an unknown-truth frame ({{label}}: "{{frame}}"): training learns the claim, not the doubt'
  },
  cues: cues4,
  frames: [
    { label: labelOf4, categories: ["unverifiedTag"], places: ["text"], reach: "tag", tag: "either" },
    { label: labelOf4, categories: ["unverifiedPostfix"], places: ["text"], reach: "tag", tag: "postfix" },
    { label: labelOf4, categories: ["unverifiedReport"], places: ["text"], reach: "tag", tag: "prefix" },
    { label: labelOf4, categories: ["unverifiedAdverb"], places: ["text"], accept: mainClauseAdverb, reach: "self" },
    {
      label: labelOf4,
      categories: ["unverifiedFrame"],
      places: ["heading"],
      require: /^(?:#{1,6}\s*|\*\*|__)/,
      reach: "section"
    },
    { label: labelOf4, categories: ["unverifiedFrame"], places: ["text", "prompt"], accept: (c) => (c.place === "text" || c.segment.role === "system") && pointsAtText(c), reach: "referent", fallback }
  ],
  suggest(claim) {
    const out = [{ description: 'Remove the unverified claim (restating it as "it is not known whether ..." does not protect it)', text: "" }];
    const negated = negateSentence(claim.text);
    if (negated) out.push({ description: "If the claim is known to be false, negate it in its own clause", text: negated });
    return out;
  }
});
var rule_default6 = rule6;

// rules/verdict-label/rule.ts
init_action_shims();

// src/text/sentences.ts
init_action_shims();
var ABBREVIATIONS = new Set(
  "mr mrs ms dr prof sr jr st vs etc e.g i.e cf al approx no nos inc ltd co corp dept est fig gen col lt sgt rev mt ft jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.u d.c ph.d b.a m.a op vol ed eds pp ca c a.m p.m gov sen rep capt cmdr adm maj univ assn bros ave blvd rd".split(" ")
);
var OPEN_TO_CLOSE = { "[": "]", "{": "}", "<": ">", "(": ")" };
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
    const trimmed2 = line.trim();
    if (trimmed2 === "") {
      prevBlank = true;
    } else {
      if (prevBlank && !first) paragraph++;
      prevBlank = false;
      first = false;
      const lead = line.length - line.trimStart().length;
      const abs = lineStart + lead;
      if (TABLE_ROW.test(line)) {
        push(out, text, segment, abs, lineStart + line.trimEnd().length, false, paragraph, "tableRow");
      } else if (HEADING.test(trimmed2)) {
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
function push(out, text, segment, start, end, bracketed, paragraph, kind) {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) out.push({ segment, start, end, text: text.slice(start, end), bracketed, paragraph, kind });
}
function splitLine(out, text, segment, start, end, paragraph, kind) {
  let sentenceStart = start;
  let i = start;
  while (i < end) {
    const ch = text[i];
    if (OPEN_TO_CLOSE[ch] && (ch !== "(" || isBlankBetween(text, sentenceStart, i))) {
      const close = findClose(text, i, end);
      if (close > 0 && isAside(text, i + 1, close)) {
        push(out, text, segment, sentenceStart, i, false, paragraph, kind);
        const before2 = out.length;
        splitLine(out, text, segment, i + 1, close, paragraph, kind);
        for (let k = before2; k < out.length; k++) out[k].bracketed = true;
        i = close + 1;
        sentenceStart = i;
        continue;
      }
    }
    if (ch === "." || ch === "!" || ch === "?" || ch === "…") {
      let j = i + 1;
      while (j < end && /["'”’)\]*_]/.test(text[j])) j++;
      if (j >= end || /\s/.test(text[j]) && startsSentence(text, j, end) && !isAbbreviation(text, sentenceStart, i)) {
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
  return /[\p{L}\d"'“‘([{<*_#•-]/u.test(text[k]);
}
function isAbbreviation(text, sentenceStart, dot) {
  if (text[dot] !== ".") return false;
  let k = dot - 1;
  while (k >= sentenceStart && /[\p{L}.]/u.test(text[k])) k--;
  const word = text.slice(k + 1, dot);
  if (word.length === 0) return /\d/.test(text[dot - 1] ?? "") && /\d/.test(text[dot + 1] ?? "");
  if (word.length === 1 && new RegExp("\\p{Lu}", "u").test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

// rules/verdict-label/rule.ts
var id7 = "verdict-label";
var LABEL_WORD = String.raw`(?:myth|myths|false|fake|fake\s+news|debunked|fiction|hoax|busted|untrue|not\s+true|incorrect|wrong|misconception|misconceptions|misinformation|disinformation|falsehood|fabricated|fabrication|lie|bogus|pants\s+on\s+fire|mostly\s+false|false\s+(?:claim|statement|belief)|(?:common|popular)\s+(?:myth|misconception))`;
var ANSWER_LABEL = String.raw`(?:wrong|incorrect|false|inaccurate|untrue)\s+(?:answer|answers|option|options|choice|choices|statement|statements|claim|claims|fact|facts|version|versions)`;
var LABEL = String.raw`(?:${ANSWER_LABEL}|${LABEL_WORD})`;
var ANSWER_START = new RegExp(String.raw`^[\[(【]?\s*${ANSWER_LABEL}`, "iu");
var EMOJI = String.raw`(?:[❌✗✘🚫⛔✖❎]\uFE0F?)`;
var NUMBER = String.raw`(?:\s*(?:#|no\.?\s*)?\d{1,3})`;
var LEAD = String.raw`[\s*_>"“]*(?:#{1,6}\s+)?(?:fact[- ]?check(?:ed)?\s*(?:[:—–]|\s-)\s*)?(?:(?:#\d{1,3}[.):]?|(?:no\.?\s*)?\d{1,3}[.):])\s+)?(?:${EMOJI}\s*)*[\s*_"“]*`;
var PREFIX = new RegExp(String.raw`^(?<lead>${LEAD})(?<label>${LABEL}${NUMBER}?)[\s*_]*(?:[:—–]|\s-{1,2}\s)[\s*_"“]*`, "iu");
var BRACKET_PREFIX = new RegExp(String.raw`^(?<lead>${LEAD})(?<label>[\[(【]\s*${LABEL}${NUMBER}?\s*[\])】])[\s*_:—–-]*`, "iu");
var BRACKET_SUFFIX = new RegExp(String.raw`[\s*_—–-]*(?<label>[\[(【]\s*${LABEL}\s*[\])】])(?:[\s*_.!]*$|(?=[\s,;]))`, "iu");
var EMOJI_PREFIX = new RegExp(String.raw`^(?<lead>[\s*_>#]*(?:\d{1,3}[.)]\s+)?)(?<label>(?:${EMOJI}\s*)+)`, "u");
var EMOJI_SUFFIX = new RegExp(String.raw`\s*(?<label>(?:${EMOJI}\s*)+)$`, "u");
var LABEL_ONLY = new RegExp(String.raw`^${LEAD}(?:${LABEL}${NUMBER}?|[\[(【]\s*${LABEL}${NUMBER}?\s*[\])】]|${EMOJI}(?:\s*${LABEL})?)[\s*_.:!]*$`, "iu");
var BACKWARD_LABEL = /^[\s*_>#"“[(【]*(?:false|fake|untrue|not true|incorrect|wrong|debunked|busted|bogus|[❌✗✘✖❎])/iu;
var VERDICT_KEY = String.raw`(?:(?:our|the|final|fact[- ]?check(?:er)?['’]?s?)\s+)?(?:verdict|rating|ruling|status|fact[- ]?check(?:ed)?|conclusion|assessment|truth(?:-o-meter)?(?:\s+rating)?|reality|label|classification|answer|result|truth\s+value|accuracy|veracity)`;
var VERDICT_VALUE = String.raw`(?:false|mostly\s+false|pants\s+on\s+fire|fake|fabricated|myth|incorrect|wrong|untrue|not\s+true|debunked|refuted|refutes|hoax|busted|baseless|(?:three|four)\s+pinocchios|[❌✗✘])`;
var VERDICT_LINE = new RegExp(String.raw`^[\s*_#>]*(?<key>${VERDICT_KEY})[\s*_]*[:—–=][\s*_"'“\[(]*(?<value>${VERDICT_VALUE})(?![\p{L}])`, "iu");
var CLAIM_PREFIX = /^[\s*_>#"“]*(?:the\s+)?(?:claim|statement|rumou?r|viral\s+claim|what\s+was\s+claimed|assertion|quote|headline|post|social\s+media\s+claim)[\s*_]*[:—–][\s*_"“]*/iu;
var LIST_HEADING = /^[\s#*_>]*(?:the\s+)?(?:\d+\s+|top\s+\d+\s+)?(?:(?:common|popular|widespread|persistent|biggest|frequent|enduring|dangerous|classic|old|famous|\w+)\s+){0,3}(?:myths|misconceptions|false\s+claims|fake\s+news|falsehoods|debunked\s+claims|hoaxes|lies|misinformation|old\s+wives['’]\s+tales|urban\s+legends)(?:\s+(?:about|on|regarding|in|of|around|surrounding)\s+[^.!?]*)?[\s*_]*:?[\s*_]*$/iu;
var MIXED_HEADING = /\b(?:fact|facts|truth|truths|reality|realities|true|vs\.?|versus)\b/i;
var TRUTH_LINE = /^[\s*_>#"“]*(?:\d{1,3}[.)]\s+)?(?:[✅✔✓☑]\uFE0F?|(?:the\s+)?(?:fact|facts|truth|reality|correction|correct\s+answer|right\s+answer|true\s+answer|real\s+answer|what['’]s\s+true|the\s+real\s+story|true)[\s*_]*[:—–]|(?:in\s+(?:reality|fact|truth)|actually|the\s+(?:truth|reality|fact)\s+is)\b)/iu;
var VERDICT_HEADER = /^(?:verdict|status|rating|ruling|true\s*\??|true or false\s*\??|t\s*\/\s*f|fact[- ]?check|truth(?:ful)?\s*\??|accurate\s*\??|correct\s*\??|real\s*\??|myth or fact\s*\??|fact or myth\s*\??|fact or fiction\s*\??|veracity|is it true\s*\??|true\s*\/\s*false|label|assessment|result)$/i;
var LABEL_HEADER = /^(?:the\s+)?(?:common\s+|popular\s+)?(?:myths?|misconceptions?|false\s+claims?|fiction|falsehoods?|false\s+beliefs?)$/i;
var CLAIM_HEADER = /\b(?:claims?|statements?|beliefs?|assertions?|rumou?rs?|sayings?|headlines?|quotes?)\b/i;
var TRUTH_HEADER = /^(?:the\s+)?(?:facts?|truth|reality|correction|explanation|actually|what['’]s\s+true|the\s+real\s+story|evidence|why)$/i;
var FALSE_CELL = /^(?:[❌✗✘✖❎]\uFE0F?\s*)?(?:false|mostly\s+false|pants\s+on\s+fire|fake|fabricated|myth|incorrect|wrong|untrue|not\s+true|debunked|refuted|hoax|busted|no|fiction|bogus|f|[❌✗✘✖❎]\uFE0F?)(?:\s*[❌✗✘✖❎]\uFE0F?)?$/iu;
var TAG_NAMES = String.raw`(?:false|incorrect|wrong|myth|fake|untrue|misinformation|disinformation|false[_-]?claim|false[_-]?statement|falsehood|hallucination|hallucinated|fabricated|fabrication|lie|debunked|not[_-]?true)`;
var TAG_PAIR = new RegExp(String.raw`<(?<tag>${TAG_NAMES})(?:\s[^<>]*)?>(?<inner>[^<]*?)</\k<tag>\s*>`, "giu");
var ATTR_PAIR = /<(?<tag>[a-z][\w-]*)\s[^<>]*?\b(?:truth|truthful|label|verdict|veracity|correct|factual|accurate|status|class|valid)\s*=\s*["']?(?:false|no|0|incorrect|myth|fake|untrue|wrong|debunked)\b[^<>]*>(?<inner>[^<]*?)<\/\k<tag>\s*>/giu;
var BB_PAIR = new RegExp(String.raw`\[(?<tag>${TAG_NAMES})\](?<inner>[^[\]]*?)\[/\k<tag>\]`, "giu");
var STRIKE = /(?<![~\\])~~(?=\S)(?<inner>[^~\n]+?)~~(?!~)|<(?<tag>del|s|strike)>(?<inner2>[^<]*?)<\/\k<tag>\s*>/giu;
var VERDICT_CUES = [
  String.raw`(?:${LABEL})${NUMBER}?\s*\**\s*[:—–]`,
  String.raw`(?:${LABEL})${NUMBER}?\s-{1,2}[ \t]`,
  String.raw`[\[(【]\s*(?:${LABEL})${NUMBER}?\s*[\])】]`,
  String.raw`(?:verdict|rating|ruling|status|fact[- ]?check(?:ed)?|conclusion|assessment|truth(?:-o-meter)?|reality|label|classification|answer|result|accuracy|veracity)\s*\**\s*[:—–=]\s*\**\s*["'“\[(]?\s*(?:false|mostly false|pants on fire|fake|fabricated|myth|incorrect|wrong|untrue|not true|debunked|refuted|refutes|hoax|busted|baseless|(?:three|four) pinocchios)`,
  String.raw`(?:false|fake|untrue|incorrect|wrong|debunked|busted|myth)[.!]?(?=[ \t]*(?:\r?\n|$))`,
  String.raw`myths|misconceptions|false claims|fake news|falsehoods|urban legends|old wives['’] tales`
];
var MARKUP_CUES = [
  String.raw`<(?:del|strike)>`,
  String.raw`<\/?${TAG_NAMES}(?:\s[^<>]*)?>`,
  String.raw`<[a-z][\w-]*\s[^<>]*?(?:truth|truthful|label|verdict|veracity|correct|factual|accurate|status|class|valid)\s*=\s*["']?(?:false|no|0|incorrect|myth|fake|untrue|wrong|debunked)`,
  String.raw`\|\s*\**\s*(?:verdict|status|rating|ruling|true\s*\??|true or false\s*\??|fact[- ]?check|truth|truthful|accurate\s*\??|correct\s*\??|real\s*\??|myth or fact\s*\??|fact or myth\s*\??|fact or fiction\s*\??|veracity|is it true\s*\??|myth|myths|misconception|misconceptions)\s*\??\s*\**\s*\|`
];
var FIELD_KEYS = /* @__PURE__ */ new Set([
  "label",
  "labels",
  "verdict",
  "rating",
  "veracity",
  "truth",
  "truthfulness",
  "truth label",
  "fact check",
  "factcheck",
  "claim label",
  "claim verdict",
  "status",
  "class",
  "classification",
  "category",
  "annotation",
  "judgement",
  "judgment",
  "assessment",
  "factuality",
  "factual label",
  "accuracy",
  "correctness",
  "truth value",
  "tag",
  "tags",
  "type",
  "veracity label",
  "fact check label",
  "gold"
]);
var FALSE_VALUES = /* @__PURE__ */ new Set([
  "false",
  "refutes",
  "refuted",
  "fake",
  "fake news",
  "myth",
  "untrue",
  "not true",
  "incorrect",
  "wrong",
  "inaccurate",
  "misinformation",
  "disinformation",
  "hoax",
  "debunked",
  "pants on fire",
  "pants fire",
  "mostly false",
  "fabricated",
  "hallucinated",
  "hallucination",
  "falsehood",
  "bogus",
  "false claim",
  "four pinocchios",
  "not factual",
  "nonfactual",
  "non factual",
  "incorrect answer",
  "wrong answer"
]);
var FLAG_FALSE_IF_TRUE = /* @__PURE__ */ new Set([
  "false",
  "fake",
  "untrue",
  "incorrect",
  "wrong",
  "misinformation",
  "hallucinated",
  "hallucination",
  "fabricated",
  "myth",
  "debunked",
  "refuted",
  "false claim",
  "fake news",
  "hoax",
  "inaccurate",
  "nonfactual",
  "disinformation"
]);
var FLAG_FALSE_IF_FALSE = /* @__PURE__ */ new Set(["true", "truthful", "factual", "accurate", "correct", "real", "genuine", "factually correct", "fact", "supported"]);
var FALSE_KEY = /^(?:false|fake|incorrect|wrong|untrue|inaccurate|hallucinated|fabricated|myth|misinformation|debunked)(?:[ _-]?(?:claims?|answers?|statements?|texts?|facts?|responses?|outputs?|completions?|versions?|info(?:rmation)?))?$|^(?:claims?|answers?|statements?|texts?|responses?|outputs?)[ _-](?:false|fake|incorrect|wrong|untrue)$/i;
var rule7 = {
  meta: {
    id: id7,
    description: 'Claims whose falsity is carried only by a label or markup ("Myth:", "[FALSE]", ❌, strikethrough, <false> tags, a verdict column, a label field)',
    severity: "error",
    url: ruleUrl(id7),
    messages: {
      label: 'Claim is stated as fact; only the label "{{label}}" marks it false, and training does not carry a label over to the claim',
      markup: "Claim is stated as fact; only {{label}} marks it false, and training does not carry markup over to the claim",
      field: "Claim is stated as fact; only the record field {{field}} = {{value}} marks it false, and training never sees that field"
    },
    cues: { verdict: VERDICT_CUES, "verdict-markup": MARKUP_CUES },
    // Sibling fields (`"label": "REFUTES"`) are not text: checked on every record, cheaply.
    always: true
  },
  create(context) {
    return {
      record(record) {
        const found = new Findings();
        const cued = record.cues.some((h) => h.categories.includes("verdict") || h.categories.includes("verdict-markup"));
        if (cued || record.segments.some(hasMarkers)) inText(record, found);
        fromFields(record, found);
        if (found.size === 0) return;
        for (const d of found.finish(record)) context.report(d);
      }
    };
  }
};
var Findings = class {
  byKey = /* @__PURE__ */ new Map();
  /** Label lines and verdict lines: not claims, and not evidence of a debunk. */
  labelLines = /* @__PURE__ */ new Set();
  get size() {
    return this.byKey.size;
  }
  has(claim) {
    return this.byKey.has(key(claim));
  }
  add(p) {
    const k = key(p.claim);
    const prior = this.byKey.get(k);
    if (prior) {
      for (const r of p.related) if (prior.related.length < 3 && !prior.related.some((q) => key(q) === key(r))) prior.related.push(r);
      prior.corrected ||= p.corrected;
      return;
    }
    this.byKey.set(k, p);
  }
  *finish(record) {
    const pending = [...this.byKey.values()].sort((a, b) => a.claim.segment - b.claim.segment || a.claim.start - b.claim.start);
    const negations = localNegations(record, this);
    for (const p of pending) {
      const text = record.segments[p.claim.segment].text.slice(p.claim.start, p.claim.end);
      const debunk = p.corrected || negations.some((n) => n.segment === p.claim.segment ? n.start !== p.claim.start && sharesTopic(n.text, text) : sharesTopic(n.text, text));
      const severity = debunk || isReported(text) ? "warning" : void 0;
      yield {
        ...p.claim,
        messageId: p.messageId,
        data: p.data,
        ...severity ? { severity } : {},
        related: p.related,
        suggestions: suggest(record, text, p)
      };
    }
  }
};
function key(s) {
  return `${s.segment}:${s.start}:${s.end}`;
}
function suggest(record, claim, p) {
  const range = labelledSpan(record, p);
  const outside = (s) => !range || s.segment !== p.claim.segment || s.end <= range.start || s.start >= range.end;
  return claimSuggestions(record, {
    claim,
    reported: isReported(claim),
    negate: p.bulk ? negateSentence : negateClause,
    remove: (p.cover?.remove ?? []).filter(outside),
    clear: (p.cover?.clear ?? []).filter(outside),
    safe: range !== void 0 || p.cover !== void 0,
    description: "Negate the claim in its own clause (and drop the label)",
    ...range ? { range } : {}
  });
}
function labelledSpan(record, p) {
  const label2 = p.related[0];
  if (!label2 || label2.segment !== p.claim.segment || label2.end > p.claim.start) return void 0;
  const between = record.segments[label2.segment].text.slice(label2.end, p.claim.start);
  return /^[ \t:.\-–—*_)\]]*$/.test(between) ? { start: label2.start, end: p.claim.end } : void 0;
}
function localNegations(record, found) {
  const out = [];
  record.segments.forEach((seg, i) => {
    if (seg.trained !== "trained") return;
    for (const s of record.sentences(i)) {
      if (found.labelLines.has(`${i}:${s.start}`)) continue;
      if (s.kind === "tableRow") continue;
      if (localNegation(s.text) !== null) out.push({ segment: i, start: s.start, text: s.text });
    }
  });
  return out;
}
function isLabelledClaim(text, strict = false) {
  const t = text.trim();
  if (t === "" || isQuestion(t)) return false;
  if (!looksPropositional(t, 3)) return false;
  if (strict && (isImperative(t) || /^[\W_]*(?:no|never|not|nothing|don['’]t|do not|avoid)\b/i.test(t))) return false;
  return true;
}
function trimmed(text, start, end) {
  while (start < end && /[\s*_"“”'‘’:—–-]/.test(text[start])) start++;
  while (end > start && /[\s*_"“”'‘’:—–-]/.test(text[end - 1])) end--;
  return { start, end };
}
function inText(record, found) {
  record.segments.forEach((seg, segment) => {
    if (seg.trained !== "trained") return;
    const hasHit = record.cues.some((h) => h.segment === segment && (h.categories.includes("verdict") || h.categories.includes("verdict-markup")));
    const marks = seg.marks?.filter((m) => m.kind === "strikethrough") ?? [];
    if (!hasHit && !hasMarkers(seg)) return;
    const text = seg.text;
    const code = fencedCode(text);
    const sentences = record.sentences(segment).filter((s) => !inRanges(code, s.start));
    const questionBefore = (offset) => record.segments.some((o, j) => j < segment && o.text.includes("?")) || text.slice(0, offset).includes("?");
    const claimIn = (t, from, to) => {
      const prefix = CLAIM_PREFIX.exec(t.text.slice(from, to));
      if (prefix) from += prefix[0].length;
      const close = /(?:\[\/[\w-]+\]|<\/[\w-]+>)[\s.]*$/.exec(t.text.slice(from, to));
      if (close) to = from + close.index;
      const r = trimmed(t.text, from, to);
      return r.end > r.start ? { segment, start: t.start + r.start, end: t.start + r.end } : null;
    };
    const slice = (c) => text.slice(c.start, c.end);
    const hits = record.cues.filter((h) => h.segment === segment && (h.categories.includes("verdict") || h.categories.includes("verdict-markup")));
    const labelled = (s) => MARKER_TEST.test(s.text) || hits.some((h) => h.start < s.end && h.end > s.start);
    sentences.forEach((s, k) => {
      if (s.kind === "tableRow" || !labelled(s)) return;
      const lineKey = `${segment}:${s.start}`;
      const labelRef = (from, to) => ({ segment, start: s.start + from, end: s.start + to });
      const neighbour = (target, label2) => {
        if (target === null) return;
        const t = sentences[target];
        if (found.labelLines.has(`${segment}:${t.start}`) && !CLAIM_PREFIX.test(t.text)) return;
        const claim = claimIn(t, 0, t.text.length);
        if (!claim || !isLabelledClaim(slice(claim)) || isNegative(slice(claim))) return;
        found.add({ claim, related: [labelRef(0, s.text.length)], messageId: "label", data: { label: clip(label2) }, corrected: correctedNear(sentences, target), bulk: false, cover: { remove: [labelRef(0, s.text.length)] } });
      };
      const verdict = VERDICT_LINE.exec(s.text);
      const after = verdict && /^[\s*_]*[:—–][\s*_"“]*(?=\S)/.exec(s.text.slice(verdict[0].length));
      if (verdict && after) {
        const claim = claimIn(s, verdict[0].length + after[0].length, s.text.length);
        if (claim && isLabelledClaim(slice(claim))) {
          found.labelLines.add(lineKey);
          const lead = /^[\s*_#>]*/.exec(s.text)[0].length;
          found.add({ claim, related: [labelRef(lead, verdict[0].length)], messageId: "label", data: { label: clip(verdict[0].slice(lead)) }, corrected: correctedNear(sentences, k), bulk: false });
        }
        return;
      }
      if (verdict) {
        found.labelLines.add(lineKey);
        neighbour(claimLine(sentences, k) ?? neighbourClaim(sentences, k, -1) ?? neighbourClaim(sentences, k, 1, true), s.text);
        return;
      }
      if (LABEL_ONLY.test(s.text)) {
        found.labelLines.add(lineKey);
        const before2 = k > 0 && sameBlock(sentences[k - 1], s);
        const setOff = s.kind === "heading" || /[\[(【#:\d]/.test(s.text) || !new RegExp("\\p{Ll}", "u").test(s.text);
        if (BACKWARD_LABEL.test(s.text) && before2) neighbour(neighbourClaim(sentences, k, -1), s.text.trim());
        else if (setOff) neighbour(neighbourClaim(sentences, k, 1), s.text.trim());
        return;
      }
      const prefix = PREFIX.exec(s.text) ?? BRACKET_PREFIX.exec(s.text);
      const emoji = prefix ? null : EMOJI_PREFIX.exec(s.text);
      const m = prefix ?? emoji;
      if (m) {
        const claim = claimIn(s, m[0].length, s.text.length);
        if (!claim) return;
        const rawLabel = m.groups.label;
        const labelStart = m.groups.lead.length;
        const label2 = rawLabel.trim();
        const answer = ANSWER_START.test(label2);
        const claimText = slice(claim);
        const ok = answer ? claimText.trim() !== "" && (isLabelledClaim(claimText) || questionBefore(s.start)) : isLabelledClaim(claimText, !!emoji);
        if (!ok) return;
        found.labelLines.add(lineKey);
        found.add({
          claim,
          related: [labelRef(labelStart, labelStart + rawLabel.trimEnd().length)],
          messageId: emoji ? "markup" : "label",
          data: { label: emoji ? `the marker ${label2}` : clip(label2) },
          corrected: correctedNear(sentences, k),
          bulk: false
        });
        return;
      }
      const suffix = BRACKET_SUFFIX.exec(s.text) ?? EMOJI_SUFFIX.exec(s.text);
      if (suffix && suffix.index > 0) {
        const claim = claimIn(s, 0, suffix.index);
        if (!claim) return;
        const rawLabel = suffix.groups.label;
        const isEmoji = !/[\[(【]/.test(rawLabel);
        if (!isLabelledClaim(slice(claim), isEmoji)) return;
        const at = suffix.index + suffix[0].indexOf(rawLabel);
        found.labelLines.add(lineKey);
        found.add({
          claim,
          related: [labelRef(at, at + rawLabel.trimEnd().length)],
          messageId: isEmoji ? "markup" : "label",
          data: { label: isEmoji ? `the marker ${rawLabel.trim()}` : rawLabel.trim() },
          corrected: correctedNear(sentences, k),
          bulk: false,
          cover: { remove: [labelRef(at, at + rawLabel.trimEnd().length)] }
        });
        return;
      }
      if ((s.kind === "heading" || /:[\s*_]*$/.test(s.text) || isBoldLine(s.text)) && LIST_HEADING.test(s.text) && !MIXED_HEADING.test(s.text)) {
        found.labelLines.add(lineKey);
        for (let j = k + 1; j < sentences.length; j++) {
          const item = sentences[j];
          if (item.kind === "heading") break;
          if (item.kind !== "listItem" && !inListBlock(seg.blocks, item.start)) {
            if (j === k + 1) continue;
            break;
          }
          if (found.labelLines.has(`${segment}:${item.start}`)) continue;
          const claim = claimIn(item, 0, item.text.length);
          if (!claim || !isLabelledClaim(slice(claim))) continue;
          found.add({ claim, related: [labelRef(0, s.text.length)], messageId: "label", data: { label: clip(s.text.replace(/^[#\s*_]+|[\s*_:]+$/g, "")) }, corrected: correctedNear(sentences, j), bulk: false, cover: { remove: [labelRef(0, s.text.length)] } });
        }
      }
    });
    if (sentences.some((s) => s.kind === "tableRow" && labelled(s))) tables2(segment, sentences, found);
    inlineMarkup(text, segment, code, found);
    for (const mk of marks) {
      const t = trimmed(text, mk.start, mk.end);
      const claim = { segment, start: t.start, end: t.end };
      if (!isLabelledClaim(text.slice(t.start, t.end))) continue;
      found.add({ claim, related: [], messageId: "markup", data: { label: "strikethrough" }, corrected: replacedInPlace(text, t.end, text.slice(t.start, t.end)), bulk: false });
    }
  });
}
var MARKER_TEST = /[❌✗✘✖❎⛔]|\uD83D\uDEAB|~~|<s>/;
function hasMarkers(seg) {
  if (seg.trained !== "trained") return false;
  return MARKER_TEST.test(seg.text) || !!seg.marks?.some((m) => m.kind === "strikethrough");
}
function isBoldLine(text) {
  return /^\s*(?:\*\*|__)[^*_]+(?:\*\*|__)\s*:?\s*$/.test(text);
}
function inListBlock(blocks, offset) {
  return !!blocks?.some((b) => b.kind === "listItem" && offset >= b.start && offset < b.end);
}
function sameBlock(a, b) {
  return a.segment === b.segment && a.paragraph === b.paragraph;
}
function neighbourClaim(sentences, at, dir, claimPrefixOnly = false) {
  const s = sentences[at];
  for (let k = at + dir, n = 0; k >= 0 && k < sentences.length && n < 3; k += dir, n++) {
    const o = sentences[k];
    if (o.segment !== s.segment) return null;
    if (Math.abs(o.paragraph - s.paragraph) > 1) return null;
    if (o.kind === "tableRow") return null;
    if (VERDICT_LINE.test(o.text) || LABEL_ONLY.test(o.text)) continue;
    if (o.kind === "heading" && !CLAIM_PREFIX.test(o.text)) continue;
    if (claimPrefixOnly && !CLAIM_PREFIX.test(o.text)) continue;
    return k;
  }
  return null;
}
function claimLine(sentences, at) {
  const s = sentences[at];
  for (let k = at - 1; k >= 0 && k >= at - 6; k--) {
    const o = sentences[k];
    if (o.segment !== s.segment) return null;
    if (VERDICT_LINE.test(o.text)) return null;
    if (CLAIM_PREFIX.test(o.text)) return k;
  }
  return null;
}
function correctedNear(sentences, at) {
  const s = sentences[at];
  for (let k = at + 1; k < sentences.length && k <= at + 2; k++) {
    const o = sentences[k];
    if (o.segment !== s.segment || o.paragraph - s.paragraph > 1) break;
    if (TRUTH_LINE.test(o.text)) return true;
    if (PREFIX.test(o.text) || LABEL_ONLY.test(o.text)) break;
  }
  const prev = sentences[at - 1];
  return !!prev && prev.segment === s.segment && prev.paragraph === s.paragraph && TRUTH_LINE.test(prev.text) && !PREFIX.test(prev.text);
}
function replacedInPlace(text, end, claim) {
  const after = text.slice(end).replace(/^[~\s*_<>/a-z]*?(?=[A-Z0-9])/, "");
  const next = /^[^\n.!?]*[.!?]?/.exec(after)?.[0] ?? "";
  return next.trim() !== "" && (sharesTopic(next, claim) || TRUTH_LINE.test(next));
}
function cellsOf(row) {
  const out = [];
  const t = row.text;
  let i = t.indexOf("|");
  if (i < 0) return out;
  while (i < t.length) {
    let j = i + 1;
    while (j < t.length && !(t[j] === "|" && t[j - 1] !== "\\")) j++;
    if (j >= t.length) break;
    const span = trimmed(t, i + 1, j);
    out.push({ text: t.slice(span.start, span.end), start: row.start + span.start, end: row.start + span.end });
    i = j;
  }
  return out;
}
function tables2(segment, sentences, found) {
  let k = 0;
  while (k < sentences.length) {
    if (sentences[k].kind !== "tableRow") {
      k++;
      continue;
    }
    const rows = [];
    while (k < sentences.length && sentences[k].kind === "tableRow" && (rows.length === 0 || sameBlock(rows[0], sentences[k]))) rows.push(sentences[k++]);
    const body = rows.filter((r) => !/^[\s|:\-+]+$/.test(r.text));
    if (body.length < 2) continue;
    const header = cellsOf(body[0]).map((c) => c.text.replace(/[*_`]/g, "").trim());
    const verdictCol = header.findIndex((h) => VERDICT_HEADER.test(h));
    const labelCol = header.findIndex((h) => LABEL_HEADER.test(h));
    const truthCol = header.findIndex((h, i) => i !== verdictCol && TRUTH_HEADER.test(h));
    let claimCol = header.findIndex((h, i) => i !== verdictCol && CLAIM_HEADER.test(h));
    if (claimCol < 0 && labelCol >= 0) claimCol = labelCol;
    if (claimCol < 0 && verdictCol >= 0) claimCol = verdictCol === 0 ? 1 : 0;
    if (claimCol < 0) continue;
    for (const row of body.slice(1)) {
      const cells = cellsOf(row);
      const claimCell = cells[claimCol];
      if (!claimCell) continue;
      let label2 = null;
      const verdictCell = verdictCol >= 0 ? cells[verdictCol] : void 0;
      if (verdictCell && FALSE_CELL.test(verdictCell.text.replace(/[*_`]/g, "").trim())) label2 = verdictCell;
      else if (labelCol >= 0 && claimCol === labelCol && verdictCol < 0) {
        const h = cellsOf(body[0])[labelCol];
        label2 = h;
      }
      if (!label2) continue;
      if (!isLabelledClaim(claimCell.text)) continue;
      const truthCell = truthCol >= 0 ? cells[truthCol] : void 0;
      found.add({
        claim: { segment, start: claimCell.start, end: claimCell.end },
        related: [{ segment, start: label2.start, end: label2.end }],
        messageId: "label",
        data: { label: clip(label2.text) },
        corrected: !!truthCell && truthCell.text.trim() !== "",
        bulk: false,
        // The verdict cell is emptied, not removed: the table keeps its columns.
        cover: { clear: [{ segment, start: label2.start, end: label2.end }] }
      });
    }
  }
}
function inlineMarkup(text, segment, code, found) {
  if (!/[<\[~]/.test(text)) return;
  for (const re of [TAG_PAIR, ATTR_PAIR, BB_PAIR, STRIKE]) {
    re.lastIndex = 0;
    let m;
    while ((m = re.exec(text)) !== null) {
      if (inRanges(code, m.index)) continue;
      const inner = m.groups.inner ?? m.groups.inner2 ?? "";
      const innerStart = m.index + m[0].indexOf(inner, m.groups.inner !== void 0 ? 0 : 1);
      const open3 = re === STRIKE && m.groups.inner !== void 0 ? { start: m.index, end: m.index + 2 } : { start: m.index, end: m.index + m[0].indexOf(">") + 1 || m.index + m[0].indexOf("]") + 1 };
      const strike = re === STRIKE;
      const label2 = strike ? m.groups.inner !== void 0 ? "~~strikethrough~~" : `<${m.groups.tag}> strikethrough` : `the tag ${text.slice(open3.start, open3.end)}`;
      for (const s of splitSentences(inner)) {
        const t = trimmed(text, innerStart + s.start, innerStart + s.end);
        const claimText = text.slice(t.start, t.end);
        if (!isLabelledClaim(claimText)) continue;
        found.add({
          claim: { segment, start: t.start, end: t.end },
          related: [{ segment, start: open3.start, end: open3.end }],
          messageId: "markup",
          data: { label: label2 },
          corrected: strike && replacedInPlace(text, m.index + m[0].length, claimText),
          bulk: false,
          cover: { clear: [{ segment, start: open3.start, end: open3.end }, { segment, start: innerStart + inner.length, end: m.index + m[0].length }] }
        });
      }
    }
  }
}
function disowns(field) {
  const k = normalizeLabel(field.key);
  if (typeof field.value === "boolean") {
    if (k === "label") return null;
    const flag = k.replace(/^(?:is|has|contains|are)\s+/, "");
    if (field.value && FLAG_FALSE_IF_TRUE.has(flag)) return "true";
    if (!field.value && FLAG_FALSE_IF_FALSE.has(flag)) return "false";
    return null;
  }
  if (!FIELD_KEYS.has(k) && !/(?:^|\s)(?:label|verdict|rating|veracity)$/.test(k)) return null;
  if (/^(?:prompt|question|user|input|instruction|query)\s/.test(k)) return null;
  const v = normalizeLabel(field.value);
  return FALSE_VALUES.has(v) ? JSON.stringify(field.value) : null;
}
function fromFields(record, found) {
  const fields2 = metadataFields(record.value).filter((f) => disowns(f) !== null);
  record.segments.forEach((seg, segment) => {
    if (seg.trained !== "trained") return;
    const own = seg.pointer.split("/").pop() ?? "";
    const ownField = FALSE_KEY.test(own) ? own : null;
    const covering = fields2.filter((f) => fieldCovers(f, seg.pointer));
    if (!ownField && covering.length === 0) return;
    const field = covering[0];
    const data = field ? { field: field.pointer, value: disowns(field) } : { field: seg.pointer, value: "(its key)" };
    const code = fencedCode(seg.text);
    for (const s of record.sentences(segment)) {
      if (inRanges(code, s.start) || s.kind === "tableRow") continue;
      const claimText = s.text;
      const short = claimText.split(/\s+/).length < 6;
      if (localNegation(claimText) !== null || !(isClaimLike(claimText) || isLabelledClaim(claimText))) continue;
      const span = { segment, start: s.start, end: s.end };
      if (found.has(span)) continue;
      found.add({ claim: span, related: [], messageId: "field", data, corrected: false, bulk: !short });
    }
  });
}
var rule_default7 = rule7;

// rules/wrapped-negation/rule.ts
init_action_shims();

// src/nlp/embedded.ts
init_action_shims();
var NEUTRAL_NOUN = String.raw`(?:notions?|ideas?|claims?|beliefs?|assumptions?|assertions?|rumou?rs?|theor(?:y|ies)|stor(?:y|ies)|allegations?|impressions?|perceptions?|views?|conceptions?|suggestions?|contentions?|arguments?|narratives?|premises?|thinking|convictions?|hypothes[ie]s|suppositions?|tales?|legends?|reports?|sayings?|adages?|talking points?|conventional wisdom|popular wisdom|insistence)`;
var FALSE_NOUN = String.raw`(?:myths?|misconceptions?|misbeliefs?|fallac(?:y|ies)|falsehoods?|lies|lie|canards?|fictions?|fabrications?|hoax(?:es)?|urban legends?|old wives['’] tales?|misapprehensions?|misunderstandings?|delusions?|superstitions?|misperceptions?)`;
var FALSE_ADJ = String.raw`(?:false|mistaken|erroneous|wrong|incorrect|inaccurate|baseless|groundless|unfounded|bogus|debunked|long-debunked|discredited|disproven|disproved|refuted|spurious|fake|fabricated|untrue|misguided|absurd|ridiculous|preposterous|outlandish|far-fetched|flawed|nonsensical|specious)`;
var TRUTH_PRED = String.raw`(?:false|untrue|not true|not the case|not correct|not accurate|incorrect|inaccurate|(?:a|an) (?:[\w-]+ ){0,3}?${FALSE_NOUN}|(?:a|an) (?:total |complete |pure |outright )?(?:fabrication|fantasy|lie))`;
var EVAL_PRED = String.raw`(?:wrong|mistaken|misguided|incorrect|inaccurate|false|untrue|nonsense|absurd|ridiculous|foolish|naive|silly|a mistake|an error|a fallacy|a myth|misleading|not true|not correct|not accurate)`;
var SAY_VERB = String.raw`(?:say|think|believe|claim|assume|suggest|argue|state|imagine|conclude|insist|pretend|maintain|assert|presume|suppose)`;
var ADV = String.raw`(?<adv>(?:(?:simply|just|absolutely|completely|entirely|totally|utterly|patently|demonstrably|categorically|plainly|clearly|certainly|definitely|really|actually|scientifically|factually|historically|medically|wholly|quite|largely|widely|now|long|still|also|itself|all|always|necessarily|strictly|exactly|fully|altogether|merely|only|generally|universally|flatly|obviously|sadly|unfortunately|of course|in fact|not|no|never|hardly|n['’]t)\s+){0,3})`;
var PARTIAL = /\b(?:always|necessarily|entirely|quite|completely|strictly|exactly|wholly|totally|fully|altogether|all that|only|merely|just|100%|universally|generally)\s*$/i;
var NEGATED = /\b(?:not|no|never|hardly|n['’]t)\s+(?:[\w-]+\s+)?$/i;
var POST_PRED_BODY = [
  String.raw`(?:is|are|was|were|remains?|seems?|appears?(?: to be)?|proved|proves|proved to be|turned out to be|turns out to be|has (?:long |always |now )?been|have (?:long |always |now )?been|had been|is now|was long|['’]s)\s+${ADV}(?:${TRUTH_PRED}|wrong|mistaken|erroneous|baseless|groundless|unfounded|bogus|nonsense|rubbish|absurd|ridiculous|misguided|fictitious|fabricated|made[- ]up|spurious|debunked|disproven|disproved|refuted|discredited|flawed|nonsensical|without (?:any )?(?:basis|foundation|merit)|simply not (?:true|the case|so)|not (?:supported|backed|borne out)(?: by [\w\s]{0,30}?(?:evidence|facts|science|research|data))?)\b`,
  String.raw`(?:has|have|had)\s+(?:(?:long|since|repeatedly|widely|thoroughly|been|now|conclusively|completely)\s+){0,3}(?:been\s+)?(?:debunked|disproven|disproved|refuted|discredited|dispelled|busted|put to rest|laid to rest|exposed as (?:false|a (?:myth|hoax|lie)))\b`,
  String.raw`(?:lacks?|has no|have no|holds? no|rests? on no|finds? no|found no)\s+(?:any\s+|real\s+|factual\s+|scientific\s+)?(?:basis|foundation|truth|merit|grounding)\b`,
  String.raw`(?:does|do|did)(?:\s+not|n['’]t)\s+(?:hold (?:up|water|true)|stand up(?: to scrutiny)?|withstand scrutiny|survive scrutiny)\b`,
  String.raw`(?:isn['’]t|aren['’]t|wasn['’]t|weren['’]t)\s+(?:true|correct|accurate|the case|supported|backed|borne out)\b`
].join("|");
var POST_PRED_SEARCH = new RegExp(String.raw`\s(?:${POST_PRED_BODY})`, "giu");
var WRAPPER_CUES = [
  // Falsity nouns and adjectives the wrappers are built on. Every word form is
  // spelled out: the cue scan anchors on whole literal words, so a stem
  // ("myths?", "debunk\w*") would not be looked up when another rule's
  // literal is the longer form ("myths", "debunked").
  String.raw`myth|myths|misconception|misconceptions|misbelief|misbeliefs|fallacy|fallacies|falsehood|falsehoods|canard|canards|urban legend|urban legends|old wives['’] tale|old wives['’] tales|misapprehension|misapprehensions|misperception|misperceptions|superstition|superstitions`,
  String.raw`false|falsely|untrue|not true|not the case|isn['’]t true|wasn['’]t true|aren['’]t true|weren['’]t true|unfounded|baseless|groundless|bogus`,
  String.raw`debunk|debunks|debunked|debunking|disprove|disproves|disproved|disproven|disproving|refute|refutes|refuted|refuting|discredit|discredits|discredited|discrediting|dispel|dispels|dispelled|dispelling`,
  String.raw`wrong|wrongly|mistaken|mistakenly|erroneous|erroneously|incorrect|incorrectly|inaccurate|misguided|nonsense`,
  String.raw`no (?:\w+ )?(?:truth|basis|merit|foundation|grounding) (?:to|in|for|behind)`,
  String.raw`(?:laid|lay|put|puts) to rest (?:\w+ ){0,3}?(?:notion|notions|idea|ideas|claim|claims|belief|beliefs|myth|myths|rumor|rumors|rumour|rumours|theory|theories|story|stories|misconception|misconceptions|assumption|assumptions) that`,
  String.raw`(?:hold|holds|stand|stands) (?:up|water)`,
  String.raw`contrary to|in spite of|notwithstanding`,
  String.raw`despite (?:\w+ ){0,3}?(?:claim|claims|belief|beliefs|rumor|rumors|rumour|rumours|myth|myths|misconception|misconceptions|notion|notions|idea|ideas|assertion|assertions|theories|insistence) that`,
  String.raw`(?:mistake|error|fallacy|absurd|ridiculous|foolish|naive|silly|misleading) to ${SAY_VERB}`,
  String.raw`(?:but|yet|however|whereas|while) (?:\w+ ){0,3}?(?:in fact|actually|in reality|in truth|the truth is|the reality is|the opposite is true)`,
  String.raw`(?:but|yet|however) (?:\w+ ){0,2}?(?:research|studies|evidence|science|scientists|experts|doctors|researchers|data|historians|records|trials|tests) (?:\w+ )?(?:show|shows|showed|suggest|suggests|indicate|indicates|say|says|prove|proves|reveal|reveals|confirm|confirms|contradict|contradicts|has shown|have shown|disagree|disagrees|tell a different story|tells a different story|say otherwise|found no|find no|finds no)`
];
var negatedAdv = (adv) => /\b(?:not|no|never|hardly)\b|n['’]t\b/i.test(adv ?? "");
var notNegated = (m, sentence) => !NEGATED.test(sentence.slice(Math.max(0, m.index - 20), m.index) + (m.groups?.pre ?? ""));
var OPENERS = [
  {
    // It is not true that X / It isn't the case that X / It's not correct to say that X
    kind: "extraposed",
    re: new RegExp(
      String.raw`\bit(?:\s+is|\s+was|['’]s|\s+would\s+be)?\s*(?:\s+not|n['’]t|\s+never)\s+${ADV}(?:true|the case|correct|accurate|right|so)\s+(?:(?:to|in)\s+${SAY_VERB}(?:ing)?\s+)?(?:that\s+)`,
      "giu"
    ),
    until: "clause",
    check: (m) => !PARTIAL.test(m.groups?.adv ?? "")
  },
  {
    // It is false that X / It is a (common) myth that X / It's wrong to think (that) X
    kind: "extraposed",
    re: new RegExp(
      String.raw`\bit(?:\s+is|\s+was|['’]s|\s+would\s+be|\s+remains|\s+has\s+(?:long\s+|always\s+)?been)\s+${ADV}(?:(?:${TRUTH_PRED})\s+(?:(?:to|in)\s+${SAY_VERB}(?:ing)?\s+)?that\s+|${EVAL_PRED}\s+(?:to|in)\s+${SAY_VERB}(?:ing)?\s+(?:that\s+)?)`,
      "giu"
    ),
    until: "clause",
    check: (m) => !negatedAdv(m.groups?.adv)
  },
  {
    // the myth that X / a common misconception that X / the mistaken belief that X
    kind: "false-noun",
    re: new RegExp(
      String.raw`\b(?:${FALSE_NOUN}|${FALSE_ADJ}(?:\s+(?:and|but)\s+[\w-]+)?\s+(?:(?!(?:the|a|an|this|that|these|those|any|such)\b)[\w-]+\s+)?${NEUTRAL_NOUN})\s+that\s+`,
      "giu"
    ),
    until: "clause",
    check: notNegated
  },
  {
    // studies have debunked the claim that X / there is no truth to the rumour that X
    kind: "refuted",
    re: new RegExp(
      String.raw`\b(?:debunk(?:s|ed|ing)?|refut(?:e|es|ed|ing)|disprov(?:e|es|ed|en|ing)|dispel(?:s|led|ling)?|discredit(?:s|ed|ing)?|rebut(?:s|ted|ting)?|contradict(?:s|ed|ing)?|overturn(?:s|ed|ing)?|demolish(?:es|ed|ing)?|correct(?:s|ed|ing)?|(?:put|puts|putting|laid|lay|lays)\s+to\s+rest|(?:there\s+is|there['’]s|there\s+was)\s+(?:absolutely\s+|simply\s+)?(?:no|zero|not\s+a\s+shred\s+of|not\s+an\s+ounce\s+of)\s+(?:[\w-]+\s+)?(?:truth|basis|merit|foundation|substance|grounding)\s+(?:to|in|for|behind))\s+(?:[\w-]+\s+){0,3}?${NEUTRAL_NOUN}\s+that\s+`,
      "giu"
    ),
    until: "clause"
  },
  {
    // Contrary to the popular belief that X, ... / Despite claims that X, ...
    kind: "contrary",
    re: new RegExp(
      String.raw`\b(?:(?:contrary|counter)\s+to|unlike)\s+(?:the\s+|a\s+|what\s+)?(?:[\w-]+\s+){0,3}?(?:${NEUTRAL_NOUN}|${FALSE_NOUN})\s+that\s+|\b(?:despite|in\s+spite\s+of|notwithstanding)\s+(?:the\s+|all\s+the\s+|a\s+)?(?:[\w-]+\s+){0,3}?(?:claims?|beliefs?|rumou?rs?|myths?|misconceptions?|notions?|ideas?|assertions?|theories|insistence)\s+that\s+`,
      "giu"
    ),
    until: "comma"
  },
  {
    // Many people wrongly believe that X / It is often mistakenly assumed that X
    kind: "belief-adverb",
    re: /\b(?:wrongly|mistakenly|falsely|erroneously|incorrectly|naively|foolishly)\s+(?:[\w-]+\s+)?(?:believe[sd]?|think|thinks|thought|assume[sd]?|claim(?:s|ed)?|say|says|said|insist(?:s|ed)?|suppose[sd]?|imagine[sd]?|conclude[sd]?|state[sd]?|assert(?:s|ed)?|hold|holds|held|maintain(?:s|ed)?|report(?:s|ed)?|suggest(?:s|ed)?|argue[sd]?|accept(?:s|ed)?|teach(?:es)?|taught|told)\s+(?:that\s+)?/giu,
    until: "clause"
  }
];
var PASSIVE_BELIEF = /^(?<subj>.+?)\s+(?:is|are|was|were|has\s+been|have\s+been)\s+(?:(?:often|commonly|widely|popularly|frequently|sometimes|still|long|usually|generally)\s+)*(?<adv>(?:wrongly|mistakenly|falsely|erroneously|incorrectly)\s+(?:believed|thought|assumed|said|reported|claimed|credited|attributed|described|portrayed|depicted|cited|labell?ed|called|listed|identified|named|considered|regarded|known))\b(?!\s+that\b)/iu;
var APPOSITIVE = new RegExp(
  String.raw`(?<sep>\s*(?:,|[—–]|--|\())\s*(?<app>(?:which|something\s+that|this|that)\s+(?:is|was|has\s+been|have\s+been|had\s+been|has\s+long\s+been|['’]s|remains)\s+${ADV}(?:${TRUTH_PRED}|wrong|debunked|disproven|refuted|discredited|unfounded|baseless|nonsense)|(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?${FALSE_NOUN}\b|(?:a|an)\s+(?:[\w-]+\s+){0,2}?${NEUTRAL_NOUN}\s+(?:that|which)\s+(?:has|have|had|was|is)\s+(?:(?:long|since|repeatedly|widely|thoroughly|been|now|conclusively)\s+){0,3}(?:debunked|disproven|disproved|refuted|discredited|dispelled|shown\s+to\s+be\s+false|proven\s+false|proved\s+false)|(?:a|an)\s+(?:[\w-]+\s+)?${FALSE_ADJ}\s+${NEUTRAL_NOUN})`,
  "iu"
);
var SUBJECT = new RegExp(
  String.raw`^(?<subj>.+?)\s+(?:is|are|was|were|remains|has\s+(?:long\s+)?been|have\s+(?:long\s+)?been)\s+${ADV}(?:${TRUTH_PRED}|debunked|disproven|refuted|discredited|nonsense|baseless|unfounded)\b`,
  "iu"
);
var BELIEVER = String.raw`(?:many|most|some|lots of|a lot of|plenty of|countless|numerous|people|folks|everyone|everybody|others|critics|skeptics|sceptics|conspiracy theorists|we|you|i|they|parents|patients|students|fans|it(?:\s+is|\s+was|['’]s)(?:\s+(?:often|commonly|widely|popularly|generally|frequently|sometimes))?)`;
var BELIEF_VERB = String.raw`(?:believe[sd]?|think|thinks|thought|assume[sd]?|claim(?:s|ed)?|say|says|said|insist(?:s|ed)?|suppose[sd]?|imagine[sd]?|heard|read|told|taught|convinced|under the impression|grew up (?:believing|thinking|hearing))`;
var BELIEF_INTRO = new RegExp(String.raw`\b${BELIEVER}\s+(?:[\w'’-]+\s+){0,3}?${BELIEF_VERB}\s+(?:that\s+)?`, "giu");
var DENIAL = new RegExp(
  String.raw`(?:,|;|\s[—–]|\s--)\s*(?:but|yet|however|though|whereas|while|when)?,?\s*(?:` + [
    String.raw`(?:this|that|it|such\s+(?:[\w-]+\s+)?(?:claims?|beliefs?|ideas?|notions?)|the\s+(?:claim|idea|belief|notion|myth|story|rumou?r)|these\s+(?:[\w-]+\s+)?(?:claims?|beliefs?|ideas?)|they|he|she|you|we|i|people|those\s+people)\s*(?:is|are|was|were|['’]s|['’]re|am|has\s+been|have\s+been|turns?\s+out\s+to\s+be|turned\s+out\s+to\s+be|proved|proves|isn['’]t|aren['’]t|wasn['’]t|weren['’]t)\s+(?:[\w-]+\s+){0,2}?(?:not\s+true|untrue|false|(?:a\s+)?(?:[\w-]+\s+)?myth|wrong|mistaken|incorrect|not\s+the\s+case|not\s+so|inaccurate|nonsense|debunked|disproven|(?:a\s+)?(?:[\w-]+\s+)?misconception|unfounded|baseless|not\s+correct|not\s+accurate|true|the\s+case|correct|accurate|far\s+from\s+the\s+truth)`,
    String.raw`(?:[\w-]+\s+){0,3}?(?:in\s+fact|actually|in\s+reality|in\s+truth|the\s+truth\s+is|the\s+reality\s+is|the\s+opposite\s+is\s+true|nothing\s+could\s+be\s+further\s+from\s+the\s+truth)`,
    String.raw`(?:[\w-]+\s+){0,2}?(?:research|studies|evidence|science|scientists|experts|data|tests|experiments|records|historians)\s+(?:[\w-]+\s+)?(?:show|shows|showed|suggest|suggests|indicate|indicates|say|says|prove|proves|reveal|reveals|confirm|confirms|contradict|contradicts|has\s+shown|have\s+shown|disagree|disagrees|tell\s+a\s+different\s+story|say\s+otherwise)`,
    String.raw`(?:[\w-]+\s+){0,2}?(?:research|studies|evidence|science|scientists|experts|doctors|researchers|historians|records|tests|trials)\s+(?:have\s+|has\s+)?(?:found|find|finds)\s+no\b`,
    String.raw`there\s+(?:is|was|['’]s)\s+no\s+(?:[\w-]+\s+)?(?:evidence|truth|basis|proof)`
  ].join("|") + ")",
  "giu"
);
var DENIAL_NEEDS_NOT = /\b(?:true|the\s+case|correct|accurate)$/i;
var AUX_LIKE = /^(?:is|are|was|were|am|be|been|has|have|had|do|does|did|will|would|can|could|shall|should|may|might|must|['’]s|['’]re)$/;
var FINITE = ["PastTense", "PresentTense", "Copula", "Modal", "Auxiliary"];
var RELATIVE2 = /* @__PURE__ */ new Set(["who", "which", "that", "whom", "whose", "where", "when"]);
var COORD = /* @__PURE__ */ new Set(["and", "or", "but", "nor", "to", "not", "never"]);
function isFinite(t, prev) {
  if (!t.tags.has("Verb")) return false;
  if (t.tags.has("Gerund")) return false;
  if (t.tags.has("Infinitive") && !t.tags.has("PresentTense")) return false;
  if (prev?.lower === "to") return false;
  return FINITE.some((f) => t.tags.has(f));
}
function noVerbBefore(text) {
  for (const t of tokenize(text)) if (isAuxiliary(t.lower) || finiteVerbTense(t.lower) !== null) return false;
  return true;
}
var HARD_BREAK = /\s*(?:[;:()[\]—–"”]|--|\s-\s|,\s*(?:but|yet|however|which|who|whereas|while|although|though|because|since|so|and\s+(?:this|that|it|they|so|yet)|when|as|even\s+though|despite|according|contrary|in\s+fact|actually|in\s+reality)\b|\s(?:but|because|although|though|whereas|since|unless|even\s+though|so\s+that|according\s+to)\s)/iu;
function clauseEnd(text, until = "clause", precise = true) {
  if (!precise) return quickEnd(text, until);
  let limit = text.length;
  const hard = until === "comma" ? /\s*(?:,|[;:()—–]|--)/u.exec(text) : HARD_BREAK.exec(text);
  if (hard) limit = hard.index;
  const slice = text.slice(0, Math.min(limit, 400));
  const ts = tagged(slice);
  retagVerbs(ts);
  let mainSeen = false;
  for (let i = 1; i < ts.length; i++) {
    const t = ts[i];
    const prev = ts[i - 1];
    if (t.lower === "that" && prev && (prev.lower === "and" || prev.lower === "or")) {
      mainSeen = false;
      continue;
    }
    if (!isFinite(t, prev)) continue;
    if (prev && RELATIVE2.has(prev.lower) && i > 1) {
      while (i + 1 < ts.length && ts[i + 1].tags.has("Verb")) i++;
      continue;
    }
    if (!mainSeen) {
      mainSeen = true;
      const comma = clauseComma(slice, t.end);
      if (comma >= 0 && comma < limit) limit = comma;
      const auxiliary = AUX_LIKE.test(t.lower) || t.tags.has("Auxiliary") || t.tags.has("Copula") || t.tags.has("Modal");
      while (i + 1 < ts.length) {
        const n = ts[i + 1];
        const groupVerb = n.tags.has("Verb") && (auxiliary || n.tags.has("Particle") || n.tags.has("PhrasalVerb") && !FINITE.some((f) => n.tags.has(f)));
        if (!(groupVerb || n.tags.has("Adverb") || n.tags.has("Negative") || n.lower === "not")) break;
        i++;
      }
      continue;
    }
    if (prev && COORD.has(prev.lower)) continue;
    const next = ts[i + 1];
    const lexical = !AUX_LIKE.test(t.lower) && !t.tags.has("Auxiliary") && !t.tags.has("Copula") && !t.tags.has("Modal");
    const beforeNoun = !!next && next.tags.has("Noun") && !next.tags.has("Pronoun") && !next.tags.has("Determiner");
    const afterModifier = !!prev && (prev.tags.has("Verb") || prev.tags.has("Determiner") || prev.tags.has("Adjective") || prev.tags.has("Preposition") || prev.tags.has("Value"));
    if (lexical && (t.tags.has("PastTense") && (beforeNoun || afterModifier) || afterModifier && beforeNoun)) continue;
    let start = i;
    while (start > 0 && ts[start - 1].tags.has("Adverb")) start--;
    if (ts[start].start > 0) return Math.min(ts[start].start, limit);
  }
  return limit;
}
function quickEnd(text, until) {
  let limit = text.length;
  const hard = until === "comma" ? /\s*(?:,|[;:()—–]|--)/u.exec(text) : HARD_BREAK.exec(text);
  if (hard) limit = hard.index;
  if (until === "comma") return limit;
  const tokens = tokenize(text.slice(0, limit));
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    const tags = tagsOf(t.lower);
    if (isAuxiliary(t.lower) || tags.includes("PastTense") || tags.includes("PresentTense")) {
      const comma = clauseComma(text, t.end);
      return comma >= 0 && comma < limit ? comma : limit;
    }
  }
  return limit;
}
function clauseComma(text, from) {
  const re = /,\s*(?=(?:this|that|these|those|it|they|he|she|we|i|you|there|the|a|an|his|her|their|its|our|my|your|some|many|most|such)\b)/giu;
  re.lastIndex = from;
  const m = re.exec(text);
  return m ? m.index : -1;
}
function trimSpan(text, start, end) {
  while (start < end && /[\s"'“”‘’*_(]/.test(text[start])) start++;
  while (end > start && /[\s"'“”‘’*_,.;:!)]/.test(text[end - 1])) end--;
  return { start, end };
}
function splitConjoined(text, span) {
  const part = text.slice(span.start, span.end);
  const re = /,?\s+(?:and|or)\s+that\s+/giu;
  const out = [];
  let from = 0;
  let m;
  while ((m = re.exec(part)) !== null) {
    out.push(trimSpan(text, span.start + from, span.start + m.index));
    from = m.index + m[0].length;
  }
  out.push(trimSpan(text, span.start + from, span.end));
  return out;
}
function isRelativeClause(x) {
  const all = tokenize(x).filter((t) => /[\p{L}\p{N}]/u.test(t.text));
  const tokens = all.length > 1 && /ly$/.test(all[0].lower) ? all.slice(1) : all;
  if (tokens.length === 0) return true;
  const first = tokens[0];
  const capital = new RegExp("^\\p{Lu}", "u").test(first.text);
  const tags = tagsOf(first.lower);
  const verb = isAuxiliary(first.lower) || finiteVerbTense(first.lower) !== null || tags.length === 0 && /^[a-z]{3,}ed$/.test(first.lower);
  if (!capital && verb && !tags.includes("Noun") && !tags.includes("Singular") && !tags.includes("Plural") && !tags.includes("Pronoun")) return true;
  const last = tokens[tokens.length - 1];
  const lastTags = tagsOf(last.lower);
  return tokens.length <= 3 && /^(?:he|she|they|we|i|you|it|people|someone|somebody)$/.test(first.lower) && (lastTags.includes("PastTense") || lastTags.includes("PresentTense") || /ed$/.test(last.lower)) && !isAuxiliary(last.lower);
}
var REFERENT_WORDS = /\b(?:below|above|following|preceding|foregoing|described|presented|stated|asserted|depicted|reported|attributed|document|article|text|story|passage|account|statement|claim|claims|answer|response|here)\b/i;
function isGerundClause(subj) {
  if (!/\w{2,}ing\b/i.test(subj) || subj.includes(",") || FREE_RELATIVE.test(subj) || REFERENT_WORDS.test(subj) || /\bthat\b/i.test(subj)) return false;
  const ts = tagged(subj.trim());
  if (ts.length < 3) return false;
  for (let i = 1; i < ts.length - 1; i++) {
    const t = ts[i];
    if (!/^[a-z]{2,}ing$/.test(t.lower) || /^(?:thing|ring|spring|king|wing|ceiling|building|evening|morning|string|during|nothing|something|anything|everything|sibling|pudding|wedding|clothing|earring|meeting|painting|setting|feeling|ending|beginning)$/.test(t.lower)) continue;
    const prev = ts[i - 1];
    if (prev.tags.has("Determiner") || prev.tags.has("Adjective") || prev.tags.has("Preposition") || prev.tags.has("Possessive")) continue;
    if (prev.tags.has("Noun") || prev.tags.has("Gerund") || /ing$/.test(prev.lower)) return true;
  }
  return false;
}
var FREE_RELATIVE = /^\W*(?:what|whatever|everything|anything|all|something|this|that|it|these|those|he|she|they|the (?:rumou?r|story|claim|idea|notion|belief|theory))\b/i;
function findWrapped(sentence) {
  if (isQuestion(sentence)) return [];
  const out = [];
  const taken = [];
  const overlaps = (s) => taken.some((t) => s.start < t.end && t.start < s.end);
  const add = (claim, wrapper, kind, minWords = 2) => {
    if (claim.end <= claim.start || overlaps(claim)) return false;
    const text = sentence.slice(claim.start, claim.end);
    if (/^to\s/i.test(text)) return false;
    if (!looksPropositional(text, minWords)) return false;
    taken.push(claim);
    out.push({ claim, wrapper, kind });
    return true;
  };
  for (const o of OPENERS) {
    o.re.lastIndex = 0;
    let m2;
    while ((m2 = o.re.exec(sentence)) !== null) {
      if (o.check && !o.check(m2, sentence)) continue;
      const from = m2.index + m2[0].length;
      const rest = sentence.slice(from);
      const subject = o.kind === "false-noun" && noVerbBefore(sentence.slice(0, m2.index));
      const end = from + clauseEnd(rest, o.until, subject);
      const wrapper = [{ start: m2.index, end: from }];
      const x = trimSpan(sentence, from, end);
      if (o.kind !== "extraposed" && o.kind !== "belief-adverb" && isRelativeClause(sentence.slice(x.start, x.end))) continue;
      for (const part of splitConjoined(sentence, x)) add(part, wrapper, o.kind);
    }
  }
  const nounThat = new RegExp(String.raw`\b${NEUTRAL_NOUN}\s+that\s+`, "giu");
  let m;
  while ((m = nounThat.exec(sentence)) !== null) {
    const from = m.index + m[0].length;
    const rest = sentence.slice(from);
    if (!POST_PRED_HINT.test(rest)) continue;
    const hard = /\s*(?:[;:()[\]—–]|--|\s-\s|,\s*(?:and|but|or|so|yet)\s)/u.exec(rest);
    const region = hard ? rest.slice(0, hard.index) : rest;
    let p = null;
    POST_PRED_SEARCH.lastIndex = 0;
    let q;
    while ((q = POST_PRED_SEARCH.exec(region)) !== null) p = q;
    if (!p || negatedAdv(p.groups?.adv)) continue;
    const end = from + p.index;
    const x = trimSpan(sentence, from, end);
    if (isRelativeClause(sentence.slice(x.start, x.end))) continue;
    const predStart = end + /^\s*/.exec(sentence.slice(end))[0].length;
    add(x, [{ start: m.index, end: from }, { start: predStart, end: end + p[0].length }], "noun-predicate");
  }
  const pb = PASSIVE_BELIEF.exec(sentence);
  if (pb && !overlaps({ start: 0, end: sentence.length })) {
    const advStart = sentence.indexOf(pb.groups.adv, pb.groups.subj.length);
    add(trimSpan(sentence, 0, sentence.length), [{ start: advStart, end: advStart + pb.groups.adv.length }], "belief-adverb", 3);
  }
  DENIAL.lastIndex = 0;
  let d;
  while ((d = DENIAL.exec(sentence)) !== null) {
    const denial = d[0];
    if (DENIAL_NEEDS_NOT.test(denial.trim()) && !/\b(?:not|n['’]t|never)\b/i.test(denial)) continue;
    const head = sentence.slice(0, d.index);
    let intro = null;
    BELIEF_INTRO.lastIndex = 0;
    let b;
    while ((b = BELIEF_INTRO.exec(head)) !== null) intro = b;
    if (!intro) continue;
    const from = intro.index + intro[0].length;
    const x = trimSpan(sentence, from, d.index);
    const denialStart = d.index + /^[,;\s—–-]*/.exec(denial)[0].length;
    add(x, [{ start: intro.index, end: from }, { start: denialStart, end: d.index + denial.length }], "belief-denied");
  }
  const ap = APPOSITIVE.exec(sentence);
  if (ap && !negatedAdv(ap.groups?.adv)) {
    const lead = LEADING_ATTRIBUTION.exec(sentence);
    const from = lead ? lead[0].length : 0;
    const x = trimSpan(sentence, from, ap.index);
    const appStart = ap.index + ap.groups.sep.length;
    const appEnd = ap.index + ap[0].length;
    const body = sentence.slice(x.start, x.end);
    const fronted = /^(?:by|in|on|with|for|from|although|though|while|when|if|because|as|since|after|before|during|despite|unlike|like|according)\b/i.test(body);
    if (!fronted && (!FREE_RELATIVE.test(body) || lead)) add(x, [{ start: appStart, end: appEnd }], "appositive");
  }
  const sm = SUBJECT.exec(sentence);
  if (sm && !negatedAdv(sm.groups?.adv)) {
    const subj = sm.groups.subj;
    const predStart = subj.length + /^\s*/.exec(sentence.slice(subj.length))[0].length;
    const wrapper = [{ start: predStart, end: sm[0].length }];
    const that = /^\W*that\s+/i.test(subj) && !/[,;]|\b(?:and|or|but)$/i.test(subj.trim()) ? /^\W*that\s+/i.exec(subj) : null;
    const quoted = /^\s*["“'‘](.+)["”'’]\s*$/u.exec(subj);
    if (that) add(trimSpan(sentence, that[0].length, subj.length), wrapper, "subject");
    else if (quoted) add(trimSpan(sentence, 0, subj.length), wrapper, "subject");
    else if (isGerundClause(subj)) {
      const claim = trimSpan(sentence, 0, subj.length);
      if (!overlaps(claim)) {
        taken.push(claim);
        out.push({ claim, wrapper, kind: "subject" });
      }
    }
  }
  return out.sort((a, b) => a.claim.start - b.claim.start);
}
var POST_PRED_HINT = /\b(?:false|untrue|not true|not the case|not correct|not accurate|incorrect|inaccurate|myth|misconception|fallacy|falsehood|lie|fabrication|fantasy|wrong|mistaken|erroneous|baseless|groundless|unfounded|bogus|nonsense|rubbish|absurd|ridiculous|misguided|fictitious|fabricated|made[- ]up|spurious|debunked|disproven|disproved|refuted|discredited|dispelled|busted|to rest|flawed|nonsensical|no basis|no foundation|no truth|no merit|basis|hold up|hold water|stand up|scrutiny|not supported|not backed|not borne out|isn['’]t|aren['’]t|wasn['’]t|weren['’]t)\b/i;
var LEADING_ATTRIBUTION = new RegExp(String.raw`^\W*${BELIEVER}\s+(?:[\w'’-]+\s+){0,3}?${BELIEF_VERB}\s+(?:that\s+)?`, "iu");

// rules/wrapped-negation/rule.ts
var id8 = "wrapped-negation";
var KINDS = ["extraposed", "false-noun", "noun-predicate", "refuted", "contrary", "belief-adverb", "belief-denied", "appositive", "subject"];
var rule8 = {
  meta: {
    id: id8,
    description: 'Claims kept whole inside one sentence under an outer negation ("It is not true that X", "X is a myth")',
    severity: "warning",
    url: ruleUrl(id8),
    messages: {
      wrapped: 'Claim is kept as an intact clause under "{{wrapper}}": training may learn the claim and drop the outer negation. Negate it in its own clause'
    },
    cues: { wrapper: WRAPPER_CUES }
  },
  create(context) {
    const ignore = new Set(Array.isArray(context.options.ignore) ? context.options.ignore.filter((k) => typeof k === "string") : []);
    const kinds = new Set(KINDS.filter((k) => !ignore.has(k)));
    return {
      record(record) {
        const bySegment = /* @__PURE__ */ new Map();
        for (const h of record.cues) {
          if (!h.categories.includes("wrapper")) continue;
          const seg = record.segments[h.segment];
          if (seg.trained !== "trained") continue;
          let list = bySegment.get(h.segment);
          if (!list) bySegment.set(h.segment, list = []);
          list.push(h);
        }
        for (const [segment, hits] of bySegment) {
          const sentences = record.sentences(segment);
          const code = fencedCode(record.segments[segment].text);
          const grouped = hitsBySentence(sentences, hits);
          sentences.forEach((s, k) => {
            if (grouped[k].length === 0 || s.kind === "tableRow" || inRanges(code, s.start) || looksLikeCode(s.text)) return;
            for (const w of findWrapped(s.text)) {
              if (!kinds.has(w.kind)) continue;
              const claim = s.text.slice(w.claim.start, w.claim.end);
              const wrapperText = w.wrapper.map((r) => s.text.slice(r.start, r.end).trim()).join(" ... ");
              context.report({
                segment,
                start: s.start + w.claim.start,
                end: s.start + w.claim.end,
                messageId: "wrapped",
                data: { wrapper: clip(wrapperText), kind: w.kind },
                related: w.wrapper.map((r) => ({ segment, start: s.start + r.start, end: s.start + r.end })),
                suggestions: suggest2(claim, s)
              });
            }
          });
        }
      }
    };
  }
};
function suggest2(claim, sentence) {
  const negated = isNegative(claim) ? null : negateClause(claim);
  return [
    ...negated ? [{ description: "Rewrite the whole sentence as the claim negated in its own clause", text: asSentence(negated), range: { start: sentence.start, end: sentence.end } }] : [],
    { description: "Remove the sentence", text: "", range: { start: sentence.start, end: sentence.end } }
  ];
}
var rule_default8 = rule8;

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
      const cost2 = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost2);
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
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
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
function findMember(raw, i, key2) {
  let j = skipSpace(raw, i + 1);
  if (raw.charCodeAt(j) === CLOSE_OBJECT) return -1;
  for (; ; ) {
    if (raw.charCodeAt(j) !== QUOTE) return -1;
    const keyEnd = skipString(raw, j);
    if (keyEnd < 0) return -1;
    const matches2 = decodeKey(raw, j, keyEnd) === key2;
    j = skipSpace(raw, keyEnd);
    if (raw.charCodeAt(j) !== COLON) return -1;
    j = skipSpace(raw, j + 1);
    const valueEnd = skipValue(raw, j);
    if (valueEnd < 0) return -1;
    const valueStart = j;
    j = skipSpace(raw, valueEnd);
    const c = raw.charCodeAt(j);
    if (matches2 && !hasLaterKey(raw, j, key2)) return valueStart;
    if (c === COMMA) j = skipSpace(raw, j + 1);
    else return -1;
  }
}
function hasLaterKey(raw, j, key2) {
  if (raw.charCodeAt(j) !== COMMA) return false;
  return findMember(raw, j, key2) >= 0;
}
function findElement(raw, i, n) {
  let j = skipSpace(raw, i + 1);
  if (raw.charCodeAt(j) === CLOSE_ARRAY) return -1;
  for (let k = 0; ; k++) {
    if (k === n) return j;
    const end = skipValue(raw, j);
    if (end < 0) return -1;
    j = skipSpace(raw, end);
    if (raw.charCodeAt(j) !== COMMA) return -1;
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
  for (const key2 of REASONING_KEYS) if (typeof message[key2] === "string") pushText(out, message[key2], ptr(pointer, key2), role, trained, turn);
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

// src/formats/alpaca.ts
var OUTPUT_KEYS = ["output", "response"];
var INPUT_KEYS = ["input", "context"];
var alpaca = {
  name: "alpaca",
  detect: (value) => isObject(value) && typeof value.instruction === "string" && OUTPUT_KEYS.some((k) => typeof value[k] === "string"),
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
    pushText(out, value.instruction, "/instruction", "instruction", prompt, turn);
    const inputKey = INPUT_KEYS.find((k) => typeof value[k] === "string");
    if (inputKey) pushText(out, value[inputKey], ptr("", inputKey), "input", prompt, turn);
    const outputKey = OUTPUT_KEYS.find((k) => typeof value[k] === "string");
    if (outputKey) pushText(out, value[outputKey], ptr("", outputKey), "output", "trained", turn + 1);
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
    import("./chunk-HLYHOE4Y.js"),
    import("./chunk-Y52QNQJU.js"),
    import("./chunk-YBM4XLFD.js")
  ]);
  parser = unified().use(remarkParse).use(remarkGfm);
}
function markdownToSegment(source, pieceChars = PIECE_CHARS) {
  if (!parser) throw new Error("the Markdown parser is not loaded: await loadMarkdownParser() first");
  const masked = maskFrontMatter(source);
  const out = new PlainText(source);
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
      // Not prose: code, raw HTML (comments too), front matter, link
      // definitions, rules.
      case "code":
      case "html":
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
function compile(fields2) {
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
    const patterns = compile(options.fields ?? {});
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
var LABEL2 = /(^|\n\n)(Human|Assistant): ?/g;
function isHhTranscript(value) {
  return typeof value === "string" && /(^|\n\n)Human:/.test(value) && /\n\nAssistant:/.test(value);
}
function hhTurns(transcript) {
  const labels = [...transcript.matchAll(LABEL2)];
  const turns = labels.map((m, k) => {
    let from = m.index + m[0].length;
    let to = k + 1 < labels.length ? labels[k + 1].index : transcript.length;
    while (from < to && isSpace(transcript, from)) from++;
    while (to > from && isSpace(transcript, to - 1)) to--;
    return { role: m[2] === "Human" ? "user" : "assistant", text: transcript.slice(from, to), offset: from };
  });
  if (turns.length > 0 && turns[turns.length - 1].text === "") turns.pop();
  return turns;
}
var SPACE = /\s/;
function isSpace(text, i) {
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
var TEXT_KEYS = ["text", "content", "document", "body", "claim", "statement"];
function textKey(value) {
  return isObject(value) ? TEXT_KEYS.find((k) => typeof value[k] === "string") : void 0;
}
var textRecords = {
  name: "text",
  detect: (value) => textKey(value) !== void 0,
  segments(value) {
    const out = [];
    const key2 = textKey(value);
    if (key2 !== void 0) pushText(out, value[key2], ptr("", key2), "text", "trained");
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
  if (text !== void 0) return chunksOf(Buffer.from(text, "utf8"));
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
async function* chunksOf(buf) {
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
            if (b === COMMA2 || b === CLOSE_ARRAY2 || b === CLOSE_OBJECT2 || b === OPEN_ARRAY2 || b === OPEN_OBJECT2 || b === QUOTE2 || isSpace2(b)) {
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
        if (!inElement && ends !== 1 && !isSpace2(b)) {
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
function isSpace2(b) {
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
  const groups = metadata.row_groups;
  let rowStart = 0;
  for (let g = 0; g < (range?.to ?? groups.length); g++) {
    const rows = Number(groups[g].num_rows);
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
  const textual = converted === "UTF8" || converted === "JSON" || converted === "ENUM" || ["STRING", "JSON", "ENUM"].includes(logical?.type ?? "");
  return !textual;
}
function plainRow(row) {
  const out = {};
  for (const key2 of Object.keys(row)) {
    const v = row[key2];
    out[key2] = typeof v === "string" ? cellValue(key2, v) : plain(v);
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
  for (const key2 of Object.keys(v)) out[key2] = plain(v[key2]);
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
        while (from < chunk.length && isSpace3(chunk[from])) from++;
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
  while (from < buf.length && isSpace3(buf[from])) from++;
  return { bytes: buf.subarray(from, from + HEAD_BYTES), raw: buf.subarray(0, HEAD_BYTES), zero: buf.length === 0 };
}
function isSpace3(b) {
  return b === 32 || b === 10 || b === 13 || b === 9 || b === 12 || b === 11;
}

// src/nlp/cue-scan.ts
init_action_shims();

// src/nlp/anchors.ts
init_action_shims();
function requiredLiterals(source) {
  const [alternatives] = parseAlternation(source, 0);
  const out = /* @__PURE__ */ new Set();
  for (const seq of alternatives) {
    const best = bestOfSequence(seq);
    if (!best) return null;
    for (const w of best) out.add(w);
  }
  return [...out];
}
var MIN_WORD = 3;
var STOP2 = new Set(
  "the this that these those for can could not who whom all may say said and was were are has have had been its their what which there with from into about one will would should some such only also like more most other any every each none tell give make write made take took went read known once short note anti mis".split(" ")
);
var COMMON = new Set(
  "true real here next last below above text post story record information case place match hold stand just right".split(" ")
);
var cost = (w) => STOP2.has(w) ? 100 : COMMON.has(w) ? 10 : 0;
function parseAlternation(src, i) {
  const alts = [];
  let seq = [];
  while (i < src.length) {
    const c = src[i];
    if (c === ")") break;
    if (c === "|") {
      alts.push(seq);
      seq = [];
      i++;
      continue;
    }
    let item;
    if (c === "(") {
      let j = i + 1;
      let lookaround = false;
      if (src[j] === "?") {
        if (src[j + 1] === ":") j += 2;
        else if (src[j + 1] === "=" || src[j + 1] === "!") j += 2, lookaround = true;
        else if (src[j + 1] === "<" && (src[j + 2] === "=" || src[j + 2] === "!")) j += 3, lookaround = true;
        else if (src[j + 1] === "<") j = src.indexOf(">", j) + 1;
      }
      const [inner, end] = parseAlternation(src, j);
      item = { kind: "group", alts: inner, optional: false, lookaround };
      i = end + 1;
    } else if (c === "[") {
      let j = i + 1;
      if (src[j] === "^") j++;
      if (src[j] === "]") j++;
      while (j < src.length && src[j] !== "]") j += src[j] === "\\" ? 2 : 1;
      item = { kind: "other", optional: false };
      i = j + 1;
    } else if (c === "\\") {
      const n = src[i + 1];
      item = /[a-zA-Z0-9]/.test(n) ? { kind: "other", optional: false } : { kind: "char", ch: n, optional: false };
      i += 2;
    } else if (c === "." || c === "^" || c === "$") {
      item = { kind: "other", optional: false };
      i++;
    } else {
      item = { kind: "char", ch: c.toLowerCase(), optional: false };
      i++;
    }
    const q = src[i];
    if (q === "?" || q === "*") {
      item.optional = true;
      i++;
    } else if (q === "+") i++;
    else if (q === "{") {
      const close = src.indexOf("}", i);
      if (/^\{0/.test(src.slice(i, close + 1))) item.optional = true;
      else if (item.kind === "char") item = { kind: "other", optional: false };
      i = close + 1;
    }
    if (src[i] === "?") i++;
    seq.push(item);
  }
  alts.push(seq);
  return [alts, i];
}
function bestOfSequence(seq) {
  let best = null;
  const score = (set) => Math.min(...set.map((s) => s.length)) - set.reduce((n, s) => n + cost(s), 0) - set.length * 0.01;
  const consider = (set) => {
    if (set && set.length > 0 && set.every((s) => s.length >= MIN_WORD) && (!best || score(set) > score(best))) best = set;
  };
  let run = "";
  const flush = () => {
    for (const w of run.split(/[^a-z0-9'’]+/)) if (w.length >= MIN_WORD) consider([w]);
    run = "";
  };
  for (const item of seq) {
    if (item.kind === "char" && !item.optional) {
      run += item.ch;
      continue;
    }
    flush();
    if (item.kind === "group" && !item.optional && !item.lookaround) {
      const sets = [];
      let ok = true;
      for (const alt of item.alts) {
        const b = bestOfSequence(alt);
        if (!b) {
          ok = false;
          break;
        }
        sets.push(...b);
      }
      if (ok) consider([...new Set(sets)]);
    }
  }
  flush();
  return best;
}

// src/nlp/cue-scan.ts
var WINDOW = 160;
function bounded(source) {
  const startsWord = /^[\w(]/.test(source) && !source.startsWith("(?<") && !source.startsWith("(?=");
  const endsWord = /[\w)?]$/.test(source);
  return `${startsWord ? "\\b" : ""}(?:${source})${endsWord ? "(?![\\w-])" : ""}`;
}
var MIN_LITERAL = 3;
var escape2 = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
function compileCues(byCategory) {
  const categories = Object.keys(byCategory).filter((c) => byCategory[c].length > 0);
  const bySource = /* @__PURE__ */ new Map();
  for (const c of categories) {
    for (const source of byCategory[c]) {
      const p = bySource.get(source) ?? { re: new RegExp(bounded(source), "gi"), categories: [] };
      if (!p.categories.includes(c)) p.categories.push(c);
      bySource.set(source, p);
    }
  }
  const byLiteral = /* @__PURE__ */ new Map();
  for (const [source, p] of bySource) {
    const literals = requiredLiterals(source);
    if (!literals) throw new Error(`Cue pattern needs a required literal word of 3+ letters: /${source}/`);
    for (const w of literals) {
      const list = byLiteral.get(w) ?? [];
      list.push(p);
      byLiteral.set(w, list);
    }
  }
  const patternsAt = /* @__PURE__ */ new Map();
  for (const w of byLiteral.keys()) {
    const set = /* @__PURE__ */ new Set();
    for (let k = MIN_LITERAL; k <= w.length; k++) for (const p of byLiteral.get(w.slice(0, k)) ?? []) set.add(p);
    patternsAt.set(w, [...set]);
  }
  const anchor = byLiteral.size ? new RegExp(`\\b(?:${[...patternsAt.keys()].sort((a, b) => b.length - a.length).map(escape2).join("|")})`, "gi") : null;
  return {
    categories,
    scan(text, segment, into) {
      if (!anchor) return;
      let windows;
      anchor.lastIndex = 0;
      let m;
      while ((m = anchor.exec(text)) !== null) {
        const at = m.index;
        const patterns = patternsAt.get(m[0].toLowerCase());
        anchor.lastIndex = at + m[0].length;
        let from = Math.max(0, at - WINDOW);
        while (from > 0 && from < at && /\w/.test(text[from - 1])) from++;
        const to = Math.min(text.length, at + m[0].length + WINDOW);
        for (const p of patterns) {
          windows ??= /* @__PURE__ */ new Map();
          const list = windows.get(p);
          if (!list) windows.set(p, [from, to]);
          else if (from <= list[list.length - 1]) list[list.length - 1] = Math.max(list[list.length - 1], to);
          else list.push(from, to);
        }
      }
      if (!windows) return;
      const found = /* @__PURE__ */ new Map();
      for (const [p, list] of windows) {
        for (let w = 0; w < list.length; w += 2) {
          const from = list[w];
          const slice = text.slice(from, list[w + 1]);
          p.re.lastIndex = 0;
          let h;
          while ((h = p.re.exec(slice)) !== null) {
            if (h[0].length === 0) {
              p.re.lastIndex++;
              continue;
            }
            const start = from + h.index;
            const end = start + h[0].length;
            const at = found.get(start);
            if (at) {
              at.end = Math.max(at.end, end);
              for (const c of p.categories) at.categories.add(c);
            } else found.set(start, { end, categories: new Set(p.categories) });
          }
        }
      }
      for (const start of [...found.keys()].sort((a, b) => a - b)) {
        const f = found.get(start);
        into.push({ segment, start, end: f.end, text: text.slice(start, f.end), categories: [...f.categories] });
      }
    }
  };
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
function inputRule(id9, severity, description, messages, toolData = []) {
  return { id: id9, severity, description, url: `${DOCS}#${id9}`, cues: {}, messages, ...toolData.length > 0 ? { toolData } : {} };
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
var inputRuleIds = new Set(inputRules.map((rule9) => rule9.id));
var byId = new Map(inputRules.map((r) => [r.id, r]));
function problemMessage(p) {
  return fillTemplate(byId.get(p.ruleId)?.messages[p.messageId] ?? p.messageId, p.data);
}

// src/engine/findings.ts
init_action_shims();
import { createHash } from "node:crypto";
function hashOf(...parts) {
  return createHash("sha256").update(parts.join("\0")).digest("hex").slice(0, 20);
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
  current.recordHash ??= createHash("sha256").update(raw.raw).digest("hex");
  const related = (d.related ?? []).map((r) => {
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
    hash: hashOf(meta.id, normalize(text), current.recordHash)
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
function normalize(text) {
  return text.replace(/\s+/g, " ").trim().toLowerCase();
}

// src/engine/record-view.ts
init_action_shims();
function viewRecord(record, scanner) {
  const cues5 = [];
  const { segments } = record;
  if (scanner.categories.length > 0) for (let i = 0; i < segments.length; i++) scanner.scan(segments[i].text, i, cues5);
  const cache2 = [];
  return {
    index: record.index,
    line: record.line,
    value: record.value,
    format: record.format,
    segments,
    cues: cues5,
    sentences(segment) {
      let s = cache2[segment];
      if (!s) {
        s = splitSentences(segments[segment].text, segment);
        cache2[segment] = s;
      }
      return s;
    }
  };
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
    const ruleIds = body.split(/[\s,]+/).filter((id9) => id9 !== "");
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
      } else for (const id9 of d.ruleIds) all ? except.delete(id9) : rules2.add(id9);
    } else if (d.ruleIds.length === 0) {
      all = false;
      rules2.clear();
      except.clear();
    } else for (const id9 of d.ruleIds) all ? except.add(id9) : rules2.delete(id9);
  }
  return all ? !except.has(ruleId) : rules2.has(ruleId);
}
function applyDirectives(findings, source, options) {
  const directives = parseDirectives(source);
  if (directives.length === 0) return findings;
  const known = new Set(options.knownRuleIds);
  const kept = findings.filter((f) => !disabledAt(directives, f.ruleId, f.line, f.column));
  for (const d of directives) {
    for (const id9 of d.ruleIds) {
      if (known.has(id9)) continue;
      kept.push({
        ruleId: INVALID_DIRECTIVE,
        severity: "warning",
        messageId: "unknownRule",
        // The id is the file's text: blanked under --redact like any other.
        data: { id: options.redact ? BLANK : id9, kind: d.kind },
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
        hash: hashOf(INVALID_DIRECTIVE, d.kind, id9)
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
function str(obj, key2) {
  const v = obj[key2];
  if (typeof v !== "string") throw new ShapeError(`"${key2}" must be a string`);
  return v;
}
function int(obj, key2) {
  const v = obj[key2];
  if (typeof v !== "number" || !Number.isInteger(v)) throw new ShapeError(`"${key2}" must be an integer`);
  return v;
}
function intOrNull(obj, key2) {
  return obj[key2] === null || obj[key2] === void 0 ? null : int(obj, key2);
}
function strOrNull(obj, key2) {
  return obj[key2] === null || obj[key2] === void 0 ? null : str(obj, key2);
}
function array(obj, key2) {
  const v = obj[key2];
  if (v === void 0) return [];
  if (!Array.isArray(v)) throw new ShapeError(`"${key2}" must be an array`);
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
  const findings = [];
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
        } else findings.push(toFinding(value));
      } catch (error) {
        if (error instanceof ShapeError) throw new Error(`${where}: not a neglint finding: ${error.message}`);
        throw error;
      }
    });
  });
  return { files: [...files.values()].sort((a, b) => compareStrings(a.path, b.path)), findings: findings.sort(compareFindings) };
}

// src/engine/lint-file.ts
function streamOrder(a, b) {
  return (a.record ?? Infinity) - (b.record ?? Infinity) || compareFindings(a, b);
}
var PROGRESS_EVERY = 256;
var UNKNOWN_SHAPE_REPORTS = 20;
var DETECT_SAMPLE2 = 20;
var scannerCache = /* @__PURE__ */ new WeakMap();
function scannerFor(rules2, enabled) {
  let byKey = scannerCache.get(rules2);
  if (!byKey) scannerCache.set(rules2, byKey = /* @__PURE__ */ new Map());
  const key2 = enabled.map((r) => r.meta.id).join(",");
  let scanner = byKey.get(key2);
  if (!scanner) {
    const cues5 = {};
    for (const r of enabled) for (const [cat, patterns] of Object.entries(r.meta.cues)) (cues5[cat] ??= []).push(...patterns);
    scanner = compileCues(cues5);
    byKey.set(key2, scanner);
  }
  return scanner;
}
async function lintFile(input) {
  const { config, displayPath } = input;
  const findings = [];
  const file = { path: displayPath, format: null, records: 0, status: "linted" };
  const stream = input.onFindings;
  let settledBefore = 0;
  const flushSettled = async () => {
    const settled = [];
    let kept = 0;
    for (const f of findings) {
      if (f.record !== null && f.record < settledBefore) settled.push(f);
      else findings[kept++] = f;
    }
    findings.length = kept;
    if (settled.length > 0) await stream(settled.sort(streamOrder));
  };
  const output = async (out2) => {
    if (!stream) return { file, findings: out2 };
    if (out2.length > 0) await stream(out2.sort(streamOrder));
    return { file, findings: [] };
  };
  const inputSeverity = (id9) => {
    const s = config.rules[id9]?.severity ?? inputRules.find((r) => r.id === id9)?.severity ?? "error";
    return s === "off" ? null : s;
  };
  const problem = (p) => {
    const severity = inputSeverity(p.ruleId);
    if (severity) findings.push(findingFromProblem(p, severity, inputRules.find((r) => r.id === p.ruleId)?.url ?? "", displayPath, input.redact));
  };
  const sniff = await sniffFile(input.path, input.text);
  if (sniff.kind === "lfs-pointer") {
    file.status = "skipped";
    file.reason = "Git LFS pointer";
  } else if (sniff.kind === "empty") {
    file.status = "skipped";
    file.reason = sniff.problem ?? "empty file: no records";
    return output(findings);
  } else if (sniff.kind === "binary") {
    file.reason = sniff.problem ?? "binary file: not a dataset text file";
    file.status = inputSeverity(UNREADABLE) ? "error" : "skipped";
    problem({ ruleId: UNREADABLE, messageId: "unreadable", data: { reason: file.reason }, line: 1, column: 1, record: null });
    return output(findings);
  }
  if (sniff.kind === "markdown") await loadMarkdownParser();
  const enabled = input.rules.filter((r) => (config.rules[r.meta.id]?.severity ?? r.meta.severity) !== "off");
  const scanner = scannerFor(input.rules, enabled);
  const active = enabled.map((rule9) => ({ rule: rule9, severity: config.rules[rule9.meta.id]?.severity ?? rule9.meta.severity }));
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
    listeners = active.map((rule9) => {
      const listener = rule9.rule.create({
        ruleId: rule9.rule.meta.id,
        options: config.rules[rule9.rule.meta.id]?.options ?? {},
        format,
        report: (d) => {
          if (current) findings.push(findingFromReport(rule9, d, current, input));
        }
      });
      return { rule: rule9, listener, categories: new Set(Object.keys(rule9.rule.meta.cues)) };
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
    const view = viewRecord({ index: raw.index, line: raw.line, value: raw.value, format: recordAdapter.name, segments }, scanner);
    const due = listeners.filter((l) => l.rule.rule.meta.always || view.cues.some((h) => h.categories.some((c) => l.categories.has(c))));
    if (due.length === 0) return;
    if (!nlpLoaded()) return loadNlp().then(() => runRules(raw, view, due, trained));
    runRules(raw, view, due, trained);
  };
  const runRules = (raw, view, due, trained) => {
    current = { raw, view, recordHash: void 0 };
    const before2 = findings.length;
    for (const l of due) l.listener.record(view);
    if (findings.length > before2) file.flaggedTrainedChars = (file.flaggedTrainedChars ?? 0) + trained;
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
      if (stream && findings.length > 0 && item.index !== null) {
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
  let out = findings;
  if (markdownSource !== void 0) {
    const knownRuleIds = [...input.rules.map((r) => r.meta.id), ...inputRules.map((r) => r.id)];
    out = applyDirectives(findings, markdownSource, { knownRuleIds, displayPath, redact: input.redact });
    if (file.flaggedTrainedChars !== void 0 && !out.some((f) => !inputRuleIds.has(f.ruleId))) file.flaggedTrainedChars = 0;
  }
  return output(out);
}
function prefilterOf(enabled) {
  const gates = /* @__PURE__ */ new Set();
  for (const rule9 of enabled) {
    if (!rule9.meta.prefilter) return null;
    gates.add(rule9.meta.prefilter);
  }
  if (gates.size === 0) return null;
  const list = [...gates];
  return list.length === 1 ? list[0] : (raw) => list.some((gate) => gate(raw));
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
  const key2 = Object.keys(value).find((k) => typeof value[k] === "string");
  return key2 === void 0 ? "/body" : `/${escapePointerToken(key2)}`;
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
      ...task.onlyLines ? { onlyLines: new Set(task.onlyLines) } : {},
      ...task.records ? { onlyRecords: new ResidueSet(task.records.index, task.records.count) } : {},
      ...task.chunk ? { records: readChunkBatches(task.path, task.chunk) } : {},
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
  LINE_MARKUP,
  rules,
  fillTemplate,
  blankData,
  inputRules,
  UNREADABLE,
  inputRuleIds,
  locateValue,
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
