import { pruneEmptyAncestors, textOf } from './blocks';
import { removeNode, type ArticlePass } from './context';
import { isShareImage } from './furniture';
import { brokenImageReason } from './images';
import { zhAny } from './zh';

// Screen-reader labels inside a figure: <span>Image copyright</span> Getty Images (BBC).
const IMAGE_LABEL = /^(?:image|media|photo|video) (?:copyright|caption|source)$/i;
// A photo's file name without the size a thumbnail adds: terrace-01_s.jpg, photo-150x150.jpg, pic_thumb.png.
const SIZED = /(?:[_-](?:s|m|l|small|thumb|thumbnail|mini|\d{2,4}x\d{2,4})|@2x)(?=\.\w+$)/i;
const photoName = (src: string | null): string => (src ? (src.split(/[?#]/)[0]!.split('/').pop() ?? '').replace(SIZED, '').toLowerCase() : '');
// A shop's button in a photo's caption: Buy Photo, Order a print, 购买图片.
const SHOP = new RegExp(
  `^(?:buy|order|purchase|license)(?: an?| this)? (?:photo|print|reprint|image|picture)s?$|^(?:${zhAny(['购买图片', '购买此图', '图片购买'])})$`,
  'i',
);

/**
 * Removes broken and spacer images, QR codes and share buttons, and the "Image copyright"
 * labels beside photo credits; real photos and their captions stay. Found by tag, not as lines.
 */
export const dropImages: ArticlePass = {
  name: 'drop-images',
  phase: 'article',
  reads: ['marks.live', 'marks.lazy'],
  writes: [],
  runsOn: 'both',
  run(ctx) {
    const shown = new Set<string>();
    for (const img of Array.from(ctx.article.getElementsByTagName('img'))) {
      const photo = photoName(img.getAttribute('src'));
      if (photo && shown.has(photo)) {
        const parent = img.parentElement;
        removeNode(ctx, 'drop-duplicate-copies', 'thumbnail of a photo shown above', img);
        pruneEmptyAncestors(parent, ctx.article);
        continue;
      }
      const broken = brokenImageReason(img, ctx.url, ctx.token);
      const share = !broken && isShareImage(img);
      if (!broken && !share) {
        if (photo) shown.add(photo);
        continue;
      }
      const parent = img.parentElement;
      if (broken) removeNode(ctx, 'drop-broken-images', broken, img);
      else removeNode(ctx, 'drop-share-prompts', 'QR code or share button', img);
      pruneEmptyAncestors(parent, ctx.article);
    }
    for (const span of Array.from(ctx.article.getElementsByTagName('span'))) {
      if (IMAGE_LABEL.test(textOf(span)) && ctx.article.contains(span)) removeNode(ctx, 'drop-promos', 'image label', span);
    }
    // Shop buttons inside captions, found by tag: they share the caption's line (unseen en-small-town).
    for (const caption of Array.from(ctx.article.querySelectorAll('figcaption, figure'))) {
      for (const button of Array.from(caption.querySelectorAll('a, button, span'))) {
        if (SHOP.test(textOf(button)) && ctx.article.contains(button)) removeNode(ctx, 'drop-promos', 'shop button in a caption', button);
      }
    }
  },
};
