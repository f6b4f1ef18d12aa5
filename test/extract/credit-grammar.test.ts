import { describe, expect, it } from 'vitest';
import { parseCreditSegments, parseCreditLine, splitCreditNames } from '../../utils/extract/credit-grammar';

describe('parseCreditLine', () => {
  it.each([
    ['總值班:馬秀清 |', [{ role: '總值班', names: ['馬秀清'] }]],
    ['統 籌:曾琳琳 |', [{ role: '統籌', names: ['曾琳琳'] }]],
    ['責 編:劉 佳 |', [{ role: '責編', names: ['劉佳'] }]],
    ['(责编：赵欣悦、孙红丽)', [{ role: '责编', names: ['赵欣悦', '孙红丽'] }]],
    [
      '责任编辑：王芳　审核：李强',
      [
        { role: '责任编辑', names: ['王芳'] },
        { role: '审核', names: ['李强'] },
      ],
    ],
    ['（編輯：張佳琪）1130508', [{ role: '編輯', names: ['張佳琪'] }]],
    ['【编辑：王丽】', [{ role: '编辑', names: ['王丽'] }]],
  ])('parses %s', (line, credits) => {
    expect(parseCreditLine(line)).toEqual(credits);
  });

  it.each([
    '编辑部表示，今年将继续做好新闻报道工作。',
    '市委书记审核了项目清单：共计十二项',
    '编辑：',
    '校对：2024年5月8日第三版出现错误，特此更正，并向读者致歉，感谢读者来信指正。',
    '!Γ簞ⅰ∮ |',
    '记者：张三',
  ])('rejects %s', (line) => {
    expect(parseCreditLine(line)).toBeNull();
  });
});

describe('parseCreditSegments', () => {
  it('reads credits among short bracketed prompts', () => {
    expect(parseCreditSegments('【纠错】 【责任编辑:王雪 】')).toEqual([{ role: '责任编辑', names: ['王雪'] }]);
  });
  it('rejects when another segment is real text', () => {
    expect(parseCreditSegments('【今日关注】市政府召开会议部署工作【编辑：王雪】')).toBeNull();
  });
});

describe('splitCreditNames', () => {
  it('joins a spaced-out single name and splits real lists', () => {
    expect(splitCreditNames('劉 佳')).toEqual(['劉佳']);
    expect(splitCreditNames('张三 李四')).toEqual(['张三', '李四']);
    expect(splitCreditNames('赵欣悦、孙红丽')).toEqual(['赵欣悦', '孙红丽']);
  });
});
