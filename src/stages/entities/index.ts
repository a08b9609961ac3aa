/**
 * Entities: a document stage that finds the mentions of people, organisations and places (`entityMentions`,
 * layer `entities`), and a corpus stage that resolves them into entities across documents (`entities`).
 */
import type { CorpusStage, DocStage } from '../../pipeline/stage.js';
import type { ResolvedEntity } from '../../outputs/dossier.js';
import { makeEntityMentions } from './mentions.js';
import { makeEntities } from './resolve.js';

export { makeEntityMentions, findMentions, type EntityMention, type EntityStageOptions } from './mentions.js';
export { makeEntities, resolveEntities } from './resolve.js';
export { defaultTagger, perSentence, type Tagger, type TaggerType, type TaggedSpan } from './tagger.js';

/** The stage with the trained tagger when its model is there, else with the gazetteer, titles and patterns alone. */
export const entityMentions: DocStage = makeEntityMentions();
export const entities: CorpusStage<ResolvedEntity[]> = makeEntities();
