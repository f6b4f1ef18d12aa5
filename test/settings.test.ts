import { describe, expect, it } from 'vitest';
import { DEFAULTS, nextTheme, readingMinutes, scriptFor, validSettings, type Theme } from '../utils/settings';

describe('settings', () => {
  it('are the defaults when storage holds nothing or garbage', () => {
    expect(validSettings(undefined)).toEqual(DEFAULTS);
    expect(validSettings('x')).toEqual(DEFAULTS);
  });
  it('keep valid values, clamp numbers and drop what is not valid', () => {
    const s = validSettings({ theme: 'dark', size: 99, lineHeight: 'tall', script: 'tw', sites: { 'a.cn': 'cn', 'b.tw': 'klingon' }, indent: 'yes' });
    expect(s).toMatchObject({ theme: 'dark', size: 28, lineHeight: DEFAULTS.lineHeight, script: 'tw', sites: { 'a.cn': 'cn' }, indent: false });
  });
  it("open an article in its site's script, else the default", () => {
    const s = validSettings({ script: 'tw', sites: { 'www.jzrb.com': 'cn' } });
    expect(scriptFor(s, 'http://www.jzrb.com/news/1.htm')).toBe('cn');
    expect(scriptFor(s, 'https://www.cna.com.tw/a')).toBe('tw');
  });
});

describe('the theme key (T)', () => {
  it('moves to a theme that looks different from the one on screen', () => {
    const cycle = (dark: boolean): Theme[] => {
      const seen: Theme[] = ['system'];
      for (let i = 0; i < 4; i++) seen.push(nextTheme(seen.at(-1)!, dark));
      return seen;
    };
    expect(cycle(false)).toEqual(['system', 'sepia', 'dark', 'system', 'sepia']);
    expect(cycle(true)).toEqual(['system', 'light', 'sepia', 'dark', 'light']);
    expect(nextTheme('light', false)).toBe('sepia');
  });
});

describe('reading time', () => {
  it('counts about 275 Han characters or 230 words a minute, at least one', () => {
    expect(readingMinutes('字'.repeat(2750))).toBe(10);
    expect(readingMinutes('word '.repeat(690))).toBe(3);
    expect(readingMinutes('短')).toBe(1);
  });
});
