import { describe, expect, it } from 'vitest';
import { textOf } from '../../utils/extract/blocks';
import { dropImages } from '../../utils/extract/drop-images';
import { dropLines } from '../../utils/extract/drop-lines';
import { lineIs } from '../helpers/rules';
import { articleContext, bodyText } from '../helpers/dom';

describe('drop-promos', () => {
  it.each([
    'Advertisement',
    'Continue Reading Below',
    'Get breaking news alerts and special reports. The news and stories that matter, delivered weekday mornings.',
    'CLICK HERE TO GET THE FOX NEWS APP',
    'Sign up to our newsletter for exclusive updates and enhanced content',
    'Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.',
    '扫码关注宛都网微信公众号，更多南阳新闻第一时间推送',
    '下載宛都新聞客戶端，看南陽身邊事',
    '更多精彩内容，敬请关注宛都网官方微博',
    '点击进入专题：2024南阳月季文化节',
    '【广告】',
    'BREAKING NEWS',
  ])('removes %s', (line) => {
    expect(lineIs('drop-promos', line)).toBe(true);
  });

  it.each([
    'Get it on Amazon for $39.99',
    'Download the app from the App Store, then sign in with your library card.',
    'Click here for the second half of this epic story.',
    'Breaking news is harder to verify than ever, editors say.',
    'Following the 16-inch MacBook Pro, Apple plans a new 13-inch model.',
    '市民可关注“南阳月季博物馆”微信公众号提前预约。',
    '关注度最高的是月季新品种。',
    '下载量在三天内超过十万次，开发者表示将继续更新。',
  ])('keeps %s', (line) => {
    expect(lineIs('drop-promos', line)).toBe(false);
  });

  it('removes the image labels that share a line with a credit or caption, not the credit or caption', () => {
    const ctx = articleContext(
      '<figure><img src="/a.jpg"><span>Image copyright</span> <span>Getty Images</span><figcaption><span>Image caption</span> Scooter Braun has managed Justin Bieber</figcaption></figure>\n<p>The image copyright belongs to the agency.</p>',
    );
    dropLines.run(ctx);
    dropImages.run(ctx);
    expect(textOf(ctx.article)).toBe('Getty Images Scooter Braun has managed Justin Bieber The image copyright belongs to the agency.');
    expect(ctx.removals.map((r) => r.reason)).toEqual(['image label', 'image label']);
  });

  it('removes whole lines only, and says why', () => {
    const ctx = articleContext(
      '<p>正文第一段。</p><div><p>扫码关注宛都网微信公众号</p></div><p>SUBSCRIBE</p><p>正文第二段，欢迎关注本报微信公众号的读者留言。</p>',
    );
    dropLines.run(ctx);
    dropImages.run(ctx);
    expect(bodyText(ctx)).toBe('正文第一段。 正文第二段，欢迎关注本报微信公众号的读者留言。');
    expect(ctx.removals.map((r) => r.reason)).toEqual(['advert, newsletter, app or follow prompt', 'advert, newsletter, app or follow prompt']);
  });
});
