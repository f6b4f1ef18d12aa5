/**
 * Painting ranges of text with the CSS Custom Highlight API (Chromium 105+, Firefox 140+): the
 * article's DOM is never changed, so conversion, restore and read aloud keep their text nodes.
 * Where the API is missing, nothing is painted (the lists still say what is highlighted).
 */
type Registry = { set(name: string, h: unknown): void; delete(name: string): void };

const registry = (): Registry | undefined => (globalThis.CSS as unknown as { highlights?: Registry } | undefined)?.highlights;
const HighlightClass = (): (new (...r: Range[]) => unknown) | undefined => (globalThis as unknown as { Highlight?: new (...r: Range[]) => unknown }).Highlight;

/** Paints `ranges` as `::highlight(name)`; no ranges clears it. */
export function paintRanges(name: string, ranges: readonly Range[]): void {
  const Highlight = HighlightClass();
  if (!ranges.length || !Highlight) return registry()?.delete(name);
  registry()?.set(name, new Highlight(...ranges));
}
