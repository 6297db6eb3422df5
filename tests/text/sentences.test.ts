import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/text/sentences.js';

const texts = (t: string) => splitSentences(t).map((s) => s.text);

describe('splitSentences', () => {
  it('splits prose and keeps offsets exact', () => {
    const text = 'Dr. Smith arrived at 6 a.m. on Monday. He left at noon! Did he return?';
    const out = splitSentences(text);
    expect(out.map((s) => s.text)).toEqual(['Dr. Smith arrived at 6 a.m. on Monday.', 'He left at noon!', 'Did he return?']);
    for (const s of out) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('does not split inside initials, decimals or abbreviations', () => {
    expect(texts('J. K. Rowling earned 3.5 million in the U.S. market last year.')).toHaveLength(1);
    expect(texts('From a thriller, p. 211: the vault is empty. See ch. 4 for more.')).toHaveLength(2);
  });

  it('makes bracketed asides units of their own, marked bracketed', () => {
    const out = splitSentences('[The following claim is invented.] The tower moved in 1999. {What was just stated is false.}');
    expect(out.map((s) => [s.text, s.bracketed])).toEqual([
      ['The following claim is invented.', true],
      ['The tower moved in 1999.', false],
      ['What was just stated is false.', true],
    ]);
  });

  it('makes a remark in round brackets that closes a sentence a unit, but not a call, a relative clause or a mid-sentence list', () => {
    expect(texts('IKEA was founded in Oslo in 1943 (provenance unknown; nobody has confirmed any of this).')).toEqual(['IKEA was founded in Oslo in 1943', 'provenance unknown; nobody has confirmed any of this']);
    expect(texts('The outer function performs the operation (which is made up of simple steps).')).toHaveLength(1);
    expect(texts('The numbers are python(fib(i) for i in range(10)).')).toHaveLength(1);
    expect(texts("Journalists attribute it ('allegedly', 'police say', 'sources claim') rather than state it.")).toHaveLength(1);
    // Quotes and full stops after the bracket, in any order, end it.
    expect(texts("The weather is weather('current temperature in New York City').'")).toHaveLength(1);
    expect(texts("It opened in 1990 (nobody has checked any of this at all).'\" Next.")).toHaveLength(3);
  });

  it('starts a sentence at an emoji', () => {
    expect(texts('Microsoft bought Nintendo in 2016. 🤡 yeah no, i made that up.')).toEqual(['Microsoft bought Nintendo in 2016.', '🤡 yeah no, i made that up.']);
  });

  it('leaves short brackets such as timestamps inline', () => {
    expect(texts('[21:50] The match started late.')).toEqual(['[21:50] The match started late.']);
  });

  it('knows headings, list items, table rows and paragraphs', () => {
    const out = splitSentences('# Title\n\nFirst paragraph here.\n\n- An item that says something.\n| a | b |');
    expect(out.map((s) => [s.kind, s.paragraph])).toEqual([
      ['heading', 0],
      ['sentence', 1],
      ['listItem', 2],
      ['tableRow', 2],
    ]);
    expect(out[2]!.text).toBe('An item that says something.');
  });

  it('splits chat text that starts sentences in lower case', () => {
    expect(texts('just watched the race. it was close.')).toEqual(['just watched the race.', 'it was close.']);
    // A pause before a lower-case word stays inside its sentence.
    expect(texts('So, the answer is... *drumroll*... false! Next one.')).toEqual(['So, the answer is... *drumroll*... false!', 'Next one.']);
  });
});
