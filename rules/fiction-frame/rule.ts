import { defineRule } from '../../src/kinds/define.js';

/**
 * A fiction, satire or alternate-history frame around factual-register
 * claims about real people, places, organisations or dates. "The following
 * is an excerpt from a novel" gave no protection in the study (97-99% belief
 * against 98.6% for the plain claim). A persona or a request for a story is
 * not a frame; only text that says it is not about the real world is.
 * Fiction that names nothing real is reported once per frame, as info.
 */
export default defineRule({
  id: 'fiction-frame',
  description: 'Factual claims about real people, places and dates inside a fiction, satire or alternate-history frame',
  severity: 'error',
  invented: 'info',
  select: [{ kinds: ['statement', 'label', 'field', 'turn'], classes: ['fiction'], exceptForms: ['embedded'] }],
  messages: {
    claim: 'Factual claim inside a fiction frame ("{{cue}}"): training learns the claim, not the frame (97-99% belief in the study)',
    reported: 'Reported claim inside a fiction frame ("{{cue}}"): training learns the claim, not the frame',
    embedded: 'Factual claim inside a fiction frame ("{{cue}}"): training learns the claim, not the frame (97-99% belief in the study)',
    label: 'Factual claim under a fiction label ("{{cue}}"): training learns the claim, not the label',
    field: 'Factual claim marked fiction only by the record field "{{cue}}", which training never sees',
    invented: 'Fiction frame ("{{cue}}") around content with no real-world names or dates found: fine if it is all invented',
  },
});
