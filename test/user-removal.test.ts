import { describe, expect, it } from 'vitest';
import { parseHtml } from '../cli/extract-html';
import { emptyArticle } from '../utils/article';
import { withRestored } from '../utils/clip/restored';
import { sanitizeToFragment } from '../utils/sanitize';
import { applyUserRules, removableBlocks, removeBlock, ruleText } from '../utils/user-removal';

const win = parseHtml('', 'about:blank').window as unknown as Window;
const article = {
  ...emptyArticle('http://news.example.cn/a/1.html'),
  isArticle: true,
  html: '<p>第一段正文，讲的是事情的经过。</p><p>扫码关注本报微信公众号</p><ul><li>要点一</li><li>要点二</li></ul><p>最后一段正文。<span data-qd-removed="0"></span></p>',
  removals: [{ pass: 'drop-lines', reason: 'disclaimer', text: '免责声明', html: '<p>免责声明</p>' }],
};

describe('removing a block by hand, and rules for a site', () => {
  it('removes the picked block, lists it as yours, and Restore puts it back in the clip', () => {
    const root = win.document.createElement('div');
    root.append(sanitizeToFragment(article.html, win));
    const n = removableBlocks(root).findIndex((el) => el.textContent === '扫码关注本报微信公众号');
    const next = removeBlock(article, n, win)!;
    expect(next.text).not.toContain('扫码关注');
    expect(next.text).toContain('最后一段正文');
    expect(next.removals.at(-1)).toMatchObject({ pass: 'user', reason: 'removed by you', text: '扫码关注本报微信公众号' });
    expect(next.html).toContain('<span data-qd-removed="1"></span>');
    expect(withRestored(next, new Set([1]), win).text).toContain('扫码关注本报微信公众号');
    expect(removeBlock(article, 99, win)).toBeNull();
  });

  it('keeps a block’s text as a rule and applies it to the site’s next article', () => {
    const holder = win.document.createElement('div');
    holder.append(sanitizeToFragment('<p>  扫码关注本报微信公众号 </p>', win));
    const rule = ruleText(holder.firstElementChild!)!;
    expect(rule).toBe('扫码关注本报微信公众号');
    const ruled = applyUserRules(article, [rule, '不在这篇文章里的话'], win);
    expect(ruled.text).not.toContain('扫码关注');
    expect(ruled.removals.at(-1)).toMatchObject({ pass: 'user-rule', text: '扫码关注本报微信公众号' });
    // Punctuation and spaces do not matter; a partial line never matches.
    expect(applyUserRules(article, ['扫码关注本报 微信公众号！'], win).text).not.toContain('扫码关注');
    expect(applyUserRules(article, ['扫码关注'], win)).toBe(article);
    holder.replaceChildren(sanitizeToFragment(`<p>${'很长'.repeat(300)}</p>`, win));
    expect(ruleText(holder.firstElementChild!)).toBeNull();
  });
});
