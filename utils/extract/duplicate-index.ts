/**
 * Finds earlier lines that a new line repeats, exactly or fuzzily: a copy with a few
 * garbled characters is still a copy (see fixture cn-jiaozuo-legacy, whose second copy
 * has one mojibake line). Fuzzy matching uses character 4-gram containment (4-grams hashed to
 * numbers: a rare collision can only add a shared 4-gram).
 */
const GRAM = 4;

/** A key's character 4-grams, each hashed to a 32-bit number (no substring is made). */
function grams(key: string): Set<number> {
  const s = new Set<number>();
  for (let i = 0; i + GRAM <= key.length; i++) {
    let h = 0x811c9dc5;
    for (let k = i; k < i + GRAM; k++) h = Math.imul(h ^ key.charCodeAt(k), 0x01000193);
    s.add(h);
  }
  return s;
}

export class DuplicateIndex {
  private exact = new Map<string, number>();
  private postings = new Map<number, number[]>();
  private sizes: number[] = [];

  /** Minimum key length for fuzzy matching; shorter lines must match exactly (one letter apart is another line). */
  constructor(
    private minFuzzy = 60,
    private threshold = 0.8,
  ) {}

  /** Returns the id of an earlier matching line, if any, then records this one as `id`. */
  check(key: string, id: number): number | undefined {
    const found = this.find(key);
    this.add(key, id);
    return found;
  }

  find(key: string): number | undefined {
    if (!key) return undefined;
    const hit = this.exact.get(key);
    if (hit !== undefined || key.length < this.minFuzzy) return hit;
    const g = grams(key);
    if (!g.size) return undefined;
    const counts = new Map<number, number>();
    for (const gram of g) {
      for (const id of this.postings.get(gram) ?? []) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    let best: number | undefined;
    let bestScore = 0;
    for (const [id, n] of counts) {
      const size = this.sizes[id] ?? 0;
      // Similar length both ways: a short line inside a long one is not a copy of it.
      const score = Math.min(n / g.size, n / size);
      if (score >= this.threshold && score > bestScore) {
        best = id;
        bestScore = score;
      }
    }
    return best;
  }

  add(key: string, id: number): void {
    if (!key) return;
    if (!this.exact.has(key)) this.exact.set(key, id);
    if (key.length < this.minFuzzy) return;
    const g = grams(key);
    if (!g.size) return;
    this.sizes[id] = g.size;
    for (const gram of g) {
      const list = this.postings.get(gram);
      if (!list) this.postings.set(gram, [id]);
      else if (list.length < 64) list.push(id);
    }
  }
}
