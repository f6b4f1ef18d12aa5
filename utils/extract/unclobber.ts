import { REMOVED_MARK } from './context';

/**
 * DOM clobbering: Document's named properties override its built-ins, so a page's
 * <img name="createElement"> or <form name="querySelector"> shadows document.createElement
 * even in an extension's isolated world, and on our clone too. The pipeline calls the live
 * document only through prototype methods, and strips from the clone every name/id that
 * shadows a Document property before any pass runs. The same walk drops removal markers a
 * page planted: they are ours alone, or a page could move a block the reader restores.
 * Returns how many names and ids it stripped.
 */
export function unclobber(doc: Document, win: Window): number {
  const protoOf = (win as unknown as { Document: typeof Document }).Document.prototype;
  // One walk over the elements: a selector query for [name], [id] cost 4 ms a page in jsdom.
  const walker = protoOf.createTreeWalker.call(doc, doc, 1 /* SHOW_ELEMENT */);
  let n = 0;
  for (let el = walker.nextNode() as Element | null; el; el = walker.nextNode() as Element | null) {
    for (const attr of ['name', 'id']) {
      const v = el.getAttribute(attr);
      if (v && v in protoOf) {
        el.removeAttribute(attr);
        n++;
      }
    }
    el.removeAttribute(REMOVED_MARK);
  }
  return n;
}
