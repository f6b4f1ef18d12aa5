import type { AnyRule } from '../line-rules';
import { zhAny, zhSource } from '../zh';

// 扫码关注…公众号, 下载…客户端, 更多精彩请关注…, 点击进入专题 (Simplified or Traditional).
const PROMO = new RegExp(
  [
    `^[【\\[（(]?(?:${zhAny(['欢迎', '敬请', '请', '马上', '立即', '赶快', '快来'])})?(?:${zhAny(['扫描', '扫码', '扫一扫', '长按', '识别', '点击', '关注', '下载'])})[^。！？]{0,24}(?:${zhAny(['关注', '订阅', '下载', '二维码', '公众号', '客户端', 'APP', '小程序', '视频号'])})`,
    `^[【\\[（(]?(?:${zhAny(['更多', '欢迎', '敬请'])})[^。！？]{0,24}(?:${zhAny(['关注', '下载'])})[^。！？]{0,24}(?:${zhAny(['公众号', '客户端', 'APP', '微信', '微博', '视频号', '抖音', '头条号'])})`,
    `^[【\\[（(]?${zhSource('点击')}(?:${zhAny(['进入', '查看', '阅读'])})(?:${zhAny(['专题', '原文', '更多', '全文'])})`,
    // WeChat's own calls: 点个"在看"，让更多人看到.
    `^[【\\[（(]?(?:${zhAny(['点个', '点一下', '点击'])})[“"「]?(?:${zhAny(['在看', '赞', '分享'])})`,
  ].join('|'),
  'i',
);
const LIMITS = { maxChars: 80 };

/** 扫码关注公众号, 下载客户端, 点击进入专题 lines; "市民可关注公众号预约" stays (fixture cn-app-promos). */
export const appPromo: AnyRule = {
  id: 'app-promo',
  kind: 'drop-promos',
  where: 'any',
  reason: 'advert, newsletter, app or follow prompt',
  limits: LIMITS,
  test: (line) => line.text.length <= LIMITS.maxChars && PROMO.test(line.text),
};
