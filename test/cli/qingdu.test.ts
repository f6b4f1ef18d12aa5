import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { Article } from '../../utils/article';
import { FIXTURES } from '../helpers/fixtures';
import { jsonlRecords } from '../helpers/records';

const run = (args: string[], input?: string, env: Record<string, string> = {}) => {
  const r = spawnSync('npx', ['tsx', 'cli/qingdu.ts', ...args], { input, encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const legacy = join(FIXTURES, 'cn-jiaozuo-legacy/source.html');

describe('qingdu extract', { timeout: 120_000 }, () => {
  // each case starts the command line, some several times
  it('prints the Article record as JSON, options after the path', () => {
    const r = run(['extract', legacy, '--url', 'http://www.jzrb.com/news/2024-04/23/content_1.htm']);
    expect(r.code).toBe(0);
    const a = JSON.parse(r.out) as Article;
    expect(a).toMatchObject({ isArticle: true, siteName: '焦作網', source: '焦作日報', script: 'hant', lang: 'zh-Hant' });
    for (const key of ['title', 'byline', 'publishedTime', 'url', 'text', 'html', 'images', 'credits', 'removals', 'detection', 'timings'])
      expect(a).toHaveProperty(key);
  });

  it('converts with --script before the path', () => {
    const r = run(['extract', '--script', 'cn', '--format', 'text', legacy]);
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[0]).toBe('精准破解难题 优化服务保障 凝心聚力推动项目建设提质增效');
    expect(r.out).toContain('(记者翟倩倩、焦娇)');
  });

  it('lets the user word list win over the dictionary with --words', () => {
    const words = join(mkdtempSync(join(tmpdir(), 'qingdu-')), 'words.txt');
    writeFileSync(words, '# a reporter keeps her name\n焦嬌\t焦嬌\n');
    const r = run(['extract', '--script', 'cn', '--format', 'text', '--words', words, legacy]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('(记者翟倩倩、焦嬌)');
    writeFileSync(words, '焦嬌 焦嬌\n只有一個詞\n');
    const bad = run(['extract', '--script', 'cn', '--words', words, legacy]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^qingdu: .*words\.txt: line 2 not "source replacement"/);
  });

  it('reads a folder as JSON Lines with the file name, decoding GB2312', () => {
    const dir = mkdtempSync(join(tmpdir(), 'qingdu-'));
    copyFileSync(join(FIXTURES, 'cn-dedecms/source.html'), join(dir, 'a.html'));
    copyFileSync(join(FIXTURES, 'not-article-channel-list/source.html'), join(dir, 'b.html'));
    writeFileSync(join(dir, 'notes.txt'), 'ignored');
    const r = run(['extract', dir]);
    const lines = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Article & { file: string });
    expect(lines.map((l) => [l.file, l.isArticle])).toEqual([
      ['a.html', true],
      ['b.html', false],
    ]);
    expect(lines[0]!.title).toBe('我县召开春季农业生产现场推进会');
    expect(lines[1]!.reason).toBeTruthy();
  });

  it('gives the same JSON Lines, in order, when the folder is split into child-process batches', () => {
    const dir = mkdtempSync(join(tmpdir(), 'qingdu-'));
    for (const slug of ['cn-people', 'cn-xinhua', 'tw-cna']) copyFileSync(join(FIXTURES, slug, 'source.html'), join(dir, `${slug}.html`));
    const whole = run(['extract', dir, '--url', 'http://e.cn/a.htm']);
    const batched = run(['extract', dir, '--url', 'http://e.cn/a.htm'], undefined, { QINGDU_BATCH: '1' });
    expect(batched.code).toBe(0);
    expect(jsonlRecords(batched.out)).toEqual(jsonlRecords(whole.out));
    expect(jsonlRecords(batched.out).map((a) => a.file)).toEqual(['cn-people.html', 'cn-xinhua.html', 'tw-cna.html']);
  });

  it('writes one clip per page with --out DIR, with progress and a summary on stderr', () => {
    const dir = mkdtempSync(join(tmpdir(), 'qingdu-'));
    const out = mkdtempSync(join(tmpdir(), 'qingdu-out-'));
    for (let i = 0; i < 21; i++)
      copyFileSync(join(FIXTURES, i % 3 ? 'cn-people' : 'not-article-channel-list', 'source.html'), join(dir, `p${String(i).padStart(2, '0')}.html`));
    const r = run(['extract', dir, '--format', 'md', '--script', 'tw', '--out', out], undefined, { QINGDU_BATCH: '8' });
    expect(r.code).toBe(0);
    expect(r.out).toBe('');
    expect(readdirSync(out).sort()).toEqual(Array.from({ length: 21 }, (_, i) => `p${String(i).padStart(2, '0')}.md`));
    const md = readFileSync(join(out, 'p01.md'), 'utf8');
    expect(md).toMatch(/^---\ntitle: "4月份規模以上工業增加值同比增長6.7%"/);
    expect(md).toContain('script: "tw"');
    const err = r.err.trim().split('\n');
    expect(err).toEqual(['qingdu: 10/21 pages', 'qingdu: 20/21 pages', 'qingdu: 21/21 pages', 'qingdu: 21 pages: 14 articles, 7 not articles, 0 errors']);
  });

  it('isolates each page: one that kills its worker costs that page, reported, and the run goes on', () => {
    const dir = mkdtempSync(join(tmpdir(), 'qingdu-crash-'));
    copyFileSync(join(FIXTURES, 'en-news/source.html'), join(dir, 'a.html'));
    copyFileSync(join(FIXTURES, 'cn-people/source.html'), join(dir, 'c.html'));
    // Ten megabytes of boxes: more than a worker with a 120 MB heap can hold.
    writeFileSync(
      join(dir, 'b.html'),
      '<html><body>' + '<div class="c"><span>xxxxxxxxxxxxxxxxxxxx</span><p>段落内容文字</p></div>'.repeat(120_000) + '</body></html>',
    );
    const r = run(['extract', dir], undefined, { QINGDU_WORKER_MB: '120' });
    expect(r.code).toBe(0);
    expect(
      r.out
        .trim()
        .split('\n')
        .map((l) => (JSON.parse(l) as { file: string }).file),
    ).toEqual(['a.html', 'c.html']);
    expect(r.err).toMatch(/^qingdu: b\.html: the page stopped its worker/m);
    expect(r.err).toMatch(/3 pages: 2 articles, 0 not articles, 1 errors/);
  });

  it('never overwrites an input, reads regular files only, and exits 1 when nothing came out', () => {
    const dir = mkdtempSync(join(tmpdir(), 'qingdu-in-'));
    copyFileSync(legacy, join(dir, 'a.html'));
    const before = readFileSync(join(dir, 'a.html'), 'utf8');
    const over = run(['extract', dir, '--format', 'html', '--out', dir]);
    expect(over.code).toBe(2);
    expect(over.err.trim().split('\n')).toHaveLength(1);
    expect(readFileSync(join(dir, 'a.html'), 'utf8')).toBe(before);
    // A named pipe called x.html would be read forever: it is passed over, and refused by name.
    spawnSync('mkfifo', [join(dir, 'x.html')]);
    const folder = run(['extract', dir]);
    expect(folder.code).toBe(0);
    expect(folder.err).toMatch(/1 pages: 1 articles/);
    const pipe = run(['extract', join(dir, 'x.html')]);
    expect(pipe.code).toBe(1);
    expect(pipe.err.trim()).toMatch(/^qingdu: .*x\.html is not a regular file$/);
    // Every write fails (the output's name is taken by a folder): exit 1.
    const out = mkdtempSync(join(tmpdir(), 'qingdu-out-'));
    mkdirSync(join(out, 'a.md'));
    const failed = run(['extract', dir, '--format', 'md', '--out', out]);
    expect(failed.code).toBe(1);
    expect(failed.err).toMatch(/1 pages: 0 articles, 0 not articles, 1 errors/);
  });

  it('says in one line what is wrong with an address or an output folder', () => {
    const url = run(['extract', legacy, '--url', 'not an address']);
    expect(url.code).toBe(2);
    expect(url.err.split('\n')[0]).toMatch(/^qingdu: --url "not an address" is not an http\(s\) or file address$/);
    const dir = mkdtempSync(join(tmpdir(), 'qingdu-in-'));
    copyFileSync(legacy, join(dir, 'a.html'));
    const out = run(['extract', dir, '--format', 'md', '--out', join(legacy, 'sub')]);
    expect(out.code).toBe(1);
    expect(out.err.trim().split('\n')).toHaveLength(1);
    expect(out.err).toMatch(/^qingdu: cannot create .*: ENOTDIR/);
  });

  it('writes the front matter of a clip template with --template, and names a bad one by its lines', () => {
    const dir = mkdtempSync(join(tmpdir(), 'qingdu-tpl-'));
    const good = join(dir, 'good.txt');
    writeFileSync(
      good,
      'name: 研究\nfile: {{title}}\ntags: 焦作\n---\ntitle: {{title}}\nday: {{date|date:YYYY/MM/DD}}\neditors: {{credits}}\ntags: {{tags}}\n',
    );
    const r = run(['extract', legacy, '--format', 'md', '--template', good]);
    expect(r.code).toBe(0);
    const front = parseYaml(r.out.split(/^---$/m)[1]!) as Record<string, unknown>;
    expect(Object.keys(front)).toEqual(['title', 'day', 'editors', 'tags']);
    expect(front.day).toBe('2024/04/23');
    expect(front.tags).toEqual(['焦作']);
    expect(front.editors).toMatchObject({ 責編: ['劉佳'] });
    const bad = join(dir, 'bad.txt');
    writeFileSync(bad, 'name: x\nfile: {{nope}}\n---\nt: {{title|shout}}\n');
    const b = run(['extract', legacy, '--format', 'md', '--template', bad]);
    expect(b.code).toBe(2);
    expect(b.err.split('\n')[0]).toBe(
      `qingdu: ${bad}: line 2: unknown variable {{nope}} (title, date, site, source, byline, credits, url, script, lang, tags, clipped); line 4: unknown filter |shout (date, slug, safe, upper, lower, first, join); no fields after "---"`,
    );
  });

  it('prints a citation of one file', () => {
    const r = run(['extract', legacy, '--format', 'bibtex', '--url', 'http://www.jzrb.com/news/2024-04/23/content_1.htm']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^@article\{jzrb2024[0-9a-z]{4},\n {2}title = \{\{精準破解難題/);
  });

  it('reads standard input', () => {
    const r = run(['extract', '-', '--format', 'html'], '<title>x</title><p>nothing here</p>');
    expect(r.code).toBe(0);
    expect(r.out).toContain('<!DOCTYPE html>');
  });

  it('fails clearly on a missing file and on bad options', () => {
    const missing = run(['extract', 'no-such-file.html']);
    expect(missing.code).toBe(1);
    expect(missing.err.trim()).toBe('qingdu: cannot read no-such-file.html: ENOENT');
    const bad = run(['extract', legacy, '--format', 'pdf']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^qingdu: unknown --format pdf/);
    expect(run(['frobnicate']).code).toBe(2);
  });
});

describe('qingdu convert', { timeout: 120_000 }, () => {
  it('converts standard input line by line', () => {
    const r = run(['convert', '--from', 'cn', '--to', 'tw'], '我们的软件\n\n信息技术\n');
    expect(r.code).toBe(0);
    expect(r.out).toBe('我們的軟件\n\n信息技術\n');
  });
  it('applies a word list with --words', () => {
    const words = join(mkdtempSync(join(tmpdir(), 'qingdu-')), 'words.txt');
    writeFileSync(words, '软件 軟體\n');
    const r = run(['convert', '--from', 'cn', '--to', 'tw', '--words', words], '我们的软件\n信息技术\n');
    expect(r.code).toBe(0);
    expect(r.out).toBe('我們的軟體\n信息技術\n');
    expect(run(['convert', '--from', 'cn', '--to', 'tw', '--words', join(tmpdir(), 'no-such-words.txt')], '').code).toBe(1);
  });
  it("turns quotation marks into the script's own with --quotes, and only then", () => {
    expect(run(['convert', '--from', 'cn', '--to', 'tw', '--quotes'], '他说“头发”。He said “hi”.\n').out).toBe('他說「頭髮」。He said “hi”.\n');
    expect(run(['convert', '--from', 'cn', '--to', 'tw'], '他说“头发”。\n').out).toBe('他說“頭髮”。\n');
  });
  it('rejects unknown locales', () => {
    expect(run(['convert', '--from', 'xx', '--to', 'cn']).code).toBe(2);
  });
});
