/**
 * OpenCC conversion over opencc-js's dictionaries, with opencc-js's semantics (longest match,
 * the first dictionary of a group wins, segmentation, conversion and normalization chains;
 * OpenCC's own test cases check it) and a leaner trie: nodes are plain objects that get a
 * child map only when they have children, and a table of the code units that can start a
 * key lets text no dictionary knows pass in one array read per character.
 */

type DictLike = string | string[][];
type DictGroup = DictLike[];
export interface Preset {
  from: Record<string, unknown>;
  to: Record<string, unknown>;
  configs?: Record<string, { segmentation?: DictLike | DictGroup; conversionChain: DictGroup[]; normalizationChain?: DictGroup[] }>;
}
export type ConvertFn = (s: string) => string;

interface Node {
  value?: string;
  next?: Map<number, Node>;
  /** The key ending here is also a key of the segmentation dictionaries. */
  seg?: boolean;
}

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

class Trie {
  private readonly root: Node = {};
  /** The first level by code unit (BMP keys): one array read instead of a map look-up. */
  private readonly first: (Node | undefined)[] = new Array<Node | undefined>(0x10000);
  /** 1 where a UTF-16 code unit can begin a key (the high surrogate for keys outside the BMP). */
  private readonly starts = new Uint8Array(0x10000);
  private end = 0;
  private value = '';

  add(key: string, value: string, seg = false): void {
    let node = this.root;
    for (let i = 0; i < key.length;) {
      const cp = key.codePointAt(i)!;
      i += cp > 0xffff ? 2 : 1;
      const next: Map<number, Node> = (node.next ??= new Map<number, Node>());
      let child = next.get(cp);
      if (!child) next.set(cp, (child = {}));
      node = child;
    }
    node.value = value;
    if (seg) node.seg = true;
    const c = key.charCodeAt(0);
    this.starts[c] = 1;
    if (c < 0xd800 || c > 0xdfff) this.first[c] = this.root.next!.get(c);
  }

  load(d: DictLike, seg = false): void {
    if (typeof d !== 'string') {
      for (const [k, v] of d) this.add(k!, v!, seg);
      return;
    }
    if (!d) return;
    for (const line of d.split('|')) {
      const [k, v] = line.split(' ');
      if (typeof v !== 'string') throw new TypeError('Invalid dictionary entry: expected "source replacement".');
      this.add(k!, v, seg);
    }
  }

  /** A group's dictionaries, the first winning (loaded last), as opencc-js loads them. */
  static of(group: DictGroup, segmentationDicts = 0): Trie {
    const t = new Trie();
    for (let i = group.length - 1; i >= 0; i--) t.load(group[i]!, i < segmentationDicts);
    return t;
  }

  /**
   * Segmentation and this trie's conversion in one walk, for a trie whose first dictionaries
   * are the segmentation's: a segment that is a segmentation key converts to that key's value
   * (no longer match fits in it), and the runs between are converted on their own.
   */
  segmentAndConvert(s: string): { text: string; cuts: number[] } {
    let out = '';
    const cuts: number[] = [];
    let run = -1;
    for (let i = 0; i < s.length;) {
      if (this.starts[s.charCodeAt(i)] && this.match(s, i, s.length, true)) {
        const end = this.end;
        const value = this.value;
        if (run >= 0) {
          out += this.convert(s.slice(run, i));
          cuts.push(out.length);
          run = -1;
        }
        out += value;
        cuts.push(out.length);
        i = end;
      } else {
        if (run < 0) run = i;
        i += unmatchedLength(s, i);
      }
    }
    if (run >= 0 || !cuts.length) {
      out += this.convert(s.slice(Math.max(run, 0)));
      cuts.push(out.length);
    }
    return { text: out, cuts };
  }

  /**
   * Longest key at s[i] ending at or before `limit` (with `segmentation`, the longest of the
   * segmentation's keys): sets this.end and this.value.
   */
  private match(s: string, i: number, limit = s.length, segmentation = false): boolean {
    const c0 = s.charCodeAt(i);
    let node: Node | undefined = c0 < 0xd800 || c0 > 0xdfff ? this.first[c0] : this.root;
    let found = 0;
    let j = i;
    if (node !== this.root) {
      if (!node) return false;
      j = i + 1;
      if (segmentation ? node.seg : node.value !== undefined) {
        found = j;
        this.value = node.value!;
      }
    }
    while (j < limit) {
      const c = s.charCodeAt(j);
      const cp = c >= 0xd800 && c <= 0xdbff ? s.codePointAt(j)! : c;
      j += cp > 0xffff ? 2 : 1;
      node = node.next?.get(cp);
      if (!node) break;
      if (segmentation ? node.seg : node.value !== undefined) {
        found = j;
        this.value = node.value!;
      }
    }
    this.end = found;
    return found > 0;
  }

  convert(s: string): string {
    let out = '';
    let run = 0; // start of the text copied as it is
    for (let i = 0; i < s.length;) {
      const c = s.charCodeAt(i);
      if (!this.starts[c] && !isIds(c)) {
        i++;
        continue;
      }
      if (this.starts[c] && this.match(s, i)) {
        if (i > run) out += s.slice(run, i);
        out += this.value;
        i = run = this.end;
      } else i += unmatchedLength(s, i);
    }
    return run === 0 ? (out ? out + s : s) : out + s.slice(run);
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
      if (!this.starts[c] && !isIds(c)) {
        i++;
        continue;
      }
      while (cuts[lim]! <= i) lim++;
      if (this.starts[c] && this.match(s, i, cuts[lim])) {
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
      if (this.starts[s.charCodeAt(i)] && this.match(s, i)) {
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
    const fused = segDicts.length > 0 && !!first && segDicts.every((d, i) => d === first[i]);
    const steps = config.conversionChain.map((g, i) => Trie.of(g, fused && i === 0 ? segDicts.length : 0));
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
