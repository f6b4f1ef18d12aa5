/** What `npm run zip` ships (scripts/test.mjs runs it before the tests). */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { popupInitialScripts } from '../helpers/popup-scripts';
import { zipEntries } from '../helpers/zip';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const zip = (kind: string) => `.output/qingdu-${version}-${kind}.zip`;

describe('the packages', () => {
  it.each(['chrome', 'firefox'])('%s: manifest at the root, licences and locales inside, nothing from the repository around it', (kind) => {
    const names = zipEntries(zip(kind));
    expect(names).toContain('manifest.json');
    expect(names).toContain('THIRD_PARTY_LICENSES.txt');
    for (const locale of ['en', 'zh_CN', 'zh_TW']) expect(names).toContain(`_locales/${locale}/messages.json`);
    expect(names.filter((n) => /\.(ts|tsx|map)$|^test|^bench|^node_modules/.test(n))).toEqual([]);
  });

  it('popup: no dictionary in the JavaScript it loads before it runs (they are lazy chunks)', () => {
    const scripts = popupInitialScripts();
    expect(scripts.some((f) => /popup-[\w-]+\.js$/.test(f))).toBe(true);
    // First entries of opencc-js's STPhrases (cn->t) and of its Traditional phrase tables.
    for (const f of scripts) for (const entry of ['㓦划 㓦劃', '一口吃個 一口喫個']) expect(readFileSync(f, 'utf8'), f).not.toContain(entry);
    // The markers are real: the lazy chunks have them.
    const all = readdirSync('.output/chrome-mv3/chunks').map((f) => readFileSync(`.output/chrome-mv3/chunks/${f}`, 'utf8'));
    for (const entry of ['㓦划 㓦劃', '一口吃個 一口喫個']) expect(all.some((js) => js.includes(entry))).toBe(true);
  });

  it('sources: what a reviewer needs to rebuild, without fixtures, benchmarks, corpora or store art', () => {
    const names = zipEntries(zip('sources'));
    for (const f of ['package.json', 'package-lock.json', 'wxt.config.ts', 'README.md', 'utils/sanitize.ts', 'entrypoints/background.ts'])
      expect(names).toContain(f);
    expect(names.filter((n) => /^(test|test-results|bench|store|docs|scripts|node_modules|\.output|\.wxt)\/|corpora/.test(n))).toEqual([]);
  });
});
