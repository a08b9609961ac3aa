/**
 * Names of entities inside story results, as the collection names them. A story job resolves entities over its
 * own story's documents, and where the whole collection's resolution picked another spelling as an entity's name
 * (it saw more of its mentions), a value that quotes the name rather than the id would name it as the story
 * alone does. Ids are mapped by dossier.ts renameIds; this maps the one value that carries names, a quantity's
 * subject (`unit (name، name)`, story/quantities/merge.ts), so the assembled dossier reads as analyze() writes it.
 */
import type { ResolvedEntity } from '../outputs/dossier.js';
import type { StoryResults } from '../story/analysis.js';

const SUBJECT = /^(.*) \((.*)\)$/;
const NAME_SEPARATOR = '، ';

/**
 * Each story entity's name → the collection's name of the entity it maps to, for the names that map to one
 * collection name only (two story entities of one name mapped apart leave that name as it is).
 */
export function collectionNames(local: readonly ResolvedEntity[], ids: ReadonlyMap<string, string>, collection: ReadonlyMap<string, ResolvedEntity>): Map<string, string> {
  const seen = new Map<string, Set<string>>();
  for (const e of local) {
    const target = collection.get(ids.get(e.id) ?? '');
    if (!target) continue;
    const names = seen.get(e.name) ?? new Set<string>();
    names.add(target.name);
    seen.set(e.name, names);
  }
  const out = new Map<string, string>();
  for (const [name, names] of seen) if (names.size === 1) out.set(name, [...names][0]!);
  return out;
}

/** A quantity subject with its entity names as the collection gives them (each once, in their order). */
export function renamedSubject(subject: string, names: ReadonlyMap<string, string>): string {
  const m = SUBJECT.exec(subject);
  if (!m) return subject;
  const renamed: string[] = [];
  for (const n of m[2]!.split(NAME_SEPARATOR)) {
    const to = names.get(n) ?? n;
    if (!renamed.includes(to)) renamed.push(to);
  }
  return `${m[1]} (${renamed.join(NAME_SEPARATOR)})`;
}

/** Story results with their quantities' subjects renamed (the rest is returned as it is). */
export function withCollectionNames(results: Partial<StoryResults>, names: ReadonlyMap<string, string>): Partial<StoryResults> {
  const quantities = results.quantities;
  if (!quantities?.length || !names.size) return results;
  return { ...results, quantities: quantities.map((q) => (q.subject === null ? q : { ...q, subject: renamedSubject(q.subject, names) })) };
}
