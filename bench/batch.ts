/**
 * npm run bench:batch — the command line over a crawl: the shared corpora written as one
 * WARC.gz (as a crawler would keep them), extracted with `--jobs 1` (the baseline) and with
 * `--jobs N` (N = this machine's cores), interleaved, BENCH_RUNS times each (default 3).
 * Reports pages per second (median), the ratio to the baseline, the peak memory of the whole
 * process tree and of its largest process (sampled from /proc every 50 ms), and whether the
 * records are the same.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { jsonlRecords } from '../test/helpers/records';
import { writeWarc, type WarcEntry } from '../test/helpers/warc';
import { loadCorpus, type CorpusName } from './corpora';

const RUNS = Number(process.env.BENCH_RUNS) || 3;
const dir = mkdtempSync(join(tmpdir(), 'qingdu-batch-'));
const warc = join(dir, 'corpora.warc.gz');
const entries: WarcEntry[] = [];
for (const name of ['aeb', 'zh-cwced', 'rtp'] as CorpusName[]) {
  const pages = await loadCorpus(name);
  if (!pages) continue;
  for (const p of pages)
    entries.push({
      url: /^https?:/.test(p.url) ? p.url : `http://${name}.example/${encodeURIComponent(p.id)}`,
      body: p.html,
      type: 'text/html; charset=utf-8',
    });
}
if (!entries.length) {
  console.log('bench:batch: no corpus found (see the lines above); nothing measured.');
  process.exit(0);
}
await writeWarc(warc, entries);
const megabytes = readFileSync(warc).length / 2 ** 20;
console.log(`${entries.length} pages in ${warc} (${megabytes.toFixed(1)} MB gzipped)`);

/** Resident memory (MB) of a process and all it started, and of its largest one. */
function treeRss(root: number): { total: number; largest: number } {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const ppid = Number(/PPid:\s+(\d+)/.exec(status)?.[1]);
      rss.set(Number(pid), Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(pid)]);
    } catch {
      // gone meanwhile
    }
  }
  let total = 0;
  let largest = 0;
  const walk = (pid: number): void => {
    const mb = rss.get(pid) ?? 0;
    total += mb;
    largest = Math.max(largest, mb);
    for (const c of children.get(pid) ?? []) walk(c);
  };
  walk(root);
  return { total, largest };
}

interface Run {
  seconds: number;
  peakMb: number;
  largestMb: number;
  out: string;
}

function extract(jobs: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn('node', ['--import', 'tsx', 'cli/qingdu.ts', 'extract', warc, '--jobs', String(jobs)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    // Decoded as a stream: a character split between two chunks stays whole.
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    let peakMb = 0;
    let largestMb = 0;
    const sample = setInterval(() => {
      const m = treeRss(child.pid!);
      peakMb = Math.max(peakMb, m.total);
      largestMb = Math.max(largestMb, m.largest);
    }, 50);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(sample);
      if (code !== 0) reject(new Error(`--jobs ${jobs} exited ${code}`));
      else resolve({ seconds: (performance.now() - start) / 1000, peakMb, largestMb, out });
    });
  });
}

const records = (out: string): string => JSON.stringify(jsonlRecords(out));

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const cores = availableParallelism();
const configs = [1, cores];
const runs = new Map<number, Run[]>(configs.map((j) => [j, []]));
for (let i = 0; i < RUNS; i++) for (const jobs of configs) runs.get(jobs)!.push(await extract(jobs));

const base = records(runs.get(1)![0]!.out);
const results = configs.map((jobs) => {
  const rs = runs.get(jobs)!;
  const seconds = median(rs.map((r) => r.seconds));
  return {
    jobs,
    pagesPerSecond: +(entries.length / seconds).toFixed(2),
    medianSeconds: +seconds.toFixed(1),
    peakTreeMb: Math.round(Math.max(...rs.map((r) => r.peakMb))),
    peakLargestProcessMb: Math.round(Math.max(...rs.map((r) => r.largestMb))),
    sameRecordsAsJobs1: rs.every((r) => records(r.out) === base),
  };
});
const baseline = results[0]!.pagesPerSecond;
console.log(`\ncores: ${cores}; ${RUNS} runs each, interleaved; medians`);
console.log('jobs  pages/s  ×jobs1  seconds  peak tree MB  largest process MB  same records');
for (const r of results)
  console.log(
    `${String(r.jobs).padStart(4)}  ${r.pagesPerSecond.toFixed(2).padStart(7)}  ${(r.pagesPerSecond / baseline).toFixed(2).padStart(6)}  ${String(r.medianSeconds).padStart(7)}  ${String(r.peakTreeMb).padStart(12)}  ${String(r.peakLargestProcessMb).padStart(18)}  ${r.sameRecordsAsJobs1 ? 'yes' : 'NO'}`,
  );
writeFileSync('bench/results/batch.json', JSON.stringify({ pages: entries.length, warcMb: +megabytes.toFixed(1), cores, runs: RUNS, results }, null, 2) + '\n');
