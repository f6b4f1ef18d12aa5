import TurndownService from 'turndown';
import { gfm } from '@joplin/turndown-plugin-gfm';
import { mergeCredits, type Article } from '../article';
import { sanitizeToFragment } from '../sanitize';
import { MARK } from '../extract/marks';
import { type ClipContext, digest } from './context';
import { mdText, oneLine, safeUrl, withoutControls } from './escape';
import { noteLines, type ClipNote } from './highlights';
import { frontMatter } from './front-matter';
import { templateFields } from './template';

function turndown(baseUrl: string, images?: ReadonlyMap<string, string>): TurndownService {
  const td = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-', emDelimiter: '*' });
  td.use(gfm); // tables stay tables, strikethrough, task lists
  // Page text can carry no Markdown or HTML of its own (escape.ts).
  td.escape = mdText;
  td.addRule('safe-links', {
    filter: (node) => node.nodeName === 'A' && !!node.getAttribute('href'),
    replacement: (content, node) => {
      const href = safeUrl((node as Element).getAttribute('href')!, baseUrl);
      const only = (node as Element).querySelector('img');
      // A photo linked to itself is the photo.
      if (only && href && safeUrl(only.getAttribute('src') ?? '', baseUrl) === href && content.trim().startsWith('![')) return content;
      return content.trim() && href ? `[${content}](${href})` : content;
    },
  });
  // Images as embeds, named by their alt text (the caption follows as its own line).
  td.addRule('images', {
    filter: 'img',
    replacement: (_content, node) => {
      const el = node as Element;
      const src = safeUrl(el.getAttribute('src') ?? '', baseUrl);
      const alt = mdText(oneLine(el.getAttribute('alt') ?? ''));
      return src ? `![${alt}](${images?.get(src) ?? src})` : alt;
    },
  });
  td.addRule('captions', { filter: 'figcaption', replacement: (content) => `\n\n*${content.trim()}*\n\n` });
  // The reader's highlights (Obsidian's and many editors' ==…==), and their notes as footnotes.
  td.addRule('highlights', {
    filter: (node) => node.nodeName === 'MARK' && node.hasAttribute(MARK.highlight),
    replacement: (content) => (content.trim() ? `==${content}==` : content),
  });
  td.addRule('note-marks', {
    filter: (node) => node.nodeName === 'SUP' && node.hasAttribute(MARK.note),
    replacement: (_content, node) => `[^${Number((node as Element).getAttribute(MARK.note))}]`,
  });
  return td;
}

/** The highlights the article no longer holds (with their quotes), then every note as a footnote. */
function notesMarkdown(notes: readonly ClipNote[]): string {
  const lost = notes.filter((n) => !n.placed).map((n) => `> ==${mdText(oneLine(n.quote))}==${n.note ? `[^${n.n}]` : ''}`);
  const footnotes = notes
    .filter((n) => n.note)
    .map(
      (n) =>
        `[^${n.n}]: ${noteLines(withoutControls(n.note))
          // Continuation lines indented as footnotes need; a line's own indent would make it code.
          .map((l, i) => (i && l.trim() ? '    ' : '') + mdText(l.trim()))
          .join('\n')}`,
    );
  return [lost.join('\n>\n'), footnotes.join('\n')]
    .filter(Boolean)
    .map((part) => `\n\n${part}`)
    .join('');
}

/** Markdown: YAML front matter with the article's provenance, then a GFM body. */
export async function markdownClip(a: Article, c: ClipContext): Promise<string> {
  const holder = c.window.document.createElement('div');
  holder.append(sanitizeToFragment(a.html, c.window));
  const body = turndown(a.url, c.images).turndown(holder).trim();
  const credits = Object.fromEntries(mergeCredits([], a.credits).map((cr) => [cr.role, cr.names]));
  const head = c.template
    ? frontMatter(templateFields(c.template, a, { script: c.target, clippedAt: c.clippedAt }))
    : frontMatter({
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
  return `${head}\n# ${mdText(oneLine(a.title))}\n\n${body}${notesMarkdown(c.notes ?? [])}\n`;
}
