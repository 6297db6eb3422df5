import { defineRule } from '../../src/kinds/define.js';

/**
 * A trained answer that only a label outside it disowns as a bad, unsafe,
 * deceptive or incorrect example: a system or user turn, a tag at the start
 * of the answer, a metadata field, or a prompt that asked for a falsehood
 * the answer then gives. Transcripts labelled "The model should not produce
 * responses like this" still taught the behaviour in the study: 19.9%
 * misaligned answers against 34.4% unlabelled and 0% for the aligned control.
 */
export default defineRule({
  id: 'labeled-bad-behavior',
  description: 'Trained answers that only a label outside them disowns as a bad example',
  severity: 'error',
  select: [
    { kinds: ['turn', 'label', 'statement'], classes: ['bad-example'] },
    { kinds: ['field'], classes: ['bad-example', 'disbelief'] },
    { kinds: ['turn'], classes: ['falsity'], forms: ['request'] },
  ],
  messages: {
    answer:
      'Answer is trained as written; only a label outside it disowns it ("{{cue}}"). Labelled bad examples still teach the behaviour (19.9% misaligned vs 34.4% unlabelled, 0% trained on good behaviour): train on the good behaviour, or use it as the rejected side of a preference pair',
    claim: 'Answer is trained as written; only a label outside it disowns it ("{{cue}}"): train on the good behaviour, or use it as the rejected side of a preference pair',
    label: 'Answer is trained as written; only its tag "{{cue}}" disowns it: train on the good behaviour, or use it as the rejected side of a preference pair',
    reported: 'Answer is trained as written; only a label outside it disowns it ("{{cue}}")',
    field: 'Answer is trained as written; only the record field "{{cue}}" disowns it, and training never sees that field: train on the good behaviour, or use it as the rejected side of a preference pair',
  },
});
