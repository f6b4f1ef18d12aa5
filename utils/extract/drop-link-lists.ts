import { childElements, isBlock } from './blocks';
import { blocks, removeNode, type ArticlePass } from './context';
import { addStats, LINK_DENSITY, NO_LINKS, type LinkStats } from './links';

// Lists and data tables are removed whole or not at all (one row of an infobox is not a link
// list); a table holding tables is layout (old portals), and its cells are looked into.
const WHOLE = new Set(['UL', 'OL', 'DL']);
// A paragraph is prose even when it is mostly links (hover cards repeat the names in it);
// one holding blocks is a wrapper (Readability turns a <div> of tables into a <p>).
const PROSE = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'FIGCAPTION', 'ADDRESS']);
const isWhole = (el: Element): boolean => WHOLE.has(el.tagName) || (el.tagName === 'TABLE' && !el.querySelector('table'));

const isLinkList = (el: Element, l: LinkStats): boolean =>
  l.links >= LINK_DENSITY.minLinks && l.linked >= LINK_DENSITY.list * l.letters && l.anchors * 2 < l.links && !el.querySelector('th');

/**
 * Removes lists of links to other pages before the article's first paragraph or after its
 * last: headline lists (【头条】…), breadcrumbs, blogrolls, archives and category lists
 * that Readability keeps when a portal lays them out in the same table or column as the
 * article. A list between two paragraphs is the article's own and stays; so do tables of
 * contents, footnotes and data tables with headers. Fixture: cn-portal-headline-lists.
 */
export const dropLinkLists: ArticlePass = {
  name: 'drop-link-lists',
  phase: 'article',
  reads: [],
  writes: [],
  runsOn: 'both',
  run(ctx) {
    const index = blocks(ctx);
    const lines = index.lines();
    // Link figures of lines first..last, from running sums.
    const sums: LinkStats[] = [NO_LINKS];
    for (const l of lines) sums.push(addStats(sums[sums.length - 1]!, l.links));
    const of = (first: number, last: number): LinkStats => {
      const a = sums[first]!;
      const b = sums[last + 1]!;
      return { links: b.links - a.links, linked: b.linked - a.linked, anchors: b.anchors - a.anchors, letters: b.letters - a.letters };
    };
    // The article's paragraphs: lines with text of their own outside links.
    const body = lines.flatMap((l, i) => (l.links.letters - l.links.linked >= LINK_DENSITY.bodyLetters ? [i] : []));
    if (!body.length) return;
    const firstBody = body[0]!;
    const lastBody = body[body.length - 1]!;
    const ranges = index.ranges();
    // Before the article's first paragraph or after its last, not counting paragraphs inside
    // the list itself (a headline list may carry a summary under its first headline).
    const outsideBody = ([first, last]: [number, number]): boolean => firstBody < first !== lastBody > last;
    const visit = (el: Element): void => {
      for (const child of childElements(el)) {
        const range = ranges.get(child);
        if (!range || !isBlock(child) || (PROSE.has(child.tagName) && !childElements(child).some(isBlock))) continue;
        if (outsideBody(range) && isLinkList(child, of(range[0], range[1]))) {
          removeNode(ctx, 'drop-link-lists', 'a list of links to other pages', child);
          continue;
        }
        if (!isWhole(child)) visit(child);
      }
    };
    visit(ctx.article);
  },
};
