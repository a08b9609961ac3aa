/**
 * Crash safety of the PGlite store: a child process adding articles to a data folder is killed with SIGKILL
 * after it has acknowledged some of them; a second process started on the same folder (taking over the lock
 * the dead one left) finishes the work. Every acknowledged article must be there, none twice, and the stored
 * dossier must be consistent: one document per article at least, and every mention in it an exact slice of
 * the stored text of its article.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crashArticle } from '../fuzz/crash-articles.js';
import { openStore } from './open.js';
import { LOCK_FILE } from './pglite-driver.js';
import { Workspace } from './workspace.js';

const CHILD = fileURLToPath(new URL('./crash-child.js', import.meta.url));
const ARTICLES = 8;
const KILL_AFTER = 3;

interface ChildRun {
  acks: Array<{ origin: string; id: string }>;
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

/**
 * Runs the child on `dir`; with `killAfter`, sends SIGKILL as soon as that many articles are acknowledged.
 * Resolves once the process has exited (and been reaped), so that its pid no longer counts as alive.
 */
function runChild(dir: string, killAfter: number | null): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD, dir, String(ARTICLES)], { stdio: ['ignore', 'pipe', 'pipe'] });
    const run: ChildRun = { acks: [], code: null, signal: null, stderr: '' };
    let pending = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the child did not finish in time; stderr: ${run.stderr}`));
    }, 240_000);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      pending += chunk;
      let nl: number;
      while ((nl = pending.indexOf('\n')) >= 0) {
        const line = pending.slice(0, nl);
        pending = pending.slice(nl + 1);
        const m = /^ack (\S+) (\S+)$/.exec(line);
        if (!m) continue;
        run.acks.push({ origin: m[1]!, id: m[2]! });
        if (killAfter !== null && run.acks.length === killAfter) child.kill('SIGKILL');
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => (run.stderr += chunk));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      run.code = code;
      run.signal = signal;
      resolve(run);
    });
  });
}

/** Every `{doc, start, end, text}` object anywhere in the dossier JSON. */
function mentionsIn(value: unknown, out: Array<{ doc: string; start: number; end: number; text: string }> = []): typeof out {
  if (Array.isArray(value)) value.forEach((v) => mentionsIn(v, out));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o['doc'] === 'string' && 'start' in o && 'end' in o && typeof o['text'] === 'string') {
      out.push(o as unknown as { doc: string; start: number; end: number; text: string });
    }
    Object.values(o).forEach((v) => mentionsIn(v, out));
  }
  return out;
}

test('a writer killed with SIGKILL loses no acknowledged article, and the restart duplicates none', { timeout: 600_000 }, async () => {
  const dir = await mkdtemp(join(tmpdir(), 'marsad-crash-'));
  try {
    const killed = await runChild(dir, KILL_AFTER);
    assert.equal(killed.signal, 'SIGKILL', `the child was to be killed mid-run; exit ${killed.code}, stderr: ${killed.stderr}`);
    // acknowledgements already in the pipe when the kill went out count too; the run must not have finished
    assert.ok(killed.acks.length >= KILL_AFTER && killed.acks.length < ARTICLES, `killed after ${killed.acks.length} acknowledgements`);
    // the dead writer's lock is still in the folder, naming a process that no longer exists
    assert.ok(existsSync(join(dir, LOCK_FILE)), 'SIGKILL leaves the lock file behind');
    assert.match(await readFile(join(dir, LOCK_FILE), 'utf8'), /^\d+\n$/);

    const restarted = await runChild(dir, null);
    assert.equal(restarted.code, 0, `the restart on the same folder failed: ${restarted.stderr}`);
    assert.equal(restarted.acks.length, ARTICLES);
    // an article acknowledged before the crash is found again, under the same id
    for (const a of killed.acks) {
      assert.equal(restarted.acks.find((b) => b.origin === a.origin)?.id, a.id, `${a.origin} changed id across the crash`);
    }

    const store = await openStore({ dataDir: dir });
    try {
      const [collection, ...others] = await store.collections();
      assert.ok(collection, 'the collection survived');
      assert.equal(others.length, 0, 'the restart made a second collection');
      const articles = await store.articleTexts(collection.id);
      const origins = articles.map((a) => a.origin);
      assert.deepEqual([...origins].sort(), Array.from({ length: ARTICLES }, (_, i) => `crash-${i}.txt`).sort(), 'each article exactly once');
      assert.equal(new Set(articles.map((a) => a.contentHash)).size, articles.length, 'a text is stored twice');
      for (const a of killed.acks) assert.ok(articles.some((b) => b.id === a.id), `acknowledged ${a.origin} is missing`);
      for (const a of articles) assert.equal(a.text, crashArticle(Number(/\d+/.exec(a.origin)![0])), `${a.origin} is stored altered`);

      const { json } = await new Workspace(store).dossier(collection.id);
      const dossier = JSON.parse(json) as { documents: Array<{ id: string; source: string }> };
      const textOfDoc = new Map<string, string>();
      const byOrigin = new Map(articles.map((a) => [a.origin, a.text]));
      for (const d of dossier.documents) {
        const text = byOrigin.get(d.source);
        assert.ok(text !== undefined, `document ${d.id} comes from no stored article`);
        textOfDoc.set(d.id, text);
      }
      for (const origin of origins) assert.ok(dossier.documents.some((d) => d.source === origin), `${origin} has no document`);
      const mentions = mentionsIn(dossier);
      assert.ok(mentions.length > ARTICLES * 3, `the dossier holds only ${mentions.length} mentions`);
      for (const m of mentions) {
        const text = textOfDoc.get(m.doc);
        assert.ok(text !== undefined, `a mention points at unknown document ${m.doc}`);
        assert.ok(Number.isInteger(m.start) && Number.isInteger(m.end) && 0 <= m.start && m.start <= m.end && m.end <= text.length);
        assert.equal(text.slice(m.start, m.end), m.text, `mention ${JSON.stringify(m)} is not a slice of its article`);
      }
      // the search index covers every article once, its spans inside the stored text
      const hits = await new Workspace(store).search('المتحدث', { collection: collection.id, limit: 100 });
      assert.deepEqual(hits.map((h) => h.article).sort(), articles.map((a) => a.id).sort(), 'each article is indexed once');
      for (const h of hits) {
        const text = articles.find((a) => a.id === h.article)!.text;
        for (const [s, e] of h.spans) assert.ok(0 <= s && s < e && e <= text.length && text.slice(s, e).includes('المتحدث'), `hit [${s}, ${e})`);
      }
    } finally {
      await store.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
