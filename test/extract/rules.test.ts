import { describe, expect, it } from 'vitest';
import { dropEdgeLines } from '../../utils/extract/drop-edge-lines';
import { dropImages } from '../../utils/extract/drop-images';
import { dropLines } from '../../utils/extract/drop-lines';
import { articleContext, bodyText } from '../helpers/dom';

/** What is left of an article after the line rules (and the image pass), and why each line went. */
function clean(html: string, meta: { title?: string; byline?: string[]; source?: string } = {}) {
  const ctx = articleContext(html);
  ctx.meta = { ...ctx.meta, ...meta };
  dropLines.run(ctx);
  dropEdgeLines.run(ctx);
  dropImages.run(ctx);
  return { text: bodyText(ctx), reasons: ctx.removals.map((r) => r.reason) };
}

const P = '<p>市政府今天召开常务会议，研究部署近期重点工作，要求各部门抓好落实。</p>';

describe('link-promo', () => {
  it('removes a line made only of links that asks for a download or a click', () => {
    const line = '<p><a href="/app">不用抽 不用搶 現在用APP看新聞 保證天天中獎</a> <a href="/app">點我下載APP</a> <a href="/rules">按我看活動辦法</a></p>';
    expect(clean(P + line + P).text).toBe(
      `${P}${P}`
        .replace(/<\/?p>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    );
  });
  it('keeps a line of links that asks for nothing, and a sentence with a link', () => {
    expect(clean(`${P}<p><a href="/a">张三</a> <a href="/b">李四</a></p>`).text).toContain('张三 李四');
    expect(clean(`${P}<p>市民可<a href="/app">下载客户端</a>查询公交到站时间，目前已覆盖全部线路。</p>`).text).toContain('市民可下载客户端');
  });
});

describe('player-placeholder', () => {
  it.each(['视频加载中，请稍候...', '視頻載入中', 'Loading video…', '您的浏览器不支持视频播放'])('removes %s', (line) => {
    expect(clean(`<p>${line}</p>${P}`).reasons).toEqual(['a media player’s loading text']);
  });
  it('keeps a sentence about loading', () => {
    expect(clean('<p>码头正在加载集装箱，预计今晚完成装船作业。</p>').reasons).toEqual([]);
  });
});

describe('hashtag-line', () => {
  it('removes a line of hashtags, keeps a sentence with one', () => {
    expect(clean(`${P}<p>#港鐵 #新列車</p>`).reasons).toEqual(['tags']);
    expect(clean(`${P}<p>網民在社交平台以 #港鐵 分享乘車經驗，討論熱烈。</p>`).reasons).toEqual([]);
  });
});

describe('page-fields', () => {
  it('removes the page’s own fields, keeps a sentence naming a source', () => {
    expect(clean(`${P}<p>資料維護：職業安全衛生署</p><p>最後更新日期：2024/05/16</p>`).reasons).toHaveLength(2);
    expect(clean(`${P}<p>資料來源：主計總處、勞動部</p>`).reasons).toEqual([]);
  });
});

describe('end-mark and closing-meta (the tail)', () => {
  it('removes 完 and the date-and-time lines closing a release', () => {
    const r = clean(`${P}${P}<p>完</p><p>2024年6月18日（星期二）</p><p>香港時間16時30分</p>`);
    expect(r.reasons).toEqual([
      'an end mark',
      'repeats the date, byline or source shown in the header',
      'repeats the date, byline or source shown in the header',
    ]);
  });
  it('removes a closing source line, keeps a reporter line and a document’s date of issue', () => {
    expect(clean(`${P}<p>文章来源：星洲日报·2024.08.22</p>`, { source: '星洲日报' }).reasons).toHaveLength(1);
    expect(clean(`${P}<p>（记者 孙悦）</p>`, { byline: ['孙悦'] }).reasons).toEqual([]);
    expect(clean(`${P}<p>南阳市人民政府办公室</p><p>2024年10月25日</p>`).reasons).toEqual([]);
  });
  it('keeps a line that only ends with 完', () => {
    expect(clean(`${P}<p>工程已全部完</p>`).reasons).toEqual([]);
  });
});

describe('repeats-lead', () => {
  it('removes a 导读 box the first paragraph repeats, keeps one that says something else', () => {
    const lead = '今年我省计划新建改建农村公路五千公里，让群众出行更便捷。';
    expect(clean(`<div>【导读】${lead}</div><p>${lead}这是记者从全省会议上获悉的。</p>${P}`).reasons).toEqual(['a summary box repeated by the article']);
    expect(clean(`<div>【导读】全省交通投资创新高。</div><p>${lead}</p>${P}`).reasons).toEqual([]);
  });
});

describe('repeats-header-meta', () => {
  it('takes a font-size switch and a newsroom role out of a header line', () => {
    expect(clean(`<p>2024-03-21 16:42:08 来源：南州网 作者：郑晓峰 字号：大 中 小</p>${P}${P}`, { source: '南州网', byline: ['郑晓峰'] }).reasons).toHaveLength(
      1,
    );
    expect(clean(`<p>何志文 本報特約評論員</p>${P}${P}`, { byline: ['何志文'] }).reasons).toHaveLength(1);
    expect(clean(`<p>Dana Whitfield Courier staff · Published 6:45 p.m. ET March 6, 2024</p>${P}${P}`, { byline: ['Dana Whitfield'] }).reasons).toHaveLength(1);
  });
});

describe('shop buttons in captions (drop-images)', () => {
  it('removes Buy Photo from a caption, keeps the caption', () => {
    const r = clean(`<figure><img src="/a.jpg"><figcaption>The empty lot on Route 9. <a href="/buy">Buy Photo</a></figcaption></figure>${P}`);
    expect(r.text).toContain('The empty lot on Route 9.');
    expect(r.text).not.toContain('Buy Photo');
  });
});
