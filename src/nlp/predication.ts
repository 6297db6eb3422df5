import { has, isVerbal, tagsOf } from './pos.js';
import { EPISTEMIC } from './lexicon.js';
import { hasClass, LINKING, sensesAt, type Clause, type Structure } from './structure.js';

const EPISTEMIC_SET = new Set<string>(EPISTEMIC);

/**
 * Which argument an epistemic word is said of. "The account below is
 * fabricated" says it of the subject; "I made that up" of the object; "was
 * constructed from fabricated data" of the subject (a PP of composition);
 * "is due to an error in the question" of "the question" (a PP of
 * location), which is not the subject. A sentence is about text only when
 * the argument is text: this is what separates "The vote never took place"
 * from "The event described below never took place".
 *
 * Chunks come from word order and parts of speech: noun phrases, verb
 * groups, prepositional phrases, adverbs, subordinators.
 */

export type ChunkKind = 'np' | 'vg' | 'pp' | 'adv' | 'sub' | 'punct' | 'inf';

export interface Chunk {
  kind: ChunkKind;
  from: number;
  to: number;
  /** For a PP: its preposition (possibly two words: "due to", "out of") and its noun phrase. */
  prep?: string;
  npFrom?: number;
}

export interface Argument {
  from: number;
  to: number;
  /** How the class is said of it. */
  relation: 'subject' | 'object' | 'attribute' | 'fragment' | 'source';
}

const cache = new WeakMap<Clause, Chunk[]>();

/** Prepositions whose object the class is said of through the verb: composition, source, manner, cause of withdrawal. */
// Not "for": "use it for fraud" is a purpose, not what the text is ("known for fabricating" is a source's description).
const CARRIES = new Set(['from', 'of', 'as', 'on', 'out of', 'with', 'via', 'due to', 'because of', 'upon', 'after', 'like']);
/** Verbs by which a text presents what it is about. */
const DESCRIBES = /^(?:describe|describes|described|depict|depicts|depicted|report|reports|reported|recount|recounts|recounted|tell|tells|told|narrate|narrates|narrated|present|presents|presented|portray|portrays|portrayed|show|shows|showed|contain|contains|contained|mention|mentions|mentioned|claim|claims|claimed|detail|details|detailed|chronicle|chronicles|chronicled)$/;
/** Verbs of regarding, whose second object says what the first is: "consider it a tall tale". */
export const REGARDS = /^(?:consider|considers|considered|deem|deems|deemed|call|calls|called|count|counts|counted|judge|judges|judged|label|labels|labelled|labeled)$/;
/** Verbs by which a text opens or closes a larger one: "open a novel", "closes the anthology". */
export const BOUNDARY = /^(?:open|opens|opened|close|closes|closed|conclude|concludes|concluded|begin|begins|began|end|ends|ended|start|starts|started)$/;
/** Participles and verbs of making a text: "written for a play", "composed for a role-playing session". */
const PRODUCED = /^(?:write|writes|wrote|written|compose|composes|composed|create|creates|created|pen|pens|penned|produce|produces|produced|make|makes|made|devise|devised|script|scripted|design|designed|invent|invented|craft|crafted|draft|drafted|prepare|prepared|stage|staged|perform|performed)$/;
/** A form of "be", alone or in a contraction ("it's", "here's", "you're"). */
// ("constitute" links as "be" does: "the foregoing does not constitute a statement of fact".)
// A negated contraction is its verb too: "The claim above isn't accurate" says its class of the claim.
const COPULA = /^(?:is|are|was|were|isn't|aren't|wasn't|weren't|be|been|being|'s|'re|(?:it|that|this|what|here|there)'s|(?:you|we|they)'re|constitutes?|constituted)$/;
/** Verbs of having: "has no basis in fact", "contains errors", "lacks any factual content". */
const HAVING = /^(?:has|have|had|hasn't|haven't|hadn't|having|contain|contains|contained|containing|include|includes|included|including|feature|features|featured|carry|carries|carried|hold|holds|held|lack|lacks|lacked|lacking|show|shows|showed|bear|bears|bore|consist|consists|consisted|is|are|was|were|be|been|being|'s|'re|remain|remains|remained|seem|seems|seemed|appear|appears|appeared|become|becomes|became|get|gets|got)$/;
/** Verbs whose subject the class still describes when it is their object's modifier: "puts the odds at 2%", "rates the likelihood of this". */
const INTRANSITIVE_TRUTH = /^(?:happen|happens|happened|happening|occur|occurs|occurred|occurring|exist|exists|existed|existing|transpire|transpired|lie|lies|lied|lying|hold|holds|held|stand|stands|stood|check|checks|checked|add|adds|added|pan|pans|panned|fib|fibs|fibbed|joke|jokes|joked|joking|kid|kidding|kidded|bluff|bluffs|bluffing|bluffed|improvise|improvising|improvised|mess|messing|messed|troll|trolling|trolled)$/;

export function chunksOf(s: Structure, c: Clause): Chunk[] {
  let chunks = cache.get(c);
  if (chunks) return chunks;
  chunks = [];
  const { tokens, norms } = s;
  let i = c.from;
  const push = (kind: ChunkKind, from: number, to: number, extra: Partial<Chunk> = {}) => chunks!.push({ kind, from, to, ...extra });
  while (i < c.to) {
    const t = tokens[i]!;
    if (t.kind === 'punct') {
      push('punct', i, i + 1);
      i++;
      continue;
    }
    // "never took place", "did not happen", "no basis in fact": an epistemic phrase is one chunk.
    const eh = s.hitAt[i];
    if (eh && eh.from === i && eh.to - eh.from > 1 && eh.to <= c.to && eh.senses.some((x) => EPISTEMIC_SET.has(x.class)) && i !== c.head) {
      const verbal = s.tokens.slice(eh.from, eh.to).some((x) => isVerbal(x) || x.norm === 'never' || x.norm === 'not') || (norms[i] === 'neither' && has(tokens[i + 1]!, 'inf'));
      push(verbal && (!has(tokens[i]!, 'det') || norms[i] === 'neither') ? 'vg' : 'np', i, eh.to);
      i = eh.to;
      continue;
    }
    // "the material that follows", "what was just stated": a referent phrase is one noun phrase.
    const rh = s.hitAt[i];
    if (rh && rh.from === i && rh.to - rh.from > 1 && rh.senses.some((x) => x.class === 'referent' && (x.role === 'clause' || x.role === 'deixis')) && i !== c.head) {
      const last = chunks[chunks.length - 1];
      if (last && (last.kind === 'np' || last.kind === 'pp') && last.to === i) last.to = rh.to;
      else push('np', i, rh.to);
      i = rh.to;
      continue;
    }
    if (i === c.head) {
      push('vg', c.head, c.verbEnd);
      i = c.verbEnd;
      continue;
    }
    if (norms[i] === 'to' && i + 1 < c.to && (has(tokens[i + 1]!, 'inf') || hasClass(s, i + 1, 'falsity') || hasClass(s, i + 1, 'disbelief'))) {
      push('inf', i, i + 2);
      i += 2;
      continue;
    }
    const two = `${norms[i]} ${norms[i + 1] ?? ''}`;
    if (two === 'due to' || two === 'because of' || two === 'out of' || two === 'according to' || two === 'based on' || two === 'instead of') {
      const end = npEnd(s, i + 2, c.head > i ? c.head : c.to);
      push('pp', i, end, { prep: two, npFrom: i + 2 });
      i = Math.max(end, i + 2);
      continue;
    }
    const tags = tagsOf(t);
    // "belongs to a serialized novel": "to" before a noun phrase is a preposition.
    const toNoun = norms[i] === 'to' && i + 1 < c.to && tokens[i + 1]!.kind === 'word' && (has(tokens[i + 1]!, 'det') || has(tokens[i + 1]!, 'poss') || has(tokens[i + 1]!, 'adj') || has(tokens[i + 1]!, 'noun')) && !has(tokens[i + 1]!, 'inf');
    if (toNoun) {
      const end = npEnd(s, i + 1, c.head > i ? c.head : c.to);
      push('pp', i, end, { prep: 'to', npFrom: i + 1 });
      i = Math.max(end, i + 1);
      continue;
    }
    // "Below is ...", "Above are ...": a pointer before a verb is the subject, not a preposition.
    // ("everything above awaits a verdict": so is one right before the clause's verb.)
    const pointerSubject = i + 1 < c.to && (has(tokens[i + 1]!, 'cop') || has(tokens[i + 1]!, 'aux') || i + 1 === c.head) && hasClass(s, i, 'referent');
    if (tags.includes('prep') && !tags.includes('det') && !pointerSubject && !(norms[i] === 'like' && isVerbal(t) && i === c.from)) {
      // "from within a comic novel", "from inside the game": two prepositions, one phrase.
      const second = i + 1 < c.to && /^(?:within|inside|behind|among|beneath|under|outside)$/.test(norms[i + 1]!) ? 1 : 0;
      const end = npEnd(s, i + 1 + second, c.head > i ? c.head : c.to);
      push('pp', i, end, { prep: norms[i], npFrom: i + 1 + second });
      i = Math.max(end, i + 1);
      continue;
    }
    const relative = /^(?:that|which|who)$/.test(norms[i]!) && i > c.from && (has(tokens[i - 1]!, 'noun') || has(tokens[i - 1]!, 'propn')) && i + 1 < c.to && (isVerbal(tokens[i + 1]!) || tokens[i + 1]!.norm === 'never' || tokens[i + 1]!.norm === 'not');
    if (relative || ((tags.includes('sconj') || tags.includes('wh')) && !tags.includes('det') && !tags.includes('pron'))) {
      push('sub', i, i + 1);
      i++;
      continue;
    }
    if (tags.includes('adv') && (!tags.includes('adj') || /ly$/.test(norms[i]!)) && !tags.includes('noun') && !tags.includes('det') && !(i > c.from && has(tokens[i - 1]!, 'det'))) {
      push('adv', i, i + 1);
      i++;
      continue;
    }
    // "that never happened", "which did not occur": a negated verb group of its own.
    if ((norms[i] === 'never' || norms[i] === 'not') && i + 1 < c.to && isVerbal(tokens[i + 1]!)) {
      let end = i + 1;
      while (end < c.to && (isVerbal(tokens[end]!) || has(tokens[end]!, 'part')) && !has(tokens[end]!, 'noun')) end++;
      push('vg', i, Math.max(end, i + 2));
      i = Math.max(end, i + 2);
      continue;
    }
    // "... and does not describe any real entity": do-support in a predicate coordinated with the main one is a
    // verb group with its infinitive ("does" is no plural of "doe" here), and shares the main subject.
    if (i > c.head && c.head >= 0 && /^(?:do|does|did|don't|doesn't|didn't)$/.test(norms[i]!) && /^(?:and|but|or|yet)$/.test(norms[i - 1]!)) {
      let end = i + 1;
      while (end < c.to && (norms[end] === 'not' || norms[end] === 'never' || has(tokens[end]!, 'adv'))) end++;
      if (end < c.to && has(tokens[end]!, 'inf')) {
        push('vg', i, end + 1);
        i = end + 1;
        continue;
      }
    }
    // "to contain fabricated events": a participle before a noun is an adjective.
    const beforeNoun = i + 1 < c.to && tokens[i + 1]!.kind === 'word' && (has(tokens[i + 1]!, 'noun') || has(tokens[i + 1]!, 'propn')) && !isVerbal(tokens[i + 1]!) && !has(tokens[i + 1]!, 'det');
    // A verb after the main group: "was scraped and never checked", "took place and lasted".
    if (!beforeNoun && i > c.head && c.head >= 0 && isVerbal(t) && !tags.includes('noun') && !has(tokens[i - 1]!, 'det') && !has(tokens[i - 1]!, 'poss')) {
      let end = i + 1;
      while (end < c.to && (tokens[end]!.norm === 'not' || tokens[end]!.norm === 'never' || has(tokens[end]!, 'part') || tokens[end]!.norm === 'been') && !has(tokens[end]!, 'noun')) end++;
      push('vg', i, end);
      i = end;
      continue;
    }
    if (!beforeNoun && (tags.includes('past') || tags.includes('part') || tags.includes('ger')) && !tags.includes('adj') && !tags.includes('noun') && i > c.head && c.head >= 0) {
      push('vg', i, i + 1);
      i++;
      continue;
    }
    const end = npEnd(s, i, c.head > i ? c.head : c.to);
    push('np', i, Math.max(end, i + 1));
    i = Math.max(end, i + 1);
  }
  chunks = withoutAsides(s, chunks);
  cache.set(c, chunks);
  return chunks;
}

/**
 * "is, in the end, anyone's guess", "was, by all accounts, invented": a short phrase set off by commas inside a
 * clause stands outside it; what comes before takes what follows it. (Asides of time, "for now", "at present",
 * are blanked before any phrase is matched: values.ts blankTimeAsides.)
 */
function withoutAsides(s: Structure, chunks: Chunk[]): Chunk[] {
  for (let j = 0; j + 3 < chunks.length; j++) {
    if (chunks[j]!.kind === 'punct' || s.tokens[chunks[j + 1]!.from]!.text !== ',' || chunks[j + 1]!.kind !== 'punct') continue;
    let k = j + 2;
    while (k < chunks.length && (chunks[k]!.kind === 'pp' || chunks[k]!.kind === 'adv')) k++;
    if (k === j + 2 || k + 1 >= chunks.length || chunks[k]!.kind !== 'punct' || s.tokens[chunks[k]!.from]!.text !== ',') continue;
    if (chunks[k]!.from - chunks[j + 2]!.from > 4) continue;
    return [...chunks.slice(0, j + 1), ...chunks.slice(k + 1)];
  }
  return chunks;
}

/**
 * A noun phrase from `i`: determiners, adjectives, numbers, nouns, names,
 * pronouns, and what points after a noun ("the article below", "the
 * achievement described below", "none of the assertions").
 */
function npEnd(s: Structure, i: number, to: number): number {
  const { tokens, norms } = s;
  let k = i;
  let nouns = 0;
  while (k < to) {
    const t = tokens[k]!;
    if (t.kind === 'punct') {
      // "the 'Kilimanjaro' story", "*fake*": quotes and emphasis inside a phrase.
      if (/^["“”'‘’*_]+$/.test(t.text) && k + 1 < to && tokens[k + 1]!.kind === 'word' && nouns === 0) {
        k++;
        continue;
      }
      break;
    }
    const tags = tagsOf(t);
    const referentPointer = sensesAt(s, k).some((x) => x.class === 'referent' && (x.role === 'deixis' || x.role === 'participle'));
    // "the claimed result and time": a noun phrase goes on after "and" when another noun phrase follows.
    if (k > i && nouns > 0 && (norms[k] === 'and' || norms[k] === 'or') && k + 1 < to && tokens[k + 1]!.kind === 'word' && !isVerbal(tokens[k + 1]!) && (has(tokens[k + 1]!, 'noun') || has(tokens[k + 1]!, 'det') || has(tokens[k + 1]!, 'adj'))) {
      k++;
      continue;
    }
    if (k > i && nouns > 0) {
      // "the piece presented below", "the article below", "the events described in this article"
      if (referentPointer && !/^(?:this|these|that|those)$/.test(norms[k]!)) {
        k++;
        continue;
      }
      // ("anything in the preceding piece", "everything in this article": a quantifier pronoun takes "in" as "of".)
      // ("the correctness of the preceding story": a text noun's "of" names the text it is a quality or part of.)
      const ofText = norms[k] === 'of' && sensesAt(s, k - 1).some((x) => x.class === 'referent' && x.role === 'noun');
      if ((norms[k] === 'of' && (partitive(s, i, k) || ofText)) || (norms[k] === 'in' && /^(?:anything|everything|nothing|something|none|all)$/.test(norms[k - 1]!))) {
        k++;
        nouns = 0;
        continue;
      }
      if (isVerbal(t) && !tags.includes('noun') && !tags.includes('adj')) break;
      // "consider the foregoing | a tall tale": an article after a noun opens the next phrase ("such a", "what a" do not).
      if (/^(?:a|an|the)$/.test(norms[k]!) && !/^(?:such|what|quite|half|all|both|many|rather)$/.test(norms[k - 1]!)) break;
      if (tags.includes('prep') || tags.includes('conj') || tags.includes('sconj') || tags.includes('wh') || tags.includes('adv') && !tags.includes('adj')) break;
    }
    if (k > i && (tags.includes('cop') || tags.includes('aux') || tags.includes('modal')) && !tags.includes('noun')) break;
    // "This way you don't have to lie": a personal pronoun after a noun opens the next phrase.
    if (k > i && nouns > 0 && /^(?:i|you|we|they|he|she|it)$/.test(norms[k]!)) break;
    if (k > i && (norms[k] === 'not' || norms[k] === 'never')) break;
    // "invented the light bulb all by himself": a quantifier after a noun floats off it, unless "of" follows.
    if (k > i && nouns > 0 && /^(?:all|both|each)$/.test(norms[k]!) && norms[k + 1] !== 'of') break;
    // "a chocolatier inventing a flavour": a participle after the noun opens a clause of its own.
    if (k > i && nouns > 0 && tags.includes('ger') && !tags.includes('noun')) break;
    const afterDeterminer = k > i && (has(tokens[k - 1]!, 'det') || has(tokens[k - 1]!, 'poss')) && t.kind === 'word';
    if (tags.includes('noun') || tags.includes('propn') || tags.includes('pron') || t.kind === 'num' || t.kind === 'symbol' || afterDeterminer) nouns++;
    else if (!(tags.includes('det') || tags.includes('poss') || tags.includes('adj') || tags.includes('part') || tags.includes('ger') || tags.includes('past') || referentPointer || sensesAt(s, k).length)) {
      if (k === i) return k + 1;
      break;
    }
    k++;
  }
  return k;
}

/** "none of", "every aspect of", "no part of", "the rest of", "most of": one phrase with what follows. */
function partitive(s: Structure, from: number, of: number): boolean {
  const head = s.norms[of - 1]!;
  return /^(?:none|all|any|each|every|some|most|much|many|several|both|either|neither|part|portion|rest|bulk|majority|aspect|aspects|word|line|detail|details|element|elements|piece|bit|one|half|parts|sections|section|claims|claim|statements|statement|assertions|portions|content|contents|body|remainder)$/.test(head) || sensesAt(s, from).some((x) => x.role === 'quantifier');
}

const inChunk = (ch: Chunk, k: number) => k >= ch.from && k < ch.to;

/**
 * "This concludes a broadcast from a propaganda channel": what a text ends or opens as, when its object
 * names a text, is what the text is, as after a copula ("This was a broadcast from ...").
 */
function boundsText(s: Structure, vg: Chunk, object: Chunk): boolean {
  if (!BOUNDARY.test(s.norms[vg.to - 1]!)) return false;
  for (let k = object.from; k < object.to; k++) if (sensesAt(s, k).some((x) => x.class === 'referent' && x.role === 'noun')) return true;
  return false;
}

/**
 * The argument the cue at token `k` is said of, or null when it is said of
 * nothing the clause names (a topic, a modifier of a world noun).
 */
export function argumentOf(s: Structure, c: Clause, k: number, cueTo: number): Argument | null {
  const chunks = chunksOf(s, c);
  const ci = chunks.findIndex((ch) => inChunk(ch, k));
  if (ci < 0) return null;
  const ch = chunks[ci]!;
  const vgIndex = chunks.findIndex((x) => x.kind === 'vg');
  // "The jury is still out on the article above": a doubt phrase that holds its own verb says its class of
  // what it is about.
  const about = chunks[ci + 1];
  const phrase = s.hitAt[k];
  if (phrase && phrase.from === ch.from && phrase.to === ch.to && phrase.to - phrase.from > 2 && about?.kind === 'pp' && /^(?:on|about|regarding|concerning)$/.test(about.prep ?? '') && about.npFrom !== undefined && sensesAt(s, k).some((x) => x.class === 'unverified')) return { from: about.npFrom, to: about.to, relation: 'object' };
  // ("We take no position on the correctness of the story below": a doubt phrase that ends in its preposition takes
  // what follows it, a noun phrase or a whether-clause.)
  if (phrase && phrase.from === ch.from && phrase.to === ch.to && /^(?:on|about)$/.test(s.norms[phrase.to - 1]!) && about && (about.kind === 'np' || about.kind === 'sub') && sensesAt(s, k).some((x) => x.class === 'unverified')) return { from: about.kind === 'sub' ? about.from + 1 : about.from, to: about.kind === 'sub' ? c.to : about.to, relation: 'object' };
  // "There is no way to tell if the foregoing is correct": an expletive's open question is asked of the clause after "if".
  if (/^(?:there|there's|it|it's)$/.test(s.norms[c.from] ?? '') && sensesAt(s, k).some((x) => x.class === 'unverified')) {
    const q = chunks.findIndex((x, j) => j > ci && x.kind === 'sub' && /^(?:whether|if)$/.test(s.norms[x.from]!));
    if (q > 0 && q <= ci + 2) return { from: chunks[q]!.from + 1, to: c.to, relation: 'object' };
  }
  // The clause's own subject, for a cue in its main predicate: "The claim below has been fact-checked and found to be false".
  const mainVg = chunks.findIndex((x) => x.kind === 'vg' && x.from === c.head);
  const inMainPredicate = (at: number) => mainVg >= 0 && at > mainVg && !chunks.slice(mainVg + 1, at).some((x) => x.kind === 'sub');
  // The subject runs from its first noun phrase up to the verb, with its PPs: "the claims in the above article".
  const subject = (before: number): Argument | null => {
    if (before > mainVg && inMainPredicate(before) && mainVg > 0) before = mainVg;
    let first = -1;
    for (let j = before - 1; j >= 0; j--) {
      const x = chunks[j]!;
      // "This way you don't have to lie": a personal pronoun right before the verb is the whole subject.
      if (x.kind === 'np' && j === before - 1 && x.to - x.from === 1 && /^(?:i|you|we|they|he|she)$/.test(s.norms[x.from]!)) return { from: x.from, to: x.to, relation: 'subject' };
      if (x.kind === 'np') first = j;
      else if (x.kind === 'pp' || x.kind === 'adv') continue;
      else if (x.kind === 'sub' && /^(?:that|which|who)$/.test(s.norms[x.from]!) && first < 0) return antecedent(j);
      else if (x.kind === 'vg' || x.kind === 'inf') {
        if (first >= 0) break;
        continue;
      } else break;
    }
    if (first < 0) {
      // "Below is an example of ...", "Here is what not to do": a pointer word in subject position.
      for (let j = before - 1; j >= 0; j--) {
        const x = chunks[j]!;
        if (x.kind === 'vg' || x.kind === 'sub') break;
        for (let k2 = x.from; k2 < x.to; k2++) if (sensesAt(s, k2).some((y) => y.class === 'referent' && y.role === 'deixis' && y.direction && y.direction !== 'self')) return { from: x.from, to: x.to, relation: 'subject' };
      }
      return null;
    }
    const end = chunks[before - 1]!.to;
    return { from: chunks[first]!.from, to: Math.max(end, chunks[first]!.to), relation: 'subject' };
  };
  // "It describes events that never happened": a relative clause on what a text describes says it of the text.
  const antecedent = (sub: number): Argument | null => {
    const np = chunks[sub - 1];
    const vg = chunks[sub - 2];
    if (np?.kind === 'np' && vg && (vg.kind === 'vg' || vg.kind === 'inf') && DESCRIBES.test(s.norms[vg.to - 1]!)) return subject(sub - 2);
    return np?.kind === 'np' ? { from: np.from, to: np.to, relation: 'attribute' } : null;
  };
  const objectAfter = (after: number) => {
    for (let j = after + 1; j < chunks.length; j++) {
      const x = chunks[j]!;
      // "has corroborated or contradicted the preceding report": the verbs share the object.
      if (x.kind === 'np' && x.to - x.from === 1 && /^(?:or|and|nor)$/.test(s.norms[x.from]!) && chunks[j + 1]?.kind === 'vg') {
        j++;
        continue;
      }
      if (x.kind === 'np') {
        // "responses like this", "answers such as the one below": the comparison says which; "everything in the
        // sentence above", "all of it": a quantifier with the phrase that says of what.
        const next = chunks[j + 1];
        const quantified = x.to - x.from === 1 && /^(?:everything|nothing|all|none|anything|most|much|some|each|every|any)$/.test(s.norms[x.from]!) && (next?.prep === 'in' || next?.prep === 'of');
        const to = next && next.kind === 'pp' && (next.prep === 'like' || s.norms[next.from] === 'such' || quantified) ? next.to : x.to;
        return { from: x.from, to, relation: 'object' as const };
      }
      // "Nobody knows whether the preceding is true": the question asked of the text.
      if (x.kind === 'sub' && /^(?:whether|if|which)$/.test(s.norms[x.from]!)) return { from: x.from + 1, to: c.to, relation: 'object' as const };
      if (x.kind === 'adv') continue;
      if (x.kind === 'pp' && (x.prep === 'up' || x.prep === 'out' || x.prep === 'off')) continue;
      // "rely on this", "believe in the story", "trust in what follows": the prepositional object.
      if (x.kind === 'pp' && j === after + 1 && (x.prep === 'on' || x.prep === 'in' || x.prep === 'upon') && x.npFrom !== undefined && x.npFrom < x.to) return { from: x.npFrom, to: x.to, relation: 'object' as const };
      break;
    }
    return null;
  };
  const governingVg = (at: number) => {
    for (let j = at - 1; j >= 0; j--) {
      const x = chunks[j]!;
      if (x.kind === 'vg' || x.kind === 'inf') return j;
      if (x.kind === 'sub' || x.kind === 'punct') return -1;
    }
    return -1;
  };

  if (ch.kind === 'vg' || ch.kind === 'inf') {
    const mainNorm = s.norms[Math.min(cueTo, ch.to) - 1] ?? s.norms[k]!;
    const passive = ch.kind === 'vg' && s.norms.slice(ch.from, k).some((n) => /^(?:is|are|was|were|be|been|being|'s|'re|get|got|gets)$/.test(n) || /^(?:it|that|this|what|there)'s$/.test(n));
    // ("Nobody has checked the figures below": with an object right after it "check" is transitive.)
    const objectNext = !!s.tokens[cueTo] && s.tokens[cueTo]!.kind === 'word' && (has(s.tokens[cueTo]!, 'det') || has(s.tokens[cueTo]!, 'poss') || /^(?:this|these|that|those|it|them|any|anything)$/.test(s.norms[cueTo]!));
    const vgOnlyCue = !passive && s.norms.slice(k, Math.max(cueTo, k + 1)).some((n) => (INTRANSITIVE_TRUTH.test(n) && !objectNext) || /^(?:place|true|real|legit)$/.test(n));
    if (passive || vgOnlyCue || HAVING.test(mainNorm)) return subject(ci) ?? (ch.kind === 'vg' && /^(?:it|that|this|what)'s$/.test(s.norms[ch.from]!) ? { from: ch.from, to: ch.from + 1, relation: 'subject' } : null);
    // A transitive verb says its class of its object: "I invented the tool" is not "I made that up".
    // "makes things up", "made it all up": a phrase that holds its own object says its class of the subject.
    const ownObject = cueTo - k > 1 && cueTo > ch.to;
    // "vouch for this", "rely on the above": a phrasal verb ending in its preposition says its class of what follows.
    if (ownObject && has(s.tokens[cueTo - 1]!, 'prep') && cueTo < c.to) {
      const pp = chunks.find((x) => x.from <= cueTo - 1 && cueTo - 1 < x.to && x.kind === 'pp');
      const end = pp && pp.npFrom !== undefined ? pp.to : npEnd(s, cueTo, c.to);
      if (end > cueTo) return { from: cueTo, to: end, relation: 'object' };
    }
    // "I don't know.", "I don't know much about cars": a verb of knowing doubts only what it has as object
    // ("we do not know whether any of this is true"); inside a notice the speaker's doubt still counts (statement.ts).
    if (KNOWING.test(s.norms[k]!)) {
      const object = objectAfter(ci);
      if (object) return object;
      // "We do not know whether any of this is true": a question the lexicon lists whole is the object.
      const next = chunks[ci + 1];
      return next && /^(?:whether|if)$/.test(s.norms[next.from]!) ? subject(ci) : null;
    }
    // "The author of the post above has tricked news outlets before": a verb of deceiving has the deceived as
    // its object; the class is its subject's.
    // Under a modal it deceives no one yet ("that would mislead people" declines to).
    if (sensesAt(s, k).some((x) => x.role === 'deceives')) return s.tokens.slice(ch.from, k).some((t) => has(t, 'modal')) ? null : subject(ci) ?? selfSubject(s, ch);
    const object = ownObject ? null : objectAfter(ci);
    if (object) return object;
    // "stuff I made up", "is all things he invented": a relative clause without "that" whose subject closes
    // the noun phrase before it says its class of that noun, and through a copula of the copula's subject.
    const head = chunks[ci - 1];
    if (transitiveOnly(s, k) && head && head.kind === 'np' && head.to - head.from >= 2 && /^(?:i|we|you|he|she|they)$/.test(s.norms[head.to - 1]!)) {
      const copula = chunks[ci - 2];
      if (copula && copula.kind === 'vg' && COPULA.test(s.norms[copula.to - 1]!)) return subject(ci - 2) ?? selfSubject(s, copula);
      return { from: head.from, to: head.to - 1, relation: 'object' };
    }
    // "Contents fabricated.", "Quotes invented for effect.": a verb that needs an object, as a participle with none
    // and nothing after it but a modifier, is a passive with its auxiliary left out, as in a headline.
    if (transitiveOnly(s, k) && !ownObject) return telegraphicPassive(s, ch, c) ? subject(ci) : null;
    return subject(ci) ?? selfSubject(s, ch);
  }
  if (ch.kind === 'np') {
    const prev = chunks[ci - 1];
    const prevIsVg = prev && (prev.kind === 'vg' || prev.kind === 'inf');
    if (vgIndex < 0 && !chunks.some((x) => x.kind === 'vg')) return { from: ch.from, to: ch.to, relation: 'fragment' };
    // "It is unclear whether the account that follows is true": the class is said of the question.
    const question = chunks.findIndex((x, j) => j > ci && x.kind === 'sub' && /^(?:whether|if)$/.test(s.norms[x.from]!));
    if (prevIsVg && question > 0 && (s.norms[prev.from - 1] === 'it' || s.norms[prev.from] === "it's") && COPULA.test(s.norms[prev.to - 1]!)) return { from: chunks[question]!.from + 1, to: c.to, relation: 'object' };
    if (prevIsVg) {
      const vgMain = s.norms[prev.to - 1]!;
      const having = (n: string) => HAVING.test(n) || COPULA.test(n) || LINKING.test(n);
      // "it's not a reliable method", "is a false alarm": an adjective on a noun that is not text
      // describes that thing, not the subject; what a text describes is any thing ("does not describe
      // any real entity").
      if (modifiesNonText(s, k, cueTo, ch) && !DESCRIBES.test(vgMain)) return null;
      // "There are several factual errors in the following report", "In the snippet below, there is a
      // mistake": an existential says its class of where the thing is.
      if (having(vgMain) && existential(s, chunks, ci - 1)) {
        const where = chunks.find((x) => x.kind === 'pp' && x.npFrom !== undefined && x.npFrom < x.to && /^(?:in|within|throughout|inside)$/.test(x.prep ?? ''));
        if (where) return { from: where.npFrom!, to: where.to, relation: 'subject' };
      }
      // "FYI it's a hoax": a contraction's own subject comes before any noun phrase ahead of it.
      if (having(vgMain) || having(s.norms[prev.from]!)) return selfSubject(s, prev) ?? subject(ci - 1);
      // "does not describe a real achievement", "describes a fictional event", "contains false claims": what a text presents, said of the text.
      // "The preceding pages open a novel": what a text opens or closes, it is part of.
      if (DESCRIBES.test(vgMain) || BOUNDARY.test(vgMain)) return subject(ci - 1) ?? selfSubject(s, prev);
      return { from: ch.from, to: ch.to, relation: 'attribute' };
    }
    // "Consider the foregoing a tall tale", "I'd call this a fabrication": a second object says what the first is.
    const regards = chunks[ci - 2];
    if (prev && prev.kind === 'np' && regards && (regards.kind === 'vg' || regards.kind === 'inf') && REGARDS.test(s.norms[regards.to - 1]!)) return { from: prev.from, to: prev.to, relation: 'object' };
    return { from: ch.from, to: ch.to, relation: 'attribute' };
  }
  if (ch.kind === 'pp') {
    const vg = governingVg(ci);
    // "are without foundation", "is of unknown accuracy", "is beyond belief": a PP as the predicate.
    const prev = chunks[ci - 1];
    if (prev && prev.kind === 'vg' && /^(?:is|are|was|were|isn't|aren't|wasn't|weren't|be|been|being|'s|'re|remain|remains|seem|seems)$/.test(s.norms[prev.to - 1]!)) return subject(ci - 1) ?? selfSubject(s, prev);
    // A PP after another PP modifies that one's noun ("falls under the genre of science fiction"), not the verb;
    // "as" says what the subject is whatever comes between ("ran in our 1 April edition as a prank").
    const afterPp = prev && prev.kind === 'pp' && ch.prep !== 'as';
    const predicateNoun = prev && prev.kind === 'np' && chunks[ci - 2]?.kind === 'vg' && (COPULA.test(s.norms[chunks[ci - 2]!.to - 1]!) || boundsText(s, chunks[ci - 2]!, prev));
    if (ch.prep && CARRIES.has(ch.prep) && vg >= 0 && !afterPp && !predicateNoun) {
      const v = chunks[vg]!;
      const copular = s.norms.slice(v.from, v.to).some((n) => COPULA.test(n));
      const obj = objectAfter(vg);
      // "described the story as a hoax": "as" says what the object is; "ran in our April edition as a
      // prank": with no object, only a phrase after the verb, it says what the subject is.
      const direct = chunks[vg + 1]?.kind === 'np';
      if (obj && !copular && obj.to <= ch.from && (ch.prep !== 'as' || direct)) return { ...obj, relation: 'object' };
      return subject(vg) ?? selfSubject(s, v);
    }
    // "From the novel *The Salt Ledger*, chapter 4:", "By a tabloid:": a provenance line of one PP names the text by leaving it out.
    // ("From the pages of a comic novel:": the line is one phrase from its first preposition.)
    const line = chunks[0]!;
    if (line.kind === 'pp' && line.prep && CARRIES.has(line.prep) && chunks.slice(1, ci + 1).every((x) => x.kind === 'pp' || x.kind === 'np') && !chunks.some((x) => x.kind === 'vg')) return { from: line.from, to: c.to, relation: 'fragment' };
    // "an excerpt from a novel", "notes from a seven-year-old", "output of a model known to confabulate": a PP on a noun.
    if (prev && prev.kind === 'np' && ch.prep && CARRIES.has(ch.prep)) {
      if (vg < 0 && !chunks.some((x) => x.kind === 'vg')) return { from: prev.from, to: prev.to, relation: 'fragment' };
      // "is an excerpt from a short story", "is a work of fiction": the predicate's PP says what the subject is.
      const before = chunks[ci - 2];
      if ((ch.prep === 'from' || ch.prep === 'of' || ch.prep === 'out of') && before && before.kind === 'vg' && (COPULA.test(s.norms[before.to - 1]!) || boundsText(s, before, prev))) return subject(ci - 2) ?? selfSubject(s, before);
      return { from: prev.from, to: prev.to, relation: 'attribute' };
    }
    if (vg >= 0) {
      const verb = s.norms[chunks[vg]!.to - 1]!;
      // "The material below belongs to a serialized novel": what a text is part of, it is.
      if (ch.prep === 'to' && /^(?:belong|belongs|belonged|belonging)$/.test(verb)) return subject(vg) ?? selfSubject(s, chunks[vg]!);
      // "The following scene unfolds in a fictional city", "This story is set in an alternate 1990s": where a
      // text happens is what world it states.
      // (So does where what it tells lives or exists: "All happenings in the preceding text live inside an imaginary universe".)
      if ((ch.prep === 'in' || ch.prep === 'inside' || ch.prep === 'within') && hasClass(s, k, 'fiction') && /^(?:unfold|unfolds|unfolded|unfolding|live|lives|lived|exist|exists|existed|set)$/.test(verb)) {
        // ("It is set in the fictional town of Maycomb": a pronoun set somewhere is the book an answer discusses.)
        const subj = subject(vg);
        if (verb === 'set' && subj && subj.to - subj.from === 1 && has(s.tokens[subj.from]!, 'pron')) return null;
        return subj ?? selfSubject(s, chunks[vg]!);
      }
      // "What follows was written for a one-person play", "composed the report above for a role-playing
      // session": a text made for a fiction is part of it (not "use it for fraud": only verbs of making).
      // (So is one made in, at or during one: "composed during a creative-writing class".)
      if ((ch.prep === 'for' || ch.prep === 'during' || ch.prep === 'in' || ch.prep === 'at') && hasClass(s, k, 'fiction') && PRODUCED.test(verb)) {
        const v = chunks[vg]!;
        const passive = s.norms.slice(v.from, v.to).some((n) => COPULA.test(n));
        const obj = passive ? null : objectAfter(vg);
        return obj && obj.to <= ch.from ? obj : subject(vg) ?? selfSubject(s, v);
      }
    }
    if ((ch.prep === 'by' || ch.prep === 'from' || ch.prep === 'according to') && vg >= 0) return subject(vg) ? { ...subject(vg)!, relation: 'source' } : null;
    if (vg < 0 && !chunks.some((x) => x.kind === 'vg')) return { from: ch.from, to: ch.to, relation: 'fragment' };
    return null;
  }
  return null;
}

/**
 * The class word is an adjective before a noun that names no text: "not a reliable method", "a bad
 * business model" (a compound of a plain noun and "model" is not the model), but not "no accurate
 * information whatsoever".
 */
function modifiesNonText(s: Structure, k: number, cueTo: number, ch: Chunk): boolean {
  if (!sensesAt(s, k).some((x) => EPISTEMIC_SET.has(x.class) && x.pos === 'adj')) return false;
  let j = Math.max(cueTo, k + 1);
  // The noun the adjective is on is the compound's head: "a fake celebrity quote", "a bogus news item".
  while (j + 1 < ch.to && !sensesAt(s, j).some((x) => x.class === 'referent') && s.tokens[j + 1]!.kind === 'word' && (has(s.tokens[j + 1]!, 'noun') || sensesAt(s, j + 1).some((x) => x.class === 'referent' && x.role === 'noun')) && !has(s.tokens[j + 1]!, 'poss') && !has(s.tokens[j + 1]!, 'pron') && !has(s.tokens[j + 1]!, 'det')) j++;
  const t = s.tokens[j];
  if (j >= ch.to || !t || t.kind !== 'word' || !has(t, 'noun')) return false;
  return !sensesAt(s, j).some((x) => x.class === 'referent' || EPISTEMIC_SET.has(x.class));
}

/** Verbs whose class needs an object: "fabricated the data", "invented the story". */
const KNOWING = /^(?:know|knows|knew|knowing)$/;

function transitiveOnly(s: Structure, k: number): boolean {
  return /^(?:invent|invents|invented|inventing|fabricate|fabricates|fabricated|fabricating|concoct|concocted|falsify|falsified|forge|forged|doctor|doctored|make|makes|made|making|cook|cooked|dream|dreamt|dreamed|think|thought)$/.test(s.norms[k]!);
}

/** The verb group is one past participle right after its subject, with no object: "Contents fabricated.", "Details invented by the author". */
function telegraphicPassive(s: Structure, vg: Chunk, c: Clause): boolean {
  const t = s.tokens[vg.from]!;
  if (vg.to - vg.from !== 1 || vg.from === c.from || vg.from !== c.head || !(has(t, 'part') || has(t, 'past')) || !/(?:ed|made|up)$/.test(t.norm)) return false;
  const next = s.tokens[vg.to];
  return vg.to >= c.to || !next || next.kind === 'punct' || /^(?:by|for|wholesale|entirely|throughout|here|in|from|on)$/.test(s.norms[vg.to]!) || has(next, 'adv');
}

/** "there are", "there's": the verb group at `vg` has the expletive "there" as its subject. */
function existential(s: Structure, chunks: Chunk[], vg: number): boolean {
  const v = chunks[vg]!;
  const before = chunks[vg - 1];
  return s.norms[v.from] === "there's" || (!!before && before.kind === 'np' && s.norms[before.to - 1] === 'there');
}

/** "It's false", "that's flat-out wrong", "I'm improvising": the subject is inside the verb's contraction. */
function selfSubject(s: Structure, vg: Chunk): Argument | null {
  const n = s.norms[vg.from]!;
  if (/^(?:it|that|this|what|here|i|we|you)'(?:s|re|m|ve|d|ll)$/.test(n)) return { from: vg.from, to: vg.from + 1, relation: 'subject' };
  return null;
}
