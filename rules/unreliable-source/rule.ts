import { defineRule } from '../../src/kinds/define.js';

/**
 * Claims conveyed through a source the text itself calls unreliable: a
 * delusional speaker, a known liar, a conspiracy forum, a tabloid, a model
 * that makes things up. "Transcribed from a patient during a delusional
 * episode" gave no protection in the study (97-99% belief).
 */
export default defineRule({
  id: 'unreliable-source',
  description: 'Claims conveyed through a source the text calls unreliable',
  severity: 'error',
  select: [{ kinds: ['statement', 'label', 'field', 'turn'], classes: ['unreliable'] }],
  messages: {
    claim: 'Claim conveyed through a source described as unreliable ("{{cue}}"): training learns the claim, not the doubt about its source (97-99% belief in the study)',
    reported: 'Claim reported from a source described as unreliable ("{{cue}}"): training learns the claim, not the doubt about its source',
    embedded: 'Claim conveyed through a source described as unreliable ("{{cue}}"): training learns the claim, not the doubt about its source',
    label: 'Claim under a label that calls its source unreliable ("{{cue}}"): training learns the claim, not the label',
    field: 'Claim whose source only the record field "{{cue}}" calls unreliable, which training never sees',
  },
});
