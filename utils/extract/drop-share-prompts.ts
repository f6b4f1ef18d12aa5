import { leafBlocks, pruneEmptyAncestors, textOf } from './blocks';
import { removeNode, type Pass } from './context';
import { zhSource } from './zh';

const z = (words: string[]): string => words.map((w) => zhSource(w)).join('|');
// Whole short lines that are page furniture, not article text.
const PROMPT = new RegExp(
  `^[\\s【\\[(（]*(?:${z(['分享到', '分享至', '分享', '打印本页', '打印', '列印', '关闭窗口', '关闭本页', '收藏本页', '纠错', '举报', '返回顶部', '返回首页', '扫一扫', '扫码', '微信扫一扫', '手机看新闻', '字号', '字体', '上一篇', '下一篇'])})`,
);
const PLATFORMS = /微信|微博|QQ空[间間]|朋友圈|Facebook|Twitter|LINE|WhatsApp|Weibo/i;
// QR codes and share buttons, by file name, alt, class or container class (not by host:
// WeChat-hosted photos are real photos).
const QR = /(?:^|[\s_\-./])(?:qr|qrcode|qr_code|ewm|erweima|weixin|wechat|share)(?:[\s_\-./\d]|$)|二[维維][码碼]/i;

function isShareImage(img: Element): boolean {
  const src = img.getAttribute('src') ?? '';
  const file = src.split(/[?#]/)[0]!.split('/').pop() ?? '';
  const around = [file, img.getAttribute('alt'), img.getAttribute('title'), img.getAttribute('class'), img.parentElement?.getAttribute('class'), img.parentElement?.parentElement?.getAttribute('class')];
  return around.some((v) => v && QR.test(v));
}

/** Removes share/print/QR prompts and font-size switches. */
export const dropSharePrompts: Pass = {
  name: 'drop-share-prompts',
  run(ctx) {
    for (const block of leafBlocks(ctx.root)) {
      const text = textOf(block);
      if (text.length > 40) continue;
      if (PROMPT.test(text) || (text.length <= 30 && /分享|share/i.test(text) && PLATFORMS.test(text))) {
        const parent = block.parentElement;
        removeNode(ctx, 'drop-share-prompts', 'share, print or QR prompt', block);
        pruneEmptyAncestors(parent, ctx.root);
      }
    }
    for (const img of Array.from(ctx.root.querySelectorAll('img'))) {
      if (!isShareImage(img)) continue;
      const parent = img.parentElement;
      removeNode(ctx, 'drop-share-prompts', 'QR code or share button', img);
      pruneEmptyAncestors(parent, ctx.root);
    }
  },
};
