/** Noise left in an extracted text, counted with the pipeline's own detectors. */
import { parseBracketedCredits, parseCreditLine } from '../utils/extract/credit-grammar';
import { isDisclaimerLine } from '../utils/extract/drop-disclaimers';
import { isPromptLine } from '../utils/extract/drop-share-prompts';
import { isPromoLine } from '../utils/extract/drop-promos';
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
    if (parseCreditLine(line) ?? parseBracketedCredits(line)) n.credits++;
    else if (isDisclaimerLine(line)) n.disclaimers++;
    else if (isPromptLine(line) || isPromoLine(line)) n.prompts++;
    const key = normKey(line);
    if (key.length >= 20) {
      if (seen.has(key)) n.duplicates++;
      seen.add(key);
    }
  }
  return n;
}
