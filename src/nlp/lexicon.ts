import { nlp } from './compromise.js';

/**
 * Word-level lookups from compromise's lexicon and conjugation tables, without
 * running its tagger: a dictionary lookup costs microseconds where tagging a
 * sentence costs milliseconds, and most of our decisions need only this much.
 */
interface Tables {
  model: { one: { lexicon: Record<string, string | string[]> } };
  methods: { two: { transform: { verb: { toInfinitive(word: string, model: unknown, tense: string): string } } } };
}
let tables: Tables | undefined;

function load(): Tables {
  if (!tables) {
    const n = nlp();
    tables = { model: n.model() as Tables['model'], methods: n.methods() as Tables['methods'] };
  }
  return tables;
}

export function tagsOf(word: string): readonly string[] {
  const tags = load().model.one.lexicon[word.toLowerCase()];
  if (tags === undefined) return [];
  return typeof tags === 'string' ? [tags] : tags;
}

export function hasTag(word: string, tag: string): boolean {
  return tagsOf(word).includes(tag);
}

const AUXILIARIES = new Set([
  'is', 'are', 'was', 'were', 'am', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'shall', 'should',
  'may', 'might', 'must', 'does', 'do', 'did',
]);

export function isAuxiliary(word: string): boolean {
  return AUXILIARIES.has(word.toLowerCase());
}

/** A finite lexical verb in the past or present tense, by lexicon or regular morphology. */
export function finiteVerbTense(word: string): 'past' | 'present' | null {
  const lower = word.toLowerCase();
  const tags = tagsOf(lower);
  if (tags.includes('PastTense')) return 'past';
  if (tags.includes('PresentTense')) return 'present';
  if (/^[a-z]{3,}ed$/.test(lower) && tags.length === 0) return 'past';
  // "reverses", "flows": third-person forms the lexicon files as plural nouns.
  if (/^[a-z]{3,}s$/.test(lower) && !tags.includes('Copula')) {
    const stem = lower.endsWith('es') && hasTag(lower.slice(0, -2), 'Infinitive') ? lower.slice(0, -2) : lower.slice(0, -1);
    if (hasTag(stem, 'Infinitive')) return 'present';
  }
  return null;
}

export function toInfinitive(word: string, tense: 'past' | 'present'): string {
  const { model, methods } = load();
  return methods.two.transform.verb.toInfinitive(word.toLowerCase(), model, tense === 'past' ? 'PastTense' : 'PresentTense');
}
