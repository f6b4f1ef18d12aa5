/**
 * qingdu: the extraction pipeline and script conversion from the command line.
 *
 *   qingdu extract <file.html|folder|-|http(s) address> [--url URL] [--format FORMAT] [--script TARGET] [--words FILE] [--out DIR] [--bare] [--follow] [--quotes]
 *     FORMAT: json (default) | jsonl | text | html | md | csl | bibtex | ris
 *     --follow: an article split over pages is joined: for an address, the next pages are
 *     fetched from the same site; for a saved file, they are read from the files saved beside
 *     it under their own names (a.html, a_2.html, …). A page that fails ends the joining; the
 *     record says which and why (stderr too).
 *     A folder gives JSON Lines on stdout, or with --out DIR one file per page in FORMAT;
 *     long batches show progress on stderr, and every folder ends with a summary there.
 *   qingdu convert --from cn|tw|twp|hk|hkp|t|jp --to cn|tw|twp|hk|hkp|t|jp [--words FILE]   (stdin -> stdout, line by line)
 *     --words FILE: the user's word list (one "source replacement" pair per line, # comments,
 *     the options page's export), pairs that win over the dictionaries, as in the extension.
 *
 * Not an article: still a record, with isArticle false and a reason (exit 0).
 * Bad arguments or an unreadable file: one line on stderr, exit 2 or 1.
 */
import { fork } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Article } from '../utils/article';
import { CLIP_FORMATS, makeClip } from '../utils/clip';
import { convertArticle } from '../utils/convert/convert-article';
import { loadConverter, personalized } from '../utils/convert/load-converter';
import { parseWords, type WordPair } from '../utils/convert/user-words';
import { LOCALES, TARGET_LANG, directionFor, type Locale, type Target } from '../utils/convert/targets';
import { decodeHtml } from '../utils/decode-html';
import { followPages, joinPages, type PageLoader } from '../utils/join-pages';
import { closeQuietly, extractFromHtml, parseHtml } from './extract-html';
import { fetchPage, isWebAddress } from './fetch-page';

const FORMATS = ['json', 'jsonl', ...CLIP_FORMATS] as const;
type Format = (typeof FORMATS)[number];
const TARGETS: readonly Target[] = ['original', 'cn', 'tw', 'twp', 'hk', 'hkp'];
const USAGE = `usage: qingdu extract <file.html|folder|-|http(s) address> [--url URL] [--format ${FORMATS.join('|')}] [--script ${TARGETS.join('|')}] [--words FILE] [--out DIR] [--bare] [--follow]
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
}

/** The pairs of a word list file; a line that is not a pair is a usage error naming it. */
function readWords(path: string | undefined): WordPair[] {
  if (path === undefined) return [];
  const { pairs, bad } = parseWords(orFail(path, (p) => readFileSync(p, 'utf8')));
  if (bad.length) throw new UsageError(`${path}: line${bad.length > 1 ? 's' : ''} ${bad.slice(0, 5).join(', ')} not "source replacement"`);
  return pairs;
}

/** The article in the chosen script, and the output in the chosen format. */
async function render(article: Article, o: Options): Promise<string> {
  const dom = parseHtml('', 'about:blank');
  const win = dom.window as unknown as Window;
  try {
    const dir = directionFor(article.script, o.target, article.url);
    const a =
      dir && o.target !== 'original'
        ? convertArticle(article, personalized(await loadConverter(dir.from, dir.to), o.words, o.quotes, dir.to), win, TARGET_LANG[o.target])
        : article;
    if (o.format === 'json') return JSON.stringify(a, null, 2);
    if (o.format === 'jsonl') return JSON.stringify(a);
    if (!a.isArticle && o.format === 'text') return `[not an article] ${a.reason ?? ''}`.trim();
    const clip = await makeClip(a, o.format, { clippedAt: new Date().toISOString(), target: o.target, window: win, provenance: !o.bare });
    return clip.content.replace(/\n$/, '');
  } finally {
    closeQuietly(dom);
  }
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
    },
  });
  const format = values.format as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`unknown --format ${values.format} (${FORMATS.join(', ')})`);
  const target = values.script as Target;
  if (!TARGETS.includes(target)) throw new UsageError(`unknown --script ${values.script} (${TARGETS.join(', ')})`);
  if (positionals.length !== 1) throw new UsageError('extract needs one file, folder or - (stdin)');
  if (values.url !== undefined && !isAddress(values.url)) throw new UsageError(`--url ${JSON.stringify(values.url)} is not an http(s) or file address`);
  const o: Options = { format, target, url: values.url, bare: values.bare, words: readWords(values.words), quotes: values.quotes };
  const path = positionals[0]!;

  if (path === '-') {
    if (values.follow) throw new UsageError('--follow needs a file or an address: the next pages are found beside it');
    const article = extractFromHtml(decodeHtml(await readStdin()), o.url ?? 'about:blank');
    process.stdout.write((await render(article, o)) + '\n');
    return;
  }
  if (isWebAddress(path)) {
    if (values.url !== undefined) throw new UsageError('--url is for a saved file; an address is its own');
    const first = await fetchPage(path).catch((e: Error) => fail(`${path}: ${e.message}`, 1));
    const load: PageLoader = async (url) => {
      const page = await fetchPage(url);
      if (new URL(page.url).origin !== new URL(url).origin) throw new Error('the page moved to another site');
      return extractFromHtml(page.html, url);
    };
    const article = extractFromHtml(first.html, first.url);
    process.stdout.write((await render(values.follow ? await follow(article, load) : article, o)) + '\n');
    return;
  }
  const stat = orFail(path, (p) => statSync(p));
  if (stat.isDirectory()) {
    if (values.follow) throw new UsageError('--follow is for one file or address: a folder holds the next pages as pages of their own');
    return extractFolder(path, o, values.out);
  }
  if (values.out) throw new UsageError('--out DIR is for a folder; a file prints to stdout');
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
  process.stdout.write((await render(values.follow ? await follow(article, beside) : article, o)) + '\n');
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

const BATCH = Number(process.env.QINGDU_BATCH) || 100;
// Progress on stderr for folders of at least this many pages.
const LONG_BATCH = 20;

/** What a batch child reports for each page. */
interface PageDone {
  file: string;
  isArticle?: boolean;
  error?: string;
}

/** `--url` must be an address a page can have. */
function isAddress(s: string): boolean {
  try {
    return /^(?:https?|file):$/.test(new URL(s).protocol);
  } catch {
    return false;
  }
}

/** The output file of an input page. */
const outputOf = (out: string, file: string, format: Format): string => resolve(out, `${basename(file, '.html')}.${EXT[format]}`);

async function extractFolder(dir: string, o: Options, out: string | undefined): Promise<void> {
  if (!out && o.format !== 'json' && o.format !== 'jsonl') throw new UsageError(`a folder gives JSON Lines, or one ${o.format} file per page with --out DIR`);
  // Regular files only: a named pipe called x.html would be read forever.
  const files = readdirSync(dir)
    .filter((f) => f.toLowerCase().endsWith('.html') && statSync(join(dir, f), { throwIfNoEntry: false })?.isFile())
    .sort();
  if (out) {
    const inputs = new Set(files.map((f) => resolve(dir, f)));
    const clash = files.find((f) => inputs.has(outputOf(out, f, o.format)));
    if (clash) fail(`--out ${out} would overwrite the page ${clash}: choose another folder`, 2);
    orFail(out, (p) => mkdirSync(p, { recursive: true }), 'create');
  }
  const tally = { pages: 0, articles: 0, notArticles: 0, errors: 0 };
  const progress = files.length >= LONG_BATCH;
  const onPage = (p: PageDone): void => {
    tally.pages++;
    if (p.error) {
      tally.errors++;
      process.stderr.write(`qingdu: ${p.file}: ${p.error}\n`);
    } else if (p.isArticle) tally.articles++;
    else tally.notArticles++;
    if (progress && (tally.pages % 10 === 0 || tally.pages === files.length)) process.stderr.write(`qingdu: ${tally.pages}/${files.length} pages\n`);
  };
  // jsdom keeps ~1.5 MB per page after close() (an upstream vm-context leak): each batch of
  // pages runs in a child process of its own, so a folder of any size fits in memory. A page
  // that kills its child costs that page alone: it is reported, and the batch goes on after it.
  let next = 0;
  while (next < files.length) {
    const batch = files.slice(next, next + BATCH);
    const done = new Set<string>();
    const code = await runBatch(dir, batch, { ...o, out }, (p) => {
      done.add(p.file);
      onPage(p);
    });
    next += done.size;
    if (code !== 0 && done.size < batch.length) {
      onPage({ file: batch[done.size]!, error: `the page stopped its worker (exit ${code}${code === null ? ', out of memory or killed' : ''})` });
      next++;
    }
  }
  process.stderr.write(`qingdu: ${tally.pages} pages: ${tally.articles} articles, ${tally.notArticles} not articles, ${tally.errors} errors\n`);
  // Nothing came out: say so with the exit status too.
  if (tally.pages && tally.errors === tally.pages) process.exitCode = 1;
}

type BatchOptions = Options & { out?: string };

// A worker's heap: a page that needs more is reported as too large, and the run goes on.
const WORKER_HEAP_MB = Number(process.env.QINGDU_WORKER_MB) || 4096;

/** One batch of a folder, in a child process: JSON Lines to our stdout, a report per page. Resolves with the child's exit code. */
function runBatch(dir: string, files: string[], o: BatchOptions, onPage: (p: PageDone) => void): Promise<number | null> {
  return new Promise((resolveBatch) => {
    const child = fork(fileURLToPath(import.meta.url), ['_batch', dir, JSON.stringify(o), ...files], {
      stdio: ['ignore', 'pipe', 'ignore', 'ipc'],
      execArgv: [...process.execArgv, `--max-old-space-size=${WORKER_HEAP_MB}`],
    });
    child.stdout!.pipe(process.stdout, { end: false });
    child.on('message', (m) => onPage(m as PageDone));
    child.on('error', () => resolveBatch(1));
    child.on('close', (code) => resolveBatch(code));
  });
}

/** The child side of runBatch: `_batch <dir> <options json> <file>...`. A bad page is reported, not fatal. */
async function batch([dir, json, ...files]: string[]): Promise<void> {
  const o = JSON.parse(json!) as BatchOptions;
  for (const f of files) {
    const full = join(dir!, f);
    try {
      const article = extractFromHtml(decodeHtml(readFileSync(full)), o.url || pathToFileURL(resolve(full)).href);
      const text = await render(article, o);
      if (o.out) writeFileSync(outputOf(o.out, f, o.format), text + '\n');
      else process.stdout.write((o.format === 'json' || o.format === 'jsonl' ? JSON.stringify({ file: f, ...(JSON.parse(text) as Article) }) : text) + '\n');
      process.send?.({ file: f, isArticle: article.isArticle } satisfies PageDone);
    } catch (e) {
      process.send?.({ file: f, error: oneLineError(e) } satisfies PageDone);
    }
  }
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
    else if (command === '_batch') await batch(rest);
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
