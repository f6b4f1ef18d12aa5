/**
 * Selector look-ups that stay cheap in jsdom, whose selector engine walks the whole page on
 * every query and is slowest on attributes (a query for an absent `[data-x]` cost 6 ms a page
 * on AEB). `#id`, `.class` and `tag` use the DOM's indexed look-ups, and `tag[…]` tests only
 * that tag's elements; anything else is queried. A list is split at its commas (no selector
 * given here has a comma inside brackets or quotes) and tried in its written order.
 *
 * The page scan (page-scan.ts) records the tags, ids and classes the page has: a look-up for
 * one it does not have is answered at once (even jsdom's indexed look-ups walk the tree, about
 * a millisecond each). The record is of the page as first read: elements the passes add later
 * (split-br-paragraphs' <p>s) are not in it, so it is asked only about what a page writes.
 */
export interface PageNames {
  tags: Set<string>;
  ids: Set<string>;
  classes: Set<string>;
}

const recorded = new WeakMap<Document, PageNames>();

export const rememberNames = (doc: Document, names: PageNames): void => void recorded.set(doc, names);

export function firstMatch(doc: Document, selectors: string): Element | null {
  const names = recorded.get(doc);
  for (const raw of selectors.split(',')) {
    const found = firstOf(doc, raw.trim(), names);
    if (found) return found;
  }
  return null;
}

function firstOf(doc: Document, sel: string, names: PageNames | undefined): Element | null {
  if (/^#[\w-]+$/.test(sel)) return names && !names.ids.has(sel.slice(1)) ? null : doc.getElementById(sel.slice(1));
  if (/^\.[\w-]+$/.test(sel)) return names && !names.classes.has(sel.slice(1)) ? null : doc.getElementsByClassName(sel.slice(1)).item(0);
  const tagged = /^([a-z][\w-]*)(\[.*)?$/i.exec(sel);
  if (tagged && names && !names.tags.has(tagged[1]!.toUpperCase())) return null;
  if (tagged && !tagged[2]) return doc.getElementsByTagName(sel).item(0);
  if (!tagged) return doc.querySelector(sel);
  const all = doc.getElementsByTagName(tagged[1]!);
  for (let i = 0; i < all.length; i++) if (all.item(i)!.matches(sel)) return all.item(i);
  return null;
}
