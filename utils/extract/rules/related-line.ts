import { LINK_DENSITY, weigh } from '../links';
import type { AnyRule } from '../line-rules';
import { zhAny } from '../zh';

// A line that is a label and a link to another story: "Read more: …", "[Related: …]",
// "SEE MORE: …", "Also on rt.com …", "On HoustonChronicle.com: …", "Tags <links>",
// 相关阅读：《…》. Most of what follows the label is linked.
const LABEL = new RegExp(
  `^[\\s【\\[（(]*(?:(?:${zhAny(['相关阅读', '相关新闻', '相关链接', '相关报道', '延伸阅读', '推荐阅读', '标签', '关键字', '关键词'])}|read more|see more|related|also read|more|tags|keywords)\\s*[:：]|also on [\\w.]+\\s|on [\\w-]+\\.(?:com|org|net|co\\.uk)\\s*:|tags\\s|${zhAny(['关键字', '关键词'])}\\s)`,
  'i',
);

/** A label and a link to another story ("Read more: <link>", 延伸阅读：《<link>》); a sentence after a label stays. */
export const relatedLine: AnyRule = {
  id: 'related-line',
  kind: 'drop-related-links',
  where: 'any',
  reason: 'related-links line',
  record: (line) => line.spaced,
  test(line) {
    const label = LABEL.exec(line.spaced);
    if (!label) return false;
    const rest = weigh(line.spaced.slice(label[0].length));
    return rest >= 2 && line.links.linked >= LINK_DENSITY.labelled * rest;
  },
};
