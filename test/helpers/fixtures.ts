/** Fixture pages under test/fixtures/<slug>/ and their golden files (Readability's layout). */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeHtml } from '../../utils/decode-html';
import { extractFromHtml } from '../../cli/extract-html';
import { JSDOM } from 'jsdom';
import { expect } from 'vitest';
import type { Article } from '../../utils/article';
import { CLIP_FORMATS, makeClip } from '../../utils/clip';

export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

export interface Checks {
  url: string;
  about: string;
  isArticle: boolean;
  title?: string;
  byline?: string[];
  publishedTime?: string;
  siteName?: string;
  source?: string;
  lang?: string;
  script?: string;
  credits?: [string, string[]][];
  /** Each appears exactly once in the text. */
  once?: string[];
  /** Each appears in the html. */
  present?: string[];
  /** None appears in text or html. */
  absent?: string[];
  images?: number;
}

export function fixtureSlugs(): string[] {
  return readdirSync(FIXTURES)
    .filter((d) => existsSync(join(FIXTURES, d, 'source.html')))
    .sort();
}

export function readChecks(slug: string): Checks {
  return JSON.parse(readFileSync(join(FIXTURES, slug, 'checks.json'), 'utf8')) as Checks;
}

export function sourceHtml(slug: string): string {
  return decodeHtml(readFileSync(join(FIXTURES, slug, 'source.html')));
}

export function runFixture(slug: string): Article {
  return extractFromHtml(sourceHtml(slug), readChecks(slug).url);
}

/** One block element per line, so golden diffs read like the article. */
export function prettyHtml(html: string): string {
  return (
    html
      .replace(/\n+/g, ' ')
      .replace(/(<\/(?:p|div|h[1-6]|li|ul|ol|table|thead|tbody|tr|figure|figcaption|blockquote|caption)>|<br>)/g, '$1\n')
      .replace(/(<(?:ul|ol|table|thead|tbody|figure|div)>)/g, '$1\n')
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
      .join('\n') + '\n'
  );
}

/** What the golden metadata file holds: everything but html, text and timings. */
export function goldenMetadata(a: Article): string {
  const { html: _h, text: _t, timings: _ti, ...rest } = a;
  return JSON.stringify(rest, null, 2) + '\n';
}

export function goldenPaths(slug: string): { html: string; metadata: string } {
  return { html: join(FIXTURES, slug, 'expected.html'), metadata: join(FIXTURES, slug, 'expected-metadata.json') };
}

/** Fixtures whose clips in every format are goldens (test/fixtures/<slug>/clips/). */
export const CLIP_FIXTURES = ['cn-jiaozuo-legacy', 'en-news'];
/** Goldens need a fixed clipping time. */
export const CLIPPED_AT = '2026-01-01T00:00:00.000Z';

/** Every clip of a fixture, as its golden files hold them: file name -> content. */
export async function fixtureClips(slug: string): Promise<Record<string, string>> {
  const article = runFixture(slug);
  const dom = new JSDOM('');
  try {
    const out: Record<string, string> = {};
    for (const format of CLIP_FORMATS) {
      const clip = await makeClip(article, format, { clippedAt: CLIPPED_AT, target: 'original', window: dom.window as unknown as Window });
      out[`clip.${clip.filename.split('.').pop()!}`] = clip.content;
    }
    return out;
  } finally {
    dom.window.close();
  }
}

export const clipDir = (slug: string): string => join(FIXTURES, slug, 'clips');

const count = (hay: string, needle: string): number => hay.split(needle).length - 1;

/** What a person stated about a page (checks.json), asserted on the pipeline's record: fixtures and unseen pages alike. */
export function expectChecks(article: Article, checks: Checks): void {
  expect(article.isArticle, article.reason).toBe(checks.isArticle);
  for (const key of ['title', 'byline', 'publishedTime', 'siteName', 'source', 'lang', 'script'] as const) {
    if (checks[key] !== undefined) expect(article[key], key).toEqual(checks[key]);
  }
  if (checks.credits) expect(article.credits.map((c) => [c.role, c.names])).toEqual(checks.credits);
  for (const s of checks.once ?? []) expect(count(article.text, s), `once: ${s}`).toBe(1);
  for (const s of checks.present ?? []) expect(article.html, `present: ${s}`).toContain(s);
  for (const s of checks.absent ?? []) {
    expect(article.text, `absent from text: ${s}`).not.toContain(s);
    expect(article.html, `absent from html: ${s}`).not.toContain(s);
  }
  if (checks.images !== undefined) expect(article.images).toHaveLength(checks.images);
}
