import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../cli/extract-html';
import { PASSES } from '../../utils/extract';
import { removeNode, type Pass } from '../../utils/extract/context';
import { coverage } from '../../utils/extract/keep-article';

const PARAS = [
  '城东片区老旧小区改造项目近日全面开工，涉及小区四十六个、楼栋三百二十栋，惠及居民一万二千余户，计划于今年十一月底前完成主体改造。',
  '此次改造分为基础类、完善类和提升类三个层次，重点解决供水、排水、供电、燃气等管网老化问题，同步整治屋面渗漏和外墙脱落。',
  '为减少施工对居民生活的影响，施工单位实行错峰作业，每天中午和晚上八点后停止高噪声作业，并在每个小区设立现场服务站。',
  '据悉，今年全市计划改造老旧小区一百一十个，目前已开工八十七个，其余项目将在七月底前全部开工，确保年内完成任务。',
];
const NAV =
  '<nav><ul>' +
  ['首页', '要闻', '城事', '经济', '文化', '视频', '专题', '图片'].map((w, i) => `<li><a href="/${i}">${w}频道</a></li>`).join('') +
  '</ul></nav>';
const PAGE = `<html><head><title>城东片区老旧小区改造全面开工</title></head><body>${NAV}<div id="print">${PARAS.map((p) => `<p>${p}</p>`).join('')}</div><article><h1>城东片区老旧小区改造全面开工</h1><div id="story">${PARAS.map((p) => `<p>${p}</p>`).join('')}</div></article><footer>版权所有</footer></body></html>`;
const URL = 'https://news.example.cn/city/2024-06/12/content_8852.htm';

/** The pipeline with a pass that goes wrong: it removes `selector` from the page before Readability. */
const breaking = (selector: string): Pass[] => {
  const bad: Pass = {
    name: 'drop-wrongly',
    phase: 'page',
    reads: [],
    writes: [],
    runsOn: 'both',
    risky: true,
    run: (ctx) => ctx.page.querySelectorAll(selector).forEach((el) => removeNode(ctx, 'drop-hidden', 'a pass gone wrong', el)),
  };
  const at = PASSES.findIndex((p) => p.name === 'extract-credits');
  return [...PASSES.slice(0, at), bad, ...PASSES.slice(at)];
};

describe('the article is never lost (keep-article)', () => {
  it('runs again cleaning less when a pass removed the body, and says so', () => {
    const a = extractFromHtml(PAGE.replace('<div id="print">', '<div id="x">').replace(/<div id="x">.*?<\/div>/, ''), URL, { passes: breaking('article') });
    for (const p of PARAS) expect(a.text).toContain(p);
    expect(a.cleanedLess).toBe('body');
    expect(a.removals.at(-1)).toMatchObject({
      pass: 'keep-article',
      reason: expect.stringMatching(/^cleaned less than usual: the page passes removed most/) as unknown,
    });
  });

  it('runs again when the copy kept of a removed duplicate never reached the article', () => {
    // The print copy goes as a duplicate of the article's; then a broken pass removes the article's.
    const a = extractFromHtml(PAGE, URL, { passes: breaking('#story') });
    for (const p of PARAS) expect(a.text).toContain(p);
    expect(a.cleanedLess).toBe('copy');
  });

  it('leaves a good result alone', () => {
    const a = extractFromHtml(PAGE, URL);
    expect(a.cleanedLess).toBeUndefined();
    expect(a.removals.some((r) => r.pass === 'keep-article')).toBe(false);
    for (const p of PARAS) expect(a.text.split(p)).toHaveLength(2);
  });

  it('measures coverage in pieces of letters', () => {
    const body = PARAS.join('').replace(/[，。、]/g, '');
    expect(coverage(body, body)).toBe(1);
    expect(coverage(body, body.slice(0, body.length / 2))).toBeLessThan(0.6);
    expect(coverage(body, '')).toBe(0);
  });
});
