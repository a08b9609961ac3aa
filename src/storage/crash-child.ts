/**
 * The process crash.test.ts kills: opens the PGlite store in a data folder through the public API, finds or
 * creates the collection `crash`, and adds the numbered articles one by one through the Workspace (store, then
 * analyse the collection). After each add has returned — the article is committed and analysed — it writes
 * `ack <origin> <article id>` on stdout; the parent counts on nothing it has not seen acknowledged.
 *
 * Usage: node crash-child.js DATA_DIR COUNT
 */
import { openStore } from './open.js';
import { Workspace } from './workspace.js';
import { crashArticle } from '../fuzz/crash-articles.js';

async function main(): Promise<void> {
  const [dataDir, countArg] = process.argv.slice(2);
  const count = Number(countArg);
  if (!dataDir || !Number.isInteger(count) || count < 1) throw new Error('usage: crash-child DATA_DIR COUNT');
  const store = await openStore({ dataDir });
  const workspace = new Workspace(store);
  const existing = (await store.collections()).find((c) => c.name === 'crash');
  const collection = existing ?? (await store.createCollection('crash'));
  process.stdout.write(`ready ${collection.id}\n`);
  for (let i = 0; i < count; i++) {
    const origin = `crash-${i}.txt`;
    const outcome = await workspace.addSources(collection.id, [
      { id: origin, origin, text: crashArticle(i), format: 'text', declared: {}, messages: [] },
    ]);
    const id = outcome.added[0]?.id ?? outcome.duplicates[0]?.article;
    if (!id) throw new Error(`article ${origin} was neither added nor found`);
    process.stdout.write(`ack ${origin} ${id}\n`);
  }
  await store.close();
  process.stdout.write('done\n');
}

main().catch((err: unknown) => {
  process.stderr.write(`${(err as Error).stack ?? String(err)}\n`);
  process.exitCode = 1;
});
