/**
 * DOM clobbering: Document's named properties override its built-ins, so a page's
 * <img name="createElement"> or <form name="querySelector"> shadows document.createElement
 * even in an extension's isolated world, and on our clone too. The pipeline calls the live
 * document only through prototype methods, and strips from the clone every name/id that
 * shadows a Document property before any pass runs.
 */
export function unclobber(doc: Document, win: Window): number {
  const protoOf = (win as unknown as { Document: typeof Document }).Document.prototype;
  const all: NodeListOf<Element> = protoOf.querySelectorAll.call(doc, '[name], [id]');
  let n = 0;
  for (const el of Array.from(all)) {
    for (const attr of ['name', 'id']) {
      const v = el.getAttribute(attr);
      if (v && v in protoOf) {
        el.removeAttribute(attr);
        n++;
      }
    }
  }
  return n;
}
