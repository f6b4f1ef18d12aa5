/**
 * Quotation marks as each script writes them: 「」『』 in Traditional Chinese (Taiwan, Hong
 * Kong), “”‘’ in Simplified. Only quotes that open or close Chinese text change: a pair is
 * converted when a Chinese character stands next to either of its marks; English quotes and
 * apostrophes (don’t) stay. Corner brackets are Chinese only and always become curly quotes
 * in Simplified. An option (Settings), off by default.
 */
import type { ConvertFn } from './engine';
import type { Locale } from './targets';

// Han, CJK punctuation and full-width forms.
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;
const TO_CORNER: Record<string, string> = { '“': '「', '”': '」', '‘': '『', '’': '』' };
const TO_CURLY: Record<string, string> = { '「': '“', '」': '”', '『': '‘', '』': '’' };
// A letter of an alphabet (Han characters are letters to Unicode too).
const isAlphabetic = (c: string | undefined): boolean => !!c && /\p{L}/u.test(c) && !CJK.test(c);

const cjkAt = (s: string, i: number): boolean => i >= 0 && i < s.length && CJK.test(s[i]!);

/** Curly quotes around or beside Chinese text as corner brackets. */
export function toCornerQuotes(text: string): string {
  if (!/[“”‘’]/.test(text)) return text;
  const out = [...text];
  const beside = (i: number): boolean => cjkAt(text, i - 1) || cjkAt(text, i + 1);
  const open: Record<string, number[]> = { '“': [], '‘': [] };
  const convert = (...at: number[]): void => at.forEach((i) => (out[i] = TO_CORNER[text[i]!]!));
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '“' || c === '‘') open[c]!.push(i);
    else if (c === '”' || c === '’') {
      // An apostrophe between letters (don’t, Xi’an) closes nothing.
      if (c === '’' && isAlphabetic(text[i - 1]) && isAlphabetic(text[i + 1])) continue;
      const start = open[c === '”' ? '“' : '‘']!.pop();
      if (start === undefined) {
        if (beside(i)) convert(i);
      } else if (beside(start) || beside(i)) convert(start, i);
    }
  }
  // Opening quotes never closed: converted where Chinese stands beside them.
  for (const i of [...open['“']!, ...open['‘']!]) if (beside(i)) convert(i);
  return out.join('');
}

/** Corner brackets as the curly quotes Simplified Chinese uses. */
export const toCurlyQuotes = (text: string): string => text.replace(/[「」『』]/g, (c) => TO_CURLY[c]!);

/** `convert`, then the quotation marks of the script converted to (`to`). */
export function withQuotes(convert: ConvertFn, to: Locale): ConvertFn {
  if (to === 'cn') return (s) => toCurlyQuotes(convert(s));
  if (to === 'jp') return convert;
  return (s) => toCornerQuotes(convert(s));
}
