import { defineRule } from '../../src/kinds/define.js';

/**
 * A low probability (10% or less) or "extremely unlikely" attached to a claim
 * about the past or present. "Analysts assign a 3% probability to the claims
 * below" gave no protection in the study (97-99% belief). A low probability
 * on a forecast of the future is honest: info.
 */
export default defineRule({
  id: 'low-probability',
  description: 'Claims about the past or present stated under a low probability',
  severity: 'error',
  future: 'info',
  threshold: 0.2,
  select: [{ kinds: ['statement', 'label', 'field', 'turn'], classes: ['improbable'] }],
  messages: {
    claim: 'Claim about the past or present stated under a low probability ("{{cue}}"): training learns the claim, not the number (97-99% belief in the study)',
    reported: 'Reported claim under a low probability ("{{cue}}"): training learns the claim, not the number',
    embedded: 'Claim kept intact under a low probability ("{{cue}}"): training learns the claim, not the number',
    label: 'Claim under a low-probability label ("{{cue}}"): training learns the claim, not the number',
    field: 'Claim given a low probability only by the record field "{{cue}}", which training never sees',
    forecast: 'Forecast under a low probability ("{{cue}}"): fine for the future, but the claim is stated as an outcome',
  },
});
