import { readFileSync, readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { extractArticle, PASSES } from '../../utils/extract';
import { PROVIDED, type Field, type Pass, type PassContext } from '../../utils/extract/context';
import { REMOVAL_KINDS } from '../../utils/extract/removal-kinds';
import { LINE_RULES } from '../../utils/extract/rules';
import { SITE_RULES } from '../../utils/extract/site-rules';
import { matchingRules } from '../../utils/extract/apply-site-rules';
import { dom } from '../helpers/dom';
import { fixtureSlugs, readChecks, sourceHtml } from '../helpers/fixtures';

const dir = new URL('../../utils/extract/', import.meta.url);
const source = (f: string, under = dir): string => readFileSync(new URL(f, under), 'utf8');

/** The first pass that reads a field no earlier pass (nor the caller) writes, or null. */
function readBeforeWritten(passes: readonly Pass[]): string | null {
  const written = new Set<Field>(PROVIDED);
  for (const p of passes) {
    const missing = p.reads.filter((f) => !written.has(f));
    if (missing.length) return `${p.name} reads ${missing.join(', ')}`;
    p.writes.forEach((f) => written.add(f));
  }
  return null;
}

describe('the pass registry', () => {
  it('lists every pass file exactly once, under its file name', () => {
    const files = readdirSync(dir).filter((f) => /^[a-z]+(-[a-z]+)+\.ts$/.test(f) && /export const \w+: (?:Page|Article)Pass\b/.test(source(f)));
    const names = PASSES.map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
    expect([...names].sort()).toEqual(files.map((f) => f.replace(/\.ts$/, '')).sort());
  });

  it('runs no pass before what it reads is written', () => {
    expect(readBeforeWritten(PASSES)).toBeNull();
    // The check can fail: the byline's rules before the metadata is read.
    const late = PASSES.filter((p) => p.name !== 'read-metadata');
    expect(readBeforeWritten([...late.slice(0, 1), PASSES.find((p) => p.name === 'drop-edge-lines')!, ...late])).toMatch(/^drop-edge-lines reads meta/);
  });

  it('declares what each pass touches: on every fixture, no pass reads or writes a field it does not declare', () => {
    const TRACKED = new Set(['meta', 'credits', 'content', 'bodyHint', 'selection', 'keptCopies', 'article']);
    for (const slug of fixtureSlugs()) {
      const seen: string[] = [];
      const watch = (pass: Pass, ctx: PassContext): PassContext => {
        const allowed = new Set<string>([...pass.reads, ...pass.writes]);
        const note = (field: string, write: boolean): void => {
          // Any pass may ask whether there is an article yet (removeNode does); writing it is declared.
          if ((write ? !pass.writes.includes(field as Field) : !allowed.has(field)) && !(field === 'article' && !write))
            seen.push(`${slug}: ${pass.name} ${write ? 'writes' : 'reads'} ${field}`);
        };
        const meta = (): PassContext['meta'] =>
          new Proxy(ctx.meta, {
            get: (t, k): unknown => (note(k === 'byline' ? 'meta.byline' : 'meta', false), Reflect.get(t, k)),
            set: (t, k, v) => (note(k === 'byline' ? 'meta.byline' : 'meta', true), Reflect.set(t, k, v)),
          });
        return new Proxy(ctx, {
          get: (t, k): unknown => {
            if (k === 'meta') return meta();
            if (typeof k === 'string' && TRACKED.has(k)) note(k, false);
            return Reflect.get(t, k);
          },
          set: (t, k, v) => {
            if (typeof k === 'string' && TRACKED.has(k)) note(k === 'meta' ? 'meta' : k, true);
            return Reflect.set(t, k, v);
          },
        });
      };
      const passes = PASSES.map((p) => ({ ...p, run: (ctx: PassContext) => p.run(watch(p, ctx) as never) }));
      const d = dom(sourceHtml(slug), readChecks(slug).url).window;
      extractArticle(d.document, d.document.URL, { window: d as unknown as Window, passes });
      expect(seen, slug).toEqual([]);
    }
  });

  it('names every kind of removal in the UI languages', () => {
    for (const locale of ['en', 'zh_TW', 'zh_CN']) {
      const messages = JSON.parse(readFileSync(new URL(`../../public/_locales/${locale}/messages.json`, import.meta.url), 'utf8')) as Record<string, unknown>;
      for (const kind of REMOVAL_KINDS) expect(messages, `${locale}: removed_${kind}`).toHaveProperty(`removed_${kind.replace(/-/g, '_')}`);
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

describe('LINE_RULES', () => {
  const rulesDir = new URL('../../utils/extract/rules/', import.meta.url);
  const files = readdirSync(rulesDir).filter((f) => f !== 'index.ts');
  it('lists every rule file once, each under its file name, with a kind the UI names', () => {
    expect(LINE_RULES.map((r) => `${r.id}.ts`).sort()).toEqual(files.sort());
    for (const r of LINE_RULES) expect(REMOVAL_KINDS).toContain(r.kind);
  });
  it('each names its fixture or test in a comment, and some test names the rule', () => {
    const tests = [
      ...readdirSync(new URL('../extract/', import.meta.url)).map((f) => source(f, new URL('../extract/', import.meta.url))),
      ...fixtureSlugs().map((s) => readFileSync(new URL(`../fixtures/${s}/expected-metadata.json`, import.meta.url), 'utf8')),
    ].join('\n');
    for (const r of LINE_RULES) {
      expect(source(`${r.id}.ts`, rulesDir), r.id).toMatch(/fixture|test/);
      const reason = typeof r.reason === 'string' ? r.reason : '';
      expect(tests.includes(r.id) || (!!reason && tests.includes(reason)), `${r.id} is tested`).toBe(true);
    }
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
