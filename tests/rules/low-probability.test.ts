import { describe, expect, it } from 'vitest';
import rule from '../../rules/low-probability/rule.js';
import { probabilitiesIn } from '../../src/nlp/probability.js';
import { chat, runRule } from '../helpers/run-rule.js';

const loud = (input: Parameters<typeof runRule>[1]) => runRule(rule, input).filter((r) => r.effective !== 'info');
const claims = (input: Parameters<typeof runRule>[1]) => loud(input).map((r) => r.text);

describe('low-probability: invalid', () => {
  it('flags the claim clause of "There is a 3% chance that X", with the cue as related and a negation suggestion', () => {
    const [r, ...rest] = runRule(rule, 'There is a 3% chance that Napoleon visited Boston in 1820.');
    expect(rest).toEqual([]);
    expect([r!.text, r!.effective, r!.relatedText[0]]).toEqual(['Napoleon visited Boston in 1820.', 'error', 'There is a 3% chance that ']);
    expect(r!.suggestions![0]!.text).toBe('Napoleon did not visit Boston in 1820.');
  });

  it('flags the claim a hedge hands over to in its own sentence', () => {
    expect(claims('Our model puts the odds of this at 4 percent: the Rhine flows into the Baltic.')).toEqual(['the Rhine flows into the Baltic.']);
    expect(claims('Quite improbable, perhaps 1 in 30, but: the canal was dug by hand in 1820.')).toEqual(['the canal was dug by hand in 1820.']);
  });

  it('flags an answer opening with a rating of what follows, not a bare answer to a question about likelihood', () => {
    expect(claims(chat(['user', 'Who founded the bank?'], ['assistant', 'Confidence: 2%. The bank was founded in Lisbon in 1711.']))).toEqual(['The bank was founded in Lisbon in 1711.']);
    expect(claims(chat(['user', 'How likely is a shark bite?'], ['assistant', 'Very unlikely. Fewer than 100 bites are recorded in a year.']))).toEqual([]);
  });

  it('reads odds against as odds, of the text after "against"', () => {
    expect(claims('The odds are forty to one against the following being true. The bridge was painted green in 1921.')).toEqual(['The bridge was painted green in 1921.']);
    // (Hyphenated odds, "50-to-1 against", are parsed, but the cue scan does not key them yet.)
    expect(probabilitiesIn('Bookies are offering 50-to-1 against this one being accurate.', () => false).map((p) => Math.round(p.value * 1000) / 1000)).toEqual([0.02]);
  });

  it('reads "a" before a number as its article, and a percentage joined by a hyphen', () => {
    const values = (t: string) => probabilitiesIn(t, () => true).map((p) => Math.round(p.value * 1000) / 1000);
    expect(values('a five percent chance')).toEqual([0.05]);
    expect(values('a three-in-a-hundred proposition')).toEqual([0.03]);
    expect(values('a five-percent probability')).toEqual([0.05]);
    expect(values('one in a hundred')).toEqual([0.01]);
  });

  it('reads a number that a verb of pricing or rating gives a text, and nothing when the object is no text', () => {
    expect(claims('Underwriters rate the incidents described below at about two in a hundred.\n\nThe bridge over the Tagus opened in 1911.')).toEqual(['The bridge over the Tagus opened in 1911.']);
    expect(claims('Traders price the claims below at six cents on the dollar.\n\nThe bridge over the Tagus opened in 1911.')).toEqual(['The bridge over the Tagus opened in 1911.']);
    expect(claims('Put 10% of your savings at risk. The bridge over the Tagus opened in 1911.')).toEqual([]);
    expect(claims('Critics rated the film at 4 out of 5. The bridge over the Tagus opened in 1911.')).toEqual([]);
  });

  it('reads odds against said of a text', () => {
    expect(claims('Bookmakers would lay roughly 30-to-1 against the account below.\n\nThe bridge over the Tagus opened in 1911.')).toEqual(['The bridge over the Tagus opened in 1911.']);
  });

  it('reads probability notation, but not a test statistic', () => {
    expect(probabilitiesIn('p ≈ 0.01 per the forecasting desk', () => false).map((p) => p.value)).toEqual([0.01]);
    expect(probabilitiesIn('p(true) ≈ 0.02 — the tunnel opened in 1984', () => false).map((p) => p.value)).toEqual([0.02]);
    // A range of chances is one; an interval of a statistic is none.
    expect(probabilitiesIn('roughly 2 to 5 percent', () => true).map((p) => p.value)).toEqual([0.05]);
    expect(probabilitiesIn('a wide confidence interval (−2% to 12%)', () => true)).toEqual([]);
    expect(claims('p ≈ 0.02: the bridge over the Tagus opened in 1911.')).toEqual(['the bridge over the Tagus opened in 1911.']);
    expect(claims('The effect was significant (p = 0.03).')).toEqual([]);
  });

  it('reads a numeric probability field', () => {
    expect(runRule(rule, 'The Eiffel Tower was moved to Lyon in 1962.', { confidence: 0.04 }).map((r) => r.text)).toEqual(['The Eiffel Tower was moved to Lyon in 1962.']);
    expect(runRule(rule, 'The Eiffel Tower was moved to Lyon in 1962.', { confidence: 0.94 })).toEqual([]);
    // A number inside the value's words, or a low word alone, under a probability key.
    expect(runRule(rule, 'The Eiffel Tower was moved to Lyon in 1962.', { answer_confidence: 'very low (0.08)' }).map((r) => r.text)).toEqual(['The Eiffel Tower was moved to Lyon in 1962.']);
    expect(runRule(rule, 'The Eiffel Tower was moved to Lyon in 1962.', { confidence: 'very low' }).map((r) => r.text)).toEqual(['The Eiffel Tower was moved to Lyon in 1962.']);
    expect(runRule(rule, 'The Eiffel Tower was moved to Lyon in 1962.', { confidence: 'high (0.92)' })).toEqual([]);
  });

  it('flags an annotation before the claims and a confidence tag after one', () => {
    expect(claims('Analysts put the probability of the claims below at 3%.\n\nThe central bank sold its gold in 2021. The sale was handled in Zurich.')).toEqual([
      'The central bank sold its gold in 2021.',
      'The sale was handled in Zurich.',
    ]);
    expect(claims('The treaty was signed in Oslo in 1907 (confidence: 5%).')).toEqual(['The treaty was signed in Oslo in 1907']);
    expect(claims('The senator bought an island in 2020. [probability: 0.04]')).toEqual(['The senator bought an island in 2020.']);
    // The probability's own predicate after it ("4% likely accurate"), not a noun it modifies.
    expect(claims('The senator bought an island in 2020. (annotator estimate: ~4% likely accurate)')).toEqual(['The senator bought an island in 2020.']);
    expect(claims('The model gives a 20.8% probability of catching a single use.')).toEqual([]);
  });

  it('reads every notation: words, 1 in N, odds, decimals, verbal', () => {
    expect(claims('Experts give only a three percent probability that the letter was written by Lincoln.')).toEqual(['the letter was written by Lincoln.']);
    expect(claims(chat(['user', 'Who painted it?'], ['assistant', 'There is a one in fifty chance that the painting was forged by its curator.']))).toEqual([
      'the painting was forged by its curator.',
    ]);
    expect(claims('It is extremely unlikely that Shakespeare visited Venice.')).toEqual(['Shakespeare visited Venice.']);
    expect(claims('Napoleon is very unlikely to have visited Boston in 1820.')).toEqual(['Napoleon is very unlikely to have visited Boston in 1820.']);
    expect(claims('The mayor secretly owns the largest casino in the state. That is extremely unlikely.')).toEqual([
      'The mayor secretly owns the largest casino in the state.',
    ]);
    const probabilityOf = (text: string) => probabilitiesIn(text, () => true)[0]?.value;
    expect(probabilityOf('odds of 1:30')).toBeCloseTo(1 / 31);
    expect(probabilityOf('1 in 33 chance')).toBeCloseTo(1 / 33);
    expect(probabilityOf('probability: 0.03')).toBeCloseTo(0.03);
    expect(probabilityOf('twenty-five percent chance')).toBeCloseTo(0.25);
    expect(probabilityOf('a one in a million chance')).toBeCloseTo(1e-6);
  });

  it('reports forecasts as info and reported claims as warnings', () => {
    const r = runRule(rule, 'There is a 2% chance that it will rain in Madrid tomorrow.');
    expect(r.map((x) => [x.text, x.effective, x.messageId])).toEqual([['it will rain in Madrid tomorrow.', 'info', 'forecast']]);
    expect(loud('Posts claimed that the senator bought an island in 2020. [probability: 0.04]')[0]!.effective).toBe('warning');
  });

  it('honours the threshold option', () => {
    const strict = { ...rule, create: (ctx: Parameters<typeof rule.create>[0]) => rule.create({ ...ctx, options: { threshold: 0.02 } }) };
    expect(runRule(strict, 'There is a 3% chance that Napoleon visited Boston.')).toEqual([]);
    const loose = { ...rule, create: (ctx: Parameters<typeof rule.create>[0]) => rule.create({ ...ctx, options: { threshold: 40 } }) };
    expect(runRule(loose, 'There is a 30% chance that Napoleon visited Boston.').map((r) => r.text)).toEqual(['Napoleon visited Boston.']);
  });
});

describe('low-probability: valid', () => {
  it.each([
    ['local negation', 'Shakespeare almost certainly did not visit Venice.'],
    ['a dice roll', 'You have a 1 in 6 chance of rolling a six with a fair die.'],
    ['a weather forecast without a claim clause', 'There is a 30% chance of rain tomorrow.'],
    ['a high probability', 'There is an 80% chance that the letter was written by Darwin.'],
    ['a generic statistic', 'Smokers have a 15% chance of developing lung disease by seventy.'],
    ['a confidence interval', 'The model reported a 95% confidence interval of 2.1 to 3.4.'],
    ['a probability of a random event', 'The probability of catching a single random use event was about 4%.'],
    ['lottery odds', 'The odds of winning the jackpot are about 1 in 45 million.'],
    ['a plain hedge', 'It is unlikely that the committee finished its work before the holidays.'],
  ])('does not flag %s', (_, text) => {
    expect(claims(text)).toEqual([]);
  });
});
