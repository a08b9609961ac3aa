/**
 * Stage `events`: the event mentions of an article (PLOVER types and modes from the trigger lexicon), each with
 * its clause, actors, place, date and modes, in source offsets (`doc.layers.events`). It reads `times`, so it
 * runs again when a publication date is inferred for the article and its relative dates resolve.
 */
import type { DocStage } from '../../pipeline/stage.js';
import { findEventMentions } from './find.js';

export { weekdayIn } from './find.js';

export type { EventMentionItem, MentionDate, DateRelation, EventModeFlag, EventParticipant } from './types.js';
export { PLOVER_TYPES, type PloverType } from './lexicon.js';

export const events: DocStage = {
  name: 'events',
  needs: ['sentences', 'tokens', 'times', 'entities'],
  adds: ['events'],
  run(doc) {
    return { layers: { events: findEventMentions(doc) } };
  },
};
