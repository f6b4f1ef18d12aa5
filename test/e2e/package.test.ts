/** What `npm run zip` ships (scripts/test.mjs runs it before the tests). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
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

  it('sources: what a reviewer needs to rebuild, without fixtures, benchmarks, corpora or store art', () => {
    const names = zipEntries(zip('sources'));
    for (const f of ['package.json', 'package-lock.json', 'wxt.config.ts', 'README.md', 'utils/sanitize.ts', 'entrypoints/background.ts'])
      expect(names).toContain(f);
    expect(names.filter((n) => /^(test|test-results|bench|store|docs|scripts|node_modules|\.output|\.wxt)\/|corpora/.test(n))).toEqual([]);
  });
});
