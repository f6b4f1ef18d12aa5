/**
 * Corpora at scale from the command line: the HTML responses of a WARC file (charset from the
 * HTTP header first), a list of addresses fetched politely, --jobs N giving the records
 * --jobs 1 gives, and --shard/--skip-existing letting several workers (GNU parallel, as the
 * README's recipe) share a crawl and resume it: every record out once, none lost.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { FIXTURES } from '../helpers/fixtures';
import { jsonlRecords } from '../helpers/records';
import { writeWarc, type WarcEntry } from '../helpers/warc';

const CLI = ['tsx', 'cli/qingdu.ts'];
const run = (args: string[]) => {
  const r = spawnSync('npx', [...CLI, ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const runBytes = (args: string[]) => spawnSync('npx', [...CLI, ...args]);
/** Started together, finished together (for requests that must overlap in time). */
const runAsync = (args: string[]) =>
  new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
    const child = spawn('npx', [...CLI, ...args]);
    let out = '';
    let err = '';
    // Decoded as a stream: a character split between two chunks stays whole.
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    child.on('close', (code) => resolve({ code, out, err }));
  });
type PageRecord = { file?: string; record?: string; address?: string; url: string; title: string; isArticle: boolean; text: string };
const records = (out: string) => jsonlRecords<PageRecord>(out);

const fixture = (slug: string): Buffer => readFileSync(join(FIXTURES, slug, 'source.html'));
// A GB2312 page whose own meta is blanked out: only the HTTP header names its charset.
const gbPage = Buffer.from(
  readFileSync(join(FIXTURES, '..', 'pages/cn-three-pages/88.html'))
    .toString('latin1')
    .replace(/<meta http-equiv[^>]*>/i, (m) => ' '.repeat(m.length)),
  'latin1',
);
const GB_TITLE = '茶园里的新“产业链”：一片叶子带富一方百姓';

/** A crawl as crawlers write it: pages, and what is not a page (errors, redirects, images, revisits). */
const CRAWL: WarcEntry[] = [
  { url: 'http://www.people.com.cn/n1/2024/0517/c1004-40237727.html', body: fixture('cn-people'), type: 'text/html; charset=utf-8' },
  { url: 'http://www.example.cn/a/2024/0501/88.html', body: gbPage, type: 'text/html; charset=GB2312' },
  { url: 'http://www.example.cn/missing.html', body: '<html><body>Not found</body></html>', status: 404 },
  { url: 'http://www.example.cn/old.html', body: '', status: 301 },
  { url: 'http://www.example.cn/logo.png', body: new Uint8Array([137, 80, 78, 71]), type: 'image/png' },
  { url: 'http://www.people.com.cn/n1/2024/0517/c1004-40237727.html', body: '', record: 'revisit' },
  { url: 'https://www.cna.com.tw/news/aipl/202405170001.aspx', body: fixture('tw-cna'), type: 'text/html' },
  { url: 'http://www.example.cn/list.html', body: fixture('not-article-channel-list'), record: 'resource', type: 'text/html; charset=utf-8' },
  { url: 'https://example.com/local/story', body: fixture('en-news'), type: 'text/html; charset=utf-8' },
];
const PAGES_IN_CRAWL = 5;

let dir: string;
let warc: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'qingdu-corpus-'));
  warc = join(dir, 'crawl.warc.gz');
  await writeWarc(warc, CRAWL);
  await writeWarc(join(dir, 'crawl.warc'), CRAWL);
});

describe('qingdu extract, corpora', { timeout: 180_000 }, () => {
  it('reads the HTML responses of a WARC file, in order, charset from the HTTP header, the same with --jobs 1 and --jobs 3', () => {
    const one = run(['extract', warc, '--jobs', '1']);
    const three = run(['extract', warc, '--jobs', '3']);
    expect(one.code).toBe(0);
    expect(three.code).toBe(0);
    const got = records(one.out);
    expect(records(three.out)).toEqual(got);
    expect(got.map((r) => r.url)).toEqual([CRAWL[0]!.url, CRAWL[1]!.url, CRAWL[6]!.url, CRAWL[7]!.url, CRAWL[8]!.url]);
    expect(got.every((r) => r.file === 'crawl.warc.gz' && /^<urn:uuid:[0-9a-f-]{36}>$/.test(r.record!))).toBe(true);
    expect(new Set(got.map((r) => r.record)).size).toBe(PAGES_IN_CRAWL);
    expect(got[1]!.title).toBe(GB_TITLE);
    expect(got[1]!.text).toContain('东山村');
    expect(got.map((r) => r.isArticle)).toEqual([true, true, true, false, true]);
    expect(one.err.trim()).toBe('qingdu: 5 pages: 4 articles, 1 not articles, 0 errors');
    // An uncompressed WARC holds the same pages.
    expect(records(run(['extract', join(dir, 'crawl.warc'), '--jobs', '2']).out).map((r) => r.title)).toEqual(got.map((r) => r.title));
  });

  it('shares a crawl among GNU parallel workers with --shard, every record out once, and resumes with --skip-existing', () => {
    const out = join(dir, 'shared');
    const shards = spawnSync(
      'parallel',
      ['--halt', 'now,fail=1', 'npx', ...CLI, 'extract', warc, '--format', 'md', '--out', out, '--jobs', '1', '--shard', '{}/3', ':::', '1', '2', '3'],
      { encoding: 'utf8' },
    );
    expect(shards.status).toBe(0);
    // Each worker says what it did; together, every page once.
    const summaries = shards.stderr.match(/qingdu: (\d+) pages: /g)!.map((l) => Number(/(\d+) pages/.exec(l)![1]));
    expect(summaries.reduce((a, b) => a + b, 0)).toBe(PAGES_IN_CRAWL);
    const files = readdirSync(out).sort();
    expect(files).toHaveLength(PAGES_IN_CRAWL);
    const titles = files.map((f) => /^title: "(.*)"$/m.exec(readFileSync(join(out, f), 'utf8'))![1]);
    expect(new Set(titles).size).toBe(PAGES_IN_CRAWL);
    expect(titles).toContain(GB_TITLE);

    // A crash lost one page's file and left another's half written: the rerun does those alone.
    const times = Object.fromEntries(files.map((f) => [f, statSync(join(out, f)).mtimeMs]));
    rmSync(join(out, files[0]!));
    writeFileSync(join(out, `${files[1]!}.part`), 'half');
    const again = run(['extract', warc, '--format', 'md', '--out', out, '--skip-existing']);
    expect(again.code).toBe(0);
    expect(again.err.trim()).toBe(`qingdu: 1 pages: 1 articles, 0 not articles, 0 errors; 4 already in ${out}`);
    expect(
      readdirSync(out)
        .filter((f) => !f.endsWith('.part'))
        .sort(),
    ).toEqual(files);
    for (const f of files.slice(1)) expect(statSync(join(out, f)).mtimeMs).toBe(times[f]);
  });

  it('refuses what cannot be meant, in one line', () => {
    expect(run(['extract', warc, '--jobs', '0']).err).toMatch(/^qingdu: --jobs 0: a whole number of workers/);
    expect(run(['extract', warc, '--shard', '4/3']).err).toMatch(/^qingdu: --shard 4\/3: i\/n with 1 ≤ i ≤ n/);
    expect(run(['extract', warc, '--skip-existing']).err).toMatch(/^qingdu: --skip-existing needs --out DIR/);
    const single = run(['extract', join(FIXTURES, 'en-news/source.html'), '--jobs', '2']);
    expect(single.code).toBe(2);
    expect(single.err).toMatch(/^qingdu: --jobs, --shard and --skip-existing are for a folder, a WARC file or --urls/);
  });
});

describe('qingdu extract --urls', { timeout: 120_000 }, () => {
  let server: Server;
  let base: string;
  // When each request to the server started and ended: politeness is measured, not assumed.
  const visits: { path: string; start: number; end: number }[] = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      const visit = { path: req.url ?? '', start: Date.now(), end: 0 };
      visits.push(visit);
      const send = (status: number, type: string, body: Buffer | string, headers: Record<string, string> = {}) =>
        setTimeout(() => {
          visit.end = Date.now();
          res.writeHead(status, { 'content-type': type, ...headers }).end(body);
        }, 100);
      if (req.url === '/gb.html') send(200, 'text/html; charset=GB2312', gbPage);
      else if (req.url === '/people.html') send(200, 'text/html; charset=utf-8', fixture('cn-people'));
      else if (req.url === '/moved') send(301, 'text/html', '', { location: '/people.html' });
      else if (req.url === '/logo.png') send(200, 'image/png', Buffer.from([137, 80, 78, 71]));
      else send(404, 'text/html', 'Not found');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('fetches a list in order, one request at a time per site with --wait between, and names each failure', async () => {
    const list = join(dir, 'urls.txt');
    const addresses = [
      `${base}/gb.html`,
      `${base}/gone.html`,
      `${base}/moved`,
      `${base}/logo.png`,
      'http://127.0.0.1:1/closed.html',
      'ftp://example.com/x.html',
    ];
    writeFileSync(list, `# a researcher's list\n\n${addresses.join('\n')}\n`);
    const r = await runAsync(['extract', '--urls', list, '--wait', '0.3', '--jobs', '4']);
    expect(r.code).toBe(0);
    const got = records(r.out);
    expect(got.map((a) => a.address)).toEqual([addresses[0], addresses[2]]);
    expect(got[0]!.title).toBe(GB_TITLE);
    // A redirect is read as the page it led to.
    expect(got[1]!.url).toBe(`${base}/people.html`);
    expect(r.err.trim().split('\n')).toEqual([
      `qingdu: ${addresses[1]}: HTTP 404`,
      `qingdu: ${addresses[3]}: not a web page (image/png)`,
      expect.stringMatching(/^qingdu: http:\/\/127\.0\.0\.1:1\/closed\.html: cannot fetch \(.+\)$/),
      `qingdu: ${addresses[5]}: not an http(s) address`,
      'qingdu: 6 pages: 2 articles, 0 not articles, 4 errors',
    ]);
    // Never two at once to the site, and at least --wait between one's end and the next's start.
    const sorted = [...visits].sort((a, b) => a.start - b.start);
    expect(sorted.map((v) => v.path)).toEqual(['/gb.html', '/gone.html', '/moved', '/people.html', '/logo.png']);
    for (let i = 1; i < sorted.length; i++) {
      // The redirect is the same request's second leg, followed at once.
      if (sorted[i]!.path === '/people.html') continue;
      expect(sorted[i]!.start - sorted[i - 1]!.end).toBeGreaterThanOrEqual(290);
    }
  });
});

// A story with two photos: one kept with the page, one the site no longer has.
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 7, 7, 7]);
const P = '<p>东山村茶叶合作社带动茶农增收，今年春茶收购价比去年提高一成，合作社还建起了加工车间和电商直播间，让一片叶子走出大山。</p>';
const STORY = `<html><head><meta charset="utf-8"><title>茶园里的新产业链_某县新闻网</title></head><body><div class="article"><h1>茶园里的新产业链</h1>
${P}${P}<p><img src="pic/tea.png" alt="茶园" width="600" height="400"></p>${P}<p><img src="pic/lost.jpg" alt="车间" width="600" height="400"></p>${P}${P}</div></body></html>`;

describe('qingdu extract --images', { timeout: 120_000 }, () => {
  it('embeds the images saved with a page in its HTML, and bundles them with its Markdown', () => {
    const site = mkdtempSync(join(tmpdir(), 'qingdu-saved-'));
    // Saved as a browser saves "Web page, complete": the page and its page_files folder.
    mkdirSync(join(site, 'story_files'));
    writeFileSync(join(site, 'story.html'), STORY);
    writeFileSync(join(site, 'story_files', 'tea.png'), PNG);
    const html = run(['extract', join(site, 'story.html'), '--url', 'http://www.example.cn/a/story.html', '--format', 'html', '--images']);
    expect(html.code).toBe(0);
    expect(html.out).toContain(`src="data:image/png;base64,${PNG.toString('base64')}"`);
    expect(html.out).toContain('src="http://www.example.cn/a/pic/lost.jpg"');
    expect(html.err.trim()).toBe(`qingdu: ${join(site, 'story.html')}: 1 image stays a link: http://www.example.cn/a/pic/lost.jpg (not saved with the page)`);
    const md = runBytes(['extract', join(site, 'story.html'), '--url', 'http://www.example.cn/a/story.html', '--format', 'md', '--images']);
    expect(md.status).toBe(0);
    const files = unzipSync(new Uint8Array(md.stdout));
    expect(Object.keys(files)).toEqual(['茶园里的新产业链.md', 'images/01.png']);
    expect(Buffer.from(files['images/01.png']!)).toEqual(PNG);
    expect(strFromU8(files['茶园里的新产业链.md']!)).toContain('![茶园](images/01.png)');
    expect(run(['extract', join(site, 'story.html'), '--format', 'text', '--images']).err).toMatch(/^qingdu: --images is for --format html .* or md/);
  });

  it("reads a WARC page's images from the WARC file's own records", () => {
    const out = join(dir, 'with-images');
    const crawl = join(dir, 'images.warc.gz');
    return writeWarc(crawl, [
      { url: 'http://www.example.cn/a/story.html', body: STORY, type: 'text/html; charset=utf-8' },
      { url: 'http://www.example.cn/a/pic/tea.png', body: PNG, type: 'image/png' },
    ]).then(() => {
      const r = run(['extract', crawl, '--format', 'md', '--images', '--out', out]);
      expect(r.code).toBe(0);
      expect(r.err).toContain(': 1 image stays a link: http://www.example.cn/a/pic/lost.jpg (not in the WARC file)');
      const [zip] = readdirSync(out);
      expect(zip).toMatch(/^www\.example\.cn_a_story-[0-9a-f]{10}\.zip$/);
      const files = unzipSync(new Uint8Array(readFileSync(join(out, zip!))));
      expect(Buffer.from(files['images/01.png']!)).toEqual(PNG);
    });
  });
});
