/**
 * Finds earlier lines that a new line repeats, exactly or fuzzily: a copy with a few
 * garbled characters is still a copy (see fixture cn-jiaozuo-legacy, whose second copy
 * has one mojibake line). Fuzzy matching uses character 4-gram containment (4-grams hashed to
 * numbers: a rare collision can only add a shared 4-gram).
 */
const GRAM = 4;
/** Shorter keys are compared exactly only (one letter apart is another line). */
export const MIN_FUZZY = 60;

/** A key's distinct character 4-grams, each hashed to a 32-bit number (no substring is made). */
function grams(key: string): Int32Array {
  const n = Math.max(0, key.length - GRAM + 1);
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let h = 0x811c9dc5;
    for (let k = i; k < i + GRAM; k++) h = Math.imul(h ^ key.charCodeAt(k), 0x01000193);
    out[i] = h;
  }
  out.sort();
  let m = 0;
  for (let i = 0; i < n; i++) if (i === 0 || out[i] !== out[i - 1]) out[m++] = out[i]!;
  return out.subarray(0, m);
}

export class DuplicateIndex {
  private exact = new Map<string, number>();
  private postings = new Map<number, number[]>();
  private sizes: number[] = [];
  // Shared gram counts per earlier line, reused by every look-up (no map per line).
  private tally = new Int32Array(64);

  /** Minimum key length for fuzzy matching; shorter lines must match exactly (one letter apart is another line). */
  constructor(
    private minFuzzy = MIN_FUZZY,
    private threshold = 0.8,
  ) {}

  /** Returns the id of an earlier matching line, if any, then records this one as `id`. */
  check(key: string, id: number): number | undefined {
    if (!key) return undefined;
    const hit = this.exact.get(key);
    if (hit !== undefined || key.length < this.minFuzzy) {
      // An exact copy adds nothing to the fuzzy index: its original matches whatever it would.
      if (hit === undefined) this.exact.set(key, id);
      return hit;
    }
    const g = grams(key);
    const found = this.fuzzy(g);
    this.exact.set(key, id);
    this.post(g, id);
    return found;
  }

  find(key: string): number | undefined {
    if (!key) return undefined;
    const hit = this.exact.get(key);
    if (hit !== undefined || key.length < this.minFuzzy) return hit;
    return this.fuzzy(grams(key));
  }

  add(key: string, id: number): void {
    if (!key) return;
    if (this.exact.has(key)) return;
    this.exact.set(key, id);
    if (key.length >= this.minFuzzy) this.post(grams(key), id);
  }

  private fuzzy(g: Int32Array): number | undefined {
    if (!g.length) return undefined;
    const touched: number[] = [];
    for (const gram of g) {
      for (const id of this.postings.get(gram) ?? []) {
        const n = this.tally[id]!;
        this.tally[id] = n + 1;
        if (n === 0) touched.push(id);
      }
    }
    let best: number | undefined;
    let bestScore = 0;
    for (const id of touched) {
      const n = this.tally[id]!;
      this.tally[id] = 0;
      // Similar length both ways: a short line inside a long one is not a copy of it.
      const score = Math.min(n / g.length, n / this.sizes[id]!);
      if (score >= this.threshold && (score > bestScore || (score === bestScore && id < best!))) {
        best = id;
        bestScore = score;
      }
    }
    return best;
  }

  private post(g: Int32Array, id: number): void {
    if (!g.length) return;
    if (id >= this.tally.length) {
      const grown = new Int32Array(Math.max(id + 1, this.tally.length * 2));
      grown.set(this.tally);
      this.tally = grown;
    }
    this.sizes[id] = g.length;
    for (const gram of g) {
      const list = this.postings.get(gram);
      if (!list) this.postings.set(gram, [id]);
      else if (list.length < 64) list.push(id);
    }
  }
}

/** Characters of lines that repeat an earlier line exactly. */
export function exactRepeats(keys: readonly string[], minKey = 1): number {
  const seen = new Set<string>();
  let n = 0;
  for (const k of keys) {
    if (k.length < minKey) continue;
    if (seen.has(k)) n += k.length;
    else seen.add(k);
  }
  return n;
}
