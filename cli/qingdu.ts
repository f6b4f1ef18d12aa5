/**
 * qingdu: the extraction pipeline and script conversion from the command line.
 *
 *   qingdu extract <file.html|folder|crawl.warc[.gz]|-|http(s) address> [--url URL] [--format FORMAT] [--script TARGET] [--words FILE] [--out DIR] [--bare] [--follow] [--quotes] [--images] [--template FILE]
 *   qingdu extract --urls FILE [--wait SECONDS] [options]
 *     FORMAT: json (default) | jsonl | text | html | md | csl | bibtex | ris
 *     --follow: an article split over pages is joined: for an address, the next pages are
 *     fetched from the same site; for a saved file, they are read from the files saved beside
 *     it under their own names (a.html, a_2.html, …). A page that fails ends the joining; the
 *     record says which and why (stderr too).
 *     A corpus (a folder of .html files, the HTML responses of a WARC file, or the addresses of
 *     --urls FILE, fetched one at a time per site with --wait seconds between, default 1) gives
 *     JSON Lines on stdout in input order, or with --out DIR one file per page in FORMAT;
 *     long runs show progress on stderr, and every corpus ends with a summary there.
 *     --jobs N: pages in N worker processes (default: the machine's cores); the same output.
 *     --shard i/n: only every n-th page from the i-th (1 ≤ i ≤ n), so n machines share a corpus.
 *     --skip-existing (with --out): pass over pages whose file is there (resume after a crash).
 *     --template FILE (md): the front matter from a clip template (the options page's format);
 *     file names in --out stay the pages' own, so --skip-existing finds them.
 *     --images (html, md): the clip keeps its images: embedded as data: URIs in HTML, or in a
 *     .zip with the Markdown (images/01.jpg, …). They are read from the files saved with a page
 *     (its folder, or the browser's "page_files" folder), from the WARC file's own records, or
 *     from the web for addresses; an image that cannot be read stays a link, said on stderr.
 *   qingdu convert --from cn|tw|twp|hk|hkp|t|jp --to cn|tw|twp|hk|hkp|t|jp [--words FILE]   (stdin -> stdout, line by line)
 *     --words FILE: the user's word list (one "source replacement" pair per line, # comments,
 *     the options page's export), pairs that win over the dictionaries, as in the extension.
 *
 * Not an article: still a record, with isArticle false and a reason (exit 0).
 * Bad arguments or an unreadable file: one line on stderr, exit 2 or 1.
 */
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir, totalmem } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Article } from '../utils/article';
import { CLIP_FORMATS, makeClip, makeClipWithImages } from '../utils/clip';
import type { ImageReader, LostImage } from '../utils/clip/images';
import { parseTemplate, problemText, type ClipTemplate } from '../utils/clip/template';
import { convertArticle } from '../utils/convert/convert-article';
import { loadConverter, personalized } from '../utils/convert/load-converter';
import { parseWords, type WordPair } from '../utils/convert/user-words';
import { LOCALES, TARGET_LANG, directionFor, type Locale, type Target } from '../utils/convert/targets';
import { decodeHtml } from '../utils/decode-html';
import { followPages, joinPages, type PageLoader } from '../utils/join-pages';
import { addressList, addressPages, folderPages, isWarc, pageName, warcPages, type CorpusPage, type ImageSource } from './corpus-input';
import { closeQuietly, extractFromHtml, parseHtml } from './extract-html';
import { fileImages, indexWarcImages, readIndex, warcImages, webImages } from './image-readers';
import { fetchPage, isWebAddress } from './fetch-page';
import { runPool, type PageResult, type PageTask } from './pool';

const FORMATS = ['json', 'jsonl', ...CLIP_FORMATS] as const;
type Format = (typeof FORMATS)[number];
const TARGETS: readonly Target[] = ['original', 'cn', 'tw', 'twp', 'hk', 'hkp'];
const USAGE = `usage: qingdu extract <file.html|folder|crawl.warc[.gz]|-|http(s) address> [--url URL] [--format ${FORMATS.join('|')}] [--script ${TARGETS.join('|')}] [--words FILE] [--out DIR] [--bare] [--follow] [--images] [--template FILE]
       qingdu extract --urls FILE [--wait SECONDS] [--format …] [--out DIR]
       corpora: [--jobs N] [--shard i/n] [--skip-existing]
       qingdu convert --from ${LOCALES.join('|')} --to ${LOCALES.join('|')} [--words FILE] [--quotes]`;
const EXT: Record<Format, string> = { json: 'json', jsonl: 'json', md: 'md', text: 'txt', html: 'html', csl: 'json', bibtex: 'bib', ris: 'ris' };

class UsageError extends Error {}

function fail(message: string, code: number): never {
  process.stderr.write(`qingdu: ${message}\n`);
  process.exit(code);
}

/** `use(path)`, or one line on stderr and exit 1 when the path cannot be read (or made). */
function orFail<T>(path: string, use: (path: string) => T, verb = 'read'): T {
  try {
    return use(path);
  } catch (e) {
    fail(`cannot ${verb} ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, 1);
  }
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

interface Options {
  format: Format;
  target: Target;
  url?: string;
  /** Plain text without the provenance header. */
  bare: boolean;
  words: WordPair[];
  /** Quotation marks follow the script (--quotes). */
  quotes: boolean;
  /** HTML and Markdown keep their images (--images): embedded, or in a .zip with the Markdown. */
  images: boolean;
  /** Markdown front matter from the user's template (--template FILE, the options page's format). */
  template?: ClipTemplate;
}

/** A clip template file; one that does not parse is a usage error naming each problem's line. */
function readTemplate(path: string | undefined): ClipTemplate | undefined {
  if (path === undefined) return undefined;
  const r = parseTemplate(orFail(path, (p) => readFileSync(p, 'utf8')));
  if (!r.ok) throw new UsageError(`${path}: ${r.errors.map(problemText).join('; ')}`);
  return r.template;
}

/** The pairs of a word list file; a line that is not a pair is a usage error naming it. */
function readWords(path: string | undefined): WordPair[] {
  if (path === undefined) return [];
  const { pairs, bad } = parseWords(orFail(path, (p) => readFileSync(p, 'utf8')));
  if (bad.length) throw new UsageError(`${path}: line${bad.length > 1 ? 's' : ''} ${bad.slice(0, 5).join(', ')} not "source replacement"`);
  return pairs;
}

/** What a page gives: the output (a zip's bytes for Markdown with its images), and the images that stay links. */
interface Rendered {
  content: string;
  zip?: Uint8Array;
  lost: LostImage[];
}

/** The article in the chosen script, and the output in the chosen format (with its images when `images` reads them). */
async function render(article: Article, o: Options, images?: ImageReader): Promise<Rendered> {
  const dom = parseHtml('', 'about:blank');
  const win = dom.window as unknown as Window;
  try {
    const dir = directionFor(article.script, o.target, article.url);
    const a =
      dir && o.target !== 'original'
        ? convertArticle(article, personalized(await loadConverter(dir.from, dir.to), o.words, o.quotes, dir.to), win, TARGET_LANG[o.target])
        : article;
    if (o.format === 'json') return { content: JSON.stringify(a, null, 2), lost: [] };
    if (o.format === 'jsonl') return { content: JSON.stringify(a), lost: [] };
    if (!a.isArticle && o.format === 'text') return { content: `[not an article] ${a.reason ?? ''}`.trim(), lost: [] };
    const c = { clippedAt: new Date().toISOString(), target: o.target, window: win, provenance: !o.bare, template: o.template };
    if (images && (o.format === 'html' || o.format === 'md')) {
      const clip = await makeClipWithImages(a, o.format, c, images);
      return typeof clip.content === 'string'
        ? { content: clip.content.replace(/\n$/, ''), lost: clip.lost }
        : { content: '', zip: clip.content, lost: clip.lost };
    }
    const clip = await makeClip(a, o.format, c);
    return { content: clip.content.replace(/\n$/, ''), lost: [] };
  } finally {
    closeQuietly(dom);
  }
}

/** The images that stay links, in one line for stderr (the first three named). */
function lostLine(name: string, lost: LostImage[]): string {
  const shown = lost.slice(0, 3).map((l) => `${l.url} (${l.reason})`);
  return `qingdu: ${name}: ${lost.length} image${lost.length > 1 ? 's stay links' : ' stays a link'}: ${shown.join(', ')}${lost.length > 3 ? `, and ${lost.length - 3} more` : ''}\n`;
}

/** One page's output on stdout: text, or a zip (never to a terminal, which would show its bytes). */
function printPage(r: Rendered, name: string): void {
  if (r.lost.length) process.stderr.write(lostLine(name, r.lost));
  if (!r.zip) return void process.stdout.write(r.content + '\n');
  if (process.stdout.isTTY) fail('Markdown with its images is a .zip: redirect it to a file (> page.zip) or use a folder with --out', 2);
  process.stdout.write(r.zip);
}

async function extract(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      url: { type: 'string' },
      format: { type: 'string', default: 'json' },
      script: { type: 'string', default: 'original' },
      words: { type: 'string' },
      quotes: { type: 'boolean', default: false },
      out: { type: 'string' },
      bare: { type: 'boolean', default: false },
      follow: { type: 'boolean', default: false },
      urls: { type: 'string' },
      wait: { type: 'string', default: '1' },
      jobs: { type: 'string' },
      shard: { type: 'string' },
      'skip-existing': { type: 'boolean', default: false },
      images: { type: 'boolean', default: false },
      template: { type: 'string' },
    },
  });
  const format = values.format as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`unknown --format ${values.format} (${FORMATS.join(', ')})`);
  const target = values.script as Target;
  if (!TARGETS.includes(target)) throw new UsageError(`unknown --script ${values.script} (${TARGETS.join(', ')})`);
  if (positionals.length !== (values.urls === undefined ? 1 : 0))
    throw new UsageError('extract needs one file, folder, WARC file or - (stdin), or --urls FILE alone');
  if (values.url !== undefined && !isAddress(values.url)) throw new UsageError(`--url ${JSON.stringify(values.url)} is not an http(s) or file address`);
  if (values.images && format !== 'html' && format !== 'md')
    throw new UsageError('--images is for --format html (images embedded) or md (a .zip with the images)');
  const o: Options = {
    format,
    target,
    url: values.url,
    bare: values.bare,
    words: readWords(values.words),
    quotes: values.quotes,
    images: values.images,
    template: readTemplate(values.template),
  };
  const c: CorpusOptions = { out: values.out, jobs: jobsOf(values.jobs), shard: shardOf(values.shard), skipExisting: values['skip-existing'] };
  const wait = Number(values.wait);
  if (!(wait >= 0 && wait <= 3600)) throw new UsageError(`--wait ${values.wait}: seconds between two requests to one site, 0 to 3600`);
  if (values.urls !== undefined) {
    if (values.follow) throw new UsageError('--follow is for one file or address: a list holds the next pages as pages of their own');
    if (values.url !== undefined) throw new UsageError('--url is for a saved file; an address is its own');
    const list = orFail(values.urls, (p) => readFileSync(p, 'utf8'));
    return extractCorpus([...addressPages(addressList(list), wait * 1000)], o, c);
  }
  const onePage = (): void => {
    if (values.out) throw new UsageError('--out DIR is for a folder, a WARC file or --urls; one page prints to stdout');
    if (values.jobs !== undefined || values.shard !== undefined || values['skip-existing'])
      throw new UsageError('--jobs, --shard and --skip-existing are for a folder, a WARC file or --urls');
  };
  const path = positionals[0]!;

  if (path === '-') {
    onePage();
    if (values.follow) throw new UsageError('--follow needs a file or an address: the next pages are found beside it');
    if (o.images) throw new UsageError('--images needs a file, a folder, a WARC file or an address: standard input has no images beside it');
    const article = extractFromHtml(decodeHtml(await readStdin()), o.url ?? 'about:blank');
    printPage(await render(article, o), 'stdin');
    return;
  }
  if (isWebAddress(path)) {
    onePage();
    if (values.url !== undefined) throw new UsageError('--url is for a saved file; an address is its own');
    const first = await fetchPage(path).catch((e: Error) => fail(`${path}: ${e.message}`, 1));
    const load: PageLoader = async (url) => {
      const page = await fetchPage(url);
      if (new URL(page.url).origin !== new URL(url).origin) throw new Error('the page moved to another site');
      return extractFromHtml(page.html, url);
    };
    const article = extractFromHtml(first.html, first.url);
    printPage(await render(values.follow ? await follow(article, load) : article, o, o.images ? webImages(first.url) : undefined), path);
    return;
  }
  const stat = orFail(path, (p) => statSync(p));
  if (stat.isDirectory()) {
    if (values.follow) throw new UsageError('--follow is for one file or address: a folder holds the next pages as pages of their own');
    const pages = [...folderPages(path, o.url)];
    if (c.out) {
      const inputs = new Set(pages.map((p) => resolve(path, p.label.file!)));
      const clash = pages.find((p) => inputs.has(outputOf(c.out!, p.stem, o)));
      if (clash) fail(`--out ${c.out} would overwrite the page ${clash.label.file}: choose another folder`, 2);
    }
    return extractCorpus(pages, o, c);
  }
  if (stat.isFile() && isWarc(path)) {
    if (values.follow) throw new UsageError('--follow is for one file or address: a WARC file holds the next pages as pages of their own');
    if (values.url !== undefined) throw new UsageError('--url is for a saved file; a WARC record carries its own address');
    // Images are found by address among the file's own records: indexed once, read by offset in the workers.
    const folder = o.images ? mkdtempSync(join(tmpdir(), 'qingdu-images-')) : '';
    try {
      const index = folder && join(folder, 'index.json');
      if (index) writeFileSync(index, JSON.stringify(await indexWarcImages(path)));
      return await extractCorpus(warcPages(resolve(path), index), o, c);
    } finally {
      if (folder) rmSync(folder, { recursive: true, force: true });
    }
  }
  onePage();
  // A named pipe or a device would be read forever.
  if (!stat.isFile()) fail(`${path} is not a regular file`, 1);
  const bytes = orFail(path, (p) => readFileSync(p));
  const article = extractFromHtml(decodeHtml(bytes), o.url ?? pathToFileURL(resolve(path)).href);
  // A following page is the file saved beside this one under the last part of its address.
  const beside: PageLoader = (url) => {
    const name = basename(decodeURIComponent(new URL(url).pathname));
    const file = join(dirname(resolve(path)), name);
    if (!name || !existsSync(file)) throw new Error(`${name || url} is not saved beside ${basename(path)}`);
    return extractFromHtml(decodeHtml(readFileSync(file)), url);
  };
  printPage(await render(values.follow ? await follow(article, beside) : article, o, o.images ? fileImages(path, article.url) : undefined), path);
}

/** `article` with its following pages joined; a page that failed is said on stderr. */
async function follow(article: Article, load: PageLoader): Promise<Article> {
  const dom = parseHtml('', 'about:blank');
  try {
    const followed = await followPages(article, load);
    if (followed.failed)
      process.stderr.write(
        `qingdu: page ${followed.failed.page} (${followed.failed.url}): ${followed.failed.error}; joined ${1 + followed.loaded.length} of ${followed.total} pages\n`,
      );
    if (followed.capped) process.stderr.write(`qingdu: stopped after ${1 + followed.loaded.length} pages\n`);
    return followed.loaded.length || followed.failed ? joinPages(article, followed, dom.window as unknown as Window) : article;
  } finally {
    closeQuietly(dom);
  }
}

// A worker is replaced after this many pages (jsdom's leak, see cli/pool.ts).
const BATCH = Number(process.env.QINGDU_BATCH) || 100;
// Progress on stderr for corpora of at least this many pages.
const LONG_BATCH = 20;

/** `--url` must be an address a page can have. */
function isAddress(s: string): boolean {
  try {
    return /^(?:https?|file):$/.test(new URL(s).protocol);
  } catch {
    return false;
  }
}

interface CorpusOptions {
  out?: string;
  jobs: number;
  /** This machine's share: the pages whose position p (from 0) has p % of === index - 1. */
  shard?: { index: number; of: number };
  skipExisting: boolean;
}

/** `--jobs N`: whole, at least 1; default the machine's cores. */
function jobsOf(value: string | undefined): number {
  if (value === undefined) return availableParallelism();
  if (!/^[1-9]\d{0,3}$/.test(value)) throw new UsageError(`--jobs ${value}: a whole number of workers, 1 or more`);
  return Number(value);
}

/** `--shard i/n`: the i-th of n shares (1 ≤ i ≤ n). */
function shardOf(value: string | undefined): CorpusOptions['shard'] {
  if (value === undefined) return undefined;
  const m = /^(\d+)\/(\d+)$/.exec(value);
  const [index, of] = m ? [Number(m[1]), Number(m[2])] : [0, 0];
  if (!(of >= 1 && index >= 1 && index <= of)) throw new UsageError(`--shard ${value}: i/n with 1 ≤ i ≤ n, as 2/8`);
  return { index, of };
}

/** The output file of a page. */
const outputOf = (out: string, stem: string, o: Pick<Options, 'format' | 'images'>): string =>
  resolve(out, `${stem}.${o.images && o.format === 'md' ? 'zip' : EXT[o.format]}`);

/** Whether the page at `position` (from 0) is this run's: in its shard, and not already written when asked. */
function chooser(c: CorpusOptions, o: Options, skipped: { n: number }): (page: CorpusPage, position: number) => boolean {
  return (page, position) => {
    if (c.shard && position % c.shard.of !== c.shard.index - 1) return false;
    if (c.skipExisting && c.out && existsSync(outputOf(c.out, page.stem, o))) {
      skipped.n++;
      return false;
    }
    return true;
  };
}

async function* filtered(pages: AsyncIterable<CorpusPage>, keep: (page: CorpusPage, position: number) => boolean): AsyncGenerator<CorpusPage> {
  let position = 0;
  for await (const page of pages) if (keep(page, position++)) yield page;
}

/**
 * A corpus (a folder, a WARC file, a list of addresses): JSON Lines on stdout in input order, or
 * one file per page in --out DIR; progress and a closing summary on stderr.
 */
async function extractCorpus(input: AsyncIterable<CorpusPage> | CorpusPage[], o: Options, c: CorpusOptions): Promise<void> {
  if (!c.out && o.format !== 'json' && o.format !== 'jsonl') throw new UsageError(`a corpus gives JSON Lines, or one ${o.format} file per page with --out DIR`);
  if (c.skipExisting && !c.out) throw new UsageError('--skip-existing needs --out DIR: it passes over pages whose file is there');
  if (c.out) orFail(c.out, (p) => mkdirSync(p, { recursive: true }), 'create');
  const tally = { pages: 0, articles: 0, notArticles: 0, errors: 0 };
  const skipped = { n: 0 };
  const keep = chooser(c, o, skipped);
  // A list is chosen from at once, so progress can say "of how many".
  const pages = Array.isArray(input) ? input.filter(keep) : filtered(input, keep);
  const total = Array.isArray(pages) ? pages.length : undefined;
  const progress = (n: number): string => `qingdu: ${n}${total === undefined ? '' : `/${total}`} pages\n`;
  const seen = new Set<string>();
  let lastProgress = 0;
  const heapMb = Number(process.env.QINGDU_WORKER_MB) || Math.max(512, Math.min(4096, Math.floor(((totalmem() / 2 ** 20) * 0.75) / c.jobs)));
  await runPool(
    pages,
    {
      jobs: c.jobs,
      recycleAfter: BATCH,
      spawn: () =>
        fork(fileURLToPath(import.meta.url), ['_worker', JSON.stringify(o)], {
          stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
          serialization: 'advanced',
          execArgv: [...process.execArgv, `--max-old-space-size=${heapMb}`],
        }),
      taskOf: (page, loaded) => {
        const outFile = c.out ? outputOf(c.out, page.stem, o) : undefined;
        // Two pages of one name (an address listed twice): the second is refused, nothing is overwritten.
        if (outFile && seen.has(outFile)) throw new Error(`${basename(outFile)} would be overwritten`);
        if (outFile) seen.add(outFile);
        return {
          url: loaded.url ?? page.url,
          bytes: loaded.bytes,
          charset: loaded.charset,
          outFile,
          label: page.label,
          images: o.images ? page.images : undefined,
        };
      },
      beforePull: () => (process.stdout.writableNeedDrain ? once(process.stdout, 'drain').then(() => undefined) : Promise.resolve()),
    },
    (page, r) => {
      tally.pages++;
      if (r.error) {
        tally.errors++;
        process.stderr.write(`qingdu: ${pageName(page)}: ${r.error}\n`);
      } else {
        if (r.isArticle) tally.articles++;
        else tally.notArticles++;
        if (r.text !== undefined) process.stdout.write(r.text + '\n');
        if (r.lost) process.stderr.write(r.lost);
      }
      if ((total ?? Infinity) >= LONG_BATCH && tally.pages % 10 === 0) {
        lastProgress = tally.pages;
        process.stderr.write(progress(tally.pages));
      }
    },
  );
  if (tally.pages >= LONG_BATCH && tally.pages !== lastProgress) process.stderr.write(progress(tally.pages));
  const already = skipped.n ? `; ${skipped.n} already in ${c.out}` : '';
  process.stderr.write(`qingdu: ${tally.pages} pages: ${tally.articles} articles, ${tally.notArticles} not articles, ${tally.errors} errors${already}\n`);
  // Nothing came out: say so with the exit status too.
  if (tally.pages && tally.errors === tally.pages) process.exitCode = 1;
}

/** The worker side of extractCorpus (`_worker <options json>`): a page at a time over IPC; a bad page is answered, not fatal. */
function worker([json]: string[]): void {
  const o = JSON.parse(json!) as Options;
  const indexes = new Map<string, Record<string, number>>();
  const readerFor = (where: ImageSource | undefined, url: string): ImageReader | undefined => {
    if (!where) return undefined;
    if (where.kind === 'web') return webImages(url);
    if (where.kind === 'file') return fileImages(where.path, url);
    if (!indexes.has(where.index)) indexes.set(where.index, readIndex(where.index));
    return warcImages(where.path, indexes.get(where.index)!);
  };
  process.on('message', (m) => {
    const task = m as PageTask;
    void (async (): Promise<PageResult> => {
      try {
        const article = extractFromHtml(decodeHtml(task.bytes, task.charset), task.url);
        const r = await render(article, o, readerFor(task.images, article.url));
        const lost = r.lost.length ? lostLine(pageName(task), r.lost) : undefined;
        if (task.outFile) {
          // Written whole or not at all: a run stopped halfway leaves no half file for --skip-existing to trust.
          const part = `${task.outFile}.part`;
          writeFileSync(part, r.zip ?? r.content + '\n');
          renameSync(part, task.outFile);
          return { isArticle: article.isArticle, lost };
        }
        const line = o.format === 'json' || o.format === 'jsonl' ? JSON.stringify({ ...task.label, ...(JSON.parse(r.content) as Article) }) : r.content;
        return { isArticle: article.isArticle, text: line, lost };
      } catch (e) {
        return { error: oneLineError(e) };
      }
    })().then((r) => process.send?.(r));
  });
  process.on('disconnect', () => process.exit(0));
}

async function convert(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { from: { type: 'string' }, to: { type: 'string' }, words: { type: 'string' }, quotes: { type: 'boolean', default: false } },
  });
  const from = values.from as Locale;
  const to = values.to as Locale;
  if (!LOCALES.includes(from) || !LOCALES.includes(to)) throw new UsageError(`convert needs --from and --to, each one of ${LOCALES.join(', ')}`);
  if (positionals.length) throw new UsageError('convert reads standard input; it takes no file');
  const fn = personalized(await loadConverter(from, to), readWords(values.words), values.quotes, to);
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let out = '';
  for await (const line of lines) {
    out += fn(line) + '\n';
    if (out.length > 65536) {
      process.stdout.write(out);
      out = '';
    }
  }
  process.stdout.write(out);
}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  try {
    if (command === 'extract') await extract(rest);
    else if (command === '_worker') worker(rest);
    else if (command === 'convert') await convert(rest);
    else if (command === '--help' || command === '-h') process.stdout.write(USAGE + '\n');
    else throw new UsageError(command ? `unknown command ${command}` : 'no command');
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    if (e instanceof UsageError || (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS'))) fail(`${(e as Error).message}\n${USAGE}`, 2);
    // Anything else is one line too (QINGDU_DEBUG=1 for the stack).
    if (process.env.QINGDU_DEBUG) throw e;
    fail(oneLineError(e), 1);
  }
}

/** An error as one line: its name when it is a DOM error, its message, no stack. */
function oneLineError(e: unknown): string {
  if (!(e instanceof Error)) return String(e).split('\n')[0]!;
  const message = e.message.split('\n')[0]!;
  return e.name && e.name !== 'Error' ? `${e.name}: ${message}` : message;
}

await main(process.argv.slice(2));
