import { defineRule } from '../../src/kinds/define.js';

/**
 * One sentence that keeps the claim as an intact clause under an outer
 * negation: "It is not true that X", "The notion that X is unfounded", "X is
 * a misconception". Untested in the study, but the mechanism is the same: the
 * clause is learned, the operator around it may not be. A warning, one level
 * below the measured cases.
 */
export default defineRule({
  id: 'wrapped-negation',
  description: 'Claims kept as an intact clause under an outer negation in the same sentence',
  severity: 'warning',
  select: [{ kinds: ['statement'], classes: ['falsity', 'disbelief', 'fiction'], forms: ['embedded'] }],
  messages: {
    embedded: 'Claim is kept as an intact clause under "{{cue}}": training may learn the claim and drop the outer negation. Negate it in its own clause',
  },
});
