/**
 * Functions the browser tests run inside an extension page (page.evaluate serializes them: each
 * stands alone). Shared by the Chromium (playwright) and Firefox (puppeteer) tests.
 */

/** Selects the first place `text` is shown in the article's body (inside one text node); false when it is not there. */
export function selectInBody(text: string): boolean {
  const walker = document.createTreeWalker(document.querySelector('.qd-body')!, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const at = (n as Text).data.indexOf(text);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(n, at);
    range.setEnd(n, at + text.length);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    return true;
  }
  return false;
}

/** The text under each painted highlight, and the middle of the first one's box (viewport). */
export function paintedHighlights(): { texts: string[]; box: { x: number; y: number } | null } {
  const found = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('qd-highlight');
  const ranges = found ? [...found] : [];
  const box = ranges[0]?.getClientRects()[0];
  return { texts: ranges.map((r) => r.toString()), box: box ? { x: box.x + box.width / 2, y: box.y + box.height / 2 } : null };
}
