/**
 * The data-qd-* attributes the pipeline writes on its clone: one home for their names. A
 * page may not plant them: `unclobber` strips every one it finds before the passes run,
 * except the live-signal marks whose value is this run's token (live-signals.ts writes them
 * before the pipeline starts; a page cannot guess the token).
 */
export const MARK = {
  /** The empty marker left where a block was removed from the article; its value is the removal's index (restore). */
  removed: 'data-qd-removed',
  /** Hidden by computed style on the live page (live-signals). */
  hidden: 'data-qd-hidden',
  /** An image the live page saw fail to load (live-signals). */
  broken: 'data-qd-broken',
  /** An image the live page rendered 2 px or less (live-signals). */
  spacer: 'data-qd-spacer',
  /** resolve-lazy-images put the real address in `src`: live evidence was about the placeholder. */
  lazy: 'data-qd-lazy',
  /** The government document information table place-document-info wrote. */
  docInfo: 'data-qd-doc-info',
  /** The rule before a joined page of a multi-page article; its value is the page's number (utils/join-pages.ts). */
  page: 'data-qd-page',
  /** A reader's highlight in a clip's HTML (utils/clip/highlights.ts); its value is the highlight's place among them. */
  highlight: 'data-qd-highlight',
  /** The <sup> after a highlight with a note; its value is the note's number (clips write it as a footnote mark). */
  note: 'data-qd-note',
} as const;

/** The marks live-signals writes, valid only with this run's token as their value. */
export const LIVE_MARKS: readonly string[] = [MARK.hidden, MARK.broken, MARK.spacer];
export const ALL_MARKS: readonly string[] = Object.values(MARK);

/** Does `el` carry live mark `name` from this run (`token`)? */
export const hasLiveMark = (el: Element, name: string, token: string | undefined): boolean => !!token && el.getAttribute(name) === token;

/** A fresh token for one run's live marks (getRandomValues works on plain http pages, randomUUID does not). */
export function newToken(): string {
  const bytes = new Uint8Array(12);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The marker of removal `index` in sanitized article HTML, as a selector. */
export const removedSelector = (index: number): string => `[${MARK.removed}="${index}"]`;
/** Markers of removed blocks in serialized article HTML (clips drop them). */
export const REMOVED_MARKER_HTML = new RegExp(`<span ${MARK.removed}="\\d+"></span>`, 'g');
