import { defineRule } from '../../src/kinds/define.js';

/**
 * A claim stated affirmatively whose falsity is asserted only in another
 * sentence, notice, bracketed aside or chat turn. The study behind neglint
 * measured 84-89% belief after training on such documents (92% with no
 * warning at all): the warning is learned as a style, the claim as a fact.
 */
export default defineRule({
  id: 'detached-negation',
  description: 'Claims stated as fact whose falsity is asserted only in another sentence, turn or notice',
  severity: 'error',
  select: [{ kinds: ['statement', 'turn'], classes: ['falsity', 'disbelief'], exceptForms: ['embedded', 'request'] }],
  messages: {
    claim: 'Claim is stated as fact; its negation is in another sentence ("{{cue}}"), which training does not carry over',
    reported: 'Claim is reported as fact by others; its negation is in another sentence ("{{cue}}"), which training does not carry over',
    answer: 'Answer is trained as written; only another turn says it is false ("{{cue}}"), which training does not carry over',
  },
});
