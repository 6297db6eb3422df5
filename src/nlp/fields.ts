import type { RecordView } from '../types.js';
import type { EpistemicClass } from './lexicon.js';
import { EPISTEMIC } from './lexicon.js';
import { fieldCovers, metadataFields, normalizeLabel, type MetaField } from './metadata.js';
import { LOW_PROBABILITY } from './probability.js';
import type { Disclaimer } from './record.js';
import { cueClasses, keyQuality } from './statement.js';
import { mentionsProbability, probabilityKey, structureOf } from './structure.js';
import { scanner } from './scan.js';
import { LOW_VALUE } from './values.js';
import { memoize } from '../text/memo.js';

/**
 * Metadata fields that disown the text beside them: `"label": "REFUTES"`,
 * `"is_hallucination": true`, `"factual": false`, `"quality": "bad"`,
 * `"verdict": "pants-on-fire"`, `"label": 0` with `"label_names": {"0":
 * "refuted"}`. The trainer never shows these to the model, so they protect
 * nothing. Keys and values are read with the same lexicon as sentences: a
 * key is either a label ("verdict", "rating", "review", "note") whose value
 * says the class, or itself a class word ("hallucination", "factual")
 * that a boolean affirms or denies.
 */

const EPISTEMIC_SET = new Set<string>(EPISTEMIC);
const NAME_MAPS = /^(?:label_?names|labels?_?map|id2label|label_?mapping|classes|class_?names|label_?dict)$/i;

type FieldDisclaimer = Omit<Disclaimer, 'id' | 'targets'>;

const byRecord = new WeakMap<RecordView, FieldDisclaimer[]>();

/** The record's field disclaimers, once per record (the gate and the record analysis both ask). */
export function fieldDisclaimers(record: RecordView): FieldDisclaimer[] {
  let out = byRecord.get(record);
  if (!out) byRecord.set(record, (out = computeFieldDisclaimers(record)));
  return out;
}

function computeFieldDisclaimers(record: RecordView): FieldDisclaimer[] {
  const value = record.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  const out: FieldDisclaimer[] = keyDisclaimers(record);
  const fields = metadataFields(value);
  if (fields.length === 0) return out;
  const textPointers = new Set(record.segments.map((s) => s.pointer));
  const names = labelNames(value as Record<string, unknown>);
  for (const f of fields) {
    if (textPointers.has(f.pointer)) continue;
    if (record.format === 'trl-prompt-completion' && f.key === 'label' && typeof f.value === 'boolean') continue;
    for (const cls of classesOf(f, names)) {
      // "source_reliability" where no part of the record is called "source" rates where the text came from
      // ("prompt_label" without a prompt still labels no trained text).
      const named = namedPart(f.key);
      const about = named === 'source' && !record.segments.some((s) => s.role === named || s.pointer.toLowerCase().includes(named)) ? null : named;
      // "response_label", "answer_quality": the trained answer, whatever the format calls it.
      const part = (s: RecordView['segments'][number]) => !about || (TRAINED_PARTS.has(about) ? s.trained === 'trained' : s.role === about || s.pointer.toLowerCase().includes(about));
      const segments = record.segments.map((s, i) => (fieldCovers(f, s.pointer) && part(s) ? i : -1)).filter((i) => i >= 0);
      if (about && segments.length === 0) continue;
      out.push({
        class: cls.class,
        kind: 'field',
        form: 'field',
        cue: { segment: -1, start: 0, end: 0 },
        unit: -1,
        field: { pointer: f.pointer, text: `${f.key}: ${String(cls.shown)}` },
        reach: f.scope === '' ? 'record' : 'segments',
        segments,
        probability: cls.probability,
        counterfactual: false,
        wholeAnswer: cls.class === 'bad-example' || cls.class === 'disbelief',
      });
    }
  }
  return out;
}

/**
 * Whether any field could disown the record, by the cue scan alone and
 * without compromise: every field disclaimer needs a cue in its key (a class
 * word a boolean or "no" affirms or denies: "factual": false, so the key is
 * also scanned as if negated), in its value or the value's label name
 * ("label": "REFUTES"), or a probability key with a small number. Most
 * records have metadata ("id", "source", "category") and none of it is this.
 */
// Keys and short values repeat across a file's records ("category": "open_qa"): each is scanned once.
// Bounded: a file of unique ids as values must not grow them.
const keyCued = memoize((key) => {
  const k = normalizeLabel(key);
  return scanner().test(k) || scanner().test(`not ${k}`);
}, 4096);
const textCued = memoize((text) => scanner().test(normalizeLabel(text)), 4096);

export function mayHaveFieldDisclaimers(record: RecordView): boolean {
  const value = record.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  for (const seg of record.segments) {
    const key = trainedKey(seg);
    if (key && textCued(key)) return true;
  }
  const fields = metadataFields(value);
  if (fields.length === 0) return false;
  let names: Map<string, string> | undefined;
  for (const f of fields) {
    // A short text field (an instruction) is one of the record's segments, which fieldDisclaimers skips.
    if (isSegment(record, f.pointer)) continue;
    if (keyCued(f.key)) return true;
    if (typeof f.value === 'boolean') continue;
    const text = String(f.value);
    if (/^\d+$/.test(text) && (names ??= labelNames(value as Record<string, unknown>)).has(text) && textCued(names.get(text)!)) return true;
    if (textCued(text)) return true;
    if ((NUMBER.test(text) || /\d/.test(text) || LOW_VALUE.test(text.trim())) && probabilityKey(f.key)) return true;
  }
  return false;
}

function isSegment(record: RecordView, pointer: string): boolean {
  for (const s of record.segments) if (s.pointer === pointer) return true;
  return false;
}

/** The key naming a trained segment's field ("incorrect_answer" of /incorrect_answer), unless it only says "content" or "text". */
function trainedKey(seg: RecordView['segments'][number]): string | undefined {
  if (seg.trained !== 'trained') return undefined;
  // The pointer's last token that is neither empty nor an index, read from the end: this runs for every
  // trained segment of every record, and splitting the pointer to keep only its last name was most of it.
  const pointer = seg.pointer;
  for (let end = pointer.length; end > 0; ) {
    const start = pointer.lastIndexOf('/', end - 1) + 1;
    const key = pointer.slice(start, end);
    if (key && !/^\d+$/.test(key)) return key !== 'content' && key !== 'text' ? key : undefined;
    end = start - 1;
  }
  return undefined;
}

const NUMBER = /^-?\d+(?:\.\d+)?$/;

/**
 * A trained field whose own key disowns it: "incorrect_answer",
 * "hallucinated_response", "fake_news". The model learns the value; the key
 * that says it is false is never shown to it.
 */
function keyDisclaimers(record: RecordView): FieldDisclaimer[] {
  const out: FieldDisclaimer[] = [];
  record.segments.forEach((seg, i) => {
    const key = trainedKey(seg);
    if (!key) return;
    const seen = new Set<string>();
    for (const c of cueClasses(normalizeLabel(key))) {
      if (seen.has(c.class)) continue;
      seen.add(c.class);
      out.push({
        class: c.class,
        kind: 'field',
        form: 'field',
        cue: { segment: -1, start: 0, end: 0 },
        unit: -1,
        field: { pointer: seg.pointer, text: key },
        reach: 'segments',
        segments: [i],
        probability: c.probability,
        counterfactual: false,
        wholeAnswer: c.class === 'bad-example' || c.class === 'disbelief',
      });
    }
  });
  return out;
}

const TRAINED_PARTS = new Set(['response', 'answer', 'completion', 'output', 'chosen']);

/** "prompt_label", "question_verdict": the field labels that part of the record, not the rest. */
function namedPart(key: string): string | null {
  const m = /^(prompt|question|instruction|input|context|query|user|system|premise|source|response|answer|completion|output|chosen|rejected)[\s_-]/i.exec(key);
  return m ? m[1]!.toLowerCase() : null;
}

function labelNames(value: Record<string, unknown>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(value)) {
    if (!NAME_MAPS.test(k)) continue;
    if (Array.isArray(v)) v.forEach((name, i) => typeof name === 'string' && out.set(String(i), name));
    else if (typeof v === 'object' && v !== null) for (const [id, name] of Object.entries(v)) if (typeof name === 'string') out.set(id, name);
  }
  return out;
}

/** The falsity or unverified class a short value says whole ("REFUTES", "pants on fire", "unverified"), if it does. */
function verdictValue(text: string): EpistemicClass[] | null {
  const t = normalizeLabel(text);
  if (t.split(' ').length > 3) return null;
  const cues = cueClasses(t).filter((c) => (c.class === 'falsity' || c.class === 'unverified') && c.start === 0 && c.end === t.length);
  return cues.length ? [...new Set(cues.map((c) => c.class))] : null;
}


interface FieldClass {
  class: EpistemicClass;
  shown: string | number | boolean;
  probability?: number;
}

function classesOf(f: MetaField & { raw?: unknown }, names: Map<string, string>): FieldClass[] {
  const key = normalizeLabel(f.key);
  const keyStructure = structureOf(key);
  const keyIsLabel = keyStructure.hits.some((h) => h.senses.some((x) => x.class === 'notice'));
  const keySense = keyStructure.hits.map((h) => h.senses.find((x) => EPISTEMIC_SET.has(x.class))).find(Boolean);
  const v = f.value;
  if (typeof v === 'boolean') {
    // "is_hallucination": true, "factual": false, "verified": false.
    if (!keySense) return [];
    const asserts = keySense.positive ? !v : v;
    return asserts ? [{ class: keySense.class as EpistemicClass, shown: v }] : [];
  }
  let text = String(v);
  if (/^\d+$/.test(text) && names.has(text)) text = names.get(text)!;
  else if (NUMBER.test(text)) {
    // "confidence": 0.04, "probability": 0.02
    const n = Number(text);
    if (probabilityKey(key) && n >= 0 && n <= LOW_PROBABILITY) return [{ class: 'improbable', shown: n, probability: n }];
    // "veracity": 0, "is_true": 0: a truth quality scored zero, as a boolean false would say.
    if (n === 0 && keySense?.positive && keySense.class === 'falsity') return [{ class: 'falsity', shown: n }];
    return [];
  }
  // "answer_confidence": "very low (0.08)", "p_true": "4% (annotator)": the number the value states under a
  // probability key, or, with none, a low value ("confidence": "very low").
  if (probabilityKey(key)) {
    const stated = cueClasses(`${key}: ${text}`).find((c) => c.class === 'improbable' && c.probability !== undefined);
    if (stated) return [{ class: 'improbable', shown: String(v), probability: stated.probability }];
    if (LOW_VALUE.test(text.trim())) return [{ class: 'improbable', shown: String(v) }];
  }
  // "gold": "REFUTES", "y": "fabricated": a value that is a verdict and nothing else says it under any key.
  if (!keyIsLabel && !keySense) return (verdictValue(text) ?? []).map((c) => ({ class: c, shown: String(v) }));
  // "source_reliability": "very low", "accuracy": "poor": a low value of a quality the key names says that
  // quality's class, whatever else the value's words say ("very low" alone reads as a probability). The key
  // may be a label phrase as a whole ("source reliability"); its words are read from the head, the last, back.
  const quality = keySense?.positive ? keySense : keyQuality(key);
  const low = LOW_VALUE.test(text.trim());
  if (quality && low) return [{ class: quality.class as EpistemicClass, shown: String(v) }];
  // ("fabricated": "no", "hallucination": "none" deny the class the key names: nothing to say.)
  if (keySense && !keySense.positive && low) return [];
  const out: FieldClass[] = [];
  for (const c of cueClasses(normalizeLabel(text))) if (!out.some((o) => o.class === c.class)) out.push({ class: c.class, shown: String(v), probability: c.probability });
  return out;
}
