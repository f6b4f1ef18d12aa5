/**
 * The words of page furniture that news templates print as lines of their own: share and
 * print prompts, font-size switches, comment prompts, pagers, counters and breadcrumbs, in
 * either script. The line rules (rules/share-prompt, rules/pager-counter, rules/breadcrumb)
 * and the benchmarks' noise count read them here.
 */
import { zhAny, zhSource } from './zh';

// Words of share and print prompts. A line is a prompt when nothing but these, platform
// names, brackets and separators is on it: 【打印本页】【关闭窗口】, 分享到：微信 微博.
const SHARE_WORDS = [
  '分享到',
  '分享至',
  '分享',
  '打印本页',
  '打印',
  '列印',
  '关闭窗口',
  '关闭本页',
  '关闭',
  '收藏本页',
  '收藏',
  '纠错',
  '举报',
  '返回顶部',
  '返回首页',
  '扫一扫',
  '微信扫一扫',
  '扫码',
  '手机看新闻',
  '字号',
  '字体',
  '默认',
  '推荐给朋友',
  '发送给好友',
  '复制链接',
  // A live page's bar: 刷新 / 自动刷新 and its status.
  '自动刷新',
  '刷新',
  '直播中',
  '已结束',
].sort((a, b) => b.length - a.length);

// A font-size switch: 字号：大 中 小, 【字体：大 中 小】, 字級設定：小 中 大 特大, 字號 T T, A+ A-.
const SIZE = `(?:${zhAny(['特大', '较大', '标准'])}|[大中小]|[Tt]|A[+-]?)`;
const TEXT_SIZE = `${zhSource('字')}[号號体體型級级](?:${zhAny(['设定', '调整', '大小'])})?\\s*[:：]?\\s*[[【]?\\s*${SIZE}(?:\\s*[|｜/／]?\\s*${SIZE}){1,3}\\s*[\\]】]?|\\bA\\s*\\+\\s*A\\s*-`;
const SHARE = new RegExp(`${TEXT_SIZE}|${zhAny(SHARE_WORDS)}|\\b(?:share(?: on| this)?|print|email|tweet|copy link)\\b`, 'gi');
const PLATFORMS = /微信|微博|QQ空[间間]|QQ|朋友圈|豆瓣|Facebook|Twitter|X|LINE|WhatsApp|Weibo|Telegram|LinkedIn|Reddit/gi;
// A row of share buttons written out without a "share" word: three or more networks, and at
// most one other short word ("Whatsapp Facebook Pint Baixar").
const NETWORKS =
  /\b(?:facebook|twitter|whatsapp|pinterest|pint|linkedin|reddit|telegram|messenger|e-?mail|tumblr|flipboard|vk|weibo|wechat)\b|微信|微博|QQ空[间間]/gi;
const MIN_NETWORKS = 3;
const MAX_OTHER_WORD = 10;
const FILLER = /[\s\u00a0\u3000【】[\]()（）:：|｜,，、<>«»·•\-—]+/g;

// Comment prompts, pagers and counters: 【发表评论】, 第1页/共1页 << 上一页 | 下一页 >>,
// 浏览次数：1234, 您是本文第 154 个阅览者, 已有3条评论.
const COUNTER = new RegExp(
  [
    ...[
      '发表评论',
      '我要评论',
      '查看评论',
      '上一页',
      '下一页',
      '尾页',
      '首页',
      '返回目录',
      '返回列表',
      '回上一页',
      '返回上一页',
      '上一张',
      '下一张',
      '上一图',
      '下一图',
      '查看原图',
      '点击加载更多',
      '加载更多',
      '展开全文',
    ].map((w) => zhSource(w)),
    // A gallery's or pager's position: 1/4, 第2页.
    `\\b\\d{1,3}\\s*[/／]\\s*\\d{1,3}\\b`,
    `${zhSource('第')}\\s*\\d+\\s*${zhSource('页')}\\s*[/／]?\\s*${zhSource('共')}\\s*\\d+\\s*${zhSource('页')}`,
    `(?:${zhAny(['浏览', '阅读', '阅览', '点击', '访问', '点阅'])})(?:${zhSource('次数')}|${zhSource('数')}|${zhSource('量')})?\\s*[:：]?\\s*\\d+\\s*${zhSource('次')}?`,
    `${zhSource('已被阅读')}\\s*\\d+\\s*${zhSource('次')}`,
    `${zhSource('您是本')}[文帖]${zhSource('第')}\\s*\\d+\\s*[个個位]${zhSource('阅览')}?[者]`,
    `[共已有]+\\s*\\d+\\s*[篇件条條]${zhSource('评论')}`,
  ].join('|'),
  'g',
);

// A breadcrumb written out: 当前位置：首页 > 南阳新闻 > 正文, 您现在的位置：首页->军事技术.
const BREADCRUMB = new RegExp(
  `^(?:${zhAny(['当前位置', '您的位置', '你的位置', '您现在的位置', '你现在的位置', '现在位置', '所在位置'])})\\s*[:：].{0,80}(?:>|»|›|→|${zhSource('正文')}\\s*$)`,
);
const MAX_PROMPT = 60;

/** The share words, font-size switches, pagers and counters anywhere in a line (for taking them out of a header line). */
export const FURNITURE_WORDS = new RegExp(`${SHARE.source}|${COUNTER.source}`, 'gi');

export type FurnitureKind = 'share' | 'counter' | 'breadcrumb';

/** What kind of page furniture a whole line is, if it is nothing else. */
export function furnitureKind(text: string): FurnitureKind | null {
  if (BREADCRUMB.test(text)) return 'breadcrumb';
  if (text.length > MAX_PROMPT) return null;
  const networks = new Set(text.match(NETWORKS)?.map((n) => n.toLowerCase()));
  if (networks.size >= MIN_NETWORKS) {
    const rest = text.replace(NETWORKS, ' ').replace(FILLER, ' ').trim();
    if (!rest || (!/\s/.test(rest) && rest.length <= MAX_OTHER_WORD)) return 'share';
  }
  const share = SHARE.test(text);
  SHARE.lastIndex = 0;
  const counter = COUNTER.test(text);
  COUNTER.lastIndex = 0;
  if (!share && !counter) return null;
  if (text.replace(SHARE, ' ').replace(COUNTER, ' ').replace(PLATFORMS, ' ').replace(FILLER, '') !== '') return null;
  return share ? 'share' : 'counter';
}

// QR codes and share buttons, by file name, alt, class or container class (not by host:
// WeChat-hosted photos are real photos).
const QR = /(?:^|[\s_\-./])(?:qr|qrcode|qr_code|ewm|erweima|weixin|wechat|share)(?:[\s_\-./\d]|$)|二[维維][码碼]/i;

/** A QR code or a share button, by its file name, alt, title or class (its own or its boxes'). */
export function isShareImage(img: Element): boolean {
  const src = img.getAttribute('src') ?? '';
  const file = src.split(/[?#]/)[0]!.split('/').pop() ?? '';
  const around = [
    file,
    img.getAttribute('alt'),
    img.getAttribute('title'),
    img.getAttribute('class'),
    img.parentElement?.getAttribute('class'),
    img.parentElement?.parentElement?.getAttribute('class'),
  ];
  return around.some((v) => v && QR.test(v));
}
