import type { Credit } from '../article';
import { CREDIT_ROLES, REPORTER_WORDS } from './newsroom';
import { zhSource } from './zh';

export { CREDIT_ROLES };

// Reporters and photographers count as credits only on a line of credits that names an editor
// too (记者：陈雨桐｜编辑：沈可欣｜审核：王立); alone, 记者：X is a byline.
const STRIP_ROLES = [...REPORTER_WORDS, '文字', '图片', '文'].sort((a, b) => b.length - a.length);
const roleSource = (roles: readonly string[]): string => roles.map((r) => zhSource(r, true)).join('|');
const ROLE = new RegExp(`(${roleSource([...CREDIT_ROLES, ...STRIP_ROLES].sort((a, b) => b.length - a.length))})[\\s\\u00a0\\u3000]*[:：]`, 'g');
const EDITORIAL = new RegExp(`^(?:${roleSource(CREDIT_ROLES)})`);
// A staff code after a name: 王梓_NF5619, 李明(A0231).
const STAFF_CODE = /[_＿][A-Za-z]{0,4}\d{2,}|\s*[（(][A-Za-z]{0,4}\d{2,}[)）]/g;
/** A role label standing alone, its names in the next cell: 责任编辑： */
export const LABEL_ONLY = new RegExp(`^[\\s\\u00a0\\u3000[【(（]*(?:${roleSource(CREDIT_ROLES)})[\\s\\u00a0\\u3000]*[:：]?[\\s\\u00a0\\u3000\\]】)）]*$`);
// What may stand around credits on a line: brackets, bars, spaces.
const FRAME = /^[\s\u00a0\u3000[\]【】()（）|｜]*|[\s\u00a0\u3000[\]【】()（）|｜]*$/g;
const NAME = /^[\p{Script=Han}·•A-Za-z.\s\u00a0\u3000]{1,24}$/u;

/** Names of one credit: 劉 佳 is one person (single characters spaced out), 张三 李四 two. */
export function splitCreditNames(raw: string): string[] {
  const out: string[] = [];
  for (const part of raw.split(/[、，,;；/／|｜]+/)) {
    const tokens = part
      .trim()
      .split(/[\s\u00a0\u3000]+/)
      .filter(Boolean);
    if (!tokens.length) continue;
    if (tokens.every((t) => [...t].length === 1)) out.push(tokens.join(''));
    else out.push(...tokens);
  }
  return out;
}

/**
 * A line of segments where some are credits and the rest are short prompts: bracketed
 * (【纠错】【责任编辑:王雪 】, fixture cn-xinhua), or given (the line's inline boxes:
 * <span>责任编辑：刘晓燕</span><span>分享到：微信 微博</span>). `isFurniture` says which other
 * segments may stand beside the credits; without it only segments of four characters or less.
 * Null unless every other segment may.
 */
export function parseCreditSegments(line: string, given?: readonly string[], isFurniture: (s: string) => boolean = () => false): Credit[] | null {
  const segments = (given ?? line.split(/[【】[\]]/)).map((s) => s.trim()).filter(Boolean);
  if (segments.length < 2) return null;
  const credits: Credit[] = [];
  for (const seg of segments) {
    const parsed = parseCreditLine(seg);
    if (parsed) credits.push(...parsed);
    else if ([...seg].length > 4 && !isFurniture(seg)) return null;
  }
  return credits.length ? credits : null;
}

/**
 * Parses a line that consists of credits only (`責 編:劉 佳 |`, `责任编辑：王芳 审核：李强`).
 * Returns null when anything else is on the line, so body sentences never match.
 */
export function parseCreditLine(line: string): Credit[] | null {
  // A date stamp may follow the credits: （編輯：張佳琪）1130508 (fixture tw-cna).
  const text = line.replace(/[\s\u00a0]*\d{6,8}$/, '').replace(FRAME, '');
  if (!text || text.length > 100) return null;
  const matches = [...text.matchAll(ROLE)];
  if (!matches.length || matches[0]!.index !== 0) return null;
  // 记者：X alone is a byline; beside an editor it is a credit.
  if (!matches.some((m) => EDITORIAL.test(m[1]!))) return null;
  const credits: Credit[] = [];
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i]!;
    const end = i + 1 < matches.length ? matches[i + 1]!.index : text.length;
    const rawNames = text
      .slice(m.index + m[0].length, end)
      .replace(FRAME, '')
      .replace(STAFF_CODE, '');
    if (!rawNames || !NAME.test(rawNames.replace(/[、，,;；/／|｜]/g, ' '))) return null;
    const names = splitCreditNames(rawNames);
    if (!names.length) return null;
    credits.push({ role: m[1]!.replace(/[\s\u00a0\u3000]+/g, ''), names });
  }
  return credits;
}
