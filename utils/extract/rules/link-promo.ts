import type { AnyRule } from '../line-rules';
import { zhAny } from '../zh';

// An action a promotion asks for: download, click, sign up, take part.
const ACTION = new RegExp(
  `${zhAny(['下载', '点我', '按我', '立即', '马上', '订阅', '活动办法', '抽奖', '中奖', '领取', '注册', '登录'])}|\\b(?:download|subscribe|sign up|get the app|install)\\b|\\bAPP\\b`,
  'i',
);
const LIMITS = { maxChars: 80, linked: 0.9 };

/**
 * A line made of nothing but links that asks the reader to download, click or take part:
 * 不用抽 不用搶 現在用APP看新聞 / 點我下載APP / 按我看活動辦法 (unseen tw-ltn-style). A line of
 * links without such a word (a list of names) stays.
 */
export const linkPromo: AnyRule = {
  id: 'link-promo',
  kind: 'drop-promos',
  where: 'any',
  reason: 'advert, newsletter, app or follow prompt',
  limits: LIMITS,
  test: (line) =>
    line.text.length <= LIMITS.maxChars && line.links.links >= 1 && line.links.linked >= LIMITS.linked * line.links.letters && ACTION.test(line.text),
};
