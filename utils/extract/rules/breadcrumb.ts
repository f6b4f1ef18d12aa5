import { furnitureKind } from '../furniture';
import type { AnyRule } from '../line-rules';

/** A breadcrumb written out: 当前位置：首页 > 南阳新闻 > 正文 (fixture cn-app-promos). */
export const breadcrumb: AnyRule = {
  id: 'breadcrumb',
  kind: 'drop-share-prompts',
  where: 'any',
  reason: 'breadcrumb',
  test: (line) => furnitureKind(line.text) === 'breadcrumb',
};
