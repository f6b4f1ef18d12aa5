import { textOf } from './blocks';
import type { ArticlePass } from './context';

// A caption is a line, not a paragraph.
const MAX_CAPTION = 80;
// How captions say they are captions: who took the photo (摄 / 供图 / 图片来源 / Photo:), or a
// pointer at the picture (图为… / ▲ / 上图). Readability has stripped the centring by now.
const CAPTION_MARK =
  /[摄攝](?:[)）\s]|$)|供[图圖]|[图圖]片?[来來]源|^[（(]?[图圖]\s*[为為:：]|^[（(]?[图圖]\d|^[▲△↑]|^[上下左右][图圖][为為:：]?|^(?:photo|pictured|above|below)\b|\bphoto(?:graph)?:/i;

/** The block holding nothing but one image (and no caption of its own), or null. */
function imageBlock(img: Element, article: Element): Element | null {
  const block = img.parentElement?.closest('p, div');
  if (!block || block === article || !article.contains(block) || block.closest('figure')) return null;
  return !textOf(block) && block.getElementsByTagName('img').length === 1 ? block : null;
}

/**
 * A photo's caption written as the paragraph after it (<p><img></p><p>市民在公园赏花（王明 摄）</p>):
 * made a <figure> with a <figcaption>, so the reader shows it as a caption and clips mark it as
 * one. Only a short line that says it is a caption; other short paragraphs after a photo stay.
 */
export const wrapPhotoCaptions: ArticlePass = {
  name: 'wrap-photo-captions',
  phase: 'article',
  reads: [],
  writes: [],
  runsOn: 'both',
  run(ctx) {
    for (const img of Array.from(ctx.article.getElementsByTagName('img'))) {
      const block = imageBlock(img, ctx.article);
      const next = block?.nextElementSibling;
      if (!block || next?.tagName !== 'P' || next.querySelector('img')) continue;
      const text = textOf(next);
      if (!text || text.length > MAX_CAPTION || !CAPTION_MARK.test(text)) continue;
      const figure = ctx.doc.createElement('figure');
      const caption = ctx.doc.createElement('figcaption');
      caption.append(...Array.from(next.childNodes));
      figure.append(...Array.from(block.childNodes), caption);
      block.replaceWith(figure);
      next.remove();
    }
  },
};
