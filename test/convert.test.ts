import { describe, expect, it } from 'vitest';
import { convertDom } from '../utils/convert/convert-dom';
import { loadConverter, memoized } from '../utils/convert/load-converter';
import { directionFor, langIn, likelyTarget } from '../utils/convert/targets';
import { detectScript } from '../utils/script-detect';
import { dom } from './helpers/dom';

describe('directionFor', () => {
  it('converts Traditional pages from their region and Simplified pages from cn', () => {
    expect(directionFor('hant', 'cn', 'http://www.jzrb.com/')).toEqual({ from: 't', to: 'cn' });
    expect(directionFor('hant', 'cn', 'https://www.cna.com.tw/')).toEqual({ from: 'tw', to: 'cn' });
    expect(directionFor('hans', 'tw')).toEqual({ from: 'cn', to: 'tw' });
    expect(directionFor('hans', 'cn')).toBeNull();
    expect(directionFor('hant', 'original')).toBeNull();
    expect(directionFor('none', 'cn')).toBeNull();
  });
});

describe('langIn', () => {
  it('tags a Chinese article with the script shown, and leaves a page without Han text in its own language', () => {
    expect(langIn('hant', 'zh-Hant', 'original')).toBe('zh-Hant');
    expect(langIn('hant', 'zh-Hant', 'cn')).toBe('zh-Hans');
    expect(langIn('hans', 'zh-Hans', 'hkp')).toBe('zh-Hant-HK');
    expect(langIn('none', 'en-US', 'tw')).toBe('en-US');
  });
});

describe('converters', () => {
  it('convert both ways and are cached', async () => {
    const t2s = await loadConverter('t', 'cn');
    expect(t2s('精準破解難題 優化服務保障')).toBe('精准破解难题 优化服务保障');
    expect(await loadConverter('t', 'cn')).toBe(t2s);
    const s2twp = await loadConverter('cn', 'twp');
    expect(s2twp('我们的软件')).toBe('我們的軟體');
  });
});

describe('convertDom', () => {
  it('converts text and alt, skips code, and restores exactly', async () => {
    const d = dom('<div id="r"><p>記者翟倩倩<b>報道</b></p><img alt="維港景色"><code>體</code></div>').window.document;
    const root = d.getElementById('r')!;
    const before = root.outerHTML;
    const converted = convertDom(root, await loadConverter('t', 'cn'));
    expect(root.querySelector('p')!.textContent).toBe('记者翟倩倩报道');
    expect(root.querySelector('img')!.getAttribute('alt')).toBe('维港景色');
    expect(root.querySelector('code')!.textContent).toBe('體');
    expect(converted.original(root.querySelector('p')!.firstChild as Text)).toBe('記者翟倩倩');
    converted.restore();
    expect(root.outerHTML).toBe(before);
  });
});

describe('detectScript', () => {
  it.each([
    ['市委書記李亦博實地調研部分項目建設，強調要堅持項目為王、實干為要。', 'hant'],
    ['市委书记李亦博实地调研部分项目建设，强调要坚持项目为王、实干为要。', 'hans'],
    ['The quick brown fox.', 'none'],
  ])('%s -> %s', (text, script) => {
    expect(detectScript(text).script).toBe(script);
  });
});

describe('likelyTarget (the converter built while the popup is idle)', () => {
  it('is 简体 for Traditional pages and the reader’s own 繁體 for Simplified ones', () => {
    expect(likelyTarget('hant', 'zh-TW')).toBe('cn');
    expect(likelyTarget('hans', 'zh-TW')).toBe('tw');
    expect(likelyTarget('hans', 'zh-HK')).toBe('hk');
    expect(likelyTarget('hans', 'en-US')).toBe('tw');
    expect(likelyTarget('none', 'zh-CN')).toBeNull();
  });
});

describe('memoized', () => {
  it('converts each string once, and starts afresh past its limit', () => {
    let calls = 0;
    const fn = memoized((s) => {
      calls++;
      return s.toUpperCase();
    }, 2);
    expect([fn('a'), fn('a'), fn('b'), fn('a')]).toEqual(['A', 'A', 'B', 'A']);
    expect(calls).toBe(2);
    fn('c'); // over the limit: forgets
    fn('a');
    expect(calls).toBe(4);
  });
});
