import type { AnyRule } from '../line-rules';
import { zhAny } from '../zh';

// Whole lines that are page furniture wherever they stand: advert labels and the one-word
// labels of templates (Sign In, Image caption, Close, Loading…, BREAKING NEWS).
const LABEL = new RegExp(
  `^[\\s【\\[（(]*(?:advert(?:isement)?|sponsored(?: content)?|subscribe|sign up|continue reading(?: the main story| below)?|story continues below(?: \\w+)?|` +
    `this slideshow requires javascript|skip to content|scroll to continue(?: with content)?|sign in|log in|breaking news|latest news|top stories|most popular|image copyright|image caption|media caption|caption|close|loading(?: content)?(?:\\s*\\.\\.\\.|…)?|media playback is unsupported on your device|${zhAny(['广告', '推广', '阅读原文', '会员登录', '登录', '注册', '已经加入会员', '加入会员'])})[\\s.!:：】\\]）)]*$`,
  'i',
);

/** "Advertisement", 广告, "Continue reading the main story", "Sign In" as lines of their own (fixture en-local-news). */
export const advertLabel: AnyRule = {
  id: 'advert-label',
  kind: 'drop-promos',
  where: 'any',
  reason: 'advert, newsletter, app or follow prompt',
  test: (line) => LABEL.test(line.text),
};
