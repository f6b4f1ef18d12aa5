/**
 * npm run bench:robust — the command line on pathological pages it generates: 10 MB of
 * article-like page, and a page nested 5,000 elements deep. Reports wall time and peak
 * memory (GNU time), median of 3 runs each; the limit is 1 GB.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const P = '<p>市委书记实地调研部分重点项目建设，强调要坚持项目为王、实干为要，强化责任意识和效率观念，紧盯年度目标任务，推动项目建设提质增效。</p>';
const dir = mkdtempSync(join(tmpdir(), 'qingdu-robust-'));
const pages = {
  // DOM-heavy, the worst case for jsdom's memory (about 3.5 KB per element): a list of 37,000
  // items (10 MB), and one article under 68,000 comments (10 MB, 340,000 elements).
  '10 MB list': `<html><head><title>大页面_某网</title></head><body><h1>大页面</h1>${Array.from({ length: 37_000 }, (_, i) => `<div class="item"><h3><a href="/a/${i}.htm">新闻标题${i}</a></h3>${P}</div>`).join('')}</body></html>`,
  '10 MB article+comments': `<html><head><title>长评论页面_某网</title></head><body><h1>长评论页面</h1><div class="article">${P.repeat(12)}</div><div class="comments">${Array.from({ length: 68_000 }, (_, i) => `<div class="c"><a href="/u/${i}">网友${i}</a><span>说：</span><p>支持，点赞！第${i}楼</p><span class="t">2024-05-0${i % 9} 12:00</span></div>`).join('')}</div></body></html>`,
  // The more common kind of 10 MB page: a normal article inside megabytes of inline script,
  // JSON state and base64 images.
  '10 MB (scripts, data)': `<html><head><title>脚本很多的页面_某网</title><script>window.__STATE__=${JSON.stringify({ items: Array.from({ length: 40_000 }, (_, i) => ({ id: i, title: '新闻标题' + i, summary: '摘要内容'.repeat(20) })) })}</script></head><body><h1>脚本很多的页面</h1>${P.repeat(12)}<img src="data:image/png;base64,${'A'.repeat(2_000_000)}"><script>${'var x=1;'.repeat(200_000)}</script></body></html>`,
  '5,000 deep': `<html><head><title>深层嵌套_某网</title></head><body>${'<div>'.repeat(5000)}${P.repeat(5)}${'</div>'.repeat(5000)}</body></html>`,
};
const TIME = '/usr/bin/time';
if (!existsSync(TIME)) console.log('bench:robust: /usr/bin/time is missing (apt-get install time); peak memory not measured.');

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const results: Record<string, unknown> = {};
for (const [name, html] of Object.entries(pages)) {
  const file = join(dir, name.replace(/\W+/g, '-') + '.html');
  writeFileSync(file, html);
  const secs: number[] = [];
  const mb: number[] = [];
  const articles: boolean[] = [];
  for (let i = 0; i < 3; i++) {
    const t = Date.now();
    const r = existsSync(TIME)
      ? spawnSync(TIME, ['-f', '%M', 'node', '--import', 'tsx', 'cli/qingdu.ts', 'extract', file, '--format', 'jsonl'], {
          encoding: 'utf8',
          maxBuffer: 1 << 28,
        })
      : spawnSync('node', ['--import', 'tsx', 'cli/qingdu.ts', 'extract', file, '--format', 'jsonl'], { encoding: 'utf8', maxBuffer: 1 << 28 });
    secs.push((Date.now() - t) / 1000);
    if (r.status !== 0) throw new Error(`${name}: exit ${r.status}: ${r.stderr.slice(-300)}`);
    const kb = Number(r.stderr.trim().split('\n').pop());
    if (kb) mb.push(kb / 1024);
    const a = JSON.parse(r.stdout) as { text: string; isArticle: boolean };
    if (!a.text.includes('市委书记')) throw new Error(`${name}: no article text`);
    articles.push(a.isArticle);
  }
  results[name] = {
    bytes: Buffer.byteLength(html),
    is_article: articles[0],
    seconds_median: median(secs),
    peak_mb_median: mb.length ? Math.round(median(mb)) : null,
  };
  console.log(
    `${name.padEnd(22)} ${(Buffer.byteLength(html) / 1e6).toFixed(1)} MB  ${median(secs).toFixed(1)} s  peak ${mb.length ? Math.round(median(mb)) + ' MB' : 'n/a'}  ${articles[0] ? 'article' : 'not an article'}  (median of 3; limit 1024 MB)`,
  );
}
writeFileSync('bench/results/robust.json', JSON.stringify(results, null, 2) + '\n');
