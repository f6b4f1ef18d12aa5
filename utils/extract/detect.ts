import type { Detection, DetectionSignal } from '../article';
import { pathname } from '../url';
import { articleLd, metaContent } from './meta/page';

// Markers of article templates of Chinese CMSs.
const CMS_MARKERS = '.TRS_Editor, .TRS_UEDITOR, founder-content, #ozoom, .rm_txt_con, #detail, #p-detail';
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
const CJK_PUNCT = /[，。、；：！？,]/g;
const HAN = /\p{Script=Han}/gu;
const SKIP_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** Founder's e-paper CMS wraps the body in <!--enpcontent--> comments. */
function hasComment(doc: Document, pattern: RegExp): boolean {
  if (!doc.body) return false;
  const walker = doc.createTreeWalker(doc.body, 128 /* SHOW_COMMENT */);
  for (let n = walker.nextNode(), i = 0; n && i < 500; n = walker.nextNode(), i++) if (pattern.test(n.nodeValue ?? '')) return true;
  return false;
}

/**
 * Is this page one article? Cheap (one pass over paragraphs, no Readability) and
 * explained: every signal that fired is listed with its weight.
 */
export function detectArticle(doc: Document, url: string): Detection {
  const signals: DetectionSignal[] = [];
  const add = (name: string, weight: number, detail?: string): void => {
    signals.push(detail ? { name, weight, detail } : { name, weight });
  };

  const ld = articleLd(doc);
  if (ld) add('json-ld-article', 3, String(ld['@type']));
  if (/article/i.test(metaContent(doc, 'og:type'))) add('og-type-article', 2);
  const gov = ['ArticleTitle', 'PubDate', 'ContentSource'].filter((n) => metaContent(doc, n));
  if (gov.length) add('government-metas', Math.min(3, gov.length + 1), gov.join(', '));
  const cms = doc.querySelector(CMS_MARKERS);
  if (cms) add('cms-marker', 2, cms.tagName.toLowerCase() + (cms.id ? '#' + cms.id : ''));
  else if (hasComment(doc, /enpcontent/)) add('cms-marker', 2, 'enpcontent');
  const path = pathname(url);
  if (URL_SHAPES.some((r) => r.test(path))) add('url-shape', 1.5, path);

  // Paragraph evidence: long, punctuated text blocks (CJK or Latin), from one walk over the
  // text nodes: each element's own text, all text, and text inside links.
  const own = new Map<Element, string>();
  let allChars = 0;
  let linkChars = 0;
  if (doc.body) {
    const walker = doc.createTreeWalker(doc.body, 4 /* SHOW_TEXT */);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement;
      const text = n.nodeValue ?? '';
      if (!parent || SKIP_TEXT.has(parent.tagName) || !text.trim()) continue;
      allChars += text.length;
      if (parent.closest('a')) linkChars += text.length;
      own.set(parent, (own.get(parent) ?? '') + text);
    }
  }
  let longBlocks = 0;
  let bodyChars = 0;
  let datedSource = false;
  for (const raw of own.values()) {
    const text = raw.trim();
    if (!datedSource && text.length < 120 && DATED_SOURCE.test(text)) datedSource = true;
    if (text.length < 40) continue;
    const han = text.match(HAN)?.length ?? 0;
    const punct = text.match(CJK_PUNCT)?.length ?? 0;
    // A Chinese paragraph: 30+ Han characters with clause punctuation. A Latin one: a
    // 120+ character sentence.
    if ((han >= 30 && punct >= 2) || (han < 10 && text.length >= 120 && /[a-z]{2,}[,.;:!?]/i.test(text))) {
      longBlocks++;
      bodyChars += text.length;
    }
  }
  if (datedSource) add('dated-source-line', 2);
  if (longBlocks >= 3) add('text-blocks', 3, `${longBlocks} blocks, ${bodyChars} characters`);
  else if (longBlocks >= 1) add('text-blocks', 1.5, `${longBlocks} blocks, ${bodyChars} characters`);

  // Against: pages made of links (portals, channel lists, search results).
  const links = doc.getElementsByTagName('a').length;
  allChars ||= 1;
  if (links >= 40 && linkChars / allChars > 0.5 && bodyChars < linkChars)
    add('link-list', -4, `${links} links, ${Math.round((100 * linkChars) / allChars)}% link text`);
  const imgs = doc.getElementsByTagName('img').length;
  if (imgs >= 20 && bodyChars < 500) add('gallery', -2, `${imgs} images`);
  if (doc.querySelector('input[type="password"]')) add('login-form', -3);

  const score = signals.reduce((n, s) => n + s.weight, 0);
  return { isArticle: score >= 3 && longBlocks >= 1, score, signals };
}
