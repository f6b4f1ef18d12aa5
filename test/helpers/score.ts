/**
 * Word 4-gram overlap of an extracted text with its truth, as AEB scores articles (precision,
 * recall, F1 over shingles), with each Han character a token of its own. Small enough to ship
 * with the tests: benchmarks use ../shared/bench/score.mjs.
 */
const TOKEN = /\p{Script=Han}|[\p{L}\p{N}]+/gu;
const N = 4;

function shingles(text: string): Map<string, number> {
  const tokens = text.toLowerCase().match(TOKEN) ?? [];
  const out = new Map<string, number>();
  const n = Math.min(N, tokens.length);
  for (let i = 0; n && i + n <= tokens.length; i++) {
    const s = tokens.slice(i, i + n).join(' ');
    out.set(s, (out.get(s) ?? 0) + 1);
  }
  return out;
}

export interface Score {
  precision: number;
  recall: number;
  f1: number;
}

export function score(extracted: string, truth: string): Score {
  const a = shingles(extracted);
  const b = shingles(truth);
  let common = 0;
  for (const [s, n] of a) common += Math.min(n, b.get(s) ?? 0);
  const total = (m: Map<string, number>): number => [...m.values()].reduce((x, y) => x + y, 0);
  const precision = total(a) ? common / total(a) : total(b) ? 0 : 1;
  const recall = total(b) ? common / total(b) : 1;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** How much of `reference` is in `text`: the share of its distinct shingles found there (a text printed twice counts once). */
export function covered(text: string, reference: string): number {
  const have = shingles(text);
  const wanted = [...shingles(reference).keys()];
  return wanted.length ? wanted.filter((s) => have.has(s)).length / wanted.length : 1;
}
