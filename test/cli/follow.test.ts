import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../utils/article';

// Asynchronous: the test's own web server must answer while the command runs.
const run = async (args: string[]): Promise<{ code: number; out: string; err: string }> => {
  try {
    const r = await promisify(execFile)('npx', ['tsx', 'cli/qingdu.ts', ...args], { encoding: 'utf8' });
    return { code: 0, out: r.stdout, err: r.stderr };
  } catch (e) {
    const r = e as { code: number; stdout: string; stderr: string };
    return { code: r.code, out: r.stdout, err: r.stderr };
  }
};
const DIR = 'test/pages/cn-three-pages';
const URL = 'http://www.example.cn/a/2024/0501/88.html';
const PAGE_FIRSTS = ['清晨六点，东山村的茶园里', '品牌打响了，销路怎么拓', '茶叶带火了乡村旅游'];

describe('qingdu extract --follow', { timeout: 120_000 }, () => {
  let origin = '';
  const server = createServer((req, res) => {
    const name = (req.url ?? '').split('/').pop()!;
    let body: Buffer;
    try {
      body = readFileSync(join(DIR, name));
    } catch {
      return res.writeHead(404).end();
    }
    // The server's header names the charset (the pages' own meta says gb2312 too).
    res.writeHead(200, { 'content-type': 'text/html; charset=GBK' }).end(body);
  });
  beforeAll(() => new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve())));
  beforeAll(() => {
    origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('joins the pages saved beside a file', async () => {
    const r = await run(['extract', join(DIR, '88.html'), '--url', URL, '--follow', '--format', 'md']);
    expect(r.code).toBe(0);
    for (const p of PAGE_FIRSTS) expect(r.out.split(p).length - 1).toBe(1);
    // Without --follow: the first page, and the record says more exist.
    const one = JSON.parse((await run(['extract', join(DIR, '88.html'), '--url', URL])).out) as Article;
    expect(one.text).not.toContain(PAGE_FIRSTS[1]);
    expect(one.pages).toEqual({ number: 1, total: 3, next: [URL.replace('88.html', '88_2.html'), URL.replace('88.html', '88_3.html')] });
  });

  it('says which page is missing beside the file, and keeps what it joined', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qingdu-follow-'));
    cpSync(DIR, dir, { recursive: true });
    rmSync(join(dir, '88_3.html'));
    const r = await run(['extract', join(dir, '88.html'), '--url', URL, '--follow']);
    expect(r.code).toBe(0);
    expect(r.err).toBe(`qingdu: page 3 (${URL.replace('88.html', '88_3.html')}): 88_3.html is not saved beside 88.html; joined 2 of 3 pages\n`);
    const a = JSON.parse(r.out) as Article;
    expect(a.joined).toMatchObject({ pages: 2, total: 3, failed: { page: 3 } });
    expect(a.text).toContain(PAGE_FIRSTS[1]);
  });

  it('fetches an address and its next pages from the same site, by the declared charset', async () => {
    const r = await run(['extract', `${origin}/a/88.html`, '--follow', '--format', 'json']);
    expect(r.code).toBe(0);
    const a = JSON.parse(r.out) as Article;
    expect(a.title).toBe('茶园里的新“产业链”：一片叶子带富一方百姓');
    expect(a.joined).toEqual({ pages: 3, total: 3 });
    for (const p of PAGE_FIRSTS) expect(a.text).toContain(p);
    const missing = await run(['extract', `${origin}/a/none.html`]);
    expect(missing).toMatchObject({ code: 1, err: `qingdu: ${origin}/a/none.html: HTTP 404\n` });
  });

  it('refuses --follow where there is nothing beside to follow', async () => {
    expect((await run(['extract', '-', '--follow'])).code).toBe(2);
    expect((await run(['extract', DIR, '--follow'])).err).toMatch(/--follow is for one file or address/);
  });
});
