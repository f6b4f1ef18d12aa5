/**
 * Sending to Zotero and Obsidian (issue 20 item 4): the Zotero item has the shape of Zotero's
 * schema for a newspaperArticle, its snapshot header survives HTTP, and the Obsidian address
 * has the exact form of Obsidian's URI with a safe note path.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { emptyArticle, type Article } from '../utils/article';
import { clipName } from '../utils/clip';
import { obsidianPath, obsidianUri } from '../utils/clip/obsidian';
import { snapshotMetadata, zoteroItem } from '../utils/clip/zotero';

// zotero/zotero-schema schema.json, itemType newspaperArticle: its fields and creator types.
const NEWSPAPER_FIELDS = new Set([
  'title',
  'abstractNote',
  'publicationTitle',
  'place',
  'edition',
  'date',
  'section',
  'pages',
  'language',
  'shortTitle',
  'ISSN',
  'url',
  'accessDate',
  'archive',
  'archiveLocation',
  'libraryCatalog',
  'callNumber',
  'rights',
  'extra',
]);
const CREATOR_TYPES = new Set(['author', 'contributor', 'reviewedAuthor', 'translator']);
// What every connector item carries besides its fields.
const ITEM_KEYS = new Set(['id', 'itemType', 'creators', 'tags', 'notes', 'attachments']);

const article: Article = {
  ...emptyArticle('https://www.example.cn/a/2024/0501/88.html'),
  isArticle: true,
  title: '茶园里的新"产业链"：一片叶子 [带富] 一方#百姓',
  byline: ['翟倩倩', 'Jane Q. Public'],
  publishedTime: '2024-05-01T08:35:00+08:00',
  siteName: '某县新闻网',
  source: '某县日报',
  lang: 'zh-Hans',
  text: `${'东山村茶叶合作社带动茶农增收。'.repeat(30)}\n\n第二段。`,
  credits: [{ role: '责编', names: ['刘佳'] }],
};

describe('a Zotero item', () => {
  it("has only fields of Zotero's newspaperArticle, with the article's provenance", () => {
    const item = zoteroItem(article, '2026-12-03T04:05:06.789Z', 'qingdu-article');
    for (const key of Object.keys(item)) expect(ITEM_KEYS.has(key) || NEWSPAPER_FIELDS.has(key), key).toBe(true);
    expect(item).toMatchObject({
      itemType: 'newspaperArticle',
      title: article.title,
      date: '2024-05-01',
      publicationTitle: '某县日报',
      url: article.url,
      language: 'zh-Hans',
      accessDate: '2026-12-03 04:05:06',
      extra: '责编: 刘佳',
    });
    // A Chinese name is one field (fieldMode 1); a Latin one is split.
    expect(item.creators).toEqual([
      { lastName: '翟倩倩', fieldMode: 1, creatorType: 'author' },
      { firstName: 'Jane Q.', lastName: 'Public', creatorType: 'author' },
    ]);
    for (const c of item.creators) expect(CREATOR_TYPES.has(c.creatorType)).toBe(true);
    // The abstract is the opening, not the whole text.
    expect(item.abstractNote).toBe(`${'东山村茶叶合作社带动茶农增收。'.repeat(30).slice(0, 300)}…`);
  });

  it("carries the reader's highlights as one child note, as HTML with the page's text escaped", () => {
    expect(zoteroItem(article, '2026-12-03T04:05:06.789Z', 'qingdu-article').notes).toEqual([]);
    const notes = [
      { quote: '茶农<script>alert(1)</script>增收', note: '核对数字\n第二行', n: 1, placed: true },
      { quote: '第二段', note: '', n: 0, placed: true },
    ];
    const [one, ...more] = zoteroItem(article, '2026-12-03T04:05:06.789Z', 'qingdu-article', notes).notes;
    expect(more).toEqual([]);
    const note = new JSDOM(one!.note).window.document;
    expect(note.querySelectorAll('script')).toHaveLength(0);
    expect([...note.querySelectorAll('blockquote')].map((b) => b.textContent)).toEqual(['茶农<script>alert(1)</script>增收', '第二段']);
    const lines = [...note.querySelector('blockquote + p')!.childNodes].map((n) => (n.nodeName === 'BR' ? '|' : n.textContent));
    expect(lines.join('')).toBe('核对数字|第二行');
  });

  it('sends its snapshot header in ASCII that parses back to the same title', () => {
    const header = snapshotMetadata(article, 's1', 'qingdu-article');
    expect(/^[\x20-\x7e]+$/.test(header)).toBe(true);
    expect(JSON.parse(header)).toEqual({ sessionID: 's1', parentItemID: 'qingdu-article', title: `清讀 ${article.title}`, url: article.url });
  });
});

describe('an Obsidian note', () => {
  const name = (a: Article) => clipName(a, { target: 'original', clippedAt: '2026-12-03T00:00:00Z' });
  it('is made by obsidian://new with the vault, the note path and the clipboard', () => {
    expect(obsidianUri(name(article), 'Research 研究', 'News/清讀')).toBe(
      `obsidian://new?vault=${encodeURIComponent('Research 研究')}&file=${encodeURIComponent('News/清讀/2024-05-01 茶园里的新 产业链 ：一片叶子 带富 一方 百姓')}&clipboard`,
    );
    // No vault: the one open last.
    expect(obsidianUri(name(article), ' ', '')).toMatch(/^obsidian:\/\/new\?file=2024-05-01%20/);
  });

  it('keeps the note inside its folder: no characters Obsidian refuses, no way up', () => {
    expect(obsidianPath(name(article), '../../etc/./x/')).toBe('etc/x/2024-05-01 茶园里的新 产业链 ：一片叶子 带富 一方 百姓');
    expect(obsidianPath(name({ ...article, title: 'a/b\\c:d*e?f"g<h>i|j#k^l[m]n' }), '')).toBe('2024-05-01 a b c d e f g h i j k l m n');
  });
});
