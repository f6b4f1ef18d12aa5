import { MEDIA_SELECTOR, pruneEmptyAncestors, removeKeepingMarks } from './blocks';
import { blocks, type ArticlePass } from './context';

const LEADING = /^[\s\u00a0\u3000\u200b\ufeff]+/;

/**
 * Removes rules (<hr>) that no longer separate anything: at the start or end of the article,
 * or right after another rule, once what was between them has been removed (fixture
 * cn-blog-sidebar: four rules were left where the sidebar widgets had been).
 */
function dropStrayRules(root: Element): void {
  const walker = root.ownerDocument.createTreeWalker(root, 1 | 4 /* SHOW_ELEMENT | SHOW_TEXT */);
  let content = false;
  let lastRule: Element | null = null;
  const stray: Element[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType === 3) content ||= !!n.nodeValue?.trim();
    else if ((n as Element).tagName === 'HR') {
      if (content) lastRule = n as Element;
      else stray.push(n as Element);
      content = false;
    } else if ((n as Element).matches(MEDIA_SELECTOR)) content = true;
  }
  if (lastRule && !content) stray.push(lastRule);
  for (const hr of stray) hr.remove();
}

/**
 * Tidies text without changing words: drops the full-width indentation CMSs type before
 * paragraphs (the reader indents with CSS), collapses nbsp runs, and removes lines left
 * with nothing but separators (`|`) and rules left with nothing to separate. CJK/Latin
 * spacing is left as the author wrote it.
 */
export const normalizeText: ArticlePass = {
  name: 'normalize-text',
  phase: 'article',
  reads: [],
  writes: [],
  runsOn: 'both',
  run(ctx) {
    for (const line of blocks(ctx).lines()) {
      const block = line.el;
      // Separators only, or only zero-width characters (an "empty" first paragraph).
      if (!line.key && !block.querySelector(MEDIA_SELECTOR)) {
        const parent = block.parentElement;
        removeKeepingMarks(block);
        pruneEmptyAncestors(parent, ctx.article);
        continue;
      }
      if (block.closest('pre')) continue;
      const walker = ctx.doc.createTreeWalker(block, 4 /* SHOW_TEXT */);
      // Indentation is stripped up to the first character, across text nodes: a paragraph may
      // open with an inline tag holding only the indent (<span>, two full-width spaces, </span>正文).
      let indent = true;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        let v = n.nodeValue ?? '';
        if (indent) {
          v = v.replace(LEADING, '');
          indent = !v;
        }
        n.nodeValue = v.replace(/\u00a0{2,}/g, ' ');
      }
    }
    dropStrayRules(ctx.article);
  },
};
