import { describe, expect, it } from 'vitest';
import { BlockIndex } from '../../utils/extract/block-index';
import { hasText, normKey, textOf } from '../../utils/extract/blocks';
import { DuplicateIndex } from '../../utils/extract/duplicate-index';
import { articleContext, dom } from '../helpers/dom';
import { removeNode } from '../../utils/extract/context';

describe('normKey', () => {
  it('ignores spacing and punctuation in either width', () => {
    expect(normKey('統 籌:曾琳琳 |')).toBe(normKey('統籌：曾琳琳'));
    expect(normKey('Hello, World!')).toBe('helloworld');
  });
  it('ignores zero-width characters: a paragraph of them is empty', () => {
    expect(normKey('\u200b\ufeff\u200d')).toBe('');
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

describe('BlockIndex', () => {
  it('lists the innermost blocks with text, in document order', () => {
    const d = dom('<div><p>one</p><div><p>two</p><p></p></div><table><tr><td>three</td></tr></table></div>').window.document;
    expect(new BlockIndex(d.body).lines().map((l) => l.text)).toEqual(['one', 'two', 'three']);
  });
  it('does not read script, style, template or noscript text as lines', () => {
    const d = dom('<div><script>var a = "正文";</script></div><noscript><p>fallback copy</p></noscript><template><p>t</p></template><p>real</p>').window
      .document;
    expect(new BlockIndex(d.body).lines().map((l) => l.text)).toEqual(['real']);
  });
  it('keeps current when a line is removed, and a box left with loose text becomes a line', () => {
    const ctx = articleContext('<div id="box"><p>Tom Krisher, AP Auto Writer</p><span>Updated 1:39 am</span></div><p>Text.</p><p>More.</p>');
    const index = new BlockIndex(ctx.article);
    ctx.index = index;
    removeNode(ctx, 'drop-header-repeats', 'test', ctx.doc.querySelector('p')!);
    expect(index.lines().map((l) => [l.el.id || l.el.tagName, l.text])).toEqual([
      ['box', 'Updated 1:39 am'],
      ['P', 'Text.'],
      ['P', 'More.'],
    ]);
  });
  it('marks every line inside a removed container dead', () => {
    const ctx = articleContext('<ul id="l"><li>a</li><li>b</li></ul><p>c</p>');
    ctx.index = new BlockIndex(ctx.article);
    removeNode(ctx, 'drop-link-lists', 'test', ctx.doc.getElementById('l')!);
    expect(ctx.index.lines().map((l) => l.text)).toEqual(['c']);
  });
  it('reads a line with its <br>s as spaces, and its links weighed (Han three times)', () => {
    const d = dom('<p>Tags<br><a href="/a">bridge</a> <a href="/b">城市</a></p>').window.document;
    const [line] = new BlockIndex(d.body).lines();
    expect(line!.spaced).toBe('Tags bridge 城市');
    expect(line!.links).toEqual({ links: 2, linked: 6 + 6, anchors: 0, letters: 4 + 6 + 6 });
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
