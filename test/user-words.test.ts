import { describe, expect, it } from 'vitest';
import { loadConverter } from '../utils/convert/load-converter';
import { formatWords, parseWords, withUserWords } from '../utils/convert/user-words';

describe('the user word list', () => {
  it('wins over the dictionary, longest source first, in any direction', async () => {
    const cn2tw = await loadConverter('cn', 'tw');
    expect(cn2tw('王干发表讲话')).toBe('王乾發表講話'); // what OpenCC does to the name 王干
    const mine = withUserWords(cn2tw, [
      ['王', '汪'],
      ['王干', '王干'],
    ]);
    expect(mine('王干发表讲话，王先生')).toBe('王干發表講話，汪先生');
    const t2cn = withUserWords(await loadConverter('t', 'cn'), [['乾淨', '乾淨']]);
    expect(t2cn('乾淨的鬱金香')).toBe('乾淨的郁金香');
  });
  it('gives a page nothing to read the list back with: characters of its own come out as they went in', async () => {
    const cn2tw = await loadConverter('cn', 'tw');
    const mine = withUserWords(cn2tw, [
      ['张三', '私密甲'],
      ['李四', '私密乙'],
    ]);
    // The private-use characters a placeholder scheme would map back to the list's entries.
    const probe = Array.from({ length: 64 }, (_, i) => String.fromCodePoint(0xf0000 + i, 0xe000 + i, 0x100000 + i)).join('');
    expect(mine(probe)).toBe(cn2tw(probe));
    expect(mine(`${probe}张三说`)).toBe(`${cn2tw(probe)}私密甲說`);
  });

  it('reads text with comments and says which lines are not pairs', () => {
    expect(parseWords('# names\n乾隆 乾隆\n\n李亦博\t李亦博 # the secretary\n一 二 三\n')).toEqual({
      pairs: [
        ['乾隆', '乾隆'],
        ['李亦博', '李亦博'],
      ],
      bad: [5],
    });
  });
  it('round-trips through its text form', () => {
    const pairs: [string, string][] = [
      ['乾隆', '乾隆'],
      ['軟件', '軟體'],
    ];
    expect(parseWords(formatWords(pairs)).pairs).toEqual(pairs);
  });
});
