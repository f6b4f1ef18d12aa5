/**
 * Bundled by bench/browser-times.ts and evaluated in each corpus page in Chromium: the two
 * extractors as the extension would run them on a live page (each on its own clone).
 */
import { Readability } from '@mozilla/readability';
import { extractLive } from '../utils/browser/extract-live';

export function readability(): number {
  const t = performance.now();
  const clone = document.cloneNode(true) as Document;
  new Readability(clone).parse();
  return performance.now() - t;
}

/** Milliseconds, and the time of each step (clone, live signals, every pass, serialize). */
export function qingdu(): { ms: number; steps: Record<string, number> } {
  const t = performance.now();
  const article = extractLive(document);
  return { ms: performance.now() - t, steps: article.timings };
}
