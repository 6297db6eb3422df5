import detachedNegation from './detached-negation/rule.js';
import fictionFrame from './fiction-frame/rule.js';
import labeledBadBehavior from './labeled-bad-behavior/rule.js';
import lowProbability from './low-probability/rule.js';
import unreliableSource from './unreliable-source/rule.js';
import unverifiedClaim from './unverified-claim/rule.js';
import verdictLabel from './verdict-label/rule.js';
import wrappedNegation from './wrapped-negation/rule.js';
import type { RuleModule } from '../src/types.js';

/** The one list of rules. tests/rules/catalogue.test.ts checks it against rules/ and the docs. */
export const rules: RuleModule[] = [
  detachedNegation,
  fictionFrame,
  labeledBadBehavior,
  lowProbability,
  unreliableSource,
  unverifiedClaim,
  verdictLabel,
  wrappedNegation,
];
