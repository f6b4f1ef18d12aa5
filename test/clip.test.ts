import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { parse as parseYaml } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import type { Article } from '../utils/article';
import { clipFilename, makeClip, type ClipFormat } from '../utils/clip';
import { frontMatter } from '../utils/clip/front-matter';
import { withRestored } from '../utils/clip/restored';
import { CLIPPED_AT, CLIP_FIXTURES, clipDir, fixtureClips, fixtureSlugs, readChecks, runFixture } from './helpers/fixtures';

const dom = new JSDOM('');
const win = dom.window as unknown as Window;
afterAll(() => dom.window.close());
const clip = async (a: Article, format: ClipFormat, provenance = true) =>
  (await makeClip(a, format, { clippedAt: CLIPPED_AT, target: 'original', window: win, provenance })).content;
const articles = fixtureSlugs().filter((s) => readChecks(s).isArticle);
const legacy = runFixture('cn-jiaozuo-legacy');

/** Markdown's escapes (\*, \_, \[ …), table pipes and rules, and spacing taken out, to compare with plain text. */
const unmark = (md: string): string =>
  md
    .replace(/^\|?[\s:|-]+\|?$/gm, '')
    .replace(/(?<!\\)\|/g, '')
    // Links keep their text: [街巷](http://…) is 街巷.
    .replace(/(?<!\\)\[((?:\\.|[^\]\\])*)\]\([^)\s]*\)/g, '$1')
    // Emphasis markers (第<b>1</b>页 is 第**1**页); text's own * and _ are escaped.
    .replace(/(?<!\\)(?:\*\*|_)/g, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!>|~])/g, '$1')
    // < > & are entities in Markdown text (escape.ts).
    .replace(/&(lt|gt|amp);/g, (_m, e: string) => ({ lt: '<', gt: '>', amp: '&' })[e]!)
    .replace(/\s+/g, '');
const squash = (s: string): string => s.replace(/\s+/g, '');
const frontOf = (md: string): Record<string, unknown> => parseYaml(md.split(/^---$/m)[1]!) as Record<string, unknown>;

describe('golden clips', () => {
  it.each(CLIP_FIXTURES)('%s: every format matches its reviewed golden (regenerate with npm run fixtures:update)', async (slug) => {
    for (const [name, content] of Object.entries(await fixtureClips(slug))) {
      const file = join(clipDir(slug), name);
      expect(existsSync(file), `missing ${file}`).toBe(true);
      expect(content, name).toBe(readFileSync(file, 'utf8'));
    }
  });
});

describe('nothing is lost', () => {
  it.each(articles)('%s: every paragraph of the text is in the Markdown and the plain-text clip', async (slug) => {
    const a = runFixture(slug);
    const md = unmark(await clip(a, 'md'));
    const text = squash(await clip(a, 'text'));
    for (const p of a.text
      .split(/\n\s*\n/)
      .map(squash)
      .filter(Boolean)) {
      expect(md, p).toContain(p);
      expect(text, p).toContain(p);
    }
  });
});

describe('Markdown front matter', () => {
  it.each(articles)('%s: parses back (YAML) to the article metadata', async (slug) => {
    const a = runFixture(slug);
    const front = frontOf(await clip(a, 'md'));
    // The record's credits have one entry per role already.
    const credits = Object.fromEntries(a.credits.map((c) => [c.role, c.names]));
    expect(front).toEqual({
      title: a.title,
      url: a.url,
      siteName: a.siteName,
      source: a.source,
      publishedTime: a.publishedTime,
      byline: a.byline,
      credits,
      lang: a.lang,
      script: 'original',
      clippedAt: CLIPPED_AT,
      digest: expect.stringMatching(/^sha256:[0-9a-f]{64}$/) as unknown,
    });
  });
  it('survives quotes, colons, hashes, dashes and newlines in values', () => {
    const nasty = { title: '"引號" : 冒號 # 不是註解\n第二行 --- ', byline: ['- dash', "it's"], credits: { '責編:': ['a "b"'] }, none: null };
    expect(parseYaml(frontMatter(nasty).split(/^---$/m)[1]!)).toEqual(nasty);
  });
});

describe('plain text', () => {
  it('has a provenance header that can be switched off, and no full-width indentation', async () => {
    const withHeader = await clip(legacy, 'text');
    expect(withHeader.split('\n').slice(0, 3)).toEqual([legacy.title, '焦作日報 · 2024-04-23 08:35 · 翟倩倩、焦嬌', legacy.url]);
    const bare = await clip(legacy, 'text', false);
    expect(bare.startsWith(legacy.text.split('\n')[0]!.trim())).toBe(true);
    expect(bare).not.toMatch(/^\u3000/m);
  });
});

describe('citations parse with citation-js', () => {
  const expectMetadata = (item: Record<string, unknown>) => {
    expect(item.title).toBe(legacy.title);
    expect((item.author as { literal?: string; family?: string }[]).map((a) => a.literal ?? a.family)).toEqual(['翟倩倩', '焦嬌']);
    expect((item.issued as { 'date-parts': number[][] })['date-parts'][0]).toEqual([2024, 4, 23]);
    expect(item.URL).toBe(legacy.url);
  };
  it('CSL-JSON', async () => expectMetadata(new Cite(JSON.parse(await clip(legacy, 'csl'))).data[0]!));
  it('BibTeX', async () => {
    const data = new Cite(await clip(legacy, 'bibtex'), { forceType: '@bibtex/text' }).data;
    expect(data).toHaveLength(1);
    expectMetadata(data[0]!);
    expect(data[0]!['container-title']).toBe('焦作網');
  });
  it('RIS', async () => {
    const data = new Cite(await clip(legacy, 'ris'), { forceType: '@ris/file' }).data;
    expect(data).toHaveLength(1);
    // citation-js reads a NEWS record's AU as its reporters, and PY (the year) as its date.
    const item = data[0]!;
    expect(item).toMatchObject({ type: 'article-newspaper', title: legacy.title, URL: legacy.url, 'container-title': '焦作網', publisher: '焦作日報' });
    expect(item.reporter).toEqual(['翟倩倩', '焦嬌']);
    expect((item.issued as { 'date-parts': number[][] })['date-parts'][0]).toEqual([2024]);
  });
  it('a Latin byline becomes family and given names', async () => {
    const en = runFixture('en-news');
    const item = new Cite(await clip(en, 'bibtex'), { forceType: '@bibtex/text' }).data[0]!;
    expect(item.author).toEqual([{ family: 'Doe', given: 'Jane' }]);
  });
});

describe('HTML clip', () => {
  it('is a whole document with the sanitized article and its credits', async () => {
    const html = await clip(legacy, 'html');
    const doc = new JSDOM(html).window.document;
    expect(doc.querySelector('h1')?.textContent).toBe(legacy.title);
    expect(doc.querySelector('link[rel=canonical]')?.getAttribute('href')).toBe(legacy.url);
    expect(doc.querySelector('.credits')?.textContent).toContain('責編：劉佳');
    expect(doc.querySelectorAll('script, [onerror], iframe')).toHaveLength(0);
  });
});

describe('clip file names', () => {
  it('start with the date and hold no character a file system refuses', () => {
    const a = { ...legacy, title: 'A/B: "C" <D>?\n*E*|F\\G' };
    expect(clipFilename(a, 'md')).toBe('2024-04-23 A B C D E F G.md');
    expect(clipFilename({ ...legacy, title: '長'.repeat(200), publishedTime: null }, 'txt')).toBe('長'.repeat(80) + '.txt');
  });
});

describe('clips of what the reader shows', () => {
  const promos = runFixture('cn-app-promos');
  const restorable = promos.removals.map((r, i) => [r, i] as const).filter(([r]) => r.html && r.text.length > 4);

  it('hold the removed blocks the reader restored, where they were, in every body format', async () => {
    const [removal, i] = restorable[0]!;
    const shown = withRestored(promos, new Set([i]), win);
    const needle = squash(removal.text).slice(0, 12);
    expect(squash(shown.text)).toContain(needle);
    expect(squash(promos.text)).not.toContain(needle);
    for (const format of ['md', 'text'] as const) expect(unmark(await clip(shown, format)), format).toContain(needle);
    expect(squash(new JSDOM(await clip(shown, 'html')).window.document.body.textContent ?? '')).toContain(needle);
    // In place: after what came before its marker in the article.
    const before = squash(promos.html.split(`data-qd-removed="${i}"`)[0]!.replace(/<[^>]+>/g, '')).slice(-8);
    if (before) expect(squash(shown.text).indexOf(needle)).toBeGreaterThan(squash(shown.text).indexOf(before));
  });

  it('are the article itself when nothing was restored', () => {
    expect(withRestored(promos, new Set(), win)).toBe(promos);
  });
});
