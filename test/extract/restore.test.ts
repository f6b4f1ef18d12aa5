import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../cli/extract-html';

const P = (i: number) =>
  `<p>第${i}段：市委书记实地调研部分重点项目建设，强调要坚持项目为王、实干为要，推动项目建设提质增效，为经济社会高质量发展提供坚实支撑。</p>`;
const page = `<title>项目建设_某网</title><h1>项目建设</h1><div>${P(1)}${P(2)}<p><img src="http://e.cn/pic/qrcode.gif" alt="扫码"></p>${P(3)}<p>免责声明：本网转载稿件不代表本网观点。</p></div>`;

describe('removals that can be restored', () => {
  const a = extractFromHtml(page, 'http://news.example.cn/2024-05/08/content_1.htm');
  const find = (pass: string) => a.removals.filter((r) => r.pass === pass);

  it('keep the whole removed block, sanitized, and leave a marker where it was', () => {
    const [disclaimer] = find('drop-disclaimers');
    expect(disclaimer?.html).toBe('<p>免责声明：本网转载稿件不代表本网观点。</p>');
    const i = a.removals.indexOf(disclaimer!);
    expect(a.html).toContain(`<span data-qd-removed="${i}"></span>`);
    expect(a.html.indexOf('第3段')).toBeLessThan(a.html.indexOf(`data-qd-removed="${i}"`));
  });
  // An image without an address comes back as nothing, so it gets no html (fixture cn-data-table-photos).
  it('keep an image whole, with its address', () => {
    expect(find('drop-share-prompts').map((r) => r.html)).toEqual(['<img src="http://e.cn/pic/qrcode.gif" alt="扫码">']);
  });
});
