import { leafBlocks, pruneEmptyAncestors, textOf } from './blocks';
import { removeNode, type Pass } from './context';
import { inline } from './serialize';
import { zhAny } from './zh';

const HEADING = new RegExp(
  `^[\\s【\\[]*(?:${zhAny(['相关阅读', '相关新闻', '相关文章', '相关链接', '相关报道', '延伸阅读', '推荐阅读', '热门推荐', '猜你喜欢', '更多新闻', '往期回顾'])}|related(?: articles| stories| news)?|read more|more stories|more|you may also like|don['’]t miss|recommended(?: for you)?|more great [\\w.]+ stories|more from (?:[\\w.]+ ?){1,3}|also on [\\w.]+)[\\s】\\]:：.…]*$`,
  'i',
);
// A line that is a label and a link to another story: "Read more: …", "[Related: …]",
// "SEE MORE: …", "Also on rt.com …", "On HoustonChronicle.com: …", "Tags <links>",
// 相关阅读：《…》. Most of what follows the label is linked.
const INLINE = new RegExp(
  `^[\\s【\\[（(]*(?:(?:${zhAny(['相关阅读', '相关新闻', '相关链接', '相关报道', '延伸阅读', '推荐阅读', '标签'])}|read more|see more|related|also read|more|tags)\\s*[:：]|also on [\\w.]+\\s|on [\\w-]+\\.(?:com|org|net|co\\.uk)\\s*:|tags\\s)`,
  'i',
);
// A blog's sidebar widgets, which old blog templates put in the post's own column: what
// follows such a heading is the widget's list, whatever share of it is linked (recent
// comments quote the comments). The blog's name may come first: [太小心]存档目录,
// 对[太小心]文章的最新评论.
const WIDGET = new RegExp(
  `^.{0,12}(?:${zhAny(['最新评论', '最新文章', '最新日志', '最近文章', '最新回复', '文章归档', '存档目录', '日志归档', '文章分类', '日志分类', '个人类别', '分类目录', '标签云', '标签', '友情链接', '热门文章', '随机文章'])})[\\s】\\]:：]*$|^(?:recent (?:posts|comments|entries)|archives|categories|blogroll|tag cloud|tags)[\\s:]*$`,
  'i',
);
const MAX_WIDGET_HEADING = 24;
const LISTS = new Set(['UL', 'OL', 'DL']);

/** A line's text with its <br>s as spaces ("Tags<br><a>…" is "Tags …", not "Tags…"). */
const lineText = (el: Element): string => inline(el).replace(/\s+/g, ' ').trim();

/** Is there text after `el` in `root`'s reading order? */
function textAfter(el: Element, root: Element): boolean {
  for (let node: Element | null = el; node && node !== root; node = node.parentElement) {
    for (let next = node.nextSibling; next; next = next.nextSibling) if (/\S/.test(next.textContent ?? '')) return true;
  }
  return false;
}

const linkedText = (el: Element): number => Array.from(el.querySelectorAll('a')).reduce((n, a) => n + textOf(a).length, 0);

/** A list of stories under a related heading: most of its text linked, or a link in every item ("YouTubers must unionize, <a>no matter what Google says</a>"). */
function isLinkList(el: Element): boolean {
  if (linkedText(el) > 0.6 * textOf(el).length) return true;
  const items = LISTS.has(el.tagName) ? Array.from(el.querySelectorAll('li')) : [];
  return items.length >= 2 && items.every((li) => li.querySelector('a[href]'));
}
/** The next sibling with text (markers of removed blocks, rules and empty boxes are passed over). */
function nextWithText(el: Element | null): Element | null {
  let next = el?.nextElementSibling ?? null;
  while (next && !textOf(next)) next = next.nextElementSibling;
  return next;
}

/**
 * Removes 相關閱讀 / 延伸閱讀 headings and the link lists that follow them, lines that are a
 * label and a link to another story, and blog sidebar widgets (最新评论, 存档目录, Recent
 * Posts…) with their lists (fixture cn-blog-sidebar).
 */
export const dropRelatedLinks: Pass = {
  name: 'drop-related-links',
  run(ctx) {
    for (const line of leafBlocks(ctx.root)) {
      const text = lineText(line);
      const label = INLINE.exec(text);
      const rest = text.length - (label?.[0].length ?? 0);
      if (!label || rest < 2 || linkedText(line) < 0.5 * rest) continue;
      const parent = line.parentElement;
      removeNode(ctx, 'drop-related-links', 'related-links line', line, text);
      pruneEmptyAncestors(parent, ctx.root);
    }
    const alone: Element[] = [];
    for (const heading of Array.from(ctx.root.querySelectorAll('h2, h3, h4, h5, h6, p, div, strong, b, span'))) {
      if (!ctx.root.contains(heading) || heading.childElementCount > 2) continue;
      const text = textOf(heading);
      const widget = text.length <= MAX_WIDGET_HEADING && WIDGET.test(text);
      if (!widget && !HEADING.test(text)) continue;
      let next = nextWithText(heading);
      // A heading in a box of its own (<div><h3>Related</h3></div><ul>…): the box is what the list follows.
      const parent = heading.parentElement;
      const owner = parent && !heading.nextElementSibling && parent !== ctx.root && textOf(parent) === text ? parent : null;
      if (owner) next = nextWithText(owner);
      const lists: Element[] = [];
      while (next && ((widget && LISTS.has(next.tagName)) || isLinkList(next))) {
        lists.push(next);
        next = nextWithText(next);
      }
      if (!lists.length) {
        if (!widget) alone.push(owner ?? heading);
        continue;
      }
      const kind = widget ? 'blog sidebar' : 'related-links';
      removeNode(ctx, 'drop-related-links', `${kind} heading`, owner ?? heading);
      lists.forEach((l) => removeNode(ctx, 'drop-related-links', `${kind} list`, l));
    }
    // A heading Readability took the list from, left closing the article; last first, since
    // removing one may leave another closing it.
    for (const heading of alone.reverse()) {
      if (ctx.root.contains(heading) && !textAfter(heading, ctx.root)) removeNode(ctx, 'drop-related-links', 'related-links heading', heading);
    }
  },
};
