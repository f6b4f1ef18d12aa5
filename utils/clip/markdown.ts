import TurndownService from 'turndown';
import { gfm } from '@joplin/turndown-plugin-gfm';
import { mergeCredits, type Article } from '../article';
import { sanitizeToFragment } from '../sanitize';
import { type ClipContext, digest } from './context';
import { frontMatter } from './front-matter';

/** Absolute address of a link or image in the article. */
function absolute(href: string, base: string): string {
  try {
    return new URL(href, base).href;
  } catch {
    return href;
  }
}

function turndown(baseUrl: string): TurndownService {
  const td = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-', emDelimiter: '*' });
  td.use(gfm); // tables stay tables, strikethrough, task lists
  td.addRule('absolute-links', {
    filter: (node) => node.nodeName === 'A' && !!node.getAttribute('href'),
    replacement: (content, node) => (content.trim() ? `[${content}](${absolute((node as Element).getAttribute('href')!, baseUrl)})` : ''),
  });
  // Images as links, named by their alt text (the caption follows as its own line).
  td.addRule('images-as-links', {
    filter: 'img',
    replacement: (_content, node) => {
      const el = node as Element;
      const src = el.getAttribute('src');
      if (!src) return '';
      const name = (el.getAttribute('alt') || src.split('/').pop() || 'image').replace(/[[\]]/g, '');
      return `[${name}](${absolute(src, baseUrl)})`;
    },
  });
  td.addRule('captions', { filter: 'figcaption', replacement: (content) => `\n\n*${content.trim()}*\n\n` });
  return td;
}

/** Markdown: YAML front matter with the article's provenance, then a GFM body. */
export async function markdownClip(a: Article, c: ClipContext): Promise<string> {
  const holder = c.window.document.createElement('div');
  holder.append(sanitizeToFragment(a.html, c.window));
  const body = turndown(a.url).turndown(holder).trim();
  const credits = Object.fromEntries(mergeCredits([], a.credits).map((cr) => [cr.role, cr.names]));
  const head = frontMatter({
    title: a.title,
    url: a.url,
    siteName: a.siteName,
    source: a.source,
    publishedTime: a.publishedTime,
    byline: a.byline,
    credits,
    lang: a.lang,
    script: c.target,
    clippedAt: c.clippedAt,
    digest: `sha256:${await digest(a.text)}`,
  });
  return `${head}\n# ${a.title}\n\n${body}\n`;
}
