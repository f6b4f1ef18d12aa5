import { textOf } from './blocks';
import { blocks, removeNode, type ArticleContext, type ArticlePass } from './context';
import { density, LINK_DENSITY, linkStats } from './links';
import { zhAny } from './zh';

const HEADING = new RegExp(
  `^[\\s【\\[]*(?:${zhAny(['相关阅读', '相关新闻', '相关文章', '相关链接', '相关报道', '延伸阅读', '推荐阅读', '热门推荐', '猜你喜欢', '更多新闻', '往期回顾', '今日热门新闻', '热门新闻', '24小时热文', '更多观点', '你可能感兴趣', '相关推荐'])}|related(?: articles| stories| news)?|read more|more stories|more|you may also like|don['’]t miss|recommended(?: for you)?|more great [\\w.]+ stories|more from (?:[\\w.]+ ?){1,3}|also on [\\w.]+)[\\s】\\]:：.…]*$`,
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
// A comment section's heading: what follows it to the end of its box is readers' comments.
const COMMENTS = new RegExp(
  `^[\\s【\\[]*(?:${zhAny(['网友评论', '读者评论', '用户评论', '热门评论', '全部评论', '评论区'])}|comments?|\\d+ comments?|join the (?:conversation|discussion)|leave a (?:comment|reply))[\\s】\\]:：]*$`,
  'i',
);
const LISTS = new Set(['UL', 'OL', 'DL']);

/** Is there text after `el` in `root`'s reading order? */
function textAfter(el: Element, root: Element): boolean {
  for (let node: Element | null = el; node && node !== root; node = node.parentElement) {
    for (let next = node.nextSibling; next; next = next.nextSibling) if (/\S/.test(next.textContent ?? '')) return true;
  }
  return false;
}

/** A list of stories under a related heading: most of its text linked, or a link in every item ("YouTubers must unionize, <a>no matter what Google says</a>"). */
function isLinkList(el: Element): boolean {
  if (density(linkStats(el)) > LINK_DENSITY.list) return true;
  const items = LISTS.has(el.tagName) ? Array.from(el.getElementsByTagName('li')) : [];
  return items.length >= 2 && items.every((li) => li.querySelector('a[href]'));
}
/** The next sibling with text (markers of removed blocks, rules and empty boxes are passed over). */
function nextWithText(el: Element | null): Element | null {
  let next = el?.nextElementSibling ?? null;
  while (next && !textOf(next)) next = next.nextElementSibling;
  return next;
}

/**
 * A comment section closing the article: its heading and everything after it in its box,
 * when nothing of the article follows the box (unseen live-rolling, en-small-town).
 */
function dropCommentSection(ctx: ArticleContext, heading: Element): boolean {
  const root = ctx.article;
  const box = heading.parentElement;
  if (!box || box === root || textAfter(box, root)) return false;
  const rest: Element[] = [];
  for (let next = heading.nextElementSibling; next; next = next.nextElementSibling) rest.push(next);
  removeNode(ctx, 'drop-related-links', 'comment section', heading);
  rest.forEach((el) => removeNode(ctx, 'drop-related-links', 'comment section', el));
  return true;
}

/**
 * Removes 相關閱讀 / 延伸閱讀 headings and the link lists that follow them, and blog sidebar
 * widgets (最新评论, 存档目录, Recent Posts…) with their lists (fixture cn-blog-sidebar). A
 * label and a link on one line is a line rule (rules/related-line).
 */
export const dropRelatedLinks: ArticlePass = {
  name: 'drop-related-links',
  phase: 'article',
  reads: [],
  writes: [],
  runsOn: 'both',
  run(ctx) {
    const root = ctx.article;
    const alone: Element[] = [];
    const index = blocks(ctx);
    // Headings are lines, or inline elements standing beside blocks (<span>最新评论</span><ul>…).
    const candidates = [...index.lines().map((l) => l.el), ...index.loose].sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
    for (const heading of candidates) {
      if (!root.contains(heading) || heading.childElementCount > 2) continue;
      const text = textOf(heading);
      if (COMMENTS.test(text) && dropCommentSection(ctx, heading)) continue;
      const widget = text.length <= MAX_WIDGET_HEADING && WIDGET.test(text);
      if (!widget && !HEADING.test(text)) continue;
      let next = nextWithText(heading);
      // A heading in a box of its own (<div><h3>Related</h3></div><ul>…): the box is what the list follows.
      const parent = heading.parentElement;
      const owner = parent && !heading.nextElementSibling && parent !== root && textOf(parent) === text ? parent : null;
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
      if (root.contains(heading) && !textAfter(heading, root)) removeNode(ctx, 'drop-related-links', 'related-links heading', heading);
    }
  },
};
