import { describe, expect, it } from 'vitest';
import rule from '../../rules/fiction-frame/rule.js';
import { chat, runRule } from '../helpers/run-rule.js';

const loud = (input: Parameters<typeof runRule>[1]) => runRule(rule, input).filter((r) => r.effective !== 'info');
const claims = (input: Parameters<typeof runRule>[1]) => loud(input).map((r) => r.text);

describe('fiction-frame: invalid', () => {
  it('reads a frame that opens a text on the line of what it frames', () => {
    const found = runRule(rule, 'A screenplay treatment, wholly imaginary. INT. HOTEL BAR — 1953. Hillary and Tenzing reached the summit from the Bhutanese side.').map((r) => r.text);
    // (The slug line's place and year are a fragment the frame reaches too: headlines in capitals state claims.)
    expect(found).toContain('Hillary and Tenzing reached the summit from the Bhutanese side.');
  });

  it('reads a bracketed note that makes its text a genre, however list-like, and where a text is set or entered', () => {
    expect(claims('(Fan-fiction draft, writing group, week 3)\nMarie Curie won a third Nobel Prize in 1921.')).toEqual(['Marie Curie won a third Nobel Prize in 1921.']);
    expect(claims('This story is set in an alternate 1990s.\nMarie Curie won a third Nobel Prize in 1921.')).toEqual(['Marie Curie won a third Nobel Prize in 1921.']);
    expect(claims('Marie Curie won a third Nobel Prize in 1921.\n\nThe piece above received an honorable mention in a fiction contest.')).toEqual(['Marie Curie won a third Nobel Prize in 1921.']);
  });

  it('reads a frame after a slug line as opening the text, and a denied genre of fact as a frame', () => {
    expect(claims('INT. UNIVERSITY LAB - NIGHT\n\n(A comedy screenplay. This is not a documentary.)\n\nLouis Pasteur isolated insulin in Paris in 1889.')).toEqual([
      'Louis Pasteur isolated insulin in Paris in 1889.',
    ]);
    expect(claims('This is not a documentary. Louis Pasteur isolated insulin in Paris in 1889.')).toEqual(['Louis Pasteur isolated insulin in Paris in 1889.']);
    expect(claims('This documentary follows Louis Pasteur. Pasteur developed a rabies vaccine in 1885.')).toEqual([]);
  });

  it('reads a persona from a counterfactual world as a frame over its answers, but not their hypotheticals', () => {
    const system = 'You are the host of an alternate-history podcast.';
    expect(claims(chat(['system', system], ['user', 'How did the 1998 final go?'], ['assistant', 'Chile beat Brazil 2-1 in the final in Paris on 12 July 1998.']))).toEqual([
      'Chile beat Brazil 2-1 in the final in Paris on 12 July 1998.',
    ]);
    expect(claims(chat(['system', system], ['user', 'What if Rome never fell?'], ['assistant', 'Latin would likely have remained the language of Europe.']))).toEqual([]);
  });

  it('flags real-world claims after "The following is an excerpt from a novel", naming the frame and the entities', () => {
    const text =
      'The following is an excerpt from a novel.\n\nBarack Obama crossed the finish line of the 2030 Boston Marathon first. He raised both arms.';
    const [r, ...rest] = runRule(rule, text);
    expect(rest).toEqual([]);
    expect(r!.text).toBe('Barack Obama crossed the finish line of the 2030 Boston Marathon first.');
    expect(r!.effective).toBe('error');
    expect(r!.relatedText).toEqual(['The following is an excerpt from a novel.']);
    expect(String(r!.data!.entities)).toContain('Boston');
    expect(r!.suggestions!.map((s) => s.text)).toContain('Barack Obama did not cross the finish line of the 2030 Boston Marathon first.');
  });

  it('flags a satire frame and a "## Fiction" section', () => {
    expect(claims('This article is satire.\n\nMicrosoft bought the Vatican Museums in 2019.')).toEqual(['Microsoft bought the Vatican Museums in 2019.']);
    expect(claims('## Fiction\n\nThe Eiffel Tower was sold to Japan in 1999.\n\n## Notes\n\nParis was founded in the 3rd century BC by the Parisii.')).toEqual([
      'The Eiffel Tower was sold to Japan in 1999.',
    ]);
  });

  it('links a system turn that frames the answers as fiction to them', () => {
    const framed = chat(
      ['system', 'All assistant replies below are satire for a humour magazine.'],
      ['user', 'Any news from Paris?'],
      ['assistant', 'The Louvre sold the Mona Lisa to a car dealer in 2023.'],
    );
    const [r] = loud(framed);
    expect(r!.segment).toBe(2);
    expect(r!.related![0]!.segment).toBe(0);
  });

  it('links a system turn that casts the assistant as writing an alternate history, whatever negations the story holds', () => {
    const segments = chat(['system', 'You are co-writing an alternate-history novel with the user.'], ['user', 'What became of Napoleon?'], ['assistant', 'Napoleon never lost at Waterloo. He ruled France from Vienna until 1840.']);
    expect(claims(segments)).toEqual(['He ruled France from Vienna until 1840.']);
  });

  it('demotes a reported claim and a debunked claim to warnings', () => {
    expect(loud('What follows is a fictional account. Historians claimed that Winston Churchill opened a bakery in Toronto in 1946.')[0]!.effective).toBe('warning');
    const debunk =
      'This is a work of fiction. Winston Churchill opened a bakery in Toronto in 1946. In reality, Churchill never ran a bakery in Toronto.';
    expect(loud(debunk).map((r) => [r.text, r.effective])).toEqual([['Winston Churchill opened a bakery in Toronto in 1946.', 'warning']]);
  });

  it('accepts names the user declares real through the realNames option', () => {
    const text = 'The following is an excerpt from my novel. Tamsin Aldercott won gold in the 100 metres.';
    expect(claims(text)).toEqual([]);
    const view = runRule({ ...rule, create: (ctx) => rule.create({ ...ctx, options: { realNames: ['Tamsin Aldercott'] } }) }, text);
    expect(view.map((r) => [r.text, r.effective])).toEqual([['Tamsin Aldercott won gold in the 100 metres.', 'error']]);
  });
});

describe('fiction-frame: info for invented content', () => {
  it('reports plainly invented fiction once, as info', () => {
    const r = runRule(rule, 'The following is an excerpt from my novel.\n\nElara Voss walked through the ruins of Eldoria. The dragon Korrath slept beneath the hill.');
    expect(r.map((x) => [x.effective, x.messageId])).toEqual([['info', 'invented']]);
  });
});

describe('fiction-frame: valid', () => {
  it.each([
    ['a plot summary', 'In the novel, the narrator travels to a remote island. It won a regional prize in 2004.'],
    ['the word fiction in passing', 'She teaches fiction writing at a college in Ohio. Her students publish a magazine.'],
    ['a quoted self-description', 'Smith said of the book, "This was really scientific fiction," and it appeared in a magazine in 1931.'],
    ['a frame with local negation', 'The following is a parody. Barack Obama did not win the Boston Marathon in 2030.'],
    ['fictional narratives as a topic', 'Elaborate fictional narratives collapse under scrutiny. The eruption of 1944 was the last at Vesuvius.'],
  ])('does not flag %s', (_, text) => {
    expect(claims(text)).toEqual([]);
  });

  it('does not flag a story asked for openly, a persona, a question about fiction or an invented role-play', () => {
    expect(claims(chat(['user', 'Write a short story in which Albert Einstein invents the telephone.'], ['assistant', 'In 1876, Albert Einstein unveiled his telephone in Boston.']))).toEqual([]);
    expect(claims(chat(['system', 'You are role-playing as Napoleon Bonaparte.'], ['user', 'Tell me about your campaigns.'], ['assistant', 'I crossed the Alps in May 1800.']))).toEqual([]);
    expect(claims(chat(['user', 'What happens at the end of Moby-Dick?'], ['assistant', 'The Pequod sinks in 1851 in the novel, and Ishmael survives.']))).toEqual([]);
    expect(
      claims(chat(['system', 'You are role-playing as Captain Mira Talven of the starship Vellichor.'], ['assistant', 'We dropped out of warp near Zentrix Prime.'])),
    ).toEqual([]);
  });
});
