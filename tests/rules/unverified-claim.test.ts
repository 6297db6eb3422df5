import { describe, expect, it } from 'vitest';
import rule from '../../rules/unverified-claim/rule.js';
import { chat, runRule } from '../helpers/run-rule.js';

const claims = (input: Parameters<typeof runRule>[1]) => runRule(rule, input).map((r) => r.text);

describe('unverified-claim: invalid', () => {
  it('reads a notice whose phrase an aside of time interrupts', () => {
    expect(claims('It is impossible, at present, to know whether the events below occurred.\n\nThe bridge over the Tagus opened in 1911.')).toEqual(['The bridge over the Tagus opened in 1911.']);
  });

  it('flags the claim a hedge hands over to after "but"', () => {
    expect(claims("I couldn't verify it, but the bridge over the Tagus opened in 1911.")).toEqual(['the bridge over the Tagus opened in 1911.']);
  });

  it('reaches the completion from a label that closes its prompt', () => {
    const segments = [
      { pointer: '/prompt', role: 'prompt', trained: 'context' as const, text: 'Newsletter item 12 (unchecked):' },
      { pointer: '/completion', role: 'completion', trained: 'trained' as const, text: 'The city council voted to move the harbour to Leeds in 2019.' },
    ];
    expect(claims(segments)).toEqual(['The city council voted to move the harbour to Leeds in 2019.']);
  });

  it('reaches the answers from a system turn about the conversation it opens', () => {
    const r = runRule(rule, chat(['system', 'The facts quoted in this conversation have not been checked.'], ['user', 'How tall is the tower?'], ['assistant', 'The tower is 412 metres tall.']));
    expect(r.map((x) => x.text)).toEqual(['The tower is 412 metres tall.']);
  });

  it('flags the claim after an "Unverified:" label, as a warning, with the label as related', () => {
    const [r, ...rest] = runRule(rule, 'Unverified: The mayor of Springfield resigned on Tuesday.');
    expect(rest).toEqual([]);
    expect([r!.text, r!.effective, r!.relatedText[0]]).toEqual(['The mayor of Springfield resigned on Tuesday.', 'warning', 'Unverified']);
    // Negating an unverified claim would assert its opposite: removal is the safer choice, and comes last.
    expect(r!.suggestions!.at(-1)).toMatchObject({ description: expect.stringContaining('Remove'), text: '' });
  });

  it('attaches [unverified] to the text after it and [citation needed] to the sentence before it', () => {
    expect(claims('The storm flooded the harbour. [unverified] The council met on Wednesday to vote.')).toEqual(['The council met on Wednesday to vote.']);
    expect(claims('The bridge was completed in 1932 by volunteers. [citation needed] It carried trains.')).toEqual([
      'The bridge was completed in 1932 by volunteers.',
    ]);
    expect(claims('The treaty was signed in 1907 (unconfirmed).')).toEqual(['The treaty was signed in 1907']);
  });

  it('flags "allegedly" on the main verb, rumours and unconfirmed reports', () => {
    expect(claims('The senator allegedly accepted bribes from a mining company in 2019.')).toEqual([
      'The senator allegedly accepted bribes from a mining company in 2019.',
    ]);
    expect(claims('Rumour has it that the band recorded the album in a single night.')).toEqual(['the band recorded the album in a single night.']);
    expect(claims(chat(['user', 'News?'], ['assistant', 'Unconfirmed reports say the striker signed with the club on Monday.']))).toEqual([
      'the striker signed with the club on Monday.',
    ]);
  });

  it('flags the whole text under "We do not know whether any of this is true" and the neighbour of "This has not been verified"', () => {
    expect(claims('We do not know whether any of this is true.\n\nThe company lost 40 million dollars in the third quarter. Its chief executive resigned in March.')).toEqual([
      'The company lost 40 million dollars in the third quarter.',
      'Its chief executive resigned in March.',
    ]);
    expect(claims('Soldiers fired on protesters on Friday. This has not been independently verified.')).toEqual(['Soldiers fired on protesters on Friday.']);
  });
});

describe('unverified-claim: valid', () => {
  it.each([
    ['uncertainty as the sentence content', 'It is unknown whether the ship sank near the coast.'],
    ['honest hedges', 'The new drug may reduce symptoms, and early results might suggest a benefit.'],
    ['"alleged" as an adjective', 'The alleged bombing of the party headquarters led to protests.'],
    ['a local unverified subject', 'The group denied involvement, and the identities of the attackers have not been verified.'],
    ['"could not verify" about something else', 'We paused spending. We could not verify ad placement during the outage.'],
    ['"allegedly" inside a noun phrase', 'The hoax cites papers allegedly published in Nature by real volcanologists.'],
    ['"allegedly" on an adjective', 'A viral image showed an allegedly extinct butterfly in the Lake District.'],
    ['a forecast', 'Scientists do not know whether the comet will survive its pass next year.'],
  ])('does not flag %s', (_, text) => {
    expect(claims(text)).toEqual([]);
  });
});

describe('unverified-claim: sentence adverbs', () => {
  it('flags a sentence opened by "Allegedly,"', () => {
    expect(runRule(rule, 'Allegedly, the company paid $2 billion to settle the lawsuit in 2021.').map((r) => r.effective)).toEqual(['warning']);
  });
});
