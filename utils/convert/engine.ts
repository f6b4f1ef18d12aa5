/**
 * OpenCC conversion over opencc-js's dictionaries, with opencc-js's semantics (longest match,
 * the first dictionary of a group wins, segmentation, conversion and normalization chains;
 * OpenCC's own test cases and a comparison with opencc-js check it), about 3x as fast
 * (npm run bench:convert): a trie in typed arrays instead of nested maps, and segmentation
 * done in the same walk as the first conversion step where opencc-js's configs allow it.
 */

type DictLike = string | string[][];
type DictGroup = DictLike[];
export interface Preset {
  from: Record<string, unknown>;
  to: Record<string, unknown>;
  configs?: Record<string, { segmentation?: DictLike | DictGroup; conversionChain: DictGroup[]; normalizationChain?: DictGroup[] }>;
}
export type ConvertFn = (s: string) => string;

const isIds = (c: number): boolean => c >= 0x2ff0 && c <= 0x2fff;

function idsArity(cp: number): number {
  if (cp >= 0x2ff0 && cp <= 0x2ff1) return 2;
  if (cp >= 0x2ff2 && cp <= 0x2ff3) return 3;
  if (cp >= 0x2ff4 && cp <= 0x2fff) return 2;
  return 0;
}
const cpLength = (s: string, i: number): number => (s.codePointAt(i)! > 0xffff ? 2 : 1);

/** An ideographic description sequence (⿰木目) is one unit, as in opencc-js. */
function idsEnd(s: string, i: number): number {
  const arity = idsArity(s.codePointAt(i)!);
  if (!arity) return 0;
  let end = i + cpLength(s, i);
  for (let n = 0; n < arity; n++) {
    if (end >= s.length) return 0;
    end = idsEnd(s, end) || end + cpLength(s, end);
  }
  return end;
}
function unmatchedLength(s: string, i: number): number {
  const end = idsEnd(s, i);
  return end > i ? end - i : cpLength(s, i);
}

const VALUE = 1; // a key ends at this node
const SEG = 2; // ... and it is a key of the segmentation dictionaries
const KIDS = 4; // the node has children

/**
 * A trie over UTF-16 code units in flat typed arrays: node ids index `flags` and `values`;
 * the first level is a table by code unit, deeper edges live in one open-addressing hash
 * table keyed by (parent, code unit). Keys are whole code points, so a key can only end
 * where a code point ends.
 */
class Trie {
  private readonly first = new Int32Array(0x10000);
  private flags = new Uint8Array(1024);
  // Packed (never holey): V8 keeps an array written at scattered indices in slow dictionary mode.
  private values: string[] = new Array<string>(1024).fill('');
  private nodes = 1; // node 0 is the root
  private bits = 12;
  private parents = new Int32Array(1 << this.bits); // 0 = empty slot (the root's edges are in `first`)
  private units = new Uint16Array(1 << this.bits);
  private children = new Int32Array(1 << this.bits);
  private edges = 0;
  /** Every key that is not a segmentation key is one code point (see segmentAndConvert). */
  singleNonSeg = true;
  private end = 0;
  private value = '';

  private slot(parent: number, unit: number): number {
    return (Math.imul(parent, 0x9e3779b1) ^ Math.imul(unit, 0x85ebca6b)) >>> (32 - this.bits);
  }

  private child(parent: number, unit: number): number {
    const mask = (1 << this.bits) - 1;
    for (let h = this.slot(parent, unit); ; h = (h + 1) & mask) {
      const p = this.parents[h]!;
      if (p === parent && this.units[h] === unit) return this.children[h]!;
      if (p === 0) return 0;
    }
  }

  private newNode(): number {
    if (this.nodes === this.flags.length) {
      const grown = new Uint8Array(this.flags.length * 2);
      grown.set(this.flags);
      this.flags = grown;
      for (let i = this.values.length; i < grown.length; i++) this.values.push('');
    }
    return this.nodes++;
  }

  private insertEdge(parent: number, unit: number, child: number): void {
    const mask = (1 << this.bits) - 1;
    let h = this.slot(parent, unit);
    while (this.parents[h] !== 0) h = (h + 1) & mask;
    this.parents[h] = parent;
    this.units[h] = unit;
    this.children[h] = child;
  }

  private addEdge(parent: number, unit: number, child: number): void {
    if (++this.edges * 2 > 1 << this.bits) {
      const [parents, units, children] = [this.parents, this.units, this.children];
      this.bits++;
      this.parents = new Int32Array(1 << this.bits);
      this.units = new Uint16Array(1 << this.bits);
      this.children = new Int32Array(1 << this.bits);
      for (let h = 0; h < parents.length; h++) if (parents[h]) this.insertEdge(parents[h]!, units[h]!, children[h]!);
    }
    this.insertEdge(parent, unit, child);
    this.flags[parent]! |= KIDS;
  }

  /** Adds the key text[from, to) (read in place: a dictionary's keys are never cut out as strings). */
  add(text: string, from: number, to: number, value: string, seg = false): void {
    const c0 = text.charCodeAt(from);
    let node = this.first[c0]! || (this.first[c0] = this.newNode());
    for (let i = from + 1; i < to; i++) {
      const c = text.charCodeAt(i);
      let next = this.flags[node]! & KIDS ? this.child(node, c) : 0;
      if (!next) this.addEdge(node, c, (next = this.newNode()));
      node = next;
    }
    this.flags[node]! |= seg ? VALUE | SEG : VALUE;
    this.values[node] = value;
    if (!seg && to - from > cpLength(text, from)) this.singleNonSeg = false;
  }

  /**
   * A dictionary: pairs, or opencc-js's text "key value|key value|…", scanned in place (splitting
   * it into lines and pairs took half the time of building cn->tw).
   */
  load(d: DictLike, seg = false): void {
    if (typeof d !== 'string') {
      for (const [k, v] of d) this.add(k!, 0, k!.length, v!, seg);
      return;
    }
    for (let at = 0; at < d.length;) {
      const bar = d.indexOf('|', at);
      const end = bar < 0 ? d.length : bar;
      const space = d.indexOf(' ', at);
      if (space < 0 || space >= end) throw new TypeError('Invalid dictionary entry: expected "source replacement".');
      // opencc-js keeps what stands before a second space.
      const second = d.indexOf(' ', space + 1);
      this.add(d, at, space, d.slice(space + 1, second >= 0 && second < end ? second : end), seg);
      at = end + 1;
    }
  }

  /** Room for about `edges` edges at once, so that loading a large dictionary rarely rehashes. */
  private reserve(edges: number): void {
    while (edges * 2 > 1 << this.bits) this.bits++;
    this.parents = new Int32Array(1 << this.bits);
    this.units = new Uint16Array(1 << this.bits);
    this.children = new Int32Array(1 << this.bits);
    this.flags = new Uint8Array(Math.max(1024, edges));
    this.values = new Array<string>(this.flags.length).fill('');
  }

  /** A group's dictionaries, the first winning (loaded last), as opencc-js loads them. */
  static of(group: DictGroup, segmentationDicts = 0): Trie {
    const t = new Trie();
    // About a quarter of a dictionary's text are key characters after a key's first (each at most
    // one edge): room for that many, more only if a dictionary needs it.
    t.reserve(group.reduce((n, d) => n + (typeof d === 'string' ? d.length >> 2 : 0), 0));
    for (let i = group.length - 1; i >= 0; i--) t.load(group[i]!, i < segmentationDicts);
    return t;
  }

  /**
   * Segmentation and this trie's conversion in one walk, for a trie whose first dictionaries
   * are the segmentation's and whose other keys are single code points (opencc-js's
   * STCharacters): a segment that is a segmentation key converts to that key's value (no
   * longer match fits in it), and a run between them converts code point by code point (a
   * longer key there would be a segmentation key).
   */
  segmentAndConvert(s: string): { text: string; cuts: number[] } {
    let out = '';
    const cuts: number[] = [];
    let run = -1; // start of the current run between segmentation keys
    let copied = 0; // s[copied, i) is still to be copied as it is
    for (let i = 0; i < s.length;) {
      const c = s.charCodeAt(i);
      const node = this.first[c]!;
      if (node && this.match(s, i, s.length, true)) {
        const end = this.end;
        const value = this.value;
        if (run >= 0) {
          out += s.slice(copied, i);
          cuts.push(out.length);
          run = -1;
        }
        out += value;
        cuts.push(out.length);
        i = copied = end;
        continue;
      }
      if (run < 0) run = i;
      if (node && this.match(s, i, i + cpLength(s, i))) {
        out += s.slice(copied, i) + this.value;
        i = copied = this.end;
      } else i += unmatchedLength(s, i);
    }
    if (run >= 0 || !cuts.length) {
      out += s.slice(copied);
      cuts.push(out.length);
    }
    return { text: out, cuts };
  }

  /**
   * Longest key at s[i] ending at or before `limit` (with `segmentation`, the longest of the
   * segmentation's keys): sets this.end and this.value.
   */
  private match(s: string, i: number, limit = s.length, segmentation = false): boolean {
    let node = this.first[s.charCodeAt(i)]!;
    if (!node) return false;
    const want = segmentation ? SEG : VALUE;
    const flags = this.flags;
    let found = 0;
    let at = 0;
    let j = i + 1;
    if (flags[node]! & want) {
      found = j;
      at = node;
    }
    while (j < limit && flags[node]! & KIDS) {
      node = this.child(node, s.charCodeAt(j++));
      if (!node) break;
      if (flags[node]! & want) {
        found = j;
        at = node;
      }
    }
    if (!found) return false;
    this.end = found;
    this.value = this.values[at]!;
    return true;
  }

  convert(s: string): string {
    return this.convertWithin(s, [s.length], false).text;
  }

  /**
   * `convert` on each segment of `s` (segments end at `cuts`, ascending, the last = length):
   * no match crosses a cut, as when opencc-js converts the segments one by one. Returns the
   * text and where the segments end in it, without cutting the text into pieces.
   */
  convertWithin(s: string, cuts: number[], mapCuts = true): { text: string; cuts: number[] } {
    let out = '';
    let run = 0;
    let k = 0; // next cut to map into the output
    let lim = 0; // next cut after i
    const mapped: number[] = [];
    const flush = (to: number): void => {
      if (mapCuts) while (k < cuts.length && cuts[k]! <= to) mapped.push(out.length + cuts[k++]! - run);
      out += s.slice(run, to);
    };
    for (let i = 0; i < s.length;) {
      const c = s.charCodeAt(i);
      const starts = this.first[c]! !== 0;
      if (!starts && !isIds(c)) {
        i++;
        continue;
      }
      while (cuts[lim]! <= i) lim++;
      if (starts && this.match(s, i, cuts[lim])) {
        flush(i);
        out += this.value;
        i = run = this.end;
        if (mapCuts && cuts[k] === i) {
          mapped.push(out.length);
          k++;
        }
      } else i += unmatchedLength(s, i);
    }
    flush(s.length);
    return { text: out, cuts: mapped };
  }

  /** Where the segments of `s` end (opencc-js's segmentation: longest matches and the runs between). */
  segmentEnds(s: string): number[] {
    const ends: number[] = [];
    let run = -1;
    for (let i = 0; i < s.length;) {
      if (this.first[s.charCodeAt(i)] && this.match(s, i)) {
        if (run >= 0) ends.push(i);
        run = -1;
        ends.push((i = this.end));
      } else {
        if (run < 0) run = i;
        i += unmatchedLength(s, i);
      }
    }
    if (run >= 0 || !ends.length) ends.push(s.length);
    return ends;
  }
}

// opencc-js's shapes for a locale's dictionaries: a group, or a list of groups.
const isPair = (e: unknown): boolean => Array.isArray(e) && typeof e[0] === 'string' && typeof e[1] === 'string';
const isGroup = (g: unknown): g is DictGroup =>
  Array.isArray(g) && g.every((d) => (typeof d === 'string' && (d === '' || d.includes(' '))) || (Array.isArray(d) && d.every(isPair)));
function groupsOf(g: unknown): DictGroup[] {
  if (Array.isArray(g) && g.every(isGroup)) return g;
  return [g as DictGroup];
}

const chainOf = (groups: DictGroup[]): ConvertFn => {
  const tries = groups.map((g) => Trie.of(g));
  return (s) => tries.reduce((acc, t) => t.convert(acc), s);
};

function configName(from: string, to: string): string {
  if (from === 'cn') return `s2${to}`;
  if (to === 'cn') return from === 'hkp' ? 'hk2sp' : from === 'twp' ? 'tw2sp' : `${from}2s`;
  return `${from}2${to}`;
}

/** A converter from an opencc-js locale preset, as its ConverterBuilder builds it. */
export function buildConverter(preset: Preset, from: string, to: string): ConvertFn {
  const config = preset.configs?.[configName(from, to)];
  if (config) {
    const seg = config.segmentation;
    const segDicts: DictGroup = !seg ? [] : Array.isArray(seg) && seg.every((d) => typeof d === 'string') ? seg : [seg as DictLike];
    const first = config.conversionChain[0];
    // opencc-js's s2tw/s2hk configs segment with the first dictionaries of their first step.
    const prefix = segDicts.length > 0 && !!first && segDicts.every((d, i) => d === first[i]);
    const steps = config.conversionChain.map((g, i) => Trie.of(g, prefix && i === 0 ? segDicts.length : 0));
    const fused = prefix && steps[0]!.singleNonSeg;
    const segmentation = segDicts.length && !fused ? Trie.of(segDicts) : null;
    const convert: ConvertFn = (s) => {
      if (!segDicts.length) return steps.reduce((acc, t) => t.convert(acc), s);
      let state = fused ? steps[0]!.segmentAndConvert(s) : { text: s, cuts: segmentation!.segmentEnds(s) };
      const rest = fused ? steps.slice(1) : steps;
      // The last step needs the segments' bounds, not where they end up in its output.
      rest.forEach((t, i) => (state = t.convertWithin(state.text, state.cuts, i < rest.length - 1)));
      return state.text;
    };
    if (!config.normalizationChain) return convert;
    const normalize = chainOf(config.normalizationChain);
    return (s) => convert(normalize(s));
  }
  const groups: DictGroup[] = [];
  if (from !== 't') groups.push(...groupsOf(preset.from[from]));
  if (to !== 't') groups.push(...groupsOf(preset.to[to]));
  return chainOf(groups);
}
