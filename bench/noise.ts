/** Noise left in an extracted text, counted with the pipeline's own detectors. */
import { parseCreditSegments, parseCreditLine } from '../utils/extract/credit-grammar';
import { matchesKind } from '../utils/extract/line-rules';
import { LINE_RULES } from '../utils/extract/rules';
import { normKey } from '../utils/extract/blocks';

export interface Noise {
  credits: number;
  disclaimers: number;
  prompts: number;
  duplicates: number;
}

export function countNoise(text: string): Noise {
  const lines = text
    .split(/\n+/)
    .map((l) => l.trim())
    .filter(Boolean);
  const seen = new Set<string>();
  const n: Noise = { credits: 0, disclaimers: 0, prompts: 0, duplicates: 0 };
  for (const line of lines) {
    if (parseCreditLine(line) ?? parseCreditSegments(line)) n.credits++;
    else if (matchesKind(LINE_RULES, 'drop-disclaimers', line)) n.disclaimers++;
    else if (matchesKind(LINE_RULES, 'drop-share-prompts', line) || matchesKind(LINE_RULES, 'drop-promos', line)) n.prompts++;
    const key = normKey(line);
    if (key.length >= 20) {
      if (seen.has(key)) n.duplicates++;
      seen.add(key);
    }
  }
  return n;
}
