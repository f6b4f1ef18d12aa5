import { childElements, isBlock, leafBlocks } from './blocks';
import { removeNode, type Pass } from './context';

// Letters and digits count, a Han character as three (a word is one or two of them, and
// five or six letters); separators, brackets and spaces say nothing.
const WORDY = /[\p{L}\p{N}]/gu;
const HAN = /\p{Script=Han}/gu;
const wordy = (s: string | null): number => (s?.match(WORDY)?.length ?? 0) + 2 * (s?.match(HAN)?.length ?? 0);

// A link list: at least this many links, holding at least this share of its letters.
const MIN_LINKS = 3;
const LINKED_SHARE = 0.6;
// A paragraph of the article has at least this many letters outside links (twenty Han).
const BODY_LETTERS = 60;
// Lists and data tables are removed whole or not at all (one row of an infobox is not a link
// list); a table holding tables is layout (old portals), and its cells are looked into.
const WHOLE = new Set(['UL', 'OL', 'DL']);
// A paragraph is prose even when it is mostly links (hover cards repeat the names in it);
// one holding blocks is a wrapper (Readability turns a <div> of tables into a <p>).
const PROSE = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'FIGCAPTION', 'ADDRESS']);
// Node.DOCUMENT_POSITION_* (no global Node outside a browser).
const PRECEDING = 2;
const FOLLOWING = 4;
const CONTAINED_BY = 16;
const isWhole = (el: Element): boolean => WHOLE.has(el.tagName) || (el.tagName === 'TABLE' && !el.querySelector('table'));

interface Links {
  links: number;
  linked: number;
  /** Links to a place on the same page (#…): a table of contents, footnotes. */
  anchors: number;
  letters: number;
}

function linksOf(el: Element): Links {
  const out: Links = { links: 0, linked: 0, anchors: 0, letters: wordy(el.textContent) };
  for (const a of Array.from(el.querySelectorAll('a'))) {
    const n = wordy(a.textContent);
    if (!n) continue;
    out.links++;
    out.linked += n;
    if ((a.getAttribute('href') ?? '').startsWith('#')) out.anchors++;
  }
  return out;
}

const isLinkList = (el: Element, l: Links): boolean =>
  l.links >= MIN_LINKS && l.linked >= LINKED_SHARE * l.letters && l.anchors * 2 < l.links && !el.querySelector('th');

/**
 * Removes lists of links to other pages before the article's first paragraph or after its
 * last: headline lists (【头条】…), breadcrumbs, blogrolls, archives and category lists
 * that Readability keeps when a portal lays them out in the same table or column as the
 * article. A list between two paragraphs is the article's own and stays; so do tables of
 * contents, footnotes and data tables with headers. Fixture: cn-portal-headline-lists.
 */
export const dropLinkLists: Pass = {
  name: 'drop-link-lists',
  run(ctx) {
    const body = leafBlocks(ctx.root).filter((b) => {
      const l = linksOf(b);
      return l.letters - l.linked >= BODY_LETTERS;
    });
    // Before the article's first paragraph or after its last, not counting paragraphs inside
    // the list itself (a headline list may carry a summary under its first headline).
    const outsideBody = (el: Element): boolean => {
      let before = false;
      let after = false;
      for (const b of body) {
        const pos = el.compareDocumentPosition(b);
        if (pos & CONTAINED_BY) continue;
        if (pos & PRECEDING) before = true;
        else if (pos & FOLLOWING) after = true;
      }
      return before !== after;
    };
    const visit = (el: Element): void => {
      for (const child of childElements(el)) {
        if (!isBlock(child) || (PROSE.has(child.tagName) && !childElements(child).some(isBlock))) continue;
        if (outsideBody(child) && isLinkList(child, linksOf(child))) {
          removeNode(ctx, 'drop-link-lists', 'a list of links to other pages', child);
          continue;
        }
        if (!isWhole(child)) visit(child);
      }
    };
    visit(ctx.root);
  },
};
