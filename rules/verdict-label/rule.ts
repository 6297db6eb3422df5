import { defineRule } from '../../src/kinds/define.js';

/**
 * Falsity carried only by a label or markup: "Myth:", "FALSE", a red cross,
 * strikethrough, `<false>` tags, a verdict line or column, a `label: REFUTES`
 * field. A follow-up to the study found `<false>` tags around each claim gave
 * the same belief as plain documents (73%): a label is as far from the clause
 * as a separate warning sentence.
 */
export default defineRule({
  id: 'verdict-label',
  description: 'Claims whose falsity is carried only by a label, markup or a metadata field',
  severity: 'error',
  select: [
    { kinds: ['label'], classes: ['falsity', 'disbelief'] },
    { kinds: ['field'], classes: ['falsity'] },
  ],
  messages: {
    label: 'Claim is stated as fact; only the label "{{cue}}" marks it false, and training does not carry a label over to the claim',
    field: 'Claim is stated as fact; only the record field "{{cue}}" marks it false, and training never sees that field',
  },
});
