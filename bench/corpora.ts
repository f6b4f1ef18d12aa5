/** The shared corpora (../shared/corpora or $CORPORA), loaded by ../shared/bench/corpora.mjs. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface Page {
  id: string;
  url: string;
  html: string;
  truth: string | null;
}

export const SHARED = resolve(process.env.SHARED ?? '../shared');
export const CORPORA = resolve(process.env.CORPORA ?? `${SHARED}/corpora`);

export async function sharedModule<T>(name: string): Promise<T | null> {
  const file = `${SHARED}/bench/${name}`;
  if (!existsSync(file)) return null;
  return (await import(pathToFileURL(file).href)) as T;
}

/** Pages of a corpus, or null (with a plain message) when it is not there. */
export async function loadCorpus(name: 'aeb' | 'zh-cwced' | 'rtp'): Promise<Page[] | null> {
  const folder = { aeb: 'aeb', 'zh-cwced': 'zh-cwced', rtp: 'readability-test-pages' }[name];
  if (!existsSync(`${CORPORA}/${folder}`)) {
    console.log(`corpus ${name}: MISSING (looked in ${CORPORA}/${folder}; set CORPORA to its folder) — skipped`);
    return null;
  }
  process.env.CORPORA = CORPORA;
  const mod = await sharedModule<{ LOADERS: Record<string, () => Page[] | Promise<Page[]>> }>('corpora.mjs');
  if (!mod) {
    console.log(`corpus ${name}: MISSING loader ${SHARED}/bench/corpora.mjs — skipped`);
    return null;
  }
  return await mod.LOADERS[name]!();
}
