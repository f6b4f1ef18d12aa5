import type { AnyRule } from '../line-rules';

// Tags written as hashtags: #港鐵 #新列車, #海底隧道 #槟城.
const HASHTAGS = /^(?:[#＃][^\s#＃]{1,20}\s*){1,12}$/u;

/** A line of nothing but hashtags: the site's tags, not the story (unseen next-json, my-sinchew). */
export const hashtagLine: AnyRule = {
  id: 'hashtag-line',
  kind: 'drop-related-links',
  where: 'any',
  reason: 'tags',
  test: (line) => HASHTAGS.test(line.text),
};
