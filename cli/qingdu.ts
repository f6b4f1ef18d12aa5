/**
 * qingdu: the extraction pipeline and script conversion from the command line.
 *
 *   qingdu extract <file.html|folder|-> [--url URL] [--format FORMAT] [--script TARGET] [--words FILE] [--out DIR] [--bare]
 *     FORMAT: json (default) | jsonl | text | html | md | csl | bibtex | ris
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
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Article } from '../utils/article';
import { CLIP_FORMATS, makeClip } from '../utils/clip';
import { convertArticle } from '../utils/convert/convert-article';
import { loadConverter } from '../utils/convert/load-converter';
import { parseWords, withUserWords, type WordPair } from '../utils/convert/user-words';
import { LOCALES, TARGET_LANG, directionFor, type Locale, type Target } from '../utils/convert/targets';
import { decodeHtml } from './decode';
import { closeQuietly, extractFromHtml, parseHtml } from './extract-html';

const FORMATS = ['json', 'jsonl', ...CLIP_FORMATS] as const;
type Format = (typeof FORMATS)[number];
const TARGETS: readonly Target[] = ['original', 'cn', 'tw', 'twp', 'hk', 'hkp'];
const USAGE = `usage: qingdu extract <file.html|folder|-> [--url URL] [--format ${FORMATS.join('|')}] [--script ${TARGETS.join('|')}] [--words FILE] [--out DIR] [--bare]
       qingdu convert --from ${LOCALES.join('|')} --to ${LOCALES.join('|')} [--words FILE]`;
const EXT: Record<Format, string> = { json: 'json', jsonl: 'json', md: 'md', text: 'txt', html: 'html', csl: 'json', bibtex: 'bib', ris: 'ris' };

class UsageError extends Error {}

function fail(message: string, code: number): never {
  process.stderr.write(`qingdu: ${message}\n`);
  process.exit(code);
}

/** `read(path)`, or one line on stderr and exit 1 when the file cannot be read. */
function orFail<T>(path: string, read: (path: string) => T): T {
  try {
    return read(path);
  } catch (e) {
    fail(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, 1);
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
        ? convertArticle(article, withUserWords(await loadConverter(dir.from, dir.to), o.words), win, TARGET_LANG[o.target])
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
      out: { type: 'string' },
      bare: { type: 'boolean', default: false },
    },
  });
  const format = values.format as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`unknown --format ${values.format} (${FORMATS.join(', ')})`);
  const target = values.script as Target;
  if (!TARGETS.includes(target)) throw new UsageError(`unknown --script ${values.script} (${TARGETS.join(', ')})`);
  if (positionals.length !== 1) throw new UsageError('extract needs one file, folder or - (stdin)');
  const o: Options = { format, target, url: values.url, bare: values.bare, words: readWords(values.words) };
  const path = positionals[0]!;

  if (path === '-') {
    const article = extractFromHtml(decodeHtml(await readStdin()), o.url ?? 'about:blank');
    process.stdout.write((await render(article, o)) + '\n');
    return;
  }
  if (orFail(path, (p) => statSync(p)).isDirectory()) return extractFolder(path, o, values.out);
  if (values.out) throw new UsageError('--out DIR is for a folder; a file prints to stdout');
  const bytes = orFail(path, (p) => readFileSync(p));
  const article = extractFromHtml(decodeHtml(bytes), o.url ?? pathToFileURL(resolve(path)).href);
  process.stdout.write((await render(article, o)) + '\n');
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

async function extractFolder(dir: string, o: Options, out: string | undefined): Promise<void> {
  if (!out && o.format !== 'json' && o.format !== 'jsonl') throw new UsageError(`a folder gives JSON Lines, or one ${o.format} file per page with --out DIR`);
  if (out) mkdirSync(out, { recursive: true });
  const files = readdirSync(dir)
    .filter((f) => f.toLowerCase().endsWith('.html'))
    .sort();
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
  // pages runs in a child process of its own, so a folder of any size fits in memory.
  for (let i = 0; i < files.length; i += BATCH) await runBatch(dir, files.slice(i, i + BATCH), { ...o, out }, onPage);
  process.stderr.write(`qingdu: ${tally.pages} pages: ${tally.articles} articles, ${tally.notArticles} not articles, ${tally.errors} errors\n`);
}

type BatchOptions = Options & { out?: string };

/** One batch of a folder, in a child process: JSON Lines to our stdout, a report per page. */
function runBatch(dir: string, files: string[], o: BatchOptions, onPage: (p: PageDone) => void): Promise<void> {
  return new Promise((resolveBatch, reject) => {
    const child = fork(fileURLToPath(import.meta.url), ['_batch', dir, JSON.stringify(o), ...files], { stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
    child.stdout!.pipe(process.stdout, { end: false });
    child.on('message', (m) => onPage(m as PageDone));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolveBatch() : reject(new Error(`a batch of ${files.length} pages failed (exit ${code})`))));
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
      if (o.out) writeFileSync(join(o.out, `${basename(f, '.html')}.${EXT[o.format]}`), text + '\n');
      else process.stdout.write((o.format === 'json' || o.format === 'jsonl' ? JSON.stringify({ file: f, ...(JSON.parse(text) as Article) }) : text) + '\n');
      process.send?.({ file: f, isArticle: article.isArticle } satisfies PageDone);
    } catch (e) {
      process.send?.({ file: f, error: e instanceof Error ? e.message : String(e) } satisfies PageDone);
    }
  }
}

async function convert(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { from: { type: 'string' }, to: { type: 'string' }, words: { type: 'string' } },
  });
  const from = values.from as Locale;
  const to = values.to as Locale;
  if (!LOCALES.includes(from) || !LOCALES.includes(to)) throw new UsageError(`convert needs --from and --to, each one of ${LOCALES.join(', ')}`);
  if (positionals.length) throw new UsageError('convert reads standard input; it takes no file');
  const fn = withUserWords(await loadConverter(from, to), readWords(values.words));
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
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) fail(`${(e as Error).message}\n${USAGE}`, 2);
    throw e;
  }
}

await main(process.argv.slice(2));
