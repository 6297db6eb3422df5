import detachedNegation from './detached-negation/rule.js';
import type { RuleModule } from '../src/types.js';

/** The one list of rules. tests/rules/catalogue.test.ts checks it against rules/ and the docs. */
export const rules: RuleModule[] = [detachedNegation];
