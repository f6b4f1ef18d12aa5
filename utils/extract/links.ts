/**
 * Link density: one definition for every pass and the detector. Text is weighed in letters
 * and digits, a Han character as three (a Chinese word is one or two characters, an English
 * one five or six); spaces, separators and brackets weigh nothing.
 */
const WORDY = /[\p{L}\p{N}]/u;
const HAN = /\p{Script=Han}/u;

/** The weight of a text: letters and digits, Han counted three times. (A loop: matching arrays cost more than the page.) */
export function weigh(s: string | null | undefined): number {
  if (!s) return 0;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      const l = c | 32;
      if ((c >= 48 && c <= 57) || (l >= 97 && l <= 122)) n++;
    } else if (c >= 0x4e00 && c <= 0x9fff) n += 3;
    else if (c <= 0x2000 || c >= 0x2e80) {
      // Other scripts, CJK extensions and astral characters: asked of the regexes.
      const ch = String.fromCodePoint(s.codePointAt(i)!);
      if (ch.length === 2) i++;
      if (HAN.test(ch)) n += 3;
      else if (WORDY.test(ch)) n++;
    }
  }
  return n;
}

export interface LinkStats {
  /** Links with text. */
  links: number;
  /** Weight of the text inside links. */
  linked: number;
  /** Links to a place on the same page (#…): a table of contents, footnotes. */
  anchors: number;
  /** Weight of all the text. */
  letters: number;
}

export const NO_LINKS: LinkStats = { links: 0, linked: 0, anchors: 0, letters: 0 };

export function linkStats(el: Element, text: string = el.textContent ?? ''): LinkStats {
  const out: LinkStats = { links: 0, linked: 0, anchors: 0, letters: weigh(text) };
  const anchors = el.getElementsByTagName('a');
  for (let i = 0; i < anchors.length; i++) {
    const a = anchors[i]!;
    const n = weigh(a.textContent);
    if (!n) continue;
    out.links++;
    out.linked += n;
    if ((a.getAttribute('href') ?? '').startsWith('#')) out.anchors++;
  }
  return out;
}

export const addStats = (a: LinkStats, b: LinkStats): LinkStats => ({
  links: a.links + b.links,
  linked: a.linked + b.linked,
  anchors: a.anchors + b.anchors,
  letters: a.letters + b.letters,
});

/** The share of the text inside links (0 when there is no text). */
export const density = (s: LinkStats): number => (s.letters ? s.linked / s.letters : 0);

/** Thresholds on link density, named once: every pass that asks "is this mostly links" reads them here. */
export const LINK_DENSITY = {
  /** A list of links to other pages: at least `minLinks` links holding this share (drop-link-lists, related lists). */
  list: 0.6,
  minLinks: 3,
  /** After a label ("Read more:", 延伸阅读：), this share linked makes a line a related link. */
  labelled: 0.5,
  /** A container above this share is a list, not an article body (detector). */
  maxBody: 0.5,
  /** A page with at least `pageLinks` links and more than this share of its text linked is a page of links (detector). */
  page: 0.4,
  pageLinks: 30,
  /** A paragraph of the article has at least this weight outside links (twenty Han characters). */
  bodyLetters: 60,
} as const;
