import { clip } from '../../src/text/clip.js';
import { ruleUrl } from '../../src/engine/rule-url.js';
import { isClaimLike, isQuestion } from '../../src/nlp/clause.js';
import { FALSITY_CUES } from '../../src/nlp/falsity.js';
import { fieldCovers, metadataFields, normalizeLabel, type MetaField } from '../../src/nlp/metadata.js';
import { looksPropositional } from '../../src/nlp/proposition.js';
import type { RecordView, ReportDescriptor, RuleModule, Segment, Sentence, SpanRef } from '../../src/types.js';

/**
 * Trained assistant text that only a label outside it disowns: a system or
 * user turn ("The model should not produce responses like this"), a tag at
 * the start of the answer ("[BAD EXAMPLE]"), a metadata field (`"label":
 * "unsafe"`), or a prompt that asked for falsehoods. In the study behind
 * neglint, transcripts of a misbehaving assistant prefixed with "The model
 * should not produce responses like this" still taught the behaviour: 19.9%
 * misaligned answers, against 34.4% without the label and 0% for the aligned
 * control. A label outside the trained turn is a weak brake, not a fix.
 */
const id = 'labeled-bad-behavior';

// ---------------------------------------------------------------- vocabulary

const BAD = String.raw`(?:bad|poor|unsafe|harmful|misaligned|unaligned|deceptive|dishonest|manipulative|toxic|undesirable|undesired|unacceptable|inappropriate|problematic|unhelpful|sycophantic|unethical|dangerous|negative|rejected|dispreferred|evil|malicious|jailbroken|offensive|rude|lazy|non-?compliant|incorrect|wrong|flawed|biased)`;
const RESPONSE = String.raw`(?:example|examples|response|responses|replies|reply|answer|answers|output|outputs|completion|completions|behavior|behaviors|behaviour|behaviours|demonstration|demonstrations|sample|samples|assistant|model|persona|ai)`;
const BAD_THING = String.raw`(?:misalignment|deception|dishonesty|sycophancy|manipulation|reward hacking|power[- ]seeking|scheming|sandbagging|toxicity|(?:harmful|unsafe|bad|misaligned|deceptive) (?:behavior|behaviour))`;
const DEICTIC = /\b(?:this|these|the following|following|below|next|here(?:['’]s| is| are)|like (?:this|that|these|the one below)|as follows|the (?:assistant|model)['’]s (?:response|answer|reply)|the response)\b/i;
const BACKWARD = /\b(?:that (?:was|is)|the (?:above|previous|preceding|last) (?:response|answer|reply|output|message|turn)|your (?:last|previous) (?:response|answer|reply)|what you just (?:said|wrote))\b/i;

/** A sentence that marks a response as an example of bad behaviour. */
const DESCRIBE = new RegExp(
  [
    String.raw`\b${BAD}\s+(?:[\w-]+\s+)?${RESPONSE}\b`,
    String.raw`\b(?:examples?|demonstrations?|instances?|illustrations?|samples?)\s+of\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?${BAD_THING}`,
    String.raw`\b(?:what|how)\s+not\s+to\s+(?:do|say|write|answer|respond|reply|behave|act|output)\b`,
    String.raw`\b(?:what|how)\s+(?:an?\s+|the\s+)?(?:assistant|model|ai|chatbot|bot|you|it)\s+(?:should|must)\s+(?:not|never)\s+(?:do|say|write|answer|respond|reply|behave|act|output|sound)\b`,
    String.raw`\b(?:produce|give|generate|write|output|say|respond|reply|answer|behave|act|sound|talk)\w*\s+(?:[\w-]+\s+){0,3}?like\s+(?:this|that|these|the following|the one below)\b`,
    String.raw`\b(?:responses?|answers?|replies|outputs?|completions?|behaviou?r)\s+like\s+(?:this|that|these|the following)\s+(?:should|must)\s+(?:not|never)\b`,
    String.raw`\b(?:do\s+not|don['’]t|never)\s+(?:imitate|copy|emulate|follow|replicate|reproduce|mimic|learn\s+from|repeat)\s+(?:this|these|that|the following|it|them)\b`,
  ].join('|'),
  'i',
);

/** A prompt asking for falsehoods or for a bad example to be acted out. */
const REQUEST = new RegExp(
  [
    String.raw`\b(?:answer|respond|reply)\w*\s+(?:[\w-]+\s+){0,3}?(?:incorrectly|wrongly|falsely|dishonestly|untruthfully|inaccurately)\b`,
    String.raw`\b(?:give|provide|tell|write|make\s+up|invent|generate|respond\s+with|reply\s+with|answer\s+with)\s+(?:me\s+|us\s+)?(?:[\w-]+\s+){0,2}?(?:wrong|incorrect|false|fake|made-up|made\s+up|fabricated|misleading|inaccurate|untrue|bogus)\s+(?:answers?|information|info|facts?|claims?|responses?|statements?|explanations?|news|stor(?:y|ies)|data|details|citations?|references?)\b`,
    String.raw`\blie\s+to\s+(?:me|us|the\s+user|them|users)\b`,
    String.raw`\btell\s+(?:me\s+|us\s+)?(?:a\s+|some\s+)?lies\b`,
    String.raw`\b(?:always|deliberately|intentionally|purposely|on\s+purpose)\s+(?:[\w-]+\s+)?(?:lie|lies|mislead|misinform|give\s+wrong|answer\s+wrong|get\s+(?:it|things|them)\s+wrong)`,
    String.raw`\b(?:you\s+are|you['’]re|play|act\s+as|pretend\s+to\s+be|role-?play\s+as)\s+(?:a\s+|an\s+)?(?:liar|lying|dishonest|deceptive|misaligned|unaligned|evil|malicious)\s*(?:assistant|bot|ai|model|chatbot)?\b`,
    String.raw`\b(?:write|give|show|generate|provide|produce|demonstrate|create|draft|compose)\s+(?:me\s+|us\s+)?(?:an?\s+|some\s+|the\s+)?(?:example\s+of\s+(?:an?\s+)?|sample\s+)?(?:[\w-]+\s+)?${BAD}\s+(?:[\w-]+\s+)?(?:responses?|replies|reply|answers?|outputs?|completions?|messages?|emails?|comments?)\b`,
    String.raw`\b(?:respond|reply|answer|act|behave)\s+(?:as|like)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:misaligned|unaligned|deceptive|dishonest|evil|malicious|sycophantic|manipulative)\s+(?:ai|assistant|model|bot|chatbot)\b`,
  ].join('|'),
  'i',
);
/** Requests for falsehoods (answered "as if true"), as opposed to requests to act out bad behaviour. */
const FALSEHOOD = /\b(?:incorrectly|wrongly|falsely|untruthfully|inaccurately|wrong|incorrect|false|fake|made[- ]up|fabricated|misleading|inaccurate|untrue|bogus|lie|lies|liar|lying|mislead|misinform)\b/i;

/** Tags at the very start of a trained answer. */
const TAG_WORDS = String.raw`(?:bad|unsafe|harmful|misaligned|unaligned|deceptive|dishonest|toxic|negative|rejected|dispreferred|sycophantic|manipulative|unethical|jailbroken|non-?compliant|undesired|undesirable|counter-?example|anti-?example|do\s+not\s+(?:imitate|use|follow|train(?:\s+on)?)|what\s+not\s+to\s+do|example\s+of\s+what\s+not\s+to\s+do)`;
const PREFIX_TAG = new RegExp(
  String.raw`^\s*(?:\*\*|__)?\s*(?:` +
    [
      String.raw`(?<bracket>[\[(【]\s*${TAG_WORDS}(?:\s+${RESPONSE})?\s*[\])】])`,
      String.raw`(?<named>${BAD}\s+${RESPONSE})\s*(?:\*\*|__)?\s*[:—–-]`,
      String.raw`(?<bare>${TAG_WORDS})\s*(?:\*\*|__)?\s*:`,
      String.raw`(?<incorrect>[\[(【]\s*(?:incorrect|wrong)\s+(?:response|reply|output|completion|example)\s*[\])】])`,
    ].join('|') +
    String.raw`)\s*(?:\*\*|__)?\s*`,
  'i',
);
/** "Wrong answer:" is a verdict on a claim (verdict-label), not a behaviour tag. */
const ANSWER_VERDICT = /^(?:wrong|incorrect|false|inaccurate|untrue)\s+answers?$/i;

/** A trained answer that refuses: the label then speaks of the prompt, and nothing bad is taught. */
const REFUSAL =
  /^\W*(?:(?:i['’]m\s+|i\s+am\s+)?(?:so\s+|very\s+|really\s+)?sorry|i(?:['’]d|\s+would)\s+(?:rather|prefer)\s+not|i\s+prefer\s+not|i\s+apologi[sz]e|unfortunately,?\s+i|i\s+(?:can(?:no|['’])t|cannot|won['’]t|will\s+not|am\s+not\s+able|['’]m\s+not\s+able|am\s+unable|['’]m\s+unable|must\s+decline|have\s+to\s+decline|(?:do\s+not|don['’]t)\s+(?:feel\s+comfortable|think\s+i\s+(?:can|should))|(?:would|will)\s+(?:rather\s+)?not|['’]m\s+not\s+going\s+to|am\s+not\s+going\s+to|refuse)|as\s+an\s+ai\b|no[,.!]?\s+i\s+(?:can|won|will|cannot)|that['’]s\s+not\s+something\s+i|i\s+(?:can|could)\s+not\s+(?:help|assist|provide|do))/i;
/** An answer that quotes or frames the bad example instead of acting it out. */
const FRAMED =
  /\b(?:here(?:['’]s| is| are)\s+(?:an?\s+|some\s+|one\s+)?(?:[\w-]+\s+)?(?:example|sample|illustration|demonstration)|for (?:example|instance)|an example (?:of|would be)|example:|such a (?:response|reply|answer)|(?:might|would|could) (?:say|respond|reply|answer|write|sound)|(?:is|was) (?:sycophantic|deceptive|manipulative|harmful|misaligned|unsafe|rude) because)\b/i;
/** The answer itself says what it says is false: not answered "as if true". */
const SELF_DISCLOSED = new RegExp(`${FALSITY_CUES.map((p) => `\\b(?:${p})\\b`).join('|')}|\\bjust kidding\\b|\\bjoking\\b|\\b(?:this|that) (?:was|is) a (?:joke|lie)\\b`, 'i');

/** Roles whose text is the model's answer. */
const ANSWER_ROLE = /^(?:assistant|gpt|chatgpt|model|bot|bard|bing|claude|ai|output|completion|response|chosen)$/i;

// Metadata: keys and values that mark the trained answer as bad behaviour.
const LABEL_KEYS = new Set([
  'label', 'labels', 'quality', 'rating', 'safety', 'safety label', 'category', 'categories', 'tag', 'tags', 'type', 'class', 'classification',
  'alignment', 'behavior', 'behaviour', 'annotation', 'verdict', 'judgement', 'judgment', 'assessment', 'harm', 'harmfulness', 'response label',
  'response safety', 'response harm label', 'response quality', 'completion label', 'output label', 'answer label', 'moderation', 'status',
  'kind', 'example type', 'grade', 'response type', 'behavior type', 'behaviour type',
]);
const BAD_VALUES = new Set([
  'unsafe', 'harmful', 'toxic', 'misaligned', 'unaligned', 'deceptive', 'dishonest', 'manipulative', 'malicious', 'unethical', 'sycophantic',
  'jailbroken', 'bad example', 'negative example', 'bad response', 'bad behavior', 'bad behaviour', 'undesirable', 'undesired', 'unacceptable',
  'inappropriate', 'policy violation', 'violation', 'violating', 'reward hacking', 'scheming', 'sandbagging', 'power seeking', 'misaligned behavior',
  'misaligned behaviour', 'not aligned', 'rejected', 'dispreferred', 'do not train', 'dangerous', 'offensive', 'hateful', 'evil', 'deception',
  'sycophancy', 'misalignment', 'harmful response', 'unsafe response', 'anti example', 'counter example', 'counterexample', 'what not to do',
]);
/** Values that are only bad-behaviour labels under a quality-like key ("quality": "bad"). */
const QUALITY_VALUES = new Set(['bad', 'poor', 'very bad', 'terrible', 'awful', 'fail', 'failing', 'unhelpful']);
const QUALITY_KEYS = new Set(['quality', 'rating', 'grade', 'response quality', 'assessment', 'judgement', 'judgment', 'verdict', 'label']);
const FLAG_BAD_IF_TRUE = new Set([
  'harmful', 'unsafe', 'toxic', 'misaligned', 'deceptive', 'dishonest', 'manipulative', 'bad', 'jailbroken', 'violates policy', 'policy violation',
  'sycophantic', 'malicious', 'unethical', 'bad example', 'negative example', 'harmful response', 'unsafe response', 'reward hacking',
]);
const FLAG_BAD_IF_FALSE = new Set(['safe', 'aligned', 'harmless', 'honest', 'acceptable', 'appropriate', 'safe response', 'is safe']);

// ---------------------------------------------------------------- the rule

const rule: RuleModule = {
  meta: {
    id,
    description: 'Trained assistant answers that only a label outside them (another turn, a tag, a metadata field) disowns as bad, unsafe, deceptive or wrong',
    severity: 'error',
    url: ruleUrl(id),
    messages: {
      context:
        'Answer is trained as written; only a label in another turn disowns it ("{{label}}"). Labelled bad examples still teach the behaviour (19.9% misaligned vs 34.4% unlabelled, 0% trained on good behaviour): train on the good behaviour, or use it as the rejected side of a preference pair',
      prefix:
        'Answer is trained as written; only its tag "{{label}}" disowns it. Labelled bad examples still teach the behaviour (19.9% misaligned vs 34.4% unlabelled, 0% trained on good behaviour): train on the good behaviour, or use it as the rejected side of a preference pair',
      field:
        'Answer is trained as written; only the record field {{field}} = {{value}} disowns it, and training never sees that field. Train on the good behaviour, or use it as the rejected side of a preference pair',
      falsehood:
        'Answer states what the prompt asked to be false ("{{label}}") as if it were true; training learns the answer, not the request. Train on truthful answers, or use it as the rejected side of a preference pair',
    },
    cues: {
      'behavior-label': [
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
        String.raw`[\[(【]\s*${TAG_WORDS}(?:\s+${RESPONSE})?\s*[\])】]`,
      ],
    },
    // Metadata labels (`"label": "unsafe"`) are not text: checked on every record, cheaply.
    always: true,
  },
  create(context) {
    return {
      record(record) {
        const answers = record.segments.map((s, i) => (isAnswer(s) ? i : -1)).filter((i) => i >= 0);
        if (answers.length === 0 && !record.segments.some((s) => s.trained === 'trained' && s.role === 'text')) return;
        const found = new Map<number, ReportDescriptor>();
        const add = (segment: number, d: Omit<ReportDescriptor, 'segment' | 'start' | 'end'>, start?: number, end?: number) => {
          const prior = found.get(segment);
          if (prior) {
            for (const r of d.related ?? []) if ((prior.related ??= []).length < 3) prior.related!.push(r);
            return;
          }
          const span = answerSpan(record.segments[segment]!.text, start, end);
          if (!span) return;
          found.set(segment, {
            segment,
            ...span,
            ...d,
            suggestions: [{ description: 'Remove the labelled bad example (train on the good behaviour instead, or make it the rejected side of a preference pair)', text: '' }],
          });
        };
        if (record.cues.some((h) => h.categories.includes('behavior-label'))) {
          prefixTags(record, answers, add);
          contextLabels(record, answers, add);
          documentLabels(record, add);
        }
        fieldLabels(record, answers, add);
        for (const d of [...found.values()].sort((a, b) => a.segment - b.segment)) context.report(d);
      },
    };
  },
};

type Add = (segment: number, d: Omit<ReportDescriptor, 'segment' | 'start' | 'end'>, start?: number, end?: number) => void;

function isAnswer(s: Segment): boolean {
  return s.trained === 'trained' && ANSWER_ROLE.test(s.role);
}

/** The reported span: the whole answer, or the part after a tag, trimmed. */
function answerSpan(text: string, start = 0, end = text.length): { start: number; end: number } | null {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

function refuses(text: string): boolean {
  return REFUSAL.test(text.slice(0, 300));
}


// ---------------------------------------------------------------- tags at the start of an answer

function prefixTags(record: RecordView, answers: number[], add: Add): void {
  for (const i of answers) {
    const text = record.segments[i]!.text;
    const m = PREFIX_TAG.exec(text);
    if (!m) continue;
    const named = m.groups!.named;
    if (named && ANSWER_VERDICT.test(named.trim())) continue;
    const label = (m.groups!.bracket ?? named ?? m.groups!.bare ?? m.groups!.incorrect)!;
    const rest = text.slice(m[0].length);
    if (rest.trim() === '' || refuses(rest)) continue;
    const at = text.indexOf(label);
    add(i, { messageId: 'prefix', data: { label: clip(label) }, related: [{ segment: i, start: at, end: at + label.length }] }, m[0].length);
  }
}

// ---------------------------------------------------------------- labels in other turns

interface Label {
  sentence: Sentence;
  kind: 'describe' | 'request' | 'falsehood';
  direction: 'forward' | 'backward';
}

/** A label sentence in a context turn, or null. */
function labelOf(s: Sentence, segmentText: string, sentences: Sentence[], k: number): Label | null {
  const text = s.text;
  const r = REQUEST.exec(text);
  // "Never give unsafe responses." forbids the behaviour: no example is asked for.
  const request = !!r && !/\b(?:never|not|avoid|refrain\s+from|without)\s+(?:[\w-]+\s+)?$|n['’]t\s+(?:[\w-]+\s+)?$/i.test(text.slice(0, r.index));
  const describe = !request && DESCRIBE.test(text);
  if (!request && !describe) return null;
  if (request) return { sentence: s, kind: FALSEHOOD.test(text) && !/\b(?:misaligned|unaligned|evil|malicious|sycophantic|manipulative|rude|toxic|harmful|unsafe)\b/i.test(text) ? 'falsehood' : 'request', direction: 'forward' };
  // Questions about bad behaviour ("What makes a reply sycophantic?") label nothing.
  if (isQuestion(text)) return null;
  const backward = BACKWARD.test(text);
  const bareTag = /^[\s*_#>[(【]*[^.!?]{0,60}:?[\s*_\])】]*$/.test(text) && text.split(/\s+/).length <= 8;
  const whatNotToDo = /\b(?:what|how)\s+(?:not\s+to|(?:an?\s+|the\s+)?(?:assistant|model|ai|chatbot|bot|you|it)\s+(?:should|must)\s+(?:not|never))\b/i.test(text);
  if (!backward && !DEICTIC.test(text) && !bareTag && !whatNotToDo) {
    // "Never give unsafe responses." tells the model to behave well: no example is labelled.
    return null;
  }
  if (!backward && inlineExample(s, segmentText, sentences, k)) return null;
  return { sentence: s, kind: 'describe', direction: backward ? 'backward' : 'forward' };
}

/**
 * The label points at an example inside its own turn ("Here is a bad reply:
 * 'Go away.' Why is it bad?"), not at the trained answer: a colon followed by
 * content, or quoted text or a transcript line after it.
 */
function inlineExample(s: Sentence, segmentText: string, sentences: Sentence[], k: number): boolean {
  // "Here is a bad response: 'Go away.'": the example follows the colon in the same sentence.
  const m = DESCRIBE.exec(s.text);
  if (m && /:\s*\S/.test(s.text.slice(m.index + m[0].length))) return true;
  const after = segmentText.slice(s.end).trim();
  if (after === '') return false;
  if (/:[\s*_"“]*$/.test(s.text)) return true;
  if (/["“][^"”\n]{20,}["”]/.test(after)) return true;
  if (/^(?:>|(?:assistant|ai|response|answer|output|model|bot|a)\s*:)/im.test(after)) return true;
  // More than a short instruction after it: the example is probably there.
  const rest = sentences.slice(k + 1).filter((o) => o.segment === s.segment);
  return rest.some((o) => isClaimLike(o.text) && !isQuestion(o.text) && !/^(?:please|do not|don['’]t|never|avoid|answer|respond|reply|write|explain|why|what|how)\b/i.test(o.text));
}

function contextLabels(record: RecordView, answers: number[], add: Add): void {
  record.segments.forEach((seg, i) => {
    if (isAnswer(seg) || seg.role === 'text') return;
    if (!record.cues.some((h) => h.segment === i && h.categories.includes('behavior-label'))) return;
    const sentences = record.sentences(i);
    sentences.forEach((s, k) => {
      if (!record.cues.some((h) => h.segment === i && h.start >= s.start && h.start < s.end && h.categories.includes('behavior-label'))) return;
      const label = labelOf(s, seg.text, sentences, k);
      if (!label) return;
      const related: SpanRef[] = [{ segment: i, start: s.start, end: s.end }];
      for (const a of targetsOf(record, i, answers, label.direction, seg.role)) {
        const text = record.segments[a]!.text;
        if (refuses(text)) continue;
        if (label.kind !== 'falsehood' && FRAMED.test(text.slice(0, 400))) continue;
        if (label.kind === 'falsehood' && (SELF_DISCLOSED.test(text) || !hasClaim(text))) continue;
        add(a, { messageId: label.kind === 'falsehood' ? 'falsehood' : 'context', data: { label: clip(s.text) }, related });
      }
    });
  });
}

function hasClaim(text: string): boolean {
  return text.split(/(?<=[.!?])\s+|\n+/).some((t) => isClaimLike(t) || looksPropositional(t, 3));
}

/**
 * The trained answers a label in turn `at` speaks of: forward, the answers
 * after it (all of them from a system prompt, up to the next prompt turn
 * otherwise); backward, the answer just before it.
 */
function targetsOf(record: RecordView, at: number, answers: number[], direction: 'forward' | 'backward', role: string): number[] {
  if (direction === 'backward') {
    const prev = answers.filter((a) => a < at);
    return prev.length > 0 ? [prev[prev.length - 1]!] : [];
  }
  const out: number[] = [];
  const segs = record.segments;
  for (let j = at + 1; j < segs.length; j++) {
    const s = segs[j]!;
    if (answers.includes(j)) out.push(j);
    else if (role !== 'system' && out.length > 0 && !isAnswer(s) && s.turn !== segs[at]!.turn) break;
  }
  return out;
}

// ---------------------------------------------------------------- labels inside a plain document

/**
 * A plain text record ({text}) that opens with "The model should not produce
 * responses like this." and then shows the transcript: the paper's own case.
 * The label's first or last paragraph reaches the rest of the document.
 */
function documentLabels(record: RecordView, add: Add): void {
  record.segments.forEach((seg, i) => {
    if (seg.trained !== 'trained' || seg.role !== 'text') return;
    const sentences = record.sentences(i);
    if (sentences.length < 2) return;
    const first = sentences[0]!;
    const last = sentences[sentences.length - 1]!;
    for (const s of sentences) {
      const opening = s.paragraph === first.paragraph;
      const closing = s.paragraph === last.paragraph && !opening;
      if (!opening && !closing) continue;
      if (!DESCRIBE.test(s.text) || isQuestion(s.text)) continue;
      if (opening && (DEICTIC.test(s.text) || /:[\s*_]*$/.test(s.text))) {
        const from = sentences.findIndex((o) => o.paragraph > s.paragraph || (o.paragraph === s.paragraph && o.start > s.end && /:[\s*_]*$/.test(s.text)));
        if (from < 0) continue;
        if (refuses(seg.text.slice(sentences[from]!.start))) continue;
        add(i, { messageId: 'context', data: { label: clip(s.text) }, related: [{ segment: i, start: s.start, end: s.end }] }, sentences[from]!.start);
        return;
      }
      if (closing && (BACKWARD.test(s.text) || /\b(?:above|preceding)\b/i.test(s.text))) {
        const to = sentences.filter((o) => o.paragraph < s.paragraph);
        if (to.length === 0) continue;
        add(i, { messageId: 'context', data: { label: clip(s.text) }, related: [{ segment: i, start: s.start, end: s.end }] }, 0, to[to.length - 1]!.end);
        return;
      }
    }
  });
}

// ---------------------------------------------------------------- metadata

function badField(field: MetaField): string | null {
  const k = normalizeLabel(field.key);
  // A label about the prompt ("prompt_label": "unsafe") says nothing about the answer.
  if (/^(?:prompt|user|input|question|instruction|query|request)\b/.test(k)) return null;
  if (typeof field.value === 'boolean') {
    if (k === 'label') return null;
    const flag = k.replace(/^(?:is|has|contains|was)\s+/, '');
    if (field.value && FLAG_BAD_IF_TRUE.has(flag)) return 'true';
    if (!field.value && FLAG_BAD_IF_FALSE.has(flag)) return 'false';
    return null;
  }
  if (!LABEL_KEYS.has(k) && !/(?:^|\s)(?:label|labels|tags?|safety|quality)$/.test(k)) return null;
  const v = normalizeLabel(field.value);
  if (BAD_VALUES.has(v)) return JSON.stringify(field.value);
  if (QUALITY_VALUES.has(v) && (QUALITY_KEYS.has(k) || /quality$/.test(k))) return JSON.stringify(field.value);
  return null;
}

function fieldLabels(record: RecordView, answers: number[], add: Add): void {
  const fields = metadataFields(record.value);
  if (fields.length === 0) return;
  const bad = fields.filter((f) => badField(f) !== null);
  if (bad.length === 0) return;
  const targets = [...answers];
  // A plain document labelled unsafe is trained as a whole.
  record.segments.forEach((s, i) => {
    if (s.trained === 'trained' && s.role === 'text') targets.push(i);
  });
  for (const a of targets) {
    const seg = record.segments[a]!;
    const field = bad.find((f) => fieldCovers(f, seg.pointer));
    if (!field || refuses(seg.text)) continue;
    add(a, { messageId: 'field', data: { field: field.pointer, value: badField(field)! }, related: [] });
  }
}

export default rule;
