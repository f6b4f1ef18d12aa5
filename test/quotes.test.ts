import { describe, expect, it } from 'vitest';
import { toCornerQuotes, toCurlyQuotes, withQuotes } from '../utils/convert/quotes';

describe('quotation marks by script', () => {
  it('turns quotes of Chinese text into corner brackets, nested ones into double brackets', () => {
    expect(toCornerQuotes('他說：“我們‘一定’會來。”')).toBe('他說：「我們『一定』會來。」');
    // Latin inside, Chinese beside: 據「CPU」指標
    expect(toCornerQuotes('據“CPU”指標')).toBe('據「CPU」指標');
    // Marks split over text nodes (“<a>新華社</a>”): each converted by its own neighbour.
    expect(toCornerQuotes('據“')).toBe('據「');
    expect(toCornerQuotes('”報道')).toBe('」報道');
  });

  it('leaves English quotes and apostrophes alone, also inside a Chinese paragraph', () => {
    expect(toCornerQuotes('He said “don’t go” and left.')).toBe('He said “don’t go” and left.');
    expect(toCornerQuotes('片名為 “The Xi’an Story” 的紀錄片')).toBe('片名為 “The Xi’an Story” 的紀錄片');
    expect(toCornerQuotes('沒有引號的句子。')).toBe('沒有引號的句子。');
  });

  it('turns corner brackets into curly quotes for Simplified, after the converter', () => {
    expect(toCurlyQuotes('他說：「我們『一定』會來。」')).toBe('他說：“我們‘一定’會來。”');
    const upper = (s: string): string => s.toUpperCase();
    expect(withQuotes(upper, 'cn')('「ok」')).toBe('“OK”');
    expect(withQuotes(upper, 'tw')('说“ok”吧')).toBe('说「OK」吧');
  });
});
