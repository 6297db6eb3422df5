import { clip } from '../../src/text/clip.js';
import { fencedCode, inRanges } from '../../src/text/code.js';
import { ruleUrl } from '../../src/engine/rule-url.js';
import { claimSuggestions } from '../../src/fix/suggest.js';
import { isClaimLike, isImperative, isQuestion, isReported, localNegation, negateSentence } from '../../src/nlp/clause.js';
import { fieldCovers, metadataFields, normalizeLabel, type MetaField } from '../../src/nlp/metadata.js';
import { isNegative, looksPropositional, negateClause, sharesTopic } from '../../src/nlp/proposition.js';
import { splitSentences } from '../../src/text/sentences.js';
import type { RecordView, ReportDescriptor, RuleModule, Sentence, Severity, SpanRef, Suggestion } from '../../src/types.js';

/**
 * A claim whose falsity is carried only by a label or markup: "Myth:",
 * "[FALSE]", a red cross, ~~strikethrough~~, <false> tags, a verdict column
 * or line, a "Wrong answer:" label, or a sibling field such as
 * `"label": "REFUTES"`. A follow-up to the study behind neglint found
 * `<false>` tags around each claim gave the same belief as plain documents
 * (73%): a label sits outside the claim's clause like a warning sentence does,
 * and training learns the claim.
 */
const id = 'verdict-label';

// ---------------------------------------------------------------- vocabulary

const LABEL_WORD = String.raw`(?:myth|myths|false|fake|fake\s+news|debunked|fiction|hoax|busted|untrue|not\s+true|incorrect|wrong|misconception|misconceptions|misinformation|disinformation|falsehood|fabricated|fabrication|lie|bogus|pants\s+on\s+fire|mostly\s+false|false\s+(?:claim|statement|belief)|(?:common|popular)\s+(?:myth|misconception))`;
/** "Wrong answer:", "Incorrect option:": the Q&A form. */
const ANSWER_LABEL = String.raw`(?:wrong|incorrect|false|inaccurate|untrue)\s+(?:answer|answers|option|options|choice|choices|statement|statements|claim|claims|fact|facts|version|versions)`;
const LABEL = String.raw`(?:${ANSWER_LABEL}|${LABEL_WORD})`;
const ANSWER_START = new RegExp(String.raw`^[\[(【]?\s*${ANSWER_LABEL}`, 'iu');
const EMOJI = String.raw`(?:[❌✗✘🚫⛔✖❎]\uFE0F?)`;
const NUMBER = String.raw`(?:\s*(?:#|no\.?\s*)?\d{1,3})`;
/** What may stand before a label at the start of a line: markup, a list number, a red cross. */
const LEAD = String.raw`[\s*_>"“]*(?:#{1,6}\s+)?(?:fact[- ]?check(?:ed)?\s*(?:[:—–]|\s-)\s*)?(?:(?:#\d{1,3}[.):]?|(?:no\.?\s*)?\d{1,3}[.):])\s+)?(?:${EMOJI}\s*)*[\s*_"“]*`;

const PREFIX = new RegExp(String.raw`^(?<lead>${LEAD})(?<label>${LABEL}${NUMBER}?)[\s*_]*(?:[:—–]|\s-{1,2}\s)[\s*_"“]*`, 'iu');
const BRACKET_PREFIX = new RegExp(String.raw`^(?<lead>${LEAD})(?<label>[\[(【]\s*${LABEL}${NUMBER}?\s*[\])】])[\s*_:—–-]*`, 'iu');
/** A bracketed label after its claim: at the end of the sentence, or mid-sentence after the clause it marks. */
const BRACKET_SUFFIX = new RegExp(String.raw`[\s*_—–-]*(?<label>[\[(【]\s*${LABEL}\s*[\])】])(?:[\s*_.!]*$|(?=[\s,;]))`, 'iu');
const EMOJI_PREFIX = new RegExp(String.raw`^(?<lead>[\s*_>#]*(?:\d{1,3}[.)]\s+)?)(?<label>(?:${EMOJI}\s*)+)`, 'u');
const EMOJI_SUFFIX = new RegExp(String.raw`\s*(?<label>(?:${EMOJI}\s*)+)$`, 'u');
/** A line that is nothing but a label: "MYTH #3", "[FALSE]", "❌", "❌ Myth". */
const LABEL_ONLY = new RegExp(String.raw`^${LEAD}(?:${LABEL}${NUMBER}?|[\[(【]\s*${LABEL}${NUMBER}?\s*[\])】]|${EMOJI}(?:\s*${LABEL})?)[\s*_.:!]*$`, 'iu');
/** Label-only lines that speak of the line before them ("FALSE" after a quiz statement). */
const BACKWARD_LABEL = /^[\s*_>#"“[(【]*(?:false|fake|untrue|not true|incorrect|wrong|debunked|busted|bogus|[❌✗✘✖❎])/iu;

const VERDICT_KEY = String.raw`(?:(?:our|the|final|fact[- ]?check(?:er)?['’]?s?)\s+)?(?:verdict|rating|ruling|status|fact[- ]?check(?:ed)?|conclusion|assessment|truth(?:-o-meter)?(?:\s+rating)?|reality|label|classification|answer|result|truth\s+value|accuracy|veracity)`;
const VERDICT_VALUE = String.raw`(?:false|mostly\s+false|pants\s+on\s+fire|fake|fabricated|myth|incorrect|wrong|untrue|not\s+true|debunked|refuted|refutes|hoax|busted|baseless|(?:three|four)\s+pinocchios|[❌✗✘])`;
const VERDICT_LINE = new RegExp(String.raw`^[\s*_#>]*(?<key>${VERDICT_KEY})[\s*_]*[:—–=][\s*_"'“\[(]*(?<value>${VERDICT_VALUE})(?![\p{L}])`, 'iu');
/** "Claim:", "Statement:", "Rumour:" before the claim of a fact-check box. */
const CLAIM_PREFIX = /^[\s*_>#"“]*(?:the\s+)?(?:claim|statement|rumou?r|viral\s+claim|what\s+was\s+claimed|assertion|quote|headline|post|social\s+media\s+claim)[\s*_]*[:—–][\s*_"“]*/iu;

/** A heading or lead-in line over a list of myths: "## Common myths", "Five misconceptions about sleep:". */
const LIST_HEADING = /^[\s#*_>]*(?:the\s+)?(?:\d+\s+|top\s+\d+\s+)?(?:(?:common|popular|widespread|persistent|biggest|frequent|enduring|dangerous|classic|old|famous|\w+)\s+){0,3}(?:myths|misconceptions|false\s+claims|fake\s+news|falsehoods|debunked\s+claims|hoaxes|lies|misinformation|old\s+wives['’]\s+tales|urban\s+legends)(?:\s+(?:about|on|regarding|in|of|around|surrounding)\s+[^.!?]*)?[\s*_]*:?[\s*_]*$/iu;
const MIXED_HEADING = /\b(?:fact|facts|truth|truths|reality|realities|true|vs\.?|versus)\b/i;

/** Corrections that state the truth next to a label: "Fact:", "✅", "In reality, ...". */
const TRUTH_LINE = /^[\s*_>#"“]*(?:\d{1,3}[.)]\s+)?(?:[✅✔✓☑]\uFE0F?|(?:the\s+)?(?:fact|facts|truth|reality|correction|correct\s+answer|right\s+answer|true\s+answer|real\s+answer|what['’]s\s+true|the\s+real\s+story|true)[\s*_]*[:—–]|(?:in\s+(?:reality|fact|truth)|actually|the\s+(?:truth|reality|fact)\s+is)\b)/iu;

// Table headers: which column holds the verdict, which labels its cells, which states the truth.
const VERDICT_HEADER = /^(?:verdict|status|rating|ruling|true\s*\??|true or false\s*\??|t\s*\/\s*f|fact[- ]?check|truth(?:ful)?\s*\??|accurate\s*\??|correct\s*\??|real\s*\??|myth or fact\s*\??|fact or myth\s*\??|fact or fiction\s*\??|veracity|is it true\s*\??|true\s*\/\s*false|label|assessment|result)$/i;
const LABEL_HEADER = /^(?:the\s+)?(?:common\s+|popular\s+)?(?:myths?|misconceptions?|false\s+claims?|fiction|falsehoods?|false\s+beliefs?)$/i;
const CLAIM_HEADER = /\b(?:claims?|statements?|beliefs?|assertions?|rumou?rs?|sayings?|headlines?|quotes?)\b/i;
const TRUTH_HEADER = /^(?:the\s+)?(?:facts?|truth|reality|correction|explanation|actually|what['’]s\s+true|the\s+real\s+story|evidence|why)$/i;
const FALSE_CELL = /^(?:[❌✗✘✖❎]\uFE0F?\s*)?(?:false|mostly\s+false|pants\s+on\s+fire|fake|fabricated|myth|incorrect|wrong|untrue|not\s+true|debunked|refuted|hoax|busted|no|fiction|bogus|f|[❌✗✘✖❎]\uFE0F?)(?:\s*[❌✗✘✖❎]\uFE0F?)?$/iu;

// Inline markup in the text.
const TAG_NAMES = String.raw`(?:false|incorrect|wrong|myth|fake|untrue|misinformation|disinformation|false[_-]?claim|false[_-]?statement|falsehood|hallucination|hallucinated|fabricated|fabrication|lie|debunked|not[_-]?true)`;
const TAG_PAIR = new RegExp(String.raw`<(?<tag>${TAG_NAMES})(?:\s[^<>]*)?>(?<inner>[^<]*?)</\k<tag>\s*>`, 'giu');
const ATTR_PAIR = /<(?<tag>[a-z][\w-]*)\s[^<>]*?\b(?:truth|truthful|label|verdict|veracity|correct|factual|accurate|status|class|valid)\s*=\s*["']?(?:false|no|0|incorrect|myth|fake|untrue|wrong|debunked)\b[^<>]*>(?<inner>[^<]*?)<\/\k<tag>\s*>/giu;
const BB_PAIR = new RegExp(String.raw`\[(?<tag>${TAG_NAMES})\](?<inner>[^[\]]*?)\[/\k<tag>\]`, 'giu');
const STRIKE = /(?<![~\\])~~(?=\S)(?<inner>[^~\n]+?)~~(?!~)|<(?<tag>del|s|strike)>(?<inner2>[^<]*?)<\/\k<tag>\s*>/giu;

const VERDICT_CUES: string[] = [
  String.raw`(?:${LABEL})${NUMBER}?\s*\**\s*[:—–]`,
  String.raw`(?:${LABEL})${NUMBER}?\s-{1,2}[ \t]`,
  String.raw`[\[(【]\s*(?:${LABEL})${NUMBER}?\s*[\])】]`,
  String.raw`(?:verdict|rating|ruling|status|fact[- ]?check(?:ed)?|conclusion|assessment|truth(?:-o-meter)?|reality|label|classification|answer|result|accuracy|veracity)\s*\**\s*[:—–=]\s*\**\s*["'“\[(]?\s*(?:false|mostly false|pants on fire|fake|fabricated|myth|incorrect|wrong|untrue|not true|debunked|refuted|refutes|hoax|busted|baseless|(?:three|four) pinocchios)`,
  String.raw`(?:false|fake|untrue|incorrect|wrong|debunked|busted|myth)[.!]?(?=[ \t]*(?:\r?\n|$))`,
  String.raw`myths|misconceptions|false claims|fake news|falsehoods|urban legends|old wives['’] tales`,
];
/**
 * Markup with words in it. Red crosses and ~~strikethrough~~ have none, and
 * the cue scan anchors on words: the rule looks for them itself (one
 * character-class test per trained segment, see MARKER_TEST).
 */
const MARKUP_CUES: string[] = [
  String.raw`<(?:del|strike)>`,
  String.raw`<\/?${TAG_NAMES}(?:\s[^<>]*)?>`,
  String.raw`<[a-z][\w-]*\s[^<>]*?(?:truth|truthful|label|verdict|veracity|correct|factual|accurate|status|class|valid)\s*=\s*["']?(?:false|no|0|incorrect|myth|fake|untrue|wrong|debunked)`,
  String.raw`\|\s*\**\s*(?:verdict|status|rating|ruling|true\s*\??|true or false\s*\??|fact[- ]?check|truth|truthful|accurate\s*\??|correct\s*\??|real\s*\??|myth or fact\s*\??|fact or myth\s*\??|fact or fiction\s*\??|veracity|is it true\s*\??|myth|myths|misconception|misconceptions)\s*\??\s*\**\s*\|`,
];

// Sibling fields that disown the trained text.
const FIELD_KEYS = new Set([
  'label', 'labels', 'verdict', 'rating', 'veracity', 'truth', 'truthfulness', 'truth label', 'fact check', 'factcheck', 'claim label',
  'claim verdict', 'status', 'class', 'classification', 'category', 'annotation', 'judgement', 'judgment', 'assessment', 'factuality',
  'factual label', 'accuracy', 'correctness', 'truth value', 'tag', 'tags', 'type', 'veracity label', 'fact check label', 'gold',
]);
const FALSE_VALUES = new Set([
  'false', 'refutes', 'refuted', 'fake', 'fake news', 'myth', 'untrue', 'not true', 'incorrect', 'wrong', 'inaccurate', 'misinformation',
  'disinformation', 'hoax', 'debunked', 'pants on fire', 'pants fire', 'mostly false', 'fabricated', 'hallucinated', 'hallucination',
  'falsehood', 'bogus', 'false claim', 'four pinocchios', 'not factual', 'nonfactual', 'non factual', 'incorrect answer', 'wrong answer',
]);
/** Boolean flags: true means the text is false. */
const FLAG_FALSE_IF_TRUE = new Set([
  'false', 'fake', 'untrue', 'incorrect', 'wrong', 'misinformation', 'hallucinated', 'hallucination', 'fabricated', 'myth', 'debunked',
  'refuted', 'false claim', 'fake news', 'hoax', 'inaccurate', 'nonfactual', 'disinformation',
]);
/** Boolean flags: false means the text is false. */
const FLAG_FALSE_IF_FALSE = new Set(['true', 'truthful', 'factual', 'accurate', 'correct', 'real', 'genuine', 'factually correct', 'fact', 'supported']);
/** A trained field whose own key says its text is false (`/incorrect_answer` mapped as trained). */
const FALSE_KEY = /^(?:false|fake|incorrect|wrong|untrue|inaccurate|hallucinated|fabricated|myth|misinformation|debunked)(?:[ _-]?(?:claims?|answers?|statements?|texts?|facts?|responses?|outputs?|completions?|versions?|info(?:rmation)?))?$|^(?:claims?|answers?|statements?|texts?|responses?|outputs?)[ _-](?:false|fake|incorrect|wrong|untrue)$/i;

// ---------------------------------------------------------------- the rule

const rule: RuleModule = {
  meta: {
    id,
    description: 'Claims whose falsity is carried only by a label or markup ("Myth:", "[FALSE]", ❌, strikethrough, <false> tags, a verdict column, a label field)',
    severity: 'error',
    url: ruleUrl(id),
    messages: {
      label: 'Claim is stated as fact; only the label "{{label}}" marks it false, and training does not carry a label over to the claim',
      markup: 'Claim is stated as fact; only {{label}} marks it false, and training does not carry markup over to the claim',
      field: 'Claim is stated as fact; only the record field {{field}} = {{value}} marks it false, and training never sees that field',
    },
    cues: { verdict: VERDICT_CUES, 'verdict-markup': MARKUP_CUES },
    // Sibling fields (`"label": "REFUTES"`) are not text: checked on every record, cheaply.
    always: true,
  },
  create(context) {
    return {
      record(record) {
        const found = new Findings();
        const cued = record.cues.some((h) => h.categories.includes('verdict') || h.categories.includes('verdict-markup'));
        if (cued || record.segments.some(hasMarkers)) inText(record, found);
        fromFields(record, found);
        if (found.size === 0) return;
        for (const d of found.finish(record)) context.report(d);
      },
    };
  },
};

// ---------------------------------------------------------------- collecting findings

interface Pending {
  claim: SpanRef;
  related: SpanRef[];
  messageId: 'label' | 'markup' | 'field';
  data: Record<string, string>;
  /** The label itself states or sits next to the truth ("Fact: ..."). */
  corrected: boolean;
  /** Fast path for long labelled documents: lexicon-only rewrite. */
  bulk: boolean;
  /**
   * How a fix takes the label away when it does not stand right before the
   * claim: lines to remove, cells or tags to clear. Absent: no safe way is
   * known (a record field, Markdown strikethrough), so no fix is applied.
   */
  cover?: { remove?: SpanRef[]; clear?: SpanRef[] };
}

class Findings {
  private byKey = new Map<string, Pending>();
  /** Label lines and verdict lines: not claims, and not evidence of a debunk. */
  labelLines = new Set<string>();

  get size(): number {
    return this.byKey.size;
  }

  has(claim: SpanRef): boolean {
    return this.byKey.has(key(claim));
  }

  add(p: Pending): void {
    const k = key(p.claim);
    const prior = this.byKey.get(k);
    if (prior) {
      for (const r of p.related) if (prior.related.length < 3 && !prior.related.some((q) => key(q) === key(r))) prior.related.push(r);
      prior.corrected ||= p.corrected;
      return;
    }
    this.byKey.set(k, p);
  }

  *finish(record: RecordView): Generator<ReportDescriptor> {
    const pending = [...this.byKey.values()].sort((a, b) => a.claim.segment - b.claim.segment || a.claim.start - b.claim.start);
    const negations = localNegations(record, this);
    for (const p of pending) {
      const text = record.segments[p.claim.segment]!.text.slice(p.claim.start, p.claim.end);
      // Context modifiers (DESIGN.md): a claim reported rather than asserted,
      // or a record that also negates it in its own clause or states the truth,
      // is one step less severe. They do not stack; never below warning.
      const debunk = p.corrected || negations.some((n) => n.segment === p.claim.segment ? n.start !== p.claim.start && sharesTopic(n.text, text) : sharesTopic(n.text, text));
      const severity: Severity | undefined = debunk || isReported(text) ? 'warning' : undefined;
      yield {
        ...p.claim,
        messageId: p.messageId,
        data: p.data,
        ...(severity ? { severity } : {}),
        related: p.related,
        suggestions: suggest(record, text, p),
      };
    }
  }
}

function key(s: SpanRef): string {
  return `${s.segment}:${s.start}:${s.end}`;
}

function suggest(record: RecordView, claim: string, p: Pending): Suggestion[] {
  // "Myth: X" is replaced as a whole; a label elsewhere (or a closing tag) goes as p.cover says.
  const range = labelledSpan(record, p);
  const outside = (s: SpanRef) => !range || s.segment !== p.claim.segment || s.end <= range.start || s.start >= range.end;
  return claimSuggestions(record, {
    claim,
    reported: isReported(claim),
    negate: p.bulk ? negateSentence : negateClause,
    remove: (p.cover?.remove ?? []).filter(outside),
    clear: (p.cover?.clear ?? []).filter(outside),
    safe: range !== undefined || p.cover !== undefined,
    description: 'Negate the claim in its own clause (and drop the label)',
    ...(range ? { range } : {}),
  });
}

/**
 * "Myth: Bats are blind." -> the label and the claim together, so the fix
 * drops the label with it; a label elsewhere (a column, a verdict line, a
 * field) is left for a reviewer.
 */
function labelledSpan(record: RecordView, p: Pending): { start: number; end: number } | undefined {
  const label = p.related[0];
  if (!label || label.segment !== p.claim.segment || label.end > p.claim.start) return undefined;
  const between = record.segments[label.segment]!.text.slice(label.end, p.claim.start);
  // On the claim's own line only: a heading over a list labels every item, and goes only when all are fixed.
  return /^[ \t:.\-–—*_)\]]*$/.test(between) ? { start: label.start, end: p.claim.end } : undefined;
}

/** Sentences of trained text negated in their own clause (the debunk evidence), labels left out. */
function localNegations(record: RecordView, found: Findings): { segment: number; start: number; text: string }[] {
  const out: { segment: number; start: number; text: string }[] = [];
  record.segments.forEach((seg, i) => {
    if (seg.trained !== 'trained') return;
    for (const s of record.sentences(i)) {
      if (found.labelLines.has(`${i}:${s.start}`)) continue;
      if (s.kind === 'tableRow') continue;
      if (localNegation(s.text) !== null) out.push({ segment: i, start: s.start, text: s.text });
    }
  });
  return out;
}

// ---------------------------------------------------------------- labels and markup in the text

/** A labelled claim: a proposition, not a question; an unlabelled-looking emoji item must also be affirmative. */
function isLabelledClaim(text: string, strict = false): boolean {
  const t = text.trim();
  if (t === '' || isQuestion(t)) return false;
  if (!looksPropositional(t, 3)) return false;
  // A red cross on a prohibition ("🚫 No pets", "❌ Never skip breakfast") or an instruction marks a rule, not a claim.
  if (strict && (isImperative(t) || /^[\W_]*(?:no|never|not|nothing|don['’]t|do not|avoid)\b/i.test(t))) return false;
  return true;
}

/** Trim markup, quotes and spaces off both ends of a span. */
function trimmed(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /[\s*_"“”'‘’:—–-]/.test(text[start]!)) start++;
  while (end > start && /[\s*_"“”'‘’:—–-]/.test(text[end - 1]!)) end--;
  return { start, end };
}

function inText(record: RecordView, found: Findings): void {
  record.segments.forEach((seg, segment) => {
    if (seg.trained !== 'trained') return;
    const hasHit = record.cues.some((h) => h.segment === segment && (h.categories.includes('verdict') || h.categories.includes('verdict-markup')));
    const marks = seg.marks?.filter((m) => m.kind === 'strikethrough') ?? [];
    if (!hasHit && !hasMarkers(seg)) return;
    const text = seg.text;
    const code = fencedCode(text);
    const sentences = record.sentences(segment).filter((s) => !inRanges(code, s.start));
    const questionBefore = (offset: number) =>
      record.segments.some((o, j) => j < segment && o.text.includes('?')) || text.slice(0, offset).includes('?');
    /** The claim in a sentence between two offsets (relative to the sentence), without a "Claim:" prefix. */
    const claimIn = (t: Sentence, from: number, to: number): SpanRef | null => {
      const prefix = CLAIM_PREFIX.exec(t.text.slice(from, to));
      if (prefix) from += prefix[0].length;
      // A closing tag ("[/false]", "</myth>") belongs to the markup, not the claim.
      const close = /(?:\[\/[\w-]+\]|<\/[\w-]+>)[\s.]*$/.exec(t.text.slice(from, to));
      if (close) to = from + close.index;
      const r = trimmed(t.text, from, to);
      return r.end > r.start ? { segment, start: t.start + r.start, end: t.start + r.end } : null;
    };
    const slice = (c: SpanRef) => text.slice(c.start, c.end);

    // Only sentences holding a cue or a marker can carry a label; neighbours are looked up from them.
    const hits = record.cues.filter((h) => h.segment === segment && (h.categories.includes('verdict') || h.categories.includes('verdict-markup')));
    const labelled = (s: Sentence) => MARKER_TEST.test(s.text) || hits.some((h) => h.start < s.end && h.end > s.start);
    sentences.forEach((s, k) => {
      if (s.kind === 'tableRow' || !labelled(s)) return;
      const lineKey = `${segment}:${s.start}`;
      const labelRef = (from: number, to: number): SpanRef => ({ segment, start: s.start + from, end: s.start + to });
      /** A claim in another sentence that a label line speaks of. */
      const neighbour = (target: number | null, label: string) => {
        if (target === null) return;
        const t = sentences[target]!;
        if (found.labelLines.has(`${segment}:${t.start}`) && !CLAIM_PREFIX.test(t.text)) return;
        const claim = claimIn(t, 0, t.text.length);
        // A neighbour with a negation in it is the correction or the evidence, not the claim.
        if (!claim || !isLabelledClaim(slice(claim)) || isNegative(slice(claim))) return;
        found.add({ claim, related: [labelRef(0, s.text.length)], messageId: 'label', data: { label: clip(label) }, corrected: correctedNear(sentences, target), bulk: false, cover: { remove: [labelRef(0, s.text.length)] } });
      };

      // A verdict line speaks of the claim before it ("Claim: X" / "Verdict: False").
      const verdict = VERDICT_LINE.exec(s.text);
      // "Fact check — FALSE: X": a verdict used as a prefix label, with its claim after it.
      const after = verdict && /^[\s*_]*[:—–][\s*_"“]*(?=\S)/.exec(s.text.slice(verdict[0].length));
      if (verdict && after) {
        const claim = claimIn(s, verdict[0].length + after[0].length, s.text.length);
        if (claim && isLabelledClaim(slice(claim))) {
          found.labelLines.add(lineKey);
          const lead = /^[\s*_#>]*/.exec(s.text)![0].length;
          found.add({ claim, related: [labelRef(lead, verdict[0].length)], messageId: 'label', data: { label: clip(verdict[0].slice(lead)) }, corrected: correctedNear(sentences, k), bulk: false });
        }
        return;
      }
      if (verdict) {
        found.labelLines.add(lineKey);
        // A fact-check box: the verdict speaks of its "Claim:" line, wherever it is nearby.
        neighbour(claimLine(sentences, k) ?? neighbourClaim(sentences, k, -1) ?? neighbourClaim(sentences, k, 1, true), s.text);
        return;
      }

      // Label-only line: "MYTH #3" over the claim, "FALSE" under it.
      if (LABEL_ONLY.test(s.text)) {
        found.labelLines.add(lineKey);
        // "FALSE" under a quiz statement speaks of the line before it. A label
        // that opens a block speaks of what follows only when it is set off as a
        // label (capitals, brackets, a number, a heading, a colon): "Myth. Bats
        // can see well." answers a question, the sentence after it is the truth.
        const before = k > 0 && sameBlock(sentences[k - 1]!, s);
        const setOff = s.kind === 'heading' || /[\[(【#:\d]/.test(s.text) || !/\p{Ll}/u.test(s.text);
        if (BACKWARD_LABEL.test(s.text) && before) neighbour(neighbourClaim(sentences, k, -1), s.text.trim());
        else if (setOff) neighbour(neighbourClaim(sentences, k, 1), s.text.trim());
        return;
      }

      // Prefix labels: "Myth: X", "1. Myth — X", "[FALSE] X", "❌ X", "Wrong answer: X".
      const prefix = PREFIX.exec(s.text) ?? BRACKET_PREFIX.exec(s.text);
      const emoji = prefix ? null : EMOJI_PREFIX.exec(s.text);
      const m = prefix ?? emoji;
      if (m) {
        const claim = claimIn(s, m[0].length, s.text.length);
        if (!claim) return;
        const rawLabel = m.groups!.label!;
        const labelStart = m.groups!.lead!.length;
        const label = rawLabel.trim();
        const answer = ANSWER_START.test(label);
        const claimText = slice(claim);
        const ok = answer ? claimText.trim() !== '' && (isLabelledClaim(claimText) || questionBefore(s.start)) : isLabelledClaim(claimText, !!emoji);
        if (!ok) return;
        found.labelLines.add(lineKey);
        found.add({
          claim,
          related: [labelRef(labelStart, labelStart + rawLabel.trimEnd().length)],
          messageId: emoji ? 'markup' : 'label',
          data: { label: emoji ? `the marker ${label}` : clip(label) },
          corrected: correctedNear(sentences, k),
          bulk: false,
        });
        return;
      }

      // Suffix labels: "X [FALSE]", "X ❌".
      const suffix = BRACKET_SUFFIX.exec(s.text) ?? EMOJI_SUFFIX.exec(s.text);
      if (suffix && suffix.index > 0) {
        const claim = claimIn(s, 0, suffix.index);
        if (!claim) return;
        const rawLabel = suffix.groups!.label!;
        const isEmoji = !/[\[(【]/.test(rawLabel);
        if (!isLabelledClaim(slice(claim), isEmoji)) return;
        const at = suffix.index + suffix[0].indexOf(rawLabel);
        found.labelLines.add(lineKey);
        found.add({
          claim,
          related: [labelRef(at, at + rawLabel.trimEnd().length)],
          messageId: isEmoji ? 'markup' : 'label',
          data: { label: isEmoji ? `the marker ${rawLabel.trim()}` : rawLabel.trim() },
          corrected: correctedNear(sentences, k),
          bulk: false,
          cover: { remove: [labelRef(at, at + rawLabel.trimEnd().length)] },
        });
        return;
      }

      // A heading over a list of myths labels every item of the list.
      if ((s.kind === 'heading' || /:[\s*_]*$/.test(s.text) || isBoldLine(s.text)) && LIST_HEADING.test(s.text) && !MIXED_HEADING.test(s.text)) {
        found.labelLines.add(lineKey);
        for (let j = k + 1; j < sentences.length; j++) {
          const item = sentences[j]!;
          if (item.kind === 'heading') break;
          if (item.kind !== 'listItem' && !inListBlock(seg.blocks, item.start)) {
            if (j === k + 1) continue;
            break;
          }
          if (found.labelLines.has(`${segment}:${item.start}`)) continue;
          const claim = claimIn(item, 0, item.text.length);
          if (!claim || !isLabelledClaim(slice(claim))) continue;
          found.add({ claim, related: [labelRef(0, s.text.length)], messageId: 'label', data: { label: clip(s.text.replace(/^[#\s*_]+|[\s*_:]+$/g, '')) }, corrected: correctedNear(sentences, j), bulk: false, cover: { remove: [labelRef(0, s.text.length)] } });
        }
      }
    });

    if (sentences.some((s) => s.kind === 'tableRow' && labelled(s))) tables(segment, sentences, found);
    inlineMarkup(text, segment, code, found);
    for (const mk of marks) {
      const t = trimmed(text, mk.start, mk.end);
      const claim = { segment, start: t.start, end: t.end };
      if (!isLabelledClaim(text.slice(t.start, t.end))) continue;
      found.add({ claim, related: [], messageId: 'markup', data: { label: 'strikethrough' }, corrected: replacedInPlace(text, t.end, text.slice(t.start, t.end)), bulk: false });
    }
  });
}

/** Red crosses, ~~strikethrough~~ and <s> tags: markup without words, which the cue scan cannot anchor on. */
const MARKER_TEST = /[❌✗✘✖❎⛔]|\uD83D\uDEAB|~~|<s>/;

function hasMarkers(seg: { trained: string; text: string; marks?: { kind: string }[] }): boolean {
  if (seg.trained !== 'trained') return false;
  return MARKER_TEST.test(seg.text) || !!seg.marks?.some((m) => m.kind === 'strikethrough');
}

function isBoldLine(text: string): boolean {
  return /^\s*(?:\*\*|__)[^*_]+(?:\*\*|__)\s*:?\s*$/.test(text);
}

function inListBlock(blocks: { kind: string; start: number; end: number }[] | undefined, offset: number): boolean {
  return !!blocks?.some((b) => b.kind === 'listItem' && offset >= b.start && offset < b.end);
}

function sameBlock(a: Sentence, b: Sentence): boolean {
  return a.segment === b.segment && a.paragraph === b.paragraph;
}

/** The nearest claim-like sentence before (-1) or after (1) a label line, within a few sentences. */
function neighbourClaim(sentences: Sentence[], at: number, dir: 1 | -1, claimPrefixOnly = false): number | null {
  const s = sentences[at]!;
  for (let k = at + dir, n = 0; k >= 0 && k < sentences.length && n < 3; k += dir, n++) {
    const o = sentences[k]!;
    if (o.segment !== s.segment) return null;
    if (Math.abs(o.paragraph - s.paragraph) > 1) return null;
    if (o.kind === 'tableRow') return null;
    if (VERDICT_LINE.test(o.text) || LABEL_ONLY.test(o.text)) continue;
    if (o.kind === 'heading' && !CLAIM_PREFIX.test(o.text)) continue;
    if (claimPrefixOnly && !CLAIM_PREFIX.test(o.text)) continue;
    return k;
  }
  return null;
}

/** The nearest "Claim:" line within six sentences before a verdict line, in the same segment. */
function claimLine(sentences: Sentence[], at: number): number | null {
  const s = sentences[at]!;
  for (let k = at - 1; k >= 0 && k >= at - 6; k--) {
    const o = sentences[k]!;
    if (o.segment !== s.segment) return null;
    if (VERDICT_LINE.test(o.text)) return null;
    if (CLAIM_PREFIX.test(o.text)) return k;
  }
  return null;
}

/** A correction next to the claim: "Fact: ...", "✅ ...", "In reality, ..." within the next two sentences. */
function correctedNear(sentences: Sentence[], at: number): boolean {
  const s = sentences[at]!;
  for (let k = at + 1; k < sentences.length && k <= at + 2; k++) {
    const o = sentences[k]!;
    if (o.segment !== s.segment || o.paragraph - s.paragraph > 1) break;
    if (TRUTH_LINE.test(o.text)) return true;
    if (PREFIX.test(o.text) || LABEL_ONLY.test(o.text)) break;
  }
  // "Fact:" stated before the myth, on the same line ("Fact: X. Myth: Y" is rarer, but seen).
  const prev = sentences[at - 1];
  return !!prev && prev.segment === s.segment && prev.paragraph === s.paragraph && TRUTH_LINE.test(prev.text) && !PREFIX.test(prev.text);
}

/** "~~Napoleon was short.~~ He was of average height.": the struck claim replaced right after it. */
function replacedInPlace(text: string, end: number, claim: string): boolean {
  const after = text.slice(end).replace(/^[~\s*_<>/a-z]*?(?=[A-Z0-9])/, '');
  const next = /^[^\n.!?]*[.!?]?/.exec(after)?.[0] ?? '';
  return next.trim() !== '' && (sharesTopic(next, claim) || TRUTH_LINE.test(next));
}

// ---------------------------------------------------------------- tables

interface Cell {
  text: string;
  start: number;
  end: number;
}

function cellsOf(row: Sentence): Cell[] {
  const out: Cell[] = [];
  const t = row.text;
  let i = t.indexOf('|');
  if (i < 0) return out;
  while (i < t.length) {
    let j = i + 1;
    while (j < t.length && !(t[j] === '|' && t[j - 1] !== '\\')) j++;
    if (j >= t.length) break;
    const span = trimmed(t, i + 1, j);
    out.push({ text: t.slice(span.start, span.end), start: row.start + span.start, end: row.start + span.end });
    i = j;
  }
  return out;
}

function tables(segment: number, sentences: Sentence[], found: Findings): void {
  let k = 0;
  while (k < sentences.length) {
    if (sentences[k]!.kind !== 'tableRow') {
      k++;
      continue;
    }
    const rows: Sentence[] = [];
    while (k < sentences.length && sentences[k]!.kind === 'tableRow' && (rows.length === 0 || sameBlock(rows[0]!, sentences[k]!))) rows.push(sentences[k++]!);
    const body = rows.filter((r) => !/^[\s|:\-+]+$/.test(r.text));
    if (body.length < 2) continue;
    const header = cellsOf(body[0]!).map((c) => c.text.replace(/[*_`]/g, '').trim());
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
      let label: Cell | null = null;
      const verdictCell = verdictCol >= 0 ? cells[verdictCol] : undefined;
      if (verdictCell && FALSE_CELL.test(verdictCell.text.replace(/[*_`]/g, '').trim())) label = verdictCell;
      else if (labelCol >= 0 && claimCol === labelCol && verdictCol < 0) {
        const h = cellsOf(body[0]!)[labelCol]!;
        label = h;
      }
      if (!label) continue;
      if (!isLabelledClaim(claimCell.text)) continue;
      const truthCell = truthCol >= 0 ? cells[truthCol] : undefined;
      found.add({
        claim: { segment, start: claimCell.start, end: claimCell.end },
        related: [{ segment, start: label.start, end: label.end }],
        messageId: 'label',
        data: { label: clip(label.text) },
        corrected: !!truthCell && truthCell.text.trim() !== '',
        bulk: false,
        // The verdict cell is emptied, not removed: the table keeps its columns.
        cover: { clear: [{ segment, start: label.start, end: label.end }] },
      });
    }
  }
}

// ---------------------------------------------------------------- tags and strikethrough

function inlineMarkup(text: string, segment: number, code: { start: number; end: number }[], found: Findings): void {
  if (!/[<\[~]/.test(text)) return;
  for (const re of [TAG_PAIR, ATTR_PAIR, BB_PAIR, STRIKE]) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      if (inRanges(code, m.index)) continue;
      const inner = m.groups!.inner ?? m.groups!.inner2 ?? '';
      const innerStart = m.index + m[0].indexOf(inner, m.groups!.inner !== undefined ? 0 : 1);
      const open = re === STRIKE && m.groups!.inner !== undefined ? { start: m.index, end: m.index + 2 } : { start: m.index, end: m.index + m[0].indexOf('>') + 1 || m.index + m[0].indexOf(']') + 1 };
      const strike = re === STRIKE;
      const label = strike ? (m.groups!.inner !== undefined ? '~~strikethrough~~' : `<${m.groups!.tag}> strikethrough`) : `the tag ${text.slice(open.start, open.end)}`;
      // Each sentence inside the markup is a claim of its own.
      for (const s of splitSentences(inner)) {
        const t = trimmed(text, innerStart + s.start, innerStart + s.end);
        const claimText = text.slice(t.start, t.end);
        if (!isLabelledClaim(claimText)) continue;
        found.add({
          claim: { segment, start: t.start, end: t.end },
          related: [{ segment, start: open.start, end: open.end }],
          messageId: 'markup',
          data: { label },
          corrected: strike && replacedInPlace(text, m.index + m[0].length, claimText),
          bulk: false,
          cover: { clear: [{ segment, start: open.start, end: open.end }, { segment, start: innerStart + inner.length, end: m.index + m[0].length }] },
        });
      }
    }
  }
}

// ---------------------------------------------------------------- sibling fields

/** Why a field disowns the text, or null. */
function disowns(field: MetaField): string | null {
  const k = normalizeLabel(field.key);
  if (typeof field.value === 'boolean') {
    // A boolean `label` is KTO's desirability flag (the adapter already marks that completion penalized).
    if (k === 'label') return null;
    const flag = k.replace(/^(?:is|has|contains|are)\s+/, '');
    if (field.value && FLAG_FALSE_IF_TRUE.has(flag)) return 'true';
    if (!field.value && FLAG_FALSE_IF_FALSE.has(flag)) return 'false';
    return null;
  }
  if (!FIELD_KEYS.has(k) && !/(?:^|\s)(?:label|verdict|rating|veracity)$/.test(k)) return null;
  // Labels about the prompt say nothing about the trained answer.
  if (/^(?:prompt|question|user|input|instruction|query)\s/.test(k)) return null;
  const v = normalizeLabel(field.value);
  return FALSE_VALUES.has(v) ? JSON.stringify(field.value) : null;
}

function fromFields(record: RecordView, found: Findings): void {
  const fields = metadataFields(record.value).filter((f) => disowns(f) !== null);
  record.segments.forEach((seg, segment) => {
    if (seg.trained !== 'trained') return;
    const own = seg.pointer.split('/').pop() ?? '';
    const ownField = FALSE_KEY.test(own) ? own : null;
    const covering = fields.filter((f) => fieldCovers(f, seg.pointer));
    if (!ownField && covering.length === 0) return;
    const field = covering[0];
    const data = field ? { field: field.pointer, value: disowns(field)! } : { field: seg.pointer, value: '(its key)' };
    const code = fencedCode(seg.text);
    for (const s of record.sentences(segment)) {
      if (inRanges(code, s.start) || s.kind === 'tableRow') continue;
      const claimText = s.text;
      const short = claimText.split(/\s+/).length < 6;
      // The lexicon first; the tagger only for sentences it finds no verb in.
      if (localNegation(claimText) !== null || !(isClaimLike(claimText) || isLabelledClaim(claimText))) continue;
      const span = { segment, start: s.start, end: s.end };
      if (found.has(span)) continue;
      found.add({ claim: span, related: [], messageId: 'field', data, corrected: false, bulk: !short });
    }
  });
}


export default rule;
