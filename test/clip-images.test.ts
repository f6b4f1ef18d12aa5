/**
 * Clips that keep their images (issue 20 item 1): self-contained HTML with data: URIs, and a
 * Markdown bundle (.zip with the .md and images/), images checked by their bytes and capped,
 * and every image that could not be kept named with its reason and left a link to the site.
 */
import { JSDOM } from 'jsdom';
import MarkdownIt from 'markdown-it';
import { unzipSync, strFromU8 } from 'fflate';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractFromHtml } from '../cli/extract-html';
import { makeClipWithImages } from '../utils/clip';
import { gatherImages, imageType, type ImageReader } from '../utils/clip/images';
import { zipEntries } from './helpers/zip';

const dom = new JSDOM('');
const win = dom.window as unknown as Window;
afterAll(() => dom.window.close());

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 9, 9, 9]);
const P = '<p>东山村茶叶合作社带动茶农增收，今年春茶收购价比去年提高一成，合作社还建起了加工车间和电商直播间，让一片叶子走出大山。</p>';
const page = `<html><head><title>茶园里的新产业链_某县新闻网</title></head><body><div class="article"><h1>茶园里的新产业链</h1>
${P}<figure><img src="/img/a.png" alt="茶园 (春)" width="600" height="400"><figcaption>东山村茶园</figcaption></figure>
${P}<p><img src="http://cdn.example.cn/b.jpg" alt="加工车间" width="600" height="400"></p>
${P}<p><img src="/img/gone.jpg" alt="直播间" width="600" height="400"></p>
${P}<p><img src="/img/page.jpg" alt="不是图片" width="600" height="400"></p>${P}</div></body></html>`;
const article = extractFromHtml(page, 'http://www.example.cn/a/2024/0501/88.html');
const served: Record<string, Uint8Array> = {
  'http://www.example.cn/img/a.png': PNG,
  'http://cdn.example.cn/b.jpg': JPEG,
  // A server that answers a missing image with its 200 HTML page.
  'http://www.example.cn/img/page.jpg': new TextEncoder().encode('<html>404</html>'),
};
const read: ImageReader = (url) => (served[url] ? Promise.resolve({ bytes: served[url] }) : Promise.reject(new Error('HTTP 404')));
const context = { clippedAt: '2026-12-03T00:00:00Z', target: 'original' as const, window: win };

describe('clips with their images', () => {
  it('embeds the images in a self-contained HTML clip, and says which stay links and why', async () => {
    expect(article.html).toContain('a.png');
    const clip = await makeClipWithImages(article, 'html', context, read);
    expect(clip.kept).toBe(2);
    expect(clip.lost).toEqual([
      { url: 'http://www.example.cn/img/gone.jpg', code: 'other', reason: 'HTTP 404' },
      { url: 'http://www.example.cn/img/page.jpg', code: 'not-image', reason: 'not an image' },
    ]);
    const doc = new JSDOM(clip.content).window.document;
    const srcs = Array.from(doc.querySelectorAll('img'), (img) => img.getAttribute('src'));
    expect(srcs).toEqual([
      `data:image/png;base64,${Buffer.from(PNG).toString('base64')}`,
      `data:image/jpeg;base64,${Buffer.from(JPEG).toString('base64')}`,
      'http://www.example.cn/img/gone.jpg',
      'http://www.example.cn/img/page.jpg',
    ]);
    expect(doc.querySelector('img[srcset]')).toBeNull();
  });

  it('bundles Markdown and its images in a .zip, the embeds naming the files', async () => {
    const clip = await makeClipWithImages(article, 'md', context, read);
    expect(clip.filename).toBe('茶园里的新产业链.zip');
    expect(clip.mime).toBe('application/zip');
    const zip = clip.content;
    if (typeof zip === 'string') throw new Error('a Markdown bundle is bytes');
    const file = join(mkdtempSync(join(tmpdir(), 'qingdu-zip-')), clip.filename);
    writeFileSync(file, zip);
    expect(zipEntries(file)).toEqual(['茶园里的新产业链.md', 'images/01.png', 'images/02.jpg']);
    const files = unzipSync(zip);
    expect(files['images/01.png']).toEqual(PNG);
    expect(files['images/02.jpg']).toEqual(JPEG);
    // A CommonMark renderer finds the local files, and the lost image still at the site.
    const html = new MarkdownIt().render(strFromU8(files['茶园里的新产业链.md']!));
    const imgs = Array.from(new JSDOM(html).window.document.querySelectorAll('img'), (img) => [img.getAttribute('src'), img.getAttribute('alt')]);
    expect(imgs).toEqual([
      ['images/01.png', '茶园 (春)'],
      ['images/02.jpg', '加工车间'],
      ['http://www.example.cn/img/gone.jpg', '直播间'],
      ['http://www.example.cn/img/page.jpg', '不是图片'],
    ]);
  });

  it('keeps images within the caps, counted in the article order, and tells images by their bytes', async () => {
    const big = new Uint8Array(300);
    big.set(PNG);
    const urls = ['http://x/1', 'http://x/2', 'http://x/3', 'http://x/4'];
    const sizes: Record<string, Uint8Array> = { 'http://x/1': PNG, 'http://x/2': big, 'http://x/3': JPEG, 'http://x/4': JPEG };
    // The first image arrives last: the cap still counts the article's order.
    const slowFirst: ImageReader = (url) => new Promise((r) => setTimeout(() => r({ bytes: sizes[url]! }), url.endsWith('/1') ? 30 : 0));
    const got = await gatherImages(urls, slowFirst, { each: 200, total: 15, parallel: 4 });
    expect(got.kept.map((k) => k.url)).toEqual(['http://x/1']);
    expect(got.lost).toEqual([
      { url: 'http://x/2', code: 'too-large', reason: `over ${200 / 2 ** 20} MB` },
      { url: 'http://x/3', code: 'total', reason: `the clip's images would pass ${15 / 2 ** 20} MB` },
      { url: 'http://x/4', code: 'total', reason: `the clip's images would pass ${15 / 2 ** 20} MB` },
    ]);
    expect(imageType(new TextEncoder().encode('RIFF\0\0\0\0WEBPVP8 '))).toBe('image/webp');
    expect(imageType(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
  });
});
