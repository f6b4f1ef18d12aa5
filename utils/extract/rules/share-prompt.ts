import { furnitureKind } from '../furniture';
import type { AnyRule } from '../line-rules';

/** 【打印本页】【关闭窗口】, 分享到：微信 微博, 字号：大 中 小, a row of share buttons (fixture cn-jiaozuo). */
export const sharePrompt: AnyRule = {
  id: 'share-prompt',
  kind: 'drop-share-prompts',
  where: 'any',
  reason: 'share, print or QR prompt',
  test: (line) => furnitureKind(line.text) === 'share',
};
