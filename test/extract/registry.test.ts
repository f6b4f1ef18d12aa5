import { readFileSync, readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { PASSES } from '../../utils/extract';
import { SITE_RULES } from '../../utils/extract/site-rules';
import { matchingRules } from '../../utils/extract/apply-site-rules';
import { dom } from '../helpers/dom';
import { readChecks, sourceHtml } from '../helpers/fixtures';

const dir = new URL('../../utils/extract/', import.meta.url);

describe('the pass registry', () => {
  it('lists every pass file exactly once, under its file name', () => {
    const files = readdirSync(dir).filter((f) => /^[a-z]+(-[a-z]+)+\.ts$/.test(f) && /export const \w+: Pass\b/.test(readFileSync(new URL(f, dir), 'utf8')));
    const names = PASSES.map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
    expect([...names].sort()).toEqual(files.map((f) => f.replace(/\.ts$/, '')).sort());
  });

  it('names every kind of removal in the UI languages', () => {
    const removing = readdirSync(dir).filter(
      (f) => /^[a-z]+(-[a-z]+)+\.ts$/.test(f) && /removeNode\(|removals\.(push|unshift)/.test(readFileSync(new URL(f, dir), 'utf8')),
    );
    const names = [...removing.map((f) => f.replace(/\.ts$/, '')).filter((n) => n !== 'context'), 'trim-huge-html'];
    for (const locale of ['en', 'zh_TW', 'zh_CN']) {
      const messages = JSON.parse(readFileSync(new URL(`../../public/_locales/${locale}/messages.json`, import.meta.url), 'utf8')) as Record<string, unknown>;
      for (const n of names) expect(messages, `${locale}: removed_${n}`).toHaveProperty(`removed_${n.replace(/-/g, '_')}`);
    }
  });

  it('is documented in README, in the order it runs', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const table = readme.slice(readme.indexOf('| pass'), readme.indexOf('Every removal is recorded'));
    const firstColumn = table
      .split('\n')
      .slice(2)
      .map((row) => row.split('|')[1] ?? '')
      .join(' ');
    const documented = [...firstColumn.matchAll(/`([a-z]+(?:-[a-z]+)+)`/g)].map((m) => m[1]);
    expect(documented).toEqual(PASSES.map((p) => p.name));
  });
});

describe('SITE_RULES', () => {
  it('are sorted by id', () => {
    const ids = SITE_RULES.map((r) => r.id);
    expect(ids).toEqual([...ids].sort());
  });
  it('have selectors that parse', () => {
    const d = dom('').window.document;
    for (const r of SITE_RULES) {
      for (const sel of [r.when.selector, r.content, ...(r.remove ?? []).map((x) => x.selector)].filter(Boolean)) {
        expect(() => d.querySelector(sel!), `${r.id}: ${sel}`).not.toThrow();
      }
    }
  });
  it('fire on a CMS generator alone, and not on another generator', () => {
    const page = (generator: string) => dom(`<meta name="generator" content="${generator}"><p>正文</p>`, 'http://www.example.cn/a/1.html').window.document;
    expect(matchingRules(page('DedeCMS_V57_GBK_SP2'), 'http://www.example.cn/a/1.html').map((r) => r.id)).toEqual(['dedecms']);
    expect(matchingRules(page('WordPress 6.4'), 'http://www.example.cn/a/1.html')).toEqual([]);
  });
  it.each(SITE_RULES.map((r) => [r.id, r] as const))('%s fires on its fixture', (_id, rule) => {
    const d = dom(sourceHtml(rule.fixture), readChecks(rule.fixture).url).window.document;
    expect(matchingRules(d, d.URL).map((r) => r.id)).toContain(rule.id);
  });
});

describe('generated data', () => {
  it('utils/script-chars.ts is current', () => {
    expect(() => execFileSync('npx', ['tsx', 'scripts/gen-script-chars.ts', '--check'], { stdio: 'pipe' })).not.toThrow();
  });
  it('public/THIRD_PARTY_LICENSES.txt is current and names every bundled library and OpenCC data', () => {
    expect(() => execFileSync('node', ['scripts/third-party-licenses.mjs', '--check'], { stdio: 'pipe' })).not.toThrow();
    const text = readFileSync(new URL('../../public/THIRD_PARTY_LICENSES.txt', import.meta.url), 'utf8');
    for (const name of ['@mozilla/readability', 'dompurify', 'opencc-js', 'preact', 'webextension-polyfill'])
      expect(text).toMatch(new RegExp(`^${name} \\d`, 'm'));
    expect(text).toContain('Apache License');
  });
});
