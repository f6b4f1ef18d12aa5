/**
 * The article with photos the image-clip browser tests read (Chromium and Firefox): a news page
 * whose photo sits behind a CDN's hotlink guard, served only to a request from the article.
 */
import { png } from '../helpers/png';
import type { Handler } from './harness';

/** The guarded photo's bytes (a real PNG the page can show: a broken one is removed from the article). */
export const PHOTO = png(600, 400);
export const PHOTO_STORY = '/photo/story.html';
export const PHOTO_PATH = '/photo/tea.png';
export const PHOTO_TITLE = '茶园里的新产业链';

const P = '<p>东山村茶叶合作社带动茶农增收，今年春茶收购价比去年提高一成，合作社还建起了加工车间和电商直播间，让一片叶子走出大山。</p>';

/** The article: the guarded photo after two paragraphs, then `more` (other photos) and three paragraphs. Its body is `id="content"`: in Chromium `window.content` is then that element (tab-images.ts reads it). */
export const photoStory = (more = ''): string =>
  `<html><head><meta charset="utf-8"><title>${PHOTO_TITLE}_某县新闻网</title></head><body><div class="article" id="content"><h1>${PHOTO_TITLE}</h1>
${P}${P}<p><img src="${PHOTO_PATH}" alt="茶园" width="600" height="400"></p>${P}${more}${P}${P}</div></body></html>`;

/** A CDN's hotlink guard: the photo only for a request from the article's page (the referrers seen go to `seen`). */
export const hotlinkGuarded =
  (seen: string[]): Handler =>
  (res, req) => {
    seen.push(req.headers.referer ?? '');
    if ((req.headers.referer ?? '').endsWith(PHOTO_STORY)) res.writeHead(200, { 'content-type': 'image/png' }).end(PHOTO);
    else res.writeHead(403).end();
  };
