import { furnitureKind } from '../furniture';
import type { AnyRule } from '../line-rules';

/** 【发表评论】, 第1页/共1页 << 上一页 | 下一页 >>, 浏览次数：1234 (fixture cn-dedecms). */
export const pagerCounter: AnyRule = {
  id: 'pager-counter',
  kind: 'drop-share-prompts',
  where: 'any',
  reason: 'comment prompt, pager or counter',
  test: (line) => furnitureKind(line.text) === 'counter',
};
