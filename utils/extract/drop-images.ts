import { pruneEmptyAncestors, textOf } from './blocks';
import { removeNode, type ArticlePass } from './context';
import { isShareImage } from './furniture';
import { brokenImageReason } from './images';

// Screen-reader labels inside a figure: <span>Image copyright</span> Getty Images (BBC).
const IMAGE_LABEL = /^(?:image|media|photo|video) (?:copyright|caption|source)$/i;

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
    for (const img of Array.from(ctx.article.getElementsByTagName('img'))) {
      const broken = brokenImageReason(img, ctx.url, ctx.token);
      const share = !broken && isShareImage(img);
      if (!broken && !share) continue;
      const parent = img.parentElement;
      if (broken) removeNode(ctx, 'drop-broken-images', broken, img);
      else removeNode(ctx, 'drop-share-prompts', 'QR code or share button', img);
      pruneEmptyAncestors(parent, ctx.article);
    }
    for (const span of Array.from(ctx.article.getElementsByTagName('span'))) {
      if (IMAGE_LABEL.test(textOf(span)) && ctx.article.contains(span)) removeNode(ctx, 'drop-promos', 'image label', span);
    }
  },
};
