import type { Target } from '../convert/targets';
import type { ClipNote } from './highlights';
import type { ClipTemplate } from './template';

/** What a clip needs besides the article: when, in which script, and a window for DOM work. */
export interface ClipContext {
  /** ISO 8601, when the clip was made. */
  clippedAt: string;
  /** The script the article was converted to before clipping (`original`: as the page wrote it). */
  target: Target;
  /** A window to parse the article's (sanitized) HTML in: the extension page's, or jsdom's. */
  window: Window;
  /** Plain text: start with a short provenance header (title, source, date, address). */
  provenance?: boolean;
  /**
   * Images kept with the clip (utils/clip/images.ts): an image's absolute address → what the
   * clip names instead (a data: URI in HTML, a bundle's file in Markdown). Others stay links.
   */
  images?: ReadonlyMap<string, string>;
  /** The user's template for this site (utils/clip/template.ts): front matter and file name. */
  template?: ClipTemplate;
  /** The reader's highlights and notes, marked in the article's HTML (utils/clip/highlights.ts). */
  notes?: readonly ClipNote[];
}

export const escapeHtml = (s: string): string => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** A date for people: `2024-04-23 08:35` in the page's own time (the ISO form keeps its offset). */
export const displayDate = (iso: string | null): string => (iso ? iso.slice(0, 16).replace('T', ' ') : '');

/** The page's own calendar date (not converted to UTC): [year, month, day], or null. */
export function dateParts(iso: string | null): [number, number, number] | null {
  const m = iso?.match(/^(\d{4})-(\d{2})-(\d{2})/);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
}

/** A person's name for citation formats: CJK names are one literal, Latin ones "Given Family". */
export function personName(name: string): { literal: string } | { family: string; given: string } {
  const parts = name.trim().split(/\s+/);
  if (/\p{Script=Han}/u.test(name) || parts.length < 2) return { literal: name.trim() };
  return { family: parts.at(-1)!, given: parts.slice(0, -1).join(' ') };
}

/** SHA-256 of the text, hex: lets a researcher check a clip was not edited. */
export async function digest(text: string): Promise<string> {
  const bytes = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, '0')).join('');
}
