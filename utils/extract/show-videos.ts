import { removeNode, type ArticlePass } from './context';

/** An http(s) address resolved against the page's, or null. */
function webUrl(raw: string | null | undefined, base: string): string | null {
  if (!raw?.trim()) return null;
  try {
    const url = new URL(raw.trim(), base);
    return /^https?:$/.test(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * A video cannot play in the reader (the sanitizer lets no player through), but it must not
 * vanish without a word: one with a poster frame is shown as that picture, linked to the video
 * when its address is known; one without, and an embedded player Readability kept (YouTube,
 * Bilibili, v.qq.com …), is listed among the removals with its address.
 */
export const showVideos: ArticlePass = {
  name: 'show-videos',
  phase: 'article',
  reads: [],
  writes: [],
  runsOn: 'both',
  run(ctx) {
    for (const video of Array.from(ctx.article.querySelectorAll('video, iframe'))) {
      if (!ctx.article.contains(video)) continue;
      const src = webUrl(video.getAttribute('src') ?? video.querySelector('source[src]')?.getAttribute('src'), ctx.url);
      const poster = video.tagName === 'VIDEO' ? webUrl(video.getAttribute('poster'), ctx.url) : null;
      if (!poster) {
        removeNode(ctx, 'drop-video', 'a video the reader cannot play', video, `[video] ${src ?? ''}`.trim());
        continue;
      }
      const img = ctx.doc.createElement('img');
      img.setAttribute('src', poster);
      img.setAttribute('alt', (video.getAttribute('title') ?? video.getAttribute('aria-label') ?? '').trim());
      const link = src ? ctx.doc.createElement('a') : null;
      link?.setAttribute('href', src!);
      link?.append(img);
      video.replaceWith(link ?? img);
    }
  },
};
