/**
 * A worker thread that analyses stories (story-work.ts) for the worker process that started it: one story at
 * a time, in the order asked. Started by `storyThread()`; a crash of one story's analysis is sent back as that
 * story's error, and the thread goes on.
 */
import { Worker, isMainThread, parentPort } from 'node:worker_threads';
import { analyseStoryWork, type StoryWork, type StoryWorkResult } from './story-work.js';

interface Request {
  id: number;
  work: StoryWork;
}
type Reply = { id: number; result: StoryWorkResult } | { id: number; error: string };

if (!isMainThread && parentPort) {
  const port = parentPort;
  port.on('message', (req: Request) => {
    let reply: Reply;
    try {
      reply = { id: req.id, result: analyseStoryWork(req.work) };
    } catch (err) {
      reply = { id: req.id, error: (err as Error).stack ?? String(err) };
    }
    port.postMessage(reply);
  });
}

export interface StoryThread {
  run(work: StoryWork): Promise<StoryWorkResult>;
  close(): Promise<void>;
}

/** Starts the thread on first use; a thread that dies fails what it held and is started again on the next story. */
export function storyThread(): StoryThread {
  let worker: Worker | null = null;
  let next = 1;
  const waiting = new Map<number, { resolve: (r: StoryWorkResult) => void; reject: (e: Error) => void }>();
  const failAll = (err: Error) => {
    for (const w of waiting.values()) w.reject(err);
    waiting.clear();
  };
  const start = (): Worker => {
    const w = new Worker(new URL('./story-thread.js', import.meta.url));
    w.on('message', (reply: Reply) => {
      const pending = waiting.get(reply.id);
      if (!pending) return;
      waiting.delete(reply.id);
      if ('error' in reply) pending.reject(new Error(`story analysis failed: ${reply.error}`));
      else pending.resolve(reply.result);
    });
    w.on('error', (err) => failAll(err));
    w.on('exit', (code) => {
      if (worker === w) worker = null;
      failAll(new Error(`the story analysis thread exited (code ${code})`));
    });
    return w;
  };
  return {
    run(work) {
      worker ??= start();
      const id = next++;
      const w = worker;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        w.postMessage({ id, work } satisfies Request);
      });
    },
    async close() {
      const w = worker;
      worker = null;
      if (w) await w.terminate();
    },
  };
}
