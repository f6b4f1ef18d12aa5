import { describe, expect, it } from 'vitest';
import { DuplicateIndex, hasText, leafBlocks, normKey, textOf } from '../../utils/extract/blocks';
import { dom } from '../helpers/dom';

describe('normKey', () => {
  it('ignores spacing and punctuation in either width', () => {
    expect(normKey('統 籌:曾琳琳 |')).toBe(normKey('統籌：曾琳琳'));
    expect(normKey('Hello, World!')).toBe('helloworld');
  });
});

describe('hasText', () => {
  it('agrees with textOf: full-width and no-break spaces are not text, a zero-width space is', () => {
    const d = dom('<p> \u00a0\u3000\n</p><p>\u3000字</p><p>\u200b</p><p><span> </span></p>').window.document;
    const ps = Array.from(d.querySelectorAll('p'));
    expect(ps.map(hasText)).toEqual([false, true, true, false]);
    expect(ps.map((p) => !!textOf(p))).toEqual(ps.map(hasText));
  });
});

describe('leafBlocks', () => {
  it('returns the innermost blocks with text, in document order', () => {
    const d = dom('<div><p>one</p><div><p>two</p><p></p></div><table><tr><td>three</td></tr></table></div>').window.document;
    expect(leafBlocks(d.body).map((b) => b.textContent)).toEqual(['one', 'two', 'three']);
  });
});

describe('DuplicateIndex', () => {
  const para =
    '市委書記李亦博實地調研部分三十工程項目建設強調要堅持項目為王實干為要強化責任意識效率觀念緊盯年度目標任務精準高效破解難題優化服務凝心聚力推動項目建設提質增效';
  it('finds exact repeats of short lines', () => {
    const i = new DuplicateIndex();
    expect(i.check('總值班馬秀清', 0)).toBeUndefined();
    expect(i.check('總值班馬秀清', 1)).toBe(0);
  });
  it('finds a long line repeated with a garbled character', () => {
    const i = new DuplicateIndex();
    i.add(para, 0);
    expect(i.find(para.replace('調研', '調�'))).toBe(0);
  });
  it('does not call a short line inside a long one a copy', () => {
    const i = new DuplicateIndex();
    i.add(para + para.split('').reverse().join(''), 0);
    expect(i.find(para)).toBeUndefined();
  });
  it('needs short lines to match exactly', () => {
    const i = new DuplicateIndex();
    i.add('mealprepmenuforeatingplana', 0);
    expect(i.find('mealprepmenuforeatingplanb')).toBeUndefined();
  });
  it('does not match unrelated lines', () => {
    const i = new DuplicateIndex();
    i.add(para, 0);
    expect(i.find('今年一季度全市經濟運行穩中向好主要指標增速高於全省平均水平市統計局發布的數據顯示')).toBeUndefined();
  });
});
