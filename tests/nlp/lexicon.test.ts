import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadNlp } from '../../src/nlp/compromise.js';
import { compile, lexiconDir, lintSources, readSources, serialize, spellings } from '../../src/nlp/lexicon.js';
import { scanner } from '../../src/nlp/scan.js';

/**
 * The lexicon is data (lexicon/*.jsonl) interpreted by one engine: every
 * entry must satisfy the schema, the sources must lint clean (one epistemic
 * class per phrase, no duplicates, no phrase the scanner cannot find), and
 * the compiled form must round-trip.
 */
const dir = lexiconDir();
const files = readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort();

beforeAll(async () => {
  await loadNlp();
});

describe('lexicon sources', () => {
  const schema = JSON.parse(readFileSync(join(dir, 'schema.json'), 'utf8'));
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

  it.each(files)('%s: every line is one entry that satisfies lexicon/schema.json', (file) => {
    const lines = readFileSync(join(dir, file), 'utf8').split('\n');
    const bad: string[] = [];
    lines.forEach((line, i) => {
      if (!line.trim()) return;
      const entry = JSON.parse(line);
      if (!validate(entry)) bad.push(`${file}:${i + 1}: ${JSON.stringify(validate.errors)}`);
    });
    expect(bad).toEqual([]);
  });

  it('spells a compound of content words hyphenated too, but not a word group or a word that counts only when denied', () => {
    expect(spellings('junk mail')).toContain('junk-mail');
    expect(spellings('made up')).not.toContain('made-up');
    expect(spellings('real life', false)).toEqual(['real life']);
  });

  it('lints clean', () => {
    expect(lintSources(readSources().sources)).toEqual([]);
  });

  it('compiles to phrases, and the serialized form keeps the version and every phrase', () => {
    const { sources, version } = readSources();
    const lex = compile(sources, version);
    const data = JSON.parse(serialize(lex)) as { version: string; phrases: unknown[]; entries: number; misspellings: [string, string][] };
    expect(data.version).toBe(version);
    expect(data.entries).toBe(sources.length);
    // A misspelling is stored as a pair, not as a copy of its word's senses.
    expect(data.phrases.length + data.misspellings.length).toBe([...lex.byFirst.values()].reduce((n, l) => n + l.length, 0));
  });

  it('matches long cue words misspelt by one dropped or swapped interior letter, never as another word', () => {
    const { sources, version } = readSources();
    const lex = compile(sources, version);
    const senses = (w: string) => (lex.byFirst.get(w) ?? []).find((p) => p.tokens.length === 1)?.senses.map((x) => x.class) ?? [];
    expect(senses('unconfirmd')).toEqual(senses('unconfirmed'));
    expect(senses('probabilty')).toEqual(senses('probability'));
    expect(senses('fabircated')).toEqual(senses('fabricated'));
    expect(senses('unconfirmed').length).toBeGreaterThan(0);
    // The last letter stays ("disputed" is no "dispute"), a seven-letter word has only its swaps ("beleive"), a
    // shorter one none, and a real word is not one.
    expect(lex.misspellings.some(([v]) => v === 'dispute' || v === 'fabricate')).toBe(false);
    expect(senses('beleive')).toEqual(senses('believe'));
    expect(lex.misspellings.some(([v, w]) => w.length === 7 && v.length !== 7)).toBe(false);
    expect(lex.misspellings.some(([, w]) => w.length < 7)).toBe(false);
    expect(senses('untrue')).not.toEqual([]);
    expect(lex.byFirst.has('utrue')).toBe(false);
  });

  it('generates the inflections and spellings the sources leave out', () => {
    const { sources, version } = readSources();
    const lex = compile(sources, version);
    const has = (phrase: string) => (lex.byFirst.get(phrase.split(' ')[0]!) ?? []).some((p) => p.tokens.join(' ') === phrase);
    // A verb's forms and a British/American spelling pair, from entries that list one form only.
    expect(has('fabricates')).toBe(true);
    expect(has('fabricating')).toBe(true);
    expect(has('rumor') && has('rumour')).toBe(true);
  });
});

describe('the scanner compiled from it', () => {
  it('finds cue words at word starts, and positive words only when negated', () => {
    const s = scanner();
    expect(s.test('Everything below is fabricated.')).toBe(true);
    expect(s.test('The weather was fine and the match went ahead.')).toBe(false);
    expect(s.test('This is true.')).toBe(false);
    expect(s.test('This is not true.')).toBe(true);
  });
});

describe('the scanner at a key of several phrases', () => {
  const s = scanner();
  it('checks the rest of a phrase around its key, with possessives and punctuation as the tokenizer reads them', () => {
    expect(s.test("Cramps after eating are an old wives' tale.")).toBe(true);
    expect(s.test('The claim has no basis in fact.')).toBe(true);
    expect(s.test('There is a basis for comparison.')).toBe(false);
  });
  it('finds a phrasal verb with its particle up to three words on, as the structure reads it', () => {
    expect(s.test('I made that up.')).toBe(true);
    expect(s.test('You just made the whole thing up.')).toBe(true);
    expect(s.test('I made dinner for the kids up north.')).toBe(false);
  });
  it('takes a look-alike phrase as no cue', () => {
    expect(s.test('Print the error message and exit.')).toBe(false);
    expect(s.test('Declare a void function first.')).toBe(false);
    expect(s.test('The report was full of error.')).toBe(true);
  });
  it('takes a percentage as a candidate only when it could be a low probability', () => {
    expect(s.test('There is a 3% chance of that.')).toBe(true);
    expect(s.test('Sales rose by 90% in March.')).toBe(false);
    expect(s.test('printf("%d items", n);')).toBe(false);
  });
});
