import type { EdgeRule } from '../line-rules';

const address = (u: string): string => u.replace(/^https?:\/\/(?:www\.)?/i, '').replace(/[/#?]+$/, '');

/** The page's own address printed over the story (Hearst templates; fixture en-wire-header). */
export const repeatsAddress: EdgeRule = {
  id: 'repeats-address',
  kind: 'drop-header-repeats',
  where: 'head',
  reason: 'repeats the page address',
  test: (line, ctx) => address(line.text) === address(ctx.url),
};
