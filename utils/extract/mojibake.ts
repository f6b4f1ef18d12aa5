/**
 * Mojibake evidence for a line of text: text decoded with the wrong charset turns into
 * replacement characters, private-use and C1 code points, `Ã©`-style pairs, math and
 * Roman-numeral symbols, and rare Han characters (`!Γ簞ⅰ∮`, `鍥藉`). Weights are per
 * character; a line is garbled when the weight is at least 2 and at least 30% of it.
 */
import { COMMON_HAN_BITMAP, COMMON_HAN_OUTSIDE } from '../script-chars';

const HAN_FROM = 0x4e00;
const HAN_TO = 0x9fff;
let bitmap: Uint8Array | undefined;

/** GB2312 level 1 and Big5 level 1: the ~9,000 Han characters of everyday text (generated, see script-chars.ts). */
function isCommonHan(c: number, ch: string): boolean {
  if (c < HAN_FROM || c > HAN_TO) return COMMON_HAN_OUTSIDE.includes(ch);
  bitmap ??= Uint8Array.from(atob(COMMON_HAN_BITMAP), (x) => x.charCodeAt(0));
  return ((bitmap[(c - HAN_FROM) >> 3]! >> ((c - HAN_FROM) & 7)) & 1) === 1;
}

const HAN = /\p{Script=Han}/u;
const CP1252_PAIR = /[ÃÂâÅÄ][\u0080-\u00BF\u2018-\u201E\u2020-\u2026\u20AC\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u02C6\u02DC\u2122]/g;
const GARBLE_WORDS = /锟斤拷|烫烫烫|屯屯屯|�{2,}/g;

function weight(ch: string, rareHan: boolean, inChinese: boolean): number {
  const c = ch.codePointAt(0)!;
  if (c === 0xfffd || (c >= 0xe000 && c <= 0xf8ff) || (c >= 0x80 && c <= 0x9f)) return 1;
  if (c >= 0x2170 && c <= 0x217f) return 1; // small Roman numerals ⅰ…
  if (c >= 0x2160 && c <= 0x216f) return 0.5; // Ⅰ… (第Ⅱ期 is real text)
  if ((c >= 0x2200 && c <= 0x22ff) || (c >= 0x2500 && c <= 0x259f) || (c >= 0x2580 && c <= 0x25ff && c !== 0x25cf && c !== 0x25a0)) return 1;
  if (c >= 0xff61 && c <= 0xff9f) return 1; // half-width katakana: Shift-JIS/GBK mix-ups
  // Greek and Cyrillic are evidence only inside Chinese text (GBK read as something else); Russian prose is prose.
  if (inChinese && ((c >= 0x0370 && c <= 0x03ff) || (c >= 0x0400 && c <= 0x04ff))) return 0.5;
  if (rareHan) return 1;
  return 0;
}

export interface MojibakeScore {
  weight: number;
  counted: number;
  garbled: boolean;
}

const SKIPPED = /[\s\p{P}\u00a0\u3000|]/u;
// The ASCII characters SKIPPED matches, as a table (a regex test per character cost more than the rest).
const ASCII_SKIPPED = Array.from({ length: 128 }, (_, c) => SKIPPED.test(String.fromCharCode(c)));

export function mojibakeScore(line: string): MojibakeScore {
  let w = (line.match(CP1252_PAIR)?.length ?? 0) * 2 + (line.match(GARBLE_WORDS)?.length ?? 0) * 3;
  let counted = 0;
  const inChinese = HAN.test(line);
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    // ASCII weighs nothing: it counts unless it is a space or punctuation.
    if (c < 0x80) {
      if (!ASCII_SKIPPED[c]) counted++;
      continue;
    }
    const cp = line.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    if (cp > 0xffff) i++;
    if (SKIPPED.test(ch) && ch !== '\ufffd') continue;
    counted++;
    const han = (cp >= HAN_FROM && cp <= HAN_TO) || HAN.test(ch);
    w += weight(ch, han && !isCommonHan(cp, ch), inChinese);
  }
  return { weight: w, counted, garbled: w >= 2 && w >= 0.3 * Math.max(counted, 1) };
}
