/**
 * The never-lose check, one definition for the test (test/never-lose.test.ts) and the
 * benchmark (bench:quality): Readability's body on the same page, its paragraphs, must come
 * back from Qingdu, in the article or recorded as removed, beyond what a site rule says is not
 * the article.
 */
import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import type { Article } from '../../utils/article';
import { BlockIndex } from '../../utils/extract/block-index';
import { covered } from './score';

// Paragraphs are lines this long: dates, prompts and labels are not the body.
const PARAGRAPH = 40;
/** The share of Readability's paragraphs Qingdu must give back. */
export const MIN_KEPT = 0.95;

const parse = (html: string, url: string): Document => new JSDOM(html, { url }).window.document;

function readabilityParagraphs(html: string, url: string): string[] {
  const content = new Readability(parse(html, url)).parse()?.content ?? '';
  const body = parse(`<body>${content}</body>`, url).body;
  // What is written inside a player (an <iframe>'s raw text, a <video>'s fallback) is never on
  // screen where the player works: not a paragraph (aeb 3d8f3404: escaped editor markup).
  for (const player of Array.from(body.querySelectorAll('iframe, video, audio'))) player.replaceChildren();
  return new BlockIndex(body)
    .lines()
    .map((l) => l.text)
    .filter((t) => t.length >= PARAGRAPH);
}

/** Everything Qingdu gives back: the article, every removal's text (restorable ones whole), credits, header. */
function accounted(a: Article): string {
  const removed = a.removals.map((r) => (r.html ? (JSDOM.fragment(r.html).textContent ?? '') : r.text));
  return [a.title, a.byline.join(' '), a.text, ...removed, ...a.credits.map((c) => `${c.role} ${c.names.join(' ')}`)].join('\n');
}

/** The share of Readability's paragraphs (weighed by length) that Qingdu gives back for this page. */
export function keptShare(html: string, url: string, a: Article): number {
  let paragraphs = readabilityParagraphs(html, url);
  // A site rule that names the article's body says, with its reason, that the rest is not the article.
  const only = a.removals.find((r) => r.pass === 'apply-site-rules' && / was read$/.test(r.reason))?.reason.match(/\((.+)\) was read$/)?.[1];
  if (only) {
    const content = Array.from(parse(html, url).querySelectorAll(only), (el) => el.textContent ?? '')
      .join('\n')
      .replace(/\s+/g, '');
    paragraphs = paragraphs.filter((p) => content.includes(p.replace(/\s+/g, '')));
  }
  const text = accounted(a);
  const total = paragraphs.reduce((n, p) => n + p.length, 0);
  return total ? paragraphs.reduce((n, p) => n + covered(text, p) * p.length, 0) / total : 1;
}
