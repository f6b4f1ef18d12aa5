import { describe, expect, it } from 'vitest';
import { dropLines } from '../../utils/extract/drop-lines';
import { mojibakeScore } from '../../utils/extract/mojibake';
import { articleContext, bodyText } from '../helpers/dom';

describe('mojibakeScore', () => {
  it.each(['!Γ簞ⅰ∮ |', '锟斤拷锟斤拷锟斤拷', 'Ã©tÃ© Ã  Paris', '鍥藉姟闄㈠姙鍏巺鍗板彂', '����'])('flags %s', (line) => {
    expect(mojibakeScore(line).garbled).toBe(true);
  });
  it.each([
    '水利部启动洪水防御Ⅳ级应急响应',
    'α、β和γ射线的穿透能力不同',
    'The café on Rue de Rivoli reopened.',
    '市領導惠康、董炳麓參加調研。',
    '校對:劉 勇 |',
    '2024年4月 GDP 同比增长5.3%',
  ])('keeps %s', (line) => {
    expect(mojibakeScore(line).garbled).toBe(false);
  });
});

describe('garbled-line (drop-mojibake)', () => {
  it('removes the garbled line and says why', () => {
    const ctx = articleContext('<table><tr><td>編 輯:劉 佳 |</td></tr><tr><td>!Γ簞ⅰ∮ |</td></tr></table><p>正文內容。</p>');
    dropLines.run(ctx);
    expect(bodyText(ctx)).toBe('編 輯:劉 佳 | 正文內容。');
    expect(ctx.removals).toMatchObject([{ pass: 'drop-mojibake', text: '!Γ簞ⅰ∮ |' }]);
  });
});

describe('other scripts', () => {
  it('keeps Russian and Greek prose', () => {
    expect(mojibakeScore('В восьмидесятых годах чешская красавица заявила о себе на весь мир.').garbled).toBe(false);
    expect(mojibakeScore('Η Ελλάδα είναι μια χώρα της Ευρώπης.').garbled).toBe(false);
  });
});
