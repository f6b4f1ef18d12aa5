/**
 * Clips cannot be turned against their reader: hostile titles, names, addresses and page
 * text go through every writer, and real parsers read the result back. BibTeX and RIS:
 * citation-js finds one record with only the fields we wrote. Markdown: a CommonMark renderer
 * with raw HTML on (markdown-it, html: true) builds no element, attribute or link we did not
 * write. YAML front matter: a strict parser reads the values back.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import MarkdownIt from 'markdown-it';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { emptyArticle, type Article } from '../utils/article';
import { makeClip, type ClipFormat } from '../utils/clip';
import { oneLine, safeUrl, withoutControls } from '../utils/clip/escape';

const dom = new JSDOM('');
const win = dom.window as unknown as Window;
afterAll(() => dom.window.close());
const RUNS = Number(process.env.QD_FC_RUNS) || 100;

const clip = async (a: Article, format: ClipFormat): Promise<string> =>
  (await makeClip(a, format, { clippedAt: '2026-01-01T00:00:00.000Z', target: 'original', window: win })).content;

// What pages have put in titles, names, addresses and text to break out of a clip.
const ATTACKS = [
  '},note={\\input{/etc/hostname}},',
  '}\n@misc{x, title={pwned}}',
  '{unbalanced',
  'back\\slash % # & _ ^ ~ $',
  '\r\nTY  - JOUR\r\nTI  - injected',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '<iframe srcdoc="<script>alert(1)</script>">',
  '[click](javascript:alert(document.domain))',
  ')[click](javascript:alert(1))//',
  '![x](javascript:alert(1))',
  '<a href="javascript:alert(1)">x</a>',
  '&lt;img onerror&gt;',
  '# heading\n- list\n> quote',
  '\u0085\u0000\u001b[31m\u2028\u202e',
  '`code` *em* _u_ | pipe ~~strike~~',
];
const hostile = fc.oneof(
  fc.constantFrom(...ATTACKS),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.tuple(fc.constantFrom(...ATTACKS), fc.string({ maxLength: 10 }), fc.constantFrom(...ATTACKS)).map((p) => p.join('')),
);
const hostileUrl = fc.oneof(
  fc.constantFrom(
    'http://ex.example/a#},note={\\input{/etc/hostname}},',
    'https://ex.example/a)[x](javascript:alert(1))',
    'javascript:alert(1)',
    'https://ex.example/ a b\nc',
    'data:text/html,<script>',
  ),
  fc.webUrl({ withFragments: true, withQueryParameters: true }),
);

/** An article whose every page-controlled value is hostile, text and links in its HTML too. */
const article = (title: string, name: string, site: string, url: string, text: string, href: string): Article => {
  const a = emptyArticle(url);
  const holder = dom.window.document.createElement('div');
  const p = holder.appendChild(dom.window.document.createElement('p'));
  p.textContent = text;
  const link = holder.appendChild(dom.window.document.createElement('p')).appendChild(dom.window.document.createElement('a'));
  link.setAttribute('href', href);
  link.textContent = text || 'link';
  const img = holder.appendChild(dom.window.document.createElement('img'));
  img.setAttribute('src', href);
  img.setAttribute('alt', text);
  return {
    ...a,
    isArticle: true,
    title,
    byline: [name],
    siteName: site,
    source: site,
    publishedTime: '2024-05-08T10:00:00+08:00',
    lang: 'zh-Hans',
    html: Array.from(holder.children, (c) => c.outerHTML).join(''), // the writers sanitize it again inside
    text,
  };
};

const md = new MarkdownIt({ html: true, linkify: false });

describe('every clip format holds against hostile values', () => {
  it('BibTeX: citation-js reads one entry, with only the fields we wrote', async () => {
    await fc.assert(
      fc.asyncProperty(hostile, hostile, hostile, hostileUrl, async (title, name, site, url) => {
        const bib = await clip(article(title, name, site, url, 'x', 'https://ex.example/'), 'bibtex');
        const data = new Cite(bib, { forceType: '@bibtex/text' }).data;
        expect(data).toHaveLength(1);
        const fields = Object.keys(data[0]!).filter((k) => !['id', 'type', '_graph', 'citation-key'].includes(k));
        for (const f of fields) expect(['title', 'author', 'container-title', 'issued', 'URL', 'accessed', 'language']).toContain(f);
        const safe = safeUrl(url);
        if (safe) expect(data[0]!.URL).toBe(safe);
        else expect(data[0]!.URL).toBeUndefined();
      }),
      { numRuns: RUNS, seed: 20261202 },
    );
  });

  it('RIS: citation-js reads one record whose title is the title, on one line', async () => {
    await fc.assert(
      fc.asyncProperty(hostile, hostile, hostileUrl, async (title, name, url) => {
        const ris = await clip(article(title, name, 'site', url, 'x', 'https://ex.example/'), 'ris');
        const data = new Cite(ris, { forceType: '@ris/file' }).data;
        expect(data).toHaveLength(1);
        expect(ris.split('\r\n').filter((l) => l.startsWith('TY  -'))).toHaveLength(1);
        expect(ris.split('\r\n').filter((l) => l.startsWith('TI  -'))).toEqual([`TI  - ${oneLine(title) || oneLine(url)}`.trimEnd()]);
      }),
      { numRuns: RUNS, seed: 20261202 },
    );
  });

  it('CSL-JSON: parses, with no control character', async () => {
    await fc.assert(
      fc.asyncProperty(hostile, hostile, hostileUrl, async (title, name, url) => {
        const csl = await clip(article(title, name, 'site', url, 'x', 'https://ex.example/'), 'csl');
        expect(() => JSON.parse(csl) as unknown).not.toThrow();
        expect(csl).toBe(withoutControls(csl));
      }),
      { numRuns: RUNS, seed: 20261202 },
    );
  });

  it('Markdown: a CommonMark renderer with raw HTML on builds nothing we did not write', async () => {
    await fc.assert(
      fc.asyncProperty(hostile, hostile, hostileUrl, hostileUrl, async (title, text, url, href) => {
        const a = article(title, 'name', 'site', url, text, href);
        const out = await clip(a, 'md');
        const body = out.slice(out.indexOf('\n---\n') + 5);
        const rendered = new JSDOM(md.render(body)).window.document.body;
        const allowed = new Set(['P', 'H1', 'A', 'IMG', 'EM', 'STRONG', 'BR']);
        for (const el of Array.from(rendered.querySelectorAll('*'))) {
          expect(allowed.has(el.tagName), el.outerHTML).toBe(true);
          for (const attr of el.getAttributeNames()) expect(['href', 'src', 'alt', 'title'], el.outerHTML).toContain(attr);
        }
        const safeHref = safeUrl(href, url);
        for (const link of Array.from(rendered.querySelectorAll('a'))) expect(link.getAttribute('href')).toBe(safeHref);
        for (const img of Array.from(rendered.querySelectorAll('img'))) expect(img.getAttribute('src')).toBe(safeHref);
        // The title is one heading line.
        expect(rendered.querySelectorAll('h1')).toHaveLength(1);
      }),
      { numRuns: RUNS, seed: 20261202 },
    );
  });

  it('YAML front matter: a strict parser reads every value back, without control characters', async () => {
    await fc.assert(
      fc.asyncProperty(hostile, hostile, hostileUrl, async (title, name, url) => {
        const out = await clip(article(title, name, 'site', url, 'x', 'https://ex.example/'), 'md');
        const front = parseYaml(out.split(/^---$/m)[1]!, { strict: true }) as Record<string, unknown>;
        expect(front.title).toBe(withoutControls(title));
        expect(front.byline).toEqual([withoutControls(name)]);
        expect(front.url).toBe(withoutControls(url));
      }),
      { numRuns: RUNS, seed: 20261202 },
    );
  });
});

describe('citation keys', () => {
  it('differ for three articles of one site in one year, and stay the same for one article', async () => {
    const key = async (url: string): Promise<string> => /^@article\{([^,]+),/.exec(await clip(article('t', '王小明', 'site', url, 'x', url), 'bibtex'))![1]!;
    const keys = await Promise.all(['https://county.example/a/1.html', 'https://county.example/a/2.html', 'https://county.example/a/3.html'].map(key));
    expect(new Set(keys).size).toBe(3);
    expect(await key('https://county.example/a/1.html')).toBe(keys[0]);
  });
  it('are made for a page that is not an article too, never the bare fallback', async () => {
    const a = { ...emptyArticle('https://news.example/list.html'), title: '' };
    const bib = await clip(a, 'bibtex');
    expect(bib).toMatch(/^@article\{news[0-9a-z]{4},\n {2}title = \{\{https:\/\/news\.example\/list\.html\}\}/);
  });
});
