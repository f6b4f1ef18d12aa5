/**
 * Line rules: what the article passes know about single lines, as data. A rule is one object
 * in one file under rules/ (`{ id, kind, where, reason, test }`); the engine here walks the
 * block index once and records each removal under the rule's kind, so restore, the UI's names
 * and the goldens work for a new rule without more code. The first rule that matches a line
 * removes it. CONTRIBUTING.md shows how to add one.
 */
import type { Line } from './block-index';
import { NO_LINKS, type LinkStats } from './links';
import { normKey, pruneEmptyAncestors } from './blocks';
import { blocks, removeNode, type ArticleContext } from './context';
import type { RemovalKind } from './removal-kinds';

/** What a rule sees of a line. */
export interface LineView {
  /** The text, whitespace collapsed. */
  readonly text: string;
  /** normKey of the text: letters, digits and Han only. */
  readonly key: string;
  /** The text with each <br> as a space. */
  readonly spaced: string;
  readonly links: LinkStats;
  /** The element (absent when a benchmark asks about bare text). */
  readonly el?: Element;
}

interface RuleBase {
  /** The rule's file name under rules/. */
  id: string;
  /** The kind of removal it records (the UI names it). */
  kind: RemovalKind;
  reason: string | ((line: LineView) => string);
  /** The text recorded for the removal, when not the line's own. */
  record?: (line: LineView) => string;
  /** The rule's thresholds, named (its test reads them). */
  limits?: Readonly<Record<string, number>>;
}

/** A line that is noise wherever it stands, judged by itself. */
export interface AnyRule extends RuleBase {
  where: 'any';
  test(line: LineView): boolean;
}

/**
 * A line judged by where it stands and by what the page says of itself: among the lines
 * opening the article (each line before it removed, at most HEAD_LINES in, never the last
 * line), or among the last TAIL_LINES.
 */
export interface EdgeRule extends RuleBase {
  where: 'head' | 'tail';
  test(line: LineView, ctx: ArticleContext): boolean;
  /** What removing the line teaches the record (a "By …" line names the authors). */
  onRemove?(line: LineView, ctx: ArticleContext): void;
}

export type LineRule = AnyRule | EdgeRule;

/** How far into the article a head rule looks, and how far from its end a tail rule. */
export const HEAD_LINES = 6;
export const TAIL_LINES = 4;

/** A line of bare text (no element, no links), for benchmarks counting noise in extracted text. */
export function textLine(text: string): LineView {
  const t = text.replace(/\s+/g, ' ').trim();
  return { text: t, spaced: t, key: normKey(t), links: NO_LINKS };
}

/** Does some `any` rule of this kind match a line of bare text? (bench/noise.ts) */
export const matchesKind = (rules: readonly LineRule[], kind: RemovalKind, text: string): boolean =>
  rules.some((r) => r.kind === kind && r.where === 'any' && r.test(textLine(text)));

function drop(ctx: ArticleContext, rule: LineRule, line: Line): void {
  const parent = line.el.parentElement;
  if (rule.where !== 'any') rule.onRemove?.(line, ctx);
  removeNode(ctx, rule.kind, typeof rule.reason === 'string' ? rule.reason : rule.reason(line), line.el, rule.record?.(line));
  pruneEmptyAncestors(parent, ctx.article);
}

/** The `any` rules over every line, in one walk. */
export function applyAnywhere(ctx: ArticleContext, rules: readonly LineRule[]): void {
  const any = rules.filter((r): r is AnyRule => r.where === 'any');
  for (const line of blocks(ctx).lines()) {
    if (line.dead) continue;
    const rule = any.find((r) => r.test(line));
    if (rule) drop(ctx, rule, line);
  }
}

/**
 * The `head` rules down from the first line while each line is removed, then the `tail`
 * rules over the last lines. Lines are looked up again after each removal at the head: a box
 * left with only loose text beside the removed line is a line now (block-index promote).
 */
export function applyAtEdges(ctx: ArticleContext, rules: readonly LineRule[]): void {
  const head = rules.filter((r): r is EdgeRule => r.where === 'head');
  for (let n = 0; n < HEAD_LINES; n++) {
    const lines = blocks(ctx).lines();
    if (lines.length < 2) break;
    const rule = head.find((r) => r.test(lines[0]!, ctx));
    if (!rule) break;
    drop(ctx, rule, lines[0]!);
  }
  const tail = rules.filter((r): r is EdgeRule => r.where === 'tail');
  for (const line of blocks(ctx).lines().slice(-TAIL_LINES)) {
    const rule = tail.find((r) => r.test(line, ctx));
    if (rule) drop(ctx, rule, line);
  }
}
