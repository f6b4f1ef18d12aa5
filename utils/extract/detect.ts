import type { Detection, DetectionSignal } from '../article';
import { pathname } from '../url';
import { hasMarker } from './apply-site-rules';
import { LINK_DENSITY, weigh } from './links';
import { articleLd, metaContent } from './meta/page';
import { firstMatch } from './query';
import { SITE_RULES } from './site-rules';

/** What each signal weighs: for the article, against it, and the scores that decide. */
export const WEIGHTS = {
  jsonLdArticle: 3,
  ogTypeArticle: 2,
  /** Government metas (ArticleTitle, PubDate, ContentSource): one more than their count, at most this. */
  governmentMetasMax: 3,
  cmsMarker: 2,
  urlShape: 1.5,
  datedSourceLine: 2,
  textBody: 3,
  someText: 1,
  linkList: -4,
  gallery: -2,
  loginForm: -3,
  videoPlayer: -1,
  /** A page with a body is an article at this score; one with a little text needs `someTextScore`, or markup alone `markup`. */
  article: 3,
  someTextScore: 5,
  markup: 5,
  /** Images that make a page without a body a gallery. */
  galleryImages: 12,
  /** A story told in photos: at least `photoStoryFigures` figures with captions. */
  photoStory: 3,
  photoStoryFigures: 3,
} as const;

/** Figures holding a photo and its caption. */
function captionedFigures(doc: Document): number {
  let n = 0;
  for (const f of Array.from(doc.getElementsByTagName('figure')))
    if (f.getElementsByTagName('img').length && f.getElementsByTagName('figcaption')[0]?.textContent?.trim()) n++;
  return n;
}
const URL_SHAPES = [
  /content_\d+\.s?html?$/i,
  /\/20\d{2}-?\d{2}\/\d{2}\//,
  /\/t20\d{6}_\d+\.s?html?$/i,
  /\/a\/20\d{2}/,
  /\/20\d{2}\/\d{1,2}\/\d{1,2}\//,
  /\/(?:article|news|story)s?\/[^/]+\/?$/i,
  /\d{6,}\.(?:s?html?|aspx?|php)$/i,
];
const DATED_SOURCE = /(20\d{2}|1\d{2})\s*[年\-/.]\s*\d{1,2}\s*[月\-/.]\s*\d{1,2}.{0,40}[來来]源|[來来]源.{0,40}(20\d{2})\s*[年\-/.]\s*\d{1,2}/;
// Chinese and Japanese clauses; Korean uses Latin punctuation.
const CJK_PUNCT = /[，。、；：！？,.]/g;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
const SENTENCE = /\p{L}{2,}[,.;:!?]/u;
const SKIP_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
const ITEMS = new Set(['LI', 'DD']);

// How much article text makes a body: Han characters, or other characters (about five per
// Han character in reading time). A body is one container's run of paragraphs.
const BODY = { han: 120, other: 500 };
const SOME_TEXT = { han: 50, other: 250 };

interface Body {
  container: Element;
  /** Paragraphs, counted as credited (a half for the next container up). */
  blocks: number;
  han: number;
  other: number;
  /** The mass that came from items headed by a link (list entries). */
  listed: number;
}

/** A paragraph's text: CJK characters with clause punctuation, or a sentence elsewhere. (`han` counts kana and Hangul too.) */
function paragraphText(text: string): { han: number; other: number } | null {
  if (text.length < 20) return null;
  const han = text.match(CJK)?.length ?? 0;
  // Hard-wrapped text (old essays, e-mail bulletins) gives lines of 20–40 characters.
  const punct = text.match(CJK_PUNCT)?.length ?? 0;
  if ((han >= 30 && punct >= 2) || (han >= 20 && punct >= 1)) return { han, other: 0 };
  if (han < 10 && text.length >= 60 && SENTENCE.test(text)) return { han: 0, other: text.length };
  return null;
}

/** A caption's text, counted as a paragraph's is. */
function captionText(text: string): { han: number; other: number } | null {
  if (text.length < 6) return null;
  const han = text.match(CJK)?.length ?? 0;
  return han >= 4 ? { han, other: 0 } : { han: 0, other: text.length };
}

/**
 * A list item headed by a link: a story's headline with its summary, a search result. Its
 * first text is a link's, and it is small (an article body may also start with a link).
 */
function headedItem(item: Element): boolean {
  const link = firstTextLink(item, null);
  return !!link && (link.textContent ?? '').trim().length >= 4 && (item.textContent ?? '').length <= 400;
}

/** The link holding the first text under `el` (undefined: no text yet; null: the text is not linked). */
function firstTextLink(el: Element, link: Element | null): Element | null | undefined {
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3) {
      if (/\S/.test(n.nodeValue ?? '')) return link;
    } else if (n.nodeType === 1) {
      const found = firstTextLink(n as Element, link ?? ((n as Element).tagName === 'A' ? (n as Element) : null));
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/**
 * The container holding the most paragraph text. A paragraph counts fully toward its parent
 * (or the first ancestor that holds more than it: wrappers such as `<div><div><p>…</p></div></div>` are
 * skipped), a half toward
 * the next container up and a third toward the one above, much as Readability scores its
 * candidates: bodies split into nested boxes, one per paragraph, still gather. Summaries on a list page gather too, but each sits in an item headed by a
 * link, and `listed` says how much of a container's text came that way.
 */
function mainBody(own: Map<Element, string>): Body | null {
  const bodies = new Map<Element, Body>();
  const credit = (container: Element, share: number, size: { han: number; other: number }, listed: boolean): void => {
    const body = bodies.get(container) ?? { container, blocks: 0, han: 0, other: 0, listed: 0 };
    body.blocks += share;
    body.han += size.han * share;
    body.other += size.other * share;
    if (listed) body.listed += mass(size) * share;
    bodies.set(container, body);
  };
  for (const [el, raw] of own) {
    // A photo's caption is part of the story, however short (a photo essay is mostly captions).
    const size = paragraphText(raw.trim()) ?? (el.tagName === 'FIGCAPTION' ? captionText(raw.trim()) : null);
    if (!size) continue;
    let container = el.parentElement ?? el;
    while (container.childElementCount === 1 && container.parentElement) container = container.parentElement;
    const listed = headedItem(el) || headedItem(container);
    // Entries of a timeline (a live page's updates: a time, then text) are one body: the list.
    if (!listed && ITEMS.has(container.tagName) && container.parentElement) container = container.parentElement;
    credit(container, 1, size, listed);
    for (let up = container.parentElement, level = 2; up && level <= 3; up = up.parentElement, level++) credit(up, 1 / level, size, listed);
  }
  let best: Body | null = null;
  for (const body of bodies.values()) if (!best || mass(body) > mass(best)) best = body;
  return best;
}

const mass = (b: { han: number; other: number }): number => b.han * 5 + b.other;

/** Most of the text is summaries under headlines: a list of stories, not a story. */
const isList = (body: Body): boolean => body.listed >= 0.5 * mass(body);

const reaches = (b: Body, min: { han: number; other: number }): boolean => b.han / min.han + b.other / min.other >= 1;

/** Link density of a container's text (links.ts weighs it: Han three times). */
function linkDensity(el: Element): number {
  const t = { all: 0, linked: 0 };
  walkText(el, !!el.closest('a'), (text, inLink) => {
    const w = weigh(text);
    t.all += w;
    if (inLink) t.linked += w;
  });
  return t.all ? t.linked / t.all : 0;
}

/** Each text node under `el` with its parent and whether it is inside a link (code, styles and fallbacks skipped). */
function walkText(el: Element, inLink: boolean, visit: (text: string, inLink: boolean, parent: Element) => void): void {
  // Iterative: the detector reads the page before flatten-deep-nesting, at any depth.
  let links = 0;
  let n: Node | null = el.firstChild;
  while (n) {
    if (n.nodeType === 3) visit(n.nodeValue ?? '', inLink || links > 0, n.parentNode as Element);
    else if (n.nodeType === 1 && n.firstChild && !SKIP_TEXT.has((n as Element).tagName)) {
      if ((n as Element).tagName === 'A') links++;
      n = n.firstChild;
      continue;
    }
    while (n !== el && !n.nextSibling) {
      n = n.parentNode!;
      if (n !== el && (n as Element).tagName === 'A') links--;
    }
    n = n === el ? null : n.nextSibling;
  }
}

/** A JSON-LD @type as text, whatever the page put there (an array, an object nested thousands deep). */
function typeName(type: unknown): string {
  const names = (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
  return names.join(', ').slice(0, 100) || 'article';
}

/**
 * Is this page one article? Cheap (one walk over the text, no Readability) and explained:
 * every signal that fired is listed with its weight. The page must have a body of paragraph
 * text (or some text and strong markup evidence); the signals against (lists of links,
 * galleries, login forms) only count when it has none.
 */
export function detectArticle(doc: Document, url: string): Detection {
  return analyzePage(doc, url).detection;
}

/** The detection, and the container of the article's body when there is one (not a list). */
export function analyzePage(doc: Document, url: string): { detection: Detection; body: Element | null } {
  const signals: DetectionSignal[] = [];
  const add = (name: string, weight: number, detail?: string): void => {
    signals.push(detail ? { name, weight, detail } : { name, weight });
  };

  const ld = articleLd(doc);
  if (ld) add('json-ld-article', WEIGHTS.jsonLdArticle, typeName(ld['@type']));
  if (/article/i.test(metaContent(doc, 'og:type'))) add('og-type-article', WEIGHTS.ogTypeArticle);
  const gov = ['ArticleTitle', 'PubDate', 'ContentSource'].filter((n) => metaContent(doc, n));
  if (gov.length) add('government-metas', Math.min(WEIGHTS.governmentMetasMax, gov.length + 1), gov.join(', '));
  const cms = SITE_RULES.find((r) => r.articleMarker && hasMarker(doc, r));
  if (cms) add('cms-marker', WEIGHTS.cmsMarker, cms.id);
  const path = pathname(url);
  if (URL_SHAPES.some((r) => r.test(path))) add('url-shape', WEIGHTS.urlShape, path);

  // One walk over the text nodes: each element's own text, all text, text inside links.
  const own = new Map<Element, string>();
  let allChars = 0;
  let linkChars = 0;
  if (doc.body)
    walkText(doc.body, false, (text, inLink, parent) => {
      if (!/\S/.test(text)) return;
      const w = weigh(text);
      allChars += w;
      if (inLink) linkChars += w;
      own.set(parent, (own.get(parent) ?? '') + text);
    });
  let datedSource = false;
  for (const raw of own.values()) {
    const text = raw.trim();
    if (text.length < 120 && DATED_SOURCE.test(text)) {
      datedSource = true;
      break;
    }
  }
  if (datedSource) add('dated-source-line', WEIGHTS.datedSourceLine);
  const figures = firstMatch(doc, 'figure') ? captionedFigures(doc) : 0;
  if (figures >= WEIGHTS.photoStoryFigures) add('photo-story', WEIGHTS.photoStory, `${figures} captioned photos`);

  const body = mainBody(own);
  const density = body ? linkDensity(body.container) : 1;
  const describe = (b: Body): string =>
    `${Math.round(b.blocks)} paragraphs, ${b.han ? `${Math.round(b.han)} CJK characters` : `${Math.round(b.other)} characters`} in <${b.container.tagName.toLowerCase()}>`;
  let strongBody = false;
  let someBody = false;
  if (body && density <= LINK_DENSITY.maxBody && !isList(body)) {
    strongBody = reaches(body, BODY);
    someBody = strongBody || reaches(body, SOME_TEXT);
    if (strongBody) add('text-body', WEIGHTS.textBody, describe(body));
    else if (someBody) add('some-text', WEIGHTS.someText, describe(body));
  }

  // Against, when there is no body: pages made of links, pictures or forms.
  if (!strongBody) {
    const links = doc.getElementsByTagName('a').length;
    const share = linkChars / (allChars || 1);
    if (links >= LINK_DENSITY.pageLinks && share > LINK_DENSITY.page)
      add('link-list', WEIGHTS.linkList, `${links} links, ${Math.round(100 * share)}% link text`);
    const imgs = doc.getElementsByTagName('img').length;
    if (imgs >= WEIGHTS.galleryImages) add('gallery', WEIGHTS.gallery, `${imgs} images`);
    if (firstMatch(doc, 'input[type="password"]')) add('login-form', WEIGHTS.loginForm);
    if (firstMatch(doc, 'video, iframe[allowfullscreen]')) add('video-player', WEIGHTS.videoPlayer);
  }

  const score = signals.reduce((n, s) => n + s.weight, 0);
  // Text decides: a body alone is enough; a little text (a paywalled or very short story)
  // needs the page's own markup to say it is an article.
  const markup = signals.filter((s) => s.weight > 0 && s.name !== 'text-body' && s.name !== 'some-text').reduce((n, s) => n + s.weight, 0);
  const isArticle = strongBody ? score >= WEIGHTS.article : someBody && (score >= WEIGHTS.someTextScore || markup >= WEIGHTS.markup);
  return { detection: { isArticle, score, signals }, body: someBody && body ? body.container : null };
}
