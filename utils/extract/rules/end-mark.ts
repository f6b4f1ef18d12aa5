import type { EdgeRule } from '../line-rules';

// The mark that closes a release or a post: 完, （完）, -完-, — END —, 全文完, ■.
const END = /^[\s\-—–_~·•■□◆◇【[（(]*(?:完|全文完|end|the end|ends)[\s\-—–_~·•■□◆◇】\]）)]*$|^[■□◆◇]$/i;

/** An end mark closing the text (unseen hk-gov-release, wechat-mirror): the reader's view ends without it. */
export const endMark: EdgeRule = {
  id: 'end-mark',
  kind: 'drop-page-furniture',
  where: 'tail',
  reason: 'an end mark',
  test: (line) => END.test(line.text),
};
