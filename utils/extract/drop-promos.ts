import { leafBlocks, pruneEmptyAncestors, textOf } from './blocks';
import { removeNode, type Pass } from './context';
import { zhAny, zhSource } from './zh';

// Whole lines that are page furniture wherever they stand.
const FURNITURE = new RegExp(
  `^[\\s【\\[（(]*(?:advert(?:isement)?|sponsored(?: content)?|subscribe|sign up|continue reading(?: the main story| below)?|story continues below(?: \\w+)?|` +
    `this slideshow requires javascript|skip to content|scroll to continue(?: with content)?|sign in|log in|breaking news|latest news|top stories|most popular|image copyright|image caption|media caption|caption|close|loading(?: content)?(?:\\s*\\.\\.\\.|…)?|media playback is unsupported on your device|${zhAny(['广告', '推广', '阅读原文'])})[\\s.!:：】\\]）)]*$`,
  'i',
);

// A call to action: a line that starts with the verb and names what it sells.
const EN_ACTION = /^(?:sign up|subscribe|click|tap|get|join|download|follow|want more|like this story|love this story|listen to)\b/i;
const EN_OFFER =
  /\b(?:newsletters?|inbox|alerts|subscri(?:be|ption)|our|us|the (?:(?!app\b)[\w.’']+ ){1,3}app|on the go|youtube channel|forums?|magazine|delivered|full coverage)\b|^follow\b.{0,60}\b(?:on|at) (?:twitter|facebook|instagram|youtube|tiktok)\b/i;
const MAX_EN = 220;

// 扫码关注…公众号, 下载…客户端, 更多精彩请关注…, 点击进入专题 (Simplified or Traditional).
const ZH_PROMO = new RegExp(
  [
    `^[【\\[（(]?(?:${zhAny(['欢迎', '敬请', '请'])})?(?:${zhAny(['扫描', '扫码', '扫一扫', '长按', '识别', '点击', '关注', '下载'])})[^。！？]{0,24}(?:${zhAny(['关注', '订阅', '下载', '二维码', '公众号', '客户端', 'APP', '小程序', '视频号'])})`,
    `^[【\\[（(]?(?:${zhAny(['更多', '欢迎', '敬请'])})[^。！？]{0,24}(?:${zhAny(['关注', '下载'])})[^。！？]{0,24}(?:${zhAny(['公众号', '客户端', 'APP', '微信', '微博', '视频号', '抖音', '头条号'])})`,
    `^[【\\[（(]?${zhSource('点击')}(?:${zhAny(['进入', '查看', '阅读'])})(?:${zhAny(['专题', '原文', '更多', '全文'])})`,
  ].join('|'),
  'i',
);
const MAX_ZH = 80;

// Screen-reader labels inside a figure: <span>Image copyright</span> Getty Images (BBC).
const IMAGE_LABEL = /^(?:image|media|photo|video) (?:copyright|caption|source)$/i;

/** Is this whole line an advert label, a newsletter/app/subscription call or a 关注/下载 prompt? */
export function isPromoLine(text: string): boolean {
  if (FURNITURE.test(text)) return true;
  if (text.length <= MAX_EN && EN_ACTION.test(text) && EN_OFFER.test(text)) return true;
  return text.length <= MAX_ZH && ZH_PROMO.test(text);
}

/**
 * Removes promotions the site puts in the article: "Advertisement", "Continue Reading Below",
 * newsletter and app calls ("Get breaking news alerts…", "CLICK HERE TO GET THE FOX NEWS
 * APP"), and 扫码关注公众号 / 下载客户端 / 点击进入专题 lines. Whole lines only; "Get it on
 * Amazon for $39.99" and "市民可关注公众号预约" stay (tests).
 */
export const dropPromos: Pass = {
  name: 'drop-promos',
  run(ctx) {
    for (const block of leafBlocks(ctx.root)) {
      if (!isPromoLine(textOf(block))) continue;
      const parent = block.parentElement;
      removeNode(ctx, 'drop-promos', 'advert, newsletter, app or follow prompt', block);
      pruneEmptyAncestors(parent, ctx.root);
    }
    // The labels share their line with the credit or caption they name: found by tag, not as lines.
    for (const span of Array.from(ctx.root.getElementsByTagName('span'))) {
      if (IMAGE_LABEL.test(textOf(span)) && ctx.root.contains(span)) removeNode(ctx, 'drop-promos', 'image label', span);
    }
  },
};
