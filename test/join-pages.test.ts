import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractFromHtml, parseHtml } from '../cli/extract-html';
import type { Article } from '../utils/article';
import { decodeHtml } from '../utils/decode-html';
import { MAX_PAGES } from '../utils/extract/find-pages';
import { followPages, joinPages, type PageLoader } from '../utils/join-pages';
import { restoreBlock } from '../utils/restore';
import { sanitizeToFragment } from '../utils/sanitize';

// test/pages/cn-three-pages/README.md says what the joined article must be.
const DIR = 'test/pages/cn-three-pages/';
const SITE = 'http://www.example.cn/a/2024/0501/';
const read = (name: string): Article => extractFromHtml(decodeHtml(readFileSync(DIR + name)), SITE + name);
const fromFiles: PageLoader = (url) => read(url.slice(SITE.length));
const win = parseHtml('', 'about:blank').window as unknown as Window;
const count = (text: string, part: string): number => text.split(part).length - 1;

async function whole(load: PageLoader = fromFiles): Promise<Article> {
  const first = read('88.html');
  return joinPages(first, await followPages(first, load), win);
}

describe('whole articles: following pages joined to the first', () => {
  it('holds every page once, in order, with the repeated note, pager and headline out', async () => {
    const a = await whole();
    expect(a.joined).toEqual({ pages: 3, total: 3 });
    const firsts = ['清晨六点，东山村的茶园里', '品牌打响了，销路怎么拓', '茶叶带火了乡村旅游'];
    const at = firsts.map((p) => a.text.indexOf(p));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((x, y) => x - y)).toEqual(at);
    for (const p of [...firsts, '让更多群众端上“茶饭碗”', '编者按：五一前夕']) expect(count(a.text, p)).toBe(1);
    for (const gone of ['茶园里的新“产业链”', '下一页', '上一篇', '共3页', '打印本页', '责任编辑']) expect(a.text).not.toContain(gone);
    expect(a.credits).toEqual([
      { role: '责任编辑', names: ['王芳'] },
      { role: '审核', names: ['李强'] },
    ]);
    expect(a.html.match(/<hr data-qd-page="\d+">/g)).toEqual(['<hr data-qd-page="2">', '<hr data-qd-page="3">']);
  });

  it('lists each removal once, and a repeated block can be put back where it was', async () => {
    const a = await whole();
    const keys = a.removals.map((r) => `${r.pass} ${r.text}`);
    expect(new Set(keys).size).toBe(keys.length);
    const repeat = a.removals.findIndex((r) => r.pass === 'join-pages');
    expect(a.removals[repeat]!.reason).toBe('repeated on page 2');
    // Every marker in the body names a removal of the joined record.
    for (const m of a.html.matchAll(/data-qd-removed="(\d+)"/g)) expect(a.removals[Number(m[1])]).toBeDefined();
    const body = win.document.createElement('div');
    body.append(sanitizeToFragment(a.html, win));
    const back = restoreBlock(body, a, repeat, win);
    expect(back?.textContent).toContain('编者按：五一前夕');
    // Back on page 2, after its rule.
    expect(body.querySelector('hr[data-qd-page="2"]')!.compareDocumentPosition(back!) & 4).toBeTruthy(); // 4: Node.DOCUMENT_POSITION_FOLLOWING
  });

  it('keeps what was joined when a page fails, and says which and why', async () => {
    const a = await whole(async (url) => {
      if (url.endsWith('88_3.html')) throw new Error('HTTP 404');
      return fromFiles(url);
    });
    expect(a.joined).toEqual({ pages: 2, total: 3, failed: { page: 3, url: SITE + '88_3.html', error: 'HTTP 404' } });
    expect(a.text).toContain('品牌打响了，销路怎么拓');
    expect(a.text).not.toContain('茶叶带火了乡村旅游');
  });

  it('reads nothing from another site, and stops at the page limit', async () => {
    const first = read('88.html');
    const asked: string[] = [];
    const elsewhere = { ...first, pages: { number: 1, total: 2, next: ['http://mirror.example.net/a/2024/0501/88_2.html'] } };
    expect((await followPages(elsewhere, (u) => (asked.push(u), first))).loaded).toEqual([]);
    expect(asked).toEqual([]);
    // A pager that never ends: each page points to one more.
    const endless: PageLoader = (url) => {
      const n = Number(/_(\d+)\.html$/.exec(url)![1]);
      return { ...read('88_2.html'), url, text: `第${n}页自己的一段正文。`, pages: { number: n, total: n + 1, next: [`${SITE}88_${n + 1}.html`] } };
    };
    const followed = await followPages({ ...first, pages: { number: 1, total: 2, next: [`${SITE}88_2.html`] } }, endless);
    expect(followed.loaded.length + 1).toBe(MAX_PAGES);
    expect(followed.capped).toBe(true);
  });

  it('ends the article where the pager leads to another one: a new title, or the same text again', async () => {
    const first = read('88.html');
    const second = read('88_2.html');
    const chapter = await followPages(first, () => ({ ...second, title: '第十一章 新的开始' }));
    expect(chapter).toMatchObject({ loaded: [], total: 1, ended: { page: 2, why: 'another-title' } });
    // A pager of the comments: page 2 is the article again, with other comments.
    const again = await followPages(first, () => ({ ...first, text: `${first.text}\n\n网友甲：写得好！` }));
    expect(again).toMatchObject({ loaded: [], total: 1, ended: { page: 2, why: 'same-text' } });
    // A page number in the title is still the same article.
    const numbered = await followPages(first, (url) => ({ ...read(url.slice(SITE.length)), title: `${first.title}(${url.endsWith('_2.html') ? 2 : 3})` }));
    expect(numbered.loaded.map((l) => l.page)).toEqual([2, 3]);
    expect(joinPages(first, chapter, win).joined).toEqual({ pages: 1, total: 1, ended: { page: 2, url: SITE + '88_2.html', why: 'another-title' } });
  });
});
