/**
 * Selector look-ups that stay cheap in jsdom, whose selector engine walks the whole page on
 * every query and is slowest on attributes (a query for an absent `[data-x]` cost 6 ms a page
 * on AEB). `#id`, `.class` and `tag` use the DOM's indexed look-ups, and `tag[…]` tests only
 * that tag's elements; anything else is queried. A list is split at its commas (no selector
 * given here has a comma inside brackets or quotes) and tried in its written order.
 */
export function firstMatch(doc: Document, selectors: string): Element | null {
  for (const raw of selectors.split(',')) {
    const found = firstOf(doc, raw.trim());
    if (found) return found;
  }
  return null;
}

function firstOf(doc: Document, sel: string): Element | null {
  if (/^#[\w-]+$/.test(sel)) return doc.getElementById(sel.slice(1));
  if (/^\.[\w-]+$/.test(sel)) return doc.getElementsByClassName(sel.slice(1)).item(0);
  if (/^[a-z][\w-]*$/i.test(sel)) return doc.getElementsByTagName(sel).item(0);
  const tagged = /^([a-z][\w-]*)\[/i.exec(sel);
  if (!tagged) return doc.querySelector(sel);
  const all = doc.getElementsByTagName(tagged[1]!);
  for (let i = 0; i < all.length; i++) if (all.item(i)!.matches(sel)) return all.item(i);
  return null;
}
