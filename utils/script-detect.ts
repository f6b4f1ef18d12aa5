import type { Script } from './article';
import { SIMPLIFIED_ONLY, TRADITIONAL_ONLY } from './script-chars';

const SIMP = new Set(SIMPLIFIED_ONLY);
const TRAD = new Set(TRADITIONAL_ONLY);
const HAN = /\p{Script=Han}/u;

export interface ScriptStats {
  han: number;
  simplified: number;
  traditional: number;
  script: Script;
}

/**
 * Which Chinese script a text is written in, by counting characters that only one
 * script uses. A page needs at least 20 Han characters and one script's markers must
 * outnumber the other's four to one; otherwise it is `mixed` (or `none` without Han).
 */
export function detectScript(text: string): ScriptStats {
  let han = 0;
  let simplified = 0;
  let traditional = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Below the CJK radicals nothing is Han; the main CJK block all is; the rest asks the regex.
    if (c < 0x2e80) continue;
    let ch = text[i]!;
    if (c >= 0xd800 && c <= 0xdbff) ch = text.slice(i, ++i + 1);
    if ((c < 0x4e00 || c > 0x9fff) && !HAN.test(ch)) continue;
    han++;
    if (SIMP.has(ch)) simplified++;
    else if (TRAD.has(ch)) traditional++;
  }
  let script: Script = 'none';
  if (han >= 20 || (han >= 4 && han * 2 >= text.replace(/\s/g, '').length)) {
    if (simplified + traditional === 0) script = 'mixed';
    else if (simplified >= 4 * traditional) script = 'hans';
    else if (traditional >= 4 * simplified) script = 'hant';
    else script = 'mixed';
  }
  return { han, simplified, traditional, script };
}

/** BCP 47 tag for an article: Chinese by script, else the page's own `lang`. */
export function langFor(script: Script, htmlLang: string): string {
  if (script === 'hans') return 'zh-Hans';
  if (script === 'hant') return 'zh-Hant';
  if (script === 'mixed') return 'zh';
  return htmlLang.trim() || 'und';
}
