import type { AnyRule } from '../line-rules';
import { mojibakeScore } from '../mojibake';

/** A line mis-decoded by a wrong charset (fixture cn-jiaozuo-legacy: `!Γ簞ⅰ∮ |`). */
export const garbledLine: AnyRule = {
  id: 'garbled-line',
  kind: 'drop-mojibake',
  where: 'any',
  reason: (line) => {
    const s = mojibakeScore(line.text);
    return `garbled text (${s.weight.toFixed(1)} of ${s.counted} characters look mis-decoded)`;
  },
  test: (line) => mojibakeScore(line.text).garbled,
};
