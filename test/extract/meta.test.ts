import { describe, expect, it } from 'vitest';
import { readByline, splitNames } from '../../utils/extract/meta/byline';
import { readDate, toIso } from '../../utils/extract/meta/date';
import { readSource } from '../../utils/extract/meta/site';
import { readTitle } from '../../utils/extract/meta/title';
import { dom } from '../helpers/dom';

const page = (head: string, body = ''): Document => dom(`<html><head>${head}</head><body>${body}</body></html>`).window.document;

describe('readTitle', () => {
  it.each([
    ['精準破解難題 優化服務保障--焦作網', '精準破解難題 優化服務保障', '焦作網'],
    ['精準破解難題 優化服務保障_焦作網', '精準破解難題 優化服務保障', '焦作網'],
    ['4月份规模以上工业增加值同比增长6.7%--财经--人民网', '4月份规模以上工业增加值同比增长6.7%', '人民网'],
    ['水利部启动洪水防御Ⅳ级应急响应-新华网', '水利部启动洪水防御Ⅳ级应急响应', '新华网'],
    ['政院通過修正草案 | 政治 | 中央社 CNA', '政院通過修正草案', '中央社 CNA'],
    ['老城区的早点铺子 « 白河边的博客', '老城区的早点铺子', '白河边的博客'],
    ['Notes from the road » Jane’s blog', 'Notes from the road', 'Jane’s blog'],
    ['COVID-19 cases fall in the city', 'COVID-19 cases fall in the city', ''],
  ])('%s', (title, want, suffix) => {
    const r = readTitle(page(`<title>${title}</title>`));
    expect(r.title).toBe(want);
    expect(r.siteSuffix).toBe(suffix);
  });
  it('prefers a headline the page states when the title starts with it', () => {
    expect(readTitle(page('<title>標題 甲乙 — 報</title><meta name="ArticleTitle" content="標題 甲乙">')).title).toBe('標題 甲乙');
  });
});

describe('toIso', () => {
  it.each([
    ['2024-04-23 08:35', '+08:00', '2024-04-23T08:35:00+08:00'],
    ['2024年04月23日 08:35', '+08:00', '2024-04-23T08:35:00+08:00'],
    ['2024年05月08日05:12', '+08:00', '2024-05-08T05:12:00+08:00'],
    ['發布日期：113-05-08 14:30', '+08:00', '2024-05-08T14:30:00+08:00'],
    ['民國113年5月8日', '+08:00', '2024-05-08T00:00:00+08:00'],
    ['2024-05-07T18:30:00-04:00', '+08:00', '2024-05-07T18:30:00-04:00'],
    ['2024-05-07T18:30:00Z', null, '2024-05-07T18:30:00Z'],
    ['2024-05-07 18:30', null, '2024-05-07T18:30:00'],
    ['Saturday, October 12th, 2024 \u00a0 07:45 am', '+08:00', '2024-10-12T07:45:00+08:00'],
    ['Nov. 20, 2019, 9:28 PM UTC', null, '2019-11-20T21:28:00Z'],
    ['Updated 12:30 a.m. on Sept. 3, 2021', null, '2021-09-03T00:00:00'],
    ['12 May 2024 at 12:05 a.m.', null, '2024-05-12T00:05:00'],
    ['Published November 20th, 2019 - 07:29 GMT', null, '2019-11-20T07:29:00Z'],
  ])('%s', (raw, zone, want) => {
    expect(toIso(raw, zone)).toBe(want);
  });
  it.each(['2024-13-01', '1899-01-01', 'tel 0391-1234567', 'Oct 32, 2024', 'may 5 hours ago'])('rejects %s', (raw) => {
    expect(toIso(raw, null)).toBeNull();
  });
});

describe('readDate', () => {
  it('uses JSON-LD before metas and text', () => {
    const d = page(
      '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-05-03T16:45:00+08:00"}</script><meta name="PubDate" content="2024-01-01">',
    );
    expect(readDate(d, '+08:00')).toBe('2024-05-03T16:45:00+08:00');
  });
  it('reads a dated 來源 line when there is no meta', () => {
    expect(readDate(page('', '<p>2023年1月1日</p><h1>標題</h1><p>2024年04月23日 08:35 來源:焦作日報</p>'), '+08:00')).toBe('2024-04-23T08:35:00+08:00');
  });
  it('reads a post date written in English before the comments’ dates (fixture cn-blog-sidebar)', () => {
    const body = '<p>Saturday, October 12th, 2024 07:45 am</p><h2>老城区的早点铺子</h2><p>正文。</p><p>— 老街坊 (2024-10-12 09:10:31)</p>';
    expect(readDate(page('', body), '+08:00')).toBe('2024-10-12T07:45:00+08:00');
  });
});

describe('readByline', () => {
  it.each([
    ['<p>(記者翟倩倩、焦嬌)</p>', ['翟倩倩', '焦嬌']],
    ['<p>本报记者 陈晓明 通讯员 刘伟</p>', ['陈晓明', '刘伟']],
    ['<p>新华社北京5月8日电（记者王雪、李明）记者8日从水利部获悉，入汛以来多条河流发生超警洪水。</p>', ['王雪', '李明']],
    ['<p>（中央社記者林志豪台北8日電）行政院今天召開院會。</p>', ['林志豪']],
    ['<div>时间:2024-03-18 来源:县农业农村局 作者:张明 点击:3</div>', ['张明']],
    // The role repeated after the field's colon (fixture cn-portal-headline-lists).
    ['<div>2024-06-12 09:30　来源：南阳日报　作者：记者 刘静</div>', ['刘静']],
    ['<div>發布時間：2024-06-12　作者：本報記者　陳靜</div>', ['陳靜']],
    ['<p>By Jane Doe and John Roe</p>', ['Jane Doe', 'John Roe']],
    // A newspaper before the role, a place or 发自 after the names.
    ['<p>光明日报记者 王建宏 张文攀</p>', ['王建宏', '张文攀']],
    ['<p>新京报记者 彭冲 山东冠县报道</p>', ['彭冲']],
    ['<p>顶端新闻·河南商报记者马俊峰/文</p>', ['马俊峰']],
    ['<p>本报记者罗科苏盈发自北京</p>', ['罗科苏盈']],
    ['<p>正文。</p><p>（姚峰 上海报道）</p>', ['姚峰']],
    ['<p>“所有的改革难道不都是利益再分配的过程吗？”（姚峰 上海报道）</p>', ['姚峰']],
    ['<p>正文。</p><p>(王雪、李明 北京报道)</p>', ['王雪', '李明']],
    ['<p>正文。</p><p>（本报综合报道）</p>', []],
    // The next field of the line is not a name; neither is a notice or an interview question.
    ['<p>作者：芊草凡凡 时间：2005-08-22 19:13:18</p>', ['芊草凡凡']],
    ['<p>作者须知</p><p>文章 作者:zboygirl 阅读(1660)</p>', ['zboygirl']],
    ['<p>记者：比如农业政策、农机之类的信息，你怎样看？</p>', []],
  ])('%s', (body, names) => {
    expect(readByline(page('', body), '')).toEqual(names);
  });
  it('ignores a meta author that is the site', () => {
    expect(readByline(page('<meta name="author" content="焦作網">'), '焦作網')).toEqual([]);
  });
  it('splits names', () => {
    expect(splitNames('翟倩倩 焦嬌')).toEqual(['翟倩倩', '焦嬌']);
  });
  it('keeps only what can be a name (Readability reads bylines from class names)', () => {
    expect(splitNames('By Jane Doe')).toEqual(['Jane Doe']);
    expect(splitNames("Conan O'Brien and Mary-Jane Roe")).toEqual(["Conan O'Brien", 'Mary-Jane Roe']);
    expect(splitNames('By Maria Lopez and Sam O’Neill - 11/20/19 1:39 AM EST')).toEqual(['Maria Lopez', 'Sam O’Neill']);
    expect(splitNames('TOM KRISHER, AP Auto Writer')).toEqual(['TOM KRISHER']);
    for (const junk of [
      'size="20"',
      '单位：中国社会科学院研究生院',
      '■该作者文章',
      '颇黎秀才能力值:127',
      'L_104485',
      '大汉网络',
      '云南日报报业集团',
      '受访者供图',
    ])
      expect(splitNames(junk), junk).toEqual([]);
  });
});

describe('readSource', () => {
  it('reads ContentSource, then a 來源 line', () => {
    expect(readSource(page('<meta name="ContentSource" content="焦作日報">'))).toBe('焦作日報');
    expect(readSource(page('', '<p>2024-05-08 10:20　来源：河南日报　【字体：大 中 小】</p>'))).toBe('河南日报');
  });
});
