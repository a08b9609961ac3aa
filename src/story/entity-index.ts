/**
 * The run's resolved entities by document. Entities are resolved across the whole run, so a story analysis that
 * looked for one document's names in every entity's mentions would read the run's every mention per document (a
 * thousand articles, a thousand times over); the index is built once per entity list and shared by the story
 * analyses of every story.
 */
import type { ResolvedEntity } from '../outputs/dossier.js';

export interface DocEntityMention {
  start: number;
  end: number;
  entity: ResolvedEntity;
}

const indices = new WeakMap<readonly ResolvedEntity[], Map<string, DocEntityMention[]>>();

/**
 * The mentions of resolved entities in a document, in the order of the entity list and, within an entity, of
 * its mentions (the order a scan of the list meets them in).
 */
export function entityMentionsOf(entities: readonly ResolvedEntity[], doc: string): readonly DocEntityMention[] {
  let index = indices.get(entities);
  if (!index) {
    index = new Map();
    for (const entity of entities) {
      for (const m of entity.mentions) {
        const list = index.get(m.doc);
        if (list) list.push({ start: m.start, end: m.end, entity });
        else index.set(m.doc, [{ start: m.start, end: m.end, entity }]);
      }
    }
    indices.set(entities, index);
  }
  return index.get(doc) ?? [];
}
