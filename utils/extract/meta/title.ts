import { articleLd, metaContent } from './page';

// Separators between a headline and its site name: `_焦作網`, `--人民网`, ` - 中央社`, `｜`,
// blog templates' ` « 白河边的博客` and ` » Blog`.
const SEPARATOR = /\s*(?:_|\||｜|--|——|\s[-–—·«»]\s|-(?=[^\s-]{2,12}$))\s*/;
// What a site name ends with.
const SITE_WORDS = /(网|網|站|报|報|社|台|频道|頻道|新闻|新聞|日报|日報|晚报|晚報|时报|時報|在线|在線|博客|部落格|blog|tv|news|times|post|online|\.com|\.cn)$/i;

export interface TitleResult {
  title: string;
  /** The site name that followed the headline, if any. */
  siteSuffix: string;
}

function clean(s: string | null | undefined): string {
  return (s ?? '').replace(/[\s\u00a0\u3000]+/g, ' ').trim();
}

/** Split `head_site_site` into parts, keeping separators out. */
function parts(title: string): string[] {
  const out: string[] = [];
  let rest = title;
  for (;;) {
    const m = SEPARATOR.exec(rest);
    if (!m || m.index === 0) break;
    out.push(rest.slice(0, m.index));
    rest = rest.slice(m.index + m[0].length);
  }
  out.push(rest);
  return out.map(clean).filter(Boolean);
}

/**
 * The headline without site suffixes. A headline the page states on its own (ArticleTitle,
 * og:title, JSON-LD headline, a single h1) wins when the document title starts with it;
 * otherwise trailing parts that look like site names are cut from the document title.
 */
/** Is this title only a site's or a paper's name (澳門日報電子版, 联合早报)? */
export const onlySiteName = (title: string, siteName: string): boolean =>
  !title || title === siteName || (title.length <= 12 && (SITE_WORDS.test(title) || /[电電]子版$|e-?paper$/i.test(title)));

export function readTitle(doc: Document, siteName = ''): TitleResult {
  const docTitle = clean(doc.title);
  const ld = articleLd(doc);
  const h1s = Array.from(doc.querySelectorAll('h1'))
    .map((h) => clean(h.textContent))
    .filter((t) => t.length >= 4);
  const stated = [
    metaContent(doc, 'ArticleTitle'),
    typeof ld?.headline === 'string' ? clean(ld.headline) : '',
    clean(metaContent(doc, 'og:title', 'twitter:title')),
    h1s.length === 1 ? h1s[0]! : '',
  ].filter(Boolean);

  const all = parts(docTitle);
  const siteSuffix = all.length > 1 ? all[all.length - 1]! : '';
  for (const s of stated) {
    // The whole stated headline first: 专访｜非遗传承人谈竹编 is one headline (unseen qa-interview).
    if (docTitle.startsWith(s) || !docTitle) return { title: s, siteSuffix };
    const own = parts(s);
    if (own.length > 1 && own[0] && docTitle.startsWith(own[0])) return { title: own[0], siteSuffix };
  }

  const kept = [...all];
  while (kept.length > 1) {
    const last = kept[kept.length - 1]!;
    const first = kept[0]!;
    // Headline | section | site: with three or more parts, shorter trailing parts are names.
    const looksLikeSite =
      SITE_WORDS.test(last) || (siteName && last.includes(siteName)) || last.length * 2 < first.length || (kept.length >= 3 && last.length < first.length);
    if (!looksLikeSite || last.length > 30) break;
    kept.pop();
  }
  const title = kept.length < all.length ? kept.join(' - ') : docTitle;
  return { title: title || stated[0] || h1s[0] || '', siteSuffix };
}
