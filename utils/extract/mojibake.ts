/**
 * Mojibake evidence for a line of text: text decoded with the wrong charset turns into
 * replacement characters, private-use and C1 code points, `Ã©`-style pairs, math and
 * Roman-numeral symbols, and rare Han characters (`!Γ簞ⅰ∮`, `鍥藉`). Weights are per
 * character; a line is garbled when the weight is at least 2 and at least 30% of it.
 */
let common: Set<string> | undefined;

/** GB2312 level 1 and Big5 level 1: the ~9,000 Han characters of everyday text. */
function commonHan(): Set<string> {
  if (common) return common;
  const set = new Set<string>();
  const gb = new TextDecoder('gbk');
  for (let hi = 0xb0; hi <= 0xd7; hi++) for (let lo = 0xa1; lo <= 0xfe; lo++) set.add(gb.decode(new Uint8Array([hi, lo])));
  const big5 = new TextDecoder('big5');
  for (let hi = 0xa4; hi <= 0xc6; hi++) {
    for (const lo of [...Array(63).keys()].map((i) => 0x40 + i).concat([...Array(94).keys()].map((i) => 0xa1 + i))) {
      set.add(big5.decode(new Uint8Array([hi, lo])));
    }
  }
  return (common = set);
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

export function mojibakeScore(line: string): MojibakeScore {
  let w = (line.match(CP1252_PAIR)?.length ?? 0) * 2 + (line.match(GARBLE_WORDS)?.length ?? 0) * 3;
  let counted = 0;
  const set = commonHan();
  const inChinese = HAN.test(line);
  for (const ch of line) {
    if (/[\s\p{P}\u00a0\u3000|]/u.test(ch) && ch !== '\ufffd') continue;
    counted++;
    w += weight(ch, HAN.test(ch) && !set.has(ch), inChinese);
  }
  return { weight: w, counted, garbled: w >= 2 && w >= 0.3 * Math.max(counted, 1) };
}
