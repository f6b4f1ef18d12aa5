/**
 * Pages through a pool of worker processes, results in input order. Each worker takes one page
 * at a time and is replaced after `recycleAfter` pages (jsdom keeps ~1.5 MB per page after
 * close(), an upstream vm-context leak), so memory stays bounded per worker whatever the corpus
 * size; at most `jobs * 4` pages are read ahead or held for order. A page that kills its worker
 * costs that page alone: it gets an error and a fresh worker takes the next.
 */
import type { ChildProcess } from 'node:child_process';
import type { CorpusPage, ImageSource, Loaded } from './corpus-input';

/** What a worker is sent for a page. */
export interface PageTask {
  url: string;
  bytes: Uint8Array;
  charset: string;
  /** Write the output here instead of answering it. */
  outFile?: string;
  /** Put first in a JSON record: what names the page. */
  label: Record<string, string>;
  /** Where the page's images are read from (--images). */
  images?: ImageSource;
}

/** What a worker answers: the output (unless it wrote a file), or why it failed. */
export interface PageResult {
  text?: string;
  isArticle?: boolean;
  error?: string;
  /** A line for stderr: the images that stay links. */
  lost?: string;
}

export interface PoolOptions {
  jobs: number;
  recycleAfter: number;
  /** A new worker process (forked with an IPC channel). */
  spawn: () => ChildProcess;
  /** The message for a page, once its bytes are read. */
  taskOf: (page: CorpusPage, loaded: Loaded) => PageTask;
  /** Awaited before each page is read (stdout's back pressure). */
  beforePull?: () => Promise<void>;
}

interface Worker {
  child: ChildProcess;
  done: number;
  current: ((r: PageResult) => void) | null;
}

export async function runPool(
  pages: AsyncIterable<CorpusPage> | Iterable<CorpusPage>,
  o: PoolOptions,
  onResult: (page: CorpusPage, r: PageResult) => void,
): Promise<void> {
  const idle: Worker[] = [];
  const waiting: { seq: number; take: (w: Worker) => void }[] = [];
  let alive = 0;

  const start = (): Worker => {
    const w: Worker = { child: o.spawn(), done: 0, current: null };
    alive++;
    w.child.on('error', () => undefined); // a send to a worker that just died: its exit answers
    w.child.on('message', (m) => {
      const answer = w.current;
      w.current = null;
      answer?.(m as PageResult);
    });
    w.child.on('exit', (code, signal) => {
      alive--;
      const i = idle.indexOf(w);
      if (i >= 0) idle.splice(i, 1);
      const answer = w.current;
      w.current = null;
      answer?.({ error: `the page stopped its worker (exit ${code ?? signal}${code === null ? ', out of memory or killed' : ''})` });
      // A page may be waiting for the worker that just went.
      serveWaiting();
    });
    return w;
  };
  const give = (w: Worker): void => {
    if (w.done >= o.recycleAfter) {
      // Its replacement starts when a page needs it.
      w.child.disconnect();
      return serveWaiting();
    }
    idle.push(w);
    serveWaiting();
  };
  function serveWaiting(): void {
    while (waiting.length && (idle.length || alive < o.jobs)) {
      // The earliest page first: it is the one the output waits for.
      waiting.sort((a, b) => a.seq - b.seq);
      waiting.shift()!.take(idle.pop() ?? start());
    }
  }
  const acquire = (seq: number): Promise<Worker> => {
    return new Promise((take) => {
      waiting.push({ seq, take });
      serveWaiting();
    });
  };

  const handle = async (seq: number, page: CorpusPage): Promise<PageResult> => {
    let task: PageTask;
    try {
      task = o.taskOf(page, await page.load());
    } catch (e) {
      return { error: e instanceof Error ? e.message : String(e) };
    }
    const w = await acquire(seq);
    const result = await new Promise<PageResult>((answer) => {
      w.current = answer;
      w.done++;
      w.child.send(task);
    });
    if (w.child.connected && w.child.exitCode === null) give(w);
    return result;
  };

  const held = new Map<number, { page: CorpusPage; result: PageResult }>();
  const running = new Set<Promise<void>>();
  let pulled = 0;
  let emitted = 0;
  const flush = (): void => {
    for (let r = held.get(emitted); r; r = held.get(emitted)) {
      held.delete(emitted++);
      onResult(r.page, r.result);
    }
  };
  const window = o.jobs * 4;
  try {
    for await (const page of pages) {
      while (pulled - emitted >= window) await Promise.race(running);
      await o.beforePull?.();
      const seq = pulled++;
      const task: Promise<void> = handle(seq, page).then((result) => {
        running.delete(task);
        held.set(seq, { page, result });
        flush();
      });
      running.add(task);
    }
    await Promise.all(running);
  } finally {
    for (const w of idle) w.child.disconnect();
  }
}
