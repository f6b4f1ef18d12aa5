import type { Credit } from '../article';
import { zhSource } from './zh';

/**
 * Editorial roles printed under Chinese news articles, in either script (zh() adds the
 * other spelling). Longer roles come first so 責任編輯 wins over 編輯.
 */
export const CREDIT_ROLES = [
  '责任编辑',
  '执行主编',
  '值班主任',
  '值班编辑',
  '网络编辑',
  '新媒体编辑',
  '总值班',
  '总编辑',
  '值班',
  '统筹',
  '责编',
  '审核',
  '审校',
  '审签',
  '审定',
  '终审',
  '三审',
  '二审',
  '一审',
  '编辑',
  '校对',
  '监制',
  '主编',
  '美编',
  '编审',
  '策划',
  '制作',
  '视频',
  '设计',
  '排版',
  '签发',
  '复核',
  '初审',
  '复审',
].sort((a, b) => b.length - a.length);

const ROLE = new RegExp(`(${CREDIT_ROLES.map((r) => zhSource(r, true)).join('|')})[\\s\\u00a0\\u3000]*[:：]`, 'g');
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
 * A line of bracketed segments where some are credits and the rest are short prompts:
 * 【纠错】【责任编辑:王雪 】 (fixture cn-xinhua). Null unless every other segment is short.
 */
export function parseBracketedCredits(line: string): Credit[] | null {
  const segments = line
    .split(/[【】[\]]/)
    .map((s) => s.trim())
    .filter(Boolean);
  if (segments.length < 2) return null;
  const credits: Credit[] = [];
  for (const seg of segments) {
    const parsed = parseCreditLine(seg);
    if (parsed) credits.push(...parsed);
    else if ([...seg].length > 4) return null;
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
  const credits: Credit[] = [];
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i]!;
    const end = i + 1 < matches.length ? matches[i + 1]!.index : text.length;
    const rawNames = text.slice(m.index + m[0].length, end).replace(FRAME, '');
    if (!rawNames || !NAME.test(rawNames.replace(/[、，,;；/／|｜]/g, ' '))) return null;
    const names = splitCreditNames(rawNames);
    if (!names.length) return null;
    credits.push({ role: m[1]!.replace(/[\s\u00a0\u3000]+/g, ''), names });
  }
  return credits;
}
