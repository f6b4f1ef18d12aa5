/**
 * Read aloud: the article as sentences (each with its place on screen, for highlighting), the
 * language a voice must speak for the script on screen, and the voice to use. The browser's
 * speechSynthesis does the speaking (components/ReadAloud.tsx); nothing leaves the browser
 * unless the user's system voice itself is a network one.
 */

export interface Sentence {
  /** The block it belongs to (kept in view while read). */
  block: Element;
  range: Range;
  text: string;
}

// Blocks read in order; a block holding another is read through its children.
const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, figcaption, pre, td, th, dd, dt';
// A sentence ends after 。！？!?；… and the closing quotes or brackets after them, or after a full stop before a space.
const END = /[。！？!?；…]+[”」』’"）)\]]*|\.(?=\s)|\.$/g;

/** The sentences of `roots`' blocks, in document order. */
export function sentencesOf(roots: readonly Element[]): Sentence[] {
  const out: Sentence[] = [];
  for (const root of roots) {
    const blocks = root.matches(BLOCKS) ? [root] : [...root.querySelectorAll(BLOCKS)];
    for (const block of blocks) if (!block.querySelector(BLOCKS)) out.push(...inBlock(block));
  }
  return out;
}

function inBlock(block: Element): Sentence[] {
  const doc = block.ownerDocument;
  const walker = doc.createTreeWalker(block, 4 /* NodeFilter.SHOW_TEXT */);
  const nodes: { node: Text; start: number }[] = [];
  let text = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    nodes.push({ node: n as Text, start: text.length });
    text += n.nodeValue ?? '';
  }
  /** The text node and offset at character `i` of the block's text. */
  const at = (i: number): [Text, number] => {
    let k = nodes.length - 1;
    while (k > 0 && nodes[k]!.start > i) k--;
    const { node, start } = nodes[k]!;
    return [node, Math.min(i - start, node.length)];
  };
  const out: Sentence[] = [];
  let from = 0;
  const cut = (to: number): void => {
    const piece = text.slice(from, to);
    const lead = piece.length - piece.trimStart().length;
    const body = piece.trim();
    if (body) {
      const range = doc.createRange();
      range.setStart(...at(from + lead));
      range.setEnd(...at(from + lead + body.length));
      out.push({ block, range, text: body });
    }
    from = to;
  };
  for (const m of text.matchAll(END)) cut(m.index + m[0].length);
  cut(text.length);
  return out;
}

/** The language a voice must speak for text shown as `lang`: zh-Hans → zh-CN, zh-Hant-TW → zh-TW, zh-Hant-HK → zh-HK (Cantonese). */
export function speechLang(lang: string): string {
  const l = lang.toLowerCase();
  if (/^zh-(hant-)?hk|^zh-(hant-)?mo|^yue/.test(l)) return 'zh-HK';
  if (/^zh-(hant|tw)/.test(l)) return 'zh-TW';
  if (/^zh/.test(l)) return 'zh-CN';
  return lang;
}

/**
 * The voice for `lang`: one of that exact language and region; else, for Mandarin, the other
 * region's Mandarin; for other languages, any of the same language (en-GB for en-US); else none.
 */
export function voiceFor<V extends { lang: string; default?: boolean }>(voices: readonly V[], lang: string): V | null {
  const norm = (s: string): string => s.replace(/_/g, '-').toLowerCase();
  const want = norm(lang);
  const exact = voices.filter((v) => norm(v.lang) === want);
  if (exact.length) return exact.find((v) => v.default) ?? exact[0]!;
  // Mandarin reads either script (zh-CN, zh-TW); Cantonese (zh-HK) is another spoken language, never stood in for.
  if (want.startsWith('zh')) return want === 'zh-hk' ? null : (voices.find((v) => ['zh-cn', 'zh-tw', 'cmn-cn', 'cmn-tw'].includes(norm(v.lang))) ?? null);
  const base = want.split('-')[0]!;
  return voices.find((v) => norm(v.lang).split('-')[0] === base) ?? null;
}
