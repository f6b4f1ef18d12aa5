import { pageLines, shortLines, type PageLines } from './text-lines';
import { articleLd, metaContent } from './page';

// (記者翟倩倩、焦嬌)  本报记者 张三 李四  作者：王五  文/趙六  By Jane Doe; a newspaper before the role:
// 光明日报记者 王建宏 张文攀, 新京报记者 彭冲 山东冠县报道, 顶端新闻·河南商报记者马俊峰/文.
const REPORTER =
  /^[\s(（【[]*(?:[\p{Script=Han}]{0,12}?(?:[报報]|社|[网網]|台|新[闻聞]|刊)(?:·[\p{Script=Han}]{1,6})?\s*|特[约約])?(?:(?:[记記]者|撰文|文\s*[/／|]|文字[:：]|通[讯訊]员|通[訊讯]員)\s*[:：/／]?\s*|作者(?:\s*[:：/／]\s*|\s+))([^)）】\]:：。？！?!…]{2,60}?)\s*(?:(?:\s[\p{Script=Han}]{2,8})?[报報][道導]|[发發]自[\p{Script=Han}]{2,6}(?:[报報][道導])?|[摄攝]影?)?[)）】\]]?\s*$/u;
// （姚峰 上海报道）: names and a place in parentheses, without the role, closing a paragraph.
const PLACE_REPORT = /[（(]\s*((?:[\p{Script=Han}]{2,4}[\s、]*){1,4}?)\s+[\p{Script=Han}]{2,6}[报報][道導]\s*[）)]\s*$/u;
// 新华社北京5月8日电（记者王雪、李明）/（中央社記者林志豪台北8日電）: a dateline inside the first paragraph.
const DATELINE = /[电電]\s*[（(]\s*(?:[记記]者)\s*([^（()）]{2,40}?)\s*[）)]|[（(][^（()）]{0,8}?[记記]者\s*([^（()）]{2,40}?)\d{1,2}日[电電][）)]/;
// 〔記者林佳慧／台中報導〕 opening the first paragraph (Taiwan's dailies): name, slash, place.
const BRACKETED = /^[〔［[【(（]\s*[记記]者\s*([\p{Script=Han}、]{2,12}?)\s*[/／]\s*[\p{Script=Han}]{2,6}[报報][道導]\s*[〕］\]】)）]/u;
// 作者：张明 as a field of an info line (时间:… 来源:… 作者:…), or 记者 赵一鸣 / 报道：庄慧玲 closing it.
// The field may name the role again: 作者：记者 刘静, 作者：本報記者 陳靜.
const FIELD =
  /(?<!\p{Script=Han})(?:作者|[记記]者|撰稿|撰文|[报報][道導]|[摄攝]影)(?:\s*[:：]\s*|\s+)(?:(?:本[报報])?[记記]者\s*)?([^\s|｜:：]{2,30})(?=[\s|｜]|$)/u;
// Cities that open a dateline right after the reporter's name (林志豪台北8日電).
const DATELINE_PLACES =
  /(?:台北|臺北|新北|桃園|台中|臺中|台南|臺南|高雄|新竹|基隆|嘉義|花蓮|台東|臺東|宜蘭|屏東|南投|彰化|雲林|苗栗|北京|上海|香港|澳門|澳门|廣州|广州|深圳|天津|重慶|重庆|東京|东京|首爾|首尔|華盛頓|华盛顿|紐約|纽约|倫敦|伦敦|巴黎|柏林|莫斯科|新加坡|曼谷|雪梨|悉尼)$/;
const BY = /^\s*(?:by|written by)\s+([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?:\s*(?:,|and|&)\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})*)\s*$/i;
const ROLE_WORDS = /(?:本[报報]|特[约約])?(?:[记記]者|通[讯訊]员|通[訊讯]員|实习生|實習生|[摄攝]影|作者)/g;

// What a person's name never holds: markup, field labels, numbers, symbols; or a name that
// is an organisation (大汉网络, 云南日报, 新华社, …集团) or a photo credit (受访者供图). Class
// names and widgets that Readability takes for bylines on Chinese pages (size="20", 单位：…,
// ■该作者文章, 能力值:127) and interview questions (记者：…？) fail here.
const NOT_NAMES = /[=<>"@#\p{So}。？！?!…]/u;
const NOT_A_NAME =
  /[=:：<>"@#\d\p{So}()（）。？！?!，；…]|[时時][间間]|[来來]源|[单單]位|供?[图圖]|受[访訪]者|[网網][络絡]?$|[报報]$|社$|集[团團]$|公司$|^(?:www\.|https?:)|\b(?:writer|reporter|correspondent|editor|staff|contributor|columnist)s?$/iu;

/** Split a names string: 翟倩倩、焦嬌 / 张三 李四 / Jane Doe and John Roe. */
export function splitNames(raw: string): string[] {
  // Markup, symbols or a sentence: a widget or a question, not a list of names.
  if (NOT_NAMES.test(raw)) return [];
  const s = raw
    .replace(ROLE_WORDS, ' ')
    .replace(/^\s*by\s+/i, '')
    // A date after a dash or bar: "Jane Doe - 11/20/19 1:39 AM EST".
    .replace(/\s+[-–—|•·]\s+[^-–—|•·]*\d[^-–—|•·]*$/, '')
    .trim();
  const cjk = /\p{Script=Han}/u.test(s);
  const parts = s.split(cjk ? /[\s、，,;；/／|｜]+/ : /\s*(?:,|;|\band\b|&)\s*/i);
  return parts.map((p) => p.trim()).filter((p) => p.length >= (cjk ? 2 : 3) && (cjk ? [...p].length <= 8 : p.length <= 40) && !NOT_A_NAME.test(p));
}

function ldAuthors(doc: Document): string[] {
  const a = articleLd(doc)?.author;
  const list = Array.isArray(a) ? a : a ? [a] : [];
  return list
    .map((x) => (typeof x === 'string' ? x : typeof x === 'object' && x && 'name' in x ? String((x as { name: unknown }).name) : ''))
    .flatMap((x) => splitNames(x));
}

/** Names of the article's reporters or authors. */
function firstMatch(lines: string[], pattern: RegExp, clean = (s: string): string => s): string[] {
  for (const line of lines) {
    const m = pattern.exec(line);
    const raw = m?.slice(1).find(Boolean);
    const names = raw ? splitNames(clean(raw)) : [];
    if (names.length) return names;
  }
  return [];
}

export function readByline(doc: Document, siteName: string, lines: PageLines = pageLines(doc.body)): string[] {
  const fromLd = ldAuthors(doc);
  if (fromLd.length) return fromLd;
  const short = shortLines(lines, 60);
  const reporter = firstMatch(short, REPORTER);
  const fromText = reporter.length ? reporter : firstMatch(short, BY);
  if (fromText.length) return fromText;
  const placed = firstMatch(shortLines(lines, 2000), PLACE_REPORT);
  if (placed.length) return placed;
  const dateline = firstMatch(shortLines(lines, 400, 60), DATELINE, (s) => s.replace(DATELINE_PLACES, ''));
  if (dateline.length) return dateline;
  const bracketed = firstMatch(shortLines(lines, 2000, 60), BRACKETED);
  if (bracketed.length) return bracketed;
  const field = firstMatch(shortLines(lines, 160, 80), FIELD);
  if (field.length) return field;
  const meta = metaContent(doc, 'author', 'article:author', 'byl', 'dc.creator');
  if (meta && !/^https?:/.test(meta) && !meta.includes(siteName || '\u0000') && !/[网網]$/.test(meta)) return splitNames(meta);
  return [];
}
