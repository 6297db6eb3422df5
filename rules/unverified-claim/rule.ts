import { defineRule } from '../../src/kinds/define.js';

/**
 * "Unverified:", "allegedly", "[citation needed]", "we do not know whether
 * any of this is true" around a factual claim. In the study, "We do not know
 * whether any of this is true" gave no protection (97-99% belief). A warning:
 * much unverified text is true, and honest uncertainty about open questions
 * is not flagged.
 */
export default defineRule({
  id: 'unverified-claim',
  description: 'Factual claims framed as unverified or of unknown truth',
  severity: 'warning',
  select: [{ kinds: ['statement', 'label', 'field', 'turn'], classes: ['unverified'] }],
  messages: {
    claim: 'Claim stated under an unknown-truth frame ("{{cue}}"): training learns the claim, not the doubt (97-99% belief in the study)',
    reported: 'Claim reported under an unknown-truth frame ("{{cue}}"): training learns the claim, not the doubt',
    embedded: 'Claim kept intact under "{{cue}}": training learns the claim, not the hedge around it',
    label: 'Claim under an unverified label ("{{cue}}"): training learns the claim, not the label',
    field: 'Claim marked unverified only by the record field "{{cue}}", which training never sees',
  },
});
