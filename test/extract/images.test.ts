import { describe, expect, it } from 'vitest';
import { brokenImageReason } from '../../utils/extract/images';
import { dropImages } from '../../utils/extract/drop-images';
import { dropLines } from '../../utils/extract/drop-lines';
import { lineIs } from '../helpers/rules';
import { resolveLazyImages } from '../../utils/extract/resolve-lazy-images';
import { articleContext, dom, pageContext } from '../helpers/dom';

const URL = 'http://news.example.cn/a/1.html';
const img = (attrs: string): Element => dom(`<img ${attrs}>`, URL).window.document.querySelector('img')!;

describe('brokenImageReason', () => {
  it.each([
    ['src=""', 'no image address'],
    ['', 'no image address'],
    ['src="/pic/ewm.gif" width="0" height="0"', 'spacer (declared 2 px or less)'],
    ['src="/images/spacer.gif"', 'placeholder or spacer image'],
    ['src="a.jpg" data-qd-broken="1"', 'failed to load on the page'],
    ['src="a.jpg" data-qd-spacer="1"', 'spacer (rendered 2 px or less)'],
    [`src="${URL}"`, 'address is the page itself'],
    ['src="javascript:alert(1)"', 'not an image address'],
  ])('%s -> %s', (attrs, reason) => {
    expect(brokenImageReason(img(attrs), URL, '1')).toBe(reason);
  });
  it('reads live marks only with this run’s token: a page cannot plant them', () => {
    expect(brokenImageReason(img('src="a.jpg" data-qd-broken="1"'), URL, 'f00d')).toBeNull();
    expect(brokenImageReason(img('src="a.jpg" data-qd-broken="1"'), URL)).toBeNull();
  });
  it('keeps real photos', () => {
    expect(brokenImageReason(img('src="/uploads/2024/04/photo.jpg" width="640"'), URL)).toBeNull();
  });
});

describe('drop-broken-images', () => {
  it('removes the image and its emptied paragraph, keeps captions of real photos', () => {
    const ctx = articleContext('<p id="e"><img src=""></p><figure><img src="/p.jpg"><figcaption>圖為現場</figcaption></figure>', URL);
    dropImages.run(ctx);
    expect(ctx.doc.getElementById('e')).toBeNull();
    expect(ctx.doc.querySelector('figcaption')?.textContent).toBe('圖為現場');
  });
});

describe('resolve-lazy-images', () => {
  it('moves data-original, data-src and file= into src when src is a placeholder', () => {
    const ctx = pageContext(
      '<img id="a" src="data:image/gif;base64,R0lGOD" data-original="/a.jpg"><img id="b" data-src="/b.jpg"><img id="c" src="/static/loading.gif" file="/c.jpg"><img id="d" src="/real.jpg" data-src="/other.jpg">',
      URL,
    );
    resolveLazyImages.run(ctx);
    const src = (id: string): string | null => ctx.doc.getElementById(id)!.getAttribute('src');
    expect([src('a'), src('b'), src('c'), src('d')]).toEqual(['/a.jpg', '/b.jpg', '/c.jpg', '/real.jpg']);
  });
});

describe('drop-share-prompts', () => {
  it('removes QR codes by file name or container, keeps WeChat-hosted photos', () => {
    const ctx = articleContext(
      '<div class="ewm"><img id="q1" src="/images/code.jpg"></div><img id="q2" src="/pic/ewm_jzw.gif"><img id="q3" src="/i/weixin_qr_404.jpg"><img id="ok" src="https://mmbiz.qpic.cn/mmbiz_jpg/abc/640?wx_fmt=jpeg">',
      URL,
    );
    dropLines.run(ctx);
    dropImages.run(ctx);
    expect(Array.from(ctx.doc.querySelectorAll('img')).map((i) => i.id)).toEqual(['ok']);
  });
  it('removes share and print lines, keeps sentences that mention sharing', () => {
    const ctx = articleContext(
      '<p>分享到：微信 微博</p><p>【打印本页】【关闭窗口】</p><p>Share on Facebook Twitter</p><p>分享经济在我市快速发展，共享单车投放量超过十万辆。</p>',
    );
    dropLines.run(ctx);
    dropImages.run(ctx);
    expect(ctx.article.textContent.trim()).toBe('分享经济在我市快速发展，共享单车投放量超过十万辆。');
  });
});

describe('isPromptLine', () => {
  it.each([
    '分享到：微信 微博 QQ空间',
    '【打印本页】【关闭窗口】',
    '分享 Facebook LINE 列印',
    '【字体：大 中 小】',
    'Share on Facebook Twitter',
    '【纠错】',
    '第1页/共1页',
    '<< 上一頁 | 下一頁 >>',
    '【发表评论】 浏览次数：1268',
    '您是本文第 154 个阅览者',
    '共 4 篇评论 发表评论 >>>',
    '当前位置：首页 > 南阳新闻 > 正文',
    '當前位置：首頁->軍事技術',
    '您现在的位置：首页 » 新闻中心 » 本地新闻 » 正文',
    'Whatsapp Facebook Pint Baixar',
    'Facebook | Twitter | LinkedIn | Email',
  ])('%s is a prompt', (line) => {
    expect(lineIs('drop-share-prompts', line)).toBe(true);
  });
  it.each([
    '分享经济在我市快速发展',
    '打印机市场回暖',
    '字体设计大赛开幕',
    'Print editions fell by half last year.',
    '关闭了三家工厂',
    '下一页内容更精彩',
    '本文阅读量超过十万次',
    '《播客热潮》已有1件评论',
    '当前位置：工程已完成八成，预计年底通车。',
    'Facebook, Twitter and WhatsApp were down',
    'Facebook Twitter WhatsApp Instagram Snapchat TikTok: where teens are',
  ])('%s is text', (line) => {
    expect(lineIs('drop-share-prompts', line)).toBe(false);
  });
});

describe('live evidence and lazy images', () => {
  it('ignores a spacer mark that belonged to the placeholder of a lazy image', () => {
    const ctx = articleContext('<img data-qd-spacer="tok" src="data:image/gif;base64,R0lGOD" data-src="/photo.jpg">', URL, 'tok');
    resolveLazyImages.run(ctx);
    dropImages.run(ctx);
    expect(ctx.doc.querySelector('img')?.getAttribute('src')).toBe('/photo.jpg');
  });
});
