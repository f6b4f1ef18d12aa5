import { textOf } from './blocks';
import { removeNode, type Pass } from './context';
import { zhSource } from './zh';

const HEADING = new RegExp(
  `^[\\s【\\[]*(?:${['相关阅读', '相关新闻', '相关文章', '相关链接', '延伸阅读', '推荐阅读', '热门推荐', '猜你喜欢', '更多新闻', '往期回顾'].map((w) => zhSource(w)).join('|')}|related(?: articles| stories| news)?|read more|more stories)[\\s】\\]:：]*$`,
  'i',
);

function linkDensity(el: Element): number {
  const total = textOf(el).length || 1;
  const linked = Array.from(el.querySelectorAll('a')).reduce((n, a) => n + textOf(a).length, 0);
  return linked / total;
}

/** Removes 相關閱讀 / 延伸閱讀 headings and the link lists that follow them. */
export const dropRelatedLinks: Pass = {
  name: 'drop-related-links',
  run(ctx) {
    for (const heading of Array.from(ctx.root.querySelectorAll('h2, h3, h4, h5, h6, p, div, strong, b, span'))) {
      if (!ctx.root.contains(heading) || !HEADING.test(textOf(heading)) || heading.childElementCount > 2) continue;
      let next = heading.nextElementSibling;
      const owner = heading.parentElement && !heading.nextElementSibling && heading.parentElement !== ctx.root ? heading.parentElement : null;
      if (owner) next = owner.nextElementSibling;
      const lists: Element[] = [];
      while (next && textOf(next) && linkDensity(next) > 0.6) {
        lists.push(next);
        next = next.nextElementSibling;
      }
      if (!lists.length) continue;
      removeNode(ctx, 'drop-related-links', 'related-links heading', owner ?? heading);
      lists.forEach((l) => removeNode(ctx, 'drop-related-links', 'related-links list', l));
    }
  },
};
