/** The shared corpora (../shared/corpora or $CORPORA), loaded by ../shared/bench/corpora.mjs. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { decodeHtml } from '../utils/decode-html';

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

export type CorpusName = 'aeb' | 'zh-cwced' | 'rtp' | 'unseen';

/** Our own pages of templates none of the corpora has (test/unseen/), truth decided before extracting. */
function loadUnseen(): Page[] {
  const dir = fileURLToPath(new URL('../test/unseen/', import.meta.url));
  return readdirSync(dir)
    .filter((d) => existsSync(`${dir}${d}/source.html`))
    .sort()
    .map((id) => ({
      id,
      url: (JSON.parse(readFileSync(`${dir}${id}/checks.json`, 'utf8')) as { url: string }).url,
      html: decodeHtml(readFileSync(`${dir}${id}/source.html`)),
      truth: readFileSync(`${dir}${id}/truth.txt`, 'utf8'),
    }));
}

/** Pages of a corpus, or null (with a plain message) when it is not there. */
export async function loadCorpus(name: CorpusName): Promise<Page[] | null> {
  if (name === 'unseen') return loadUnseen();
  const folder = { aeb: 'aeb', 'zh-cwced': 'zh-cwced', rtp: 'readability-test-pages' }[name];
  if (!existsSync(`${CORPORA}/${folder}`)) {
    console.log(`corpus ${name}: MISSING (looked in ${CORPORA}/${folder}; set CORPORA to its folder) — skipped`);
    return null;
  }
  process.env.CORPORA = CORPORA;
  if (name === 'rtp') return loadRtp(`${CORPORA}/${folder}/test/test-pages`);
  const mod = await sharedModule<{ LOADERS: Record<string, () => Page[] | Promise<Page[]>> }>('corpora.mjs');
  if (!mod) {
    console.log(`corpus ${name}: MISSING loader ${SHARED}/bench/corpora.mjs — skipped`);
    return null;
  }
  return await mod.LOADERS[name]!();
}

/**
 * Readability's test pages, loaded here (the shared loader imports jsdom from a folder with
 * no node_modules). truth = textContent of expected.html, as the shared loader defines it:
 * Readability's own output, so a regression reference, not human truth.
 */
function loadRtp(dir: string): Page[] {
  return readdirSync(dir)
    .sort()
    .map((id) => {
      const expected = readFileSync(`${dir}/${id}/expected.html`, 'utf8');
      const dom = new JSDOM(expected);
      const truth = dom.window.document.body.textContent;
      dom.window.close();
      return { id, url: 'http://fakehost/test/page.html', html: readFileSync(`${dir}/${id}/source.html`, 'utf8'), truth };
    });
}
