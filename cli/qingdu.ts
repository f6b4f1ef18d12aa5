/**
 * qingdu: the extraction pipeline and script conversion from the command line.
 *
 *   qingdu extract <file.html|folder|-> [--url URL] [--format json|jsonl|text|html] [--script original|cn|tw|twp|hk|hkp]
 *   qingdu convert --from cn|tw|twp|hk|hkp|t|jp --to cn|tw|twp|hk|hkp|t|jp     (stdin -> stdout, line by line)
 *
 * Not an article: still a record, with isArticle false and a reason (exit 0).
 * Bad arguments or an unreadable file: one line on stderr, exit 2 or 1.
 */
import { fork } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Article } from '../utils/article';
import { convertArticle } from '../utils/convert/convert-article';
import { loadConverter } from '../utils/convert/load-converter';
import { LOCALES, TARGET_LANG, directionFor, type Locale, type Target } from '../utils/convert/targets';
import { decodeHtml } from './decode';
import { closeQuietly, extractFromHtml, parseHtml } from './extract-html';
import { renderHtmlDocument } from './render-html';

const USAGE = `usage: qingdu extract <file.html|folder|-> [--url URL] [--format json|jsonl|text|html] [--script original|cn|tw|twp|hk|hkp]
       qingdu convert --from ${LOCALES.join('|')} --to ${LOCALES.join('|')}`;
const FORMATS = ['json', 'jsonl', 'text', 'html'] as const;
const TARGETS: readonly Target[] = ['original', 'cn', 'tw', 'twp', 'hk', 'hkp'];

class UsageError extends Error {}

function fail(message: string, code: number): never {
  process.stderr.write(`qingdu: ${message}\n`);
  process.exit(code);
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

async function inScript(article: Article, target: Target): Promise<Article> {
  const dir = directionFor(article.script, target, article.url);
  if (!dir || target === 'original') return article;
  const convert = await loadConverter(dir.from, dir.to);
  const dom = parseHtml('', 'about:blank');
  try {
    return convertArticle(article, convert, dom.window as unknown as Window, TARGET_LANG[target]);
  } finally {
    closeQuietly(dom);
  }
}

function format(article: Article, fmt: (typeof FORMATS)[number]): string {
  if (fmt === 'json') return JSON.stringify(article, null, 2);
  if (fmt === 'jsonl') return JSON.stringify(article);
  if (fmt === 'html') return renderHtmlDocument(article);
  if (!article.isArticle) return `[not an article] ${article.reason ?? ''}`.trim();
  return `${article.title}\n\n${article.text}`;
}

async function extract(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { url: { type: 'string' }, format: { type: 'string', default: 'json' }, script: { type: 'string', default: 'original' } },
  });
  const fmt = values.format as (typeof FORMATS)[number];
  if (!FORMATS.includes(fmt)) throw new UsageError(`unknown --format ${values.format} (json, jsonl, text, html)`);
  const target = values.script as Target;
  if (!TARGETS.includes(target)) throw new UsageError(`unknown --script ${values.script} (${TARGETS.join(', ')})`);
  if (positionals.length !== 1) throw new UsageError('extract needs one file, folder or - (stdin)');
  const path = positionals[0]!;

  if (path === '-') {
    const article = extractFromHtml(decodeHtml(await readStdin()), values.url ?? 'about:blank');
    process.stdout.write(format(await inScript(article, target), fmt) + '\n');
    return;
  }
  let stat;
  try {
    stat = statSync(path);
  } catch (e) {
    fail(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, 1);
  }
  if (stat.isDirectory()) {
    if (fmt !== 'json' && fmt !== 'jsonl') throw new UsageError(`a folder gives JSON Lines; --format ${fmt} works on one file`);
    const files = readdirSync(path)
      .filter((f) => f.toLowerCase().endsWith('.html'))
      .sort();
    // jsdom keeps ~1.5 MB per page after close() (an upstream vm-context leak): each batch of
    // pages runs in a child process of its own, so a folder of any size fits in memory.
    for (let i = 0; i < files.length; i += BATCH) {
      await runBatch(path, files.slice(i, i + BATCH), values.url, target);
    }
    return;
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    fail(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, 1);
  }
  const article = extractFromHtml(decodeHtml(bytes), values.url ?? pathToFileURL(resolve(path)).href);
  const out = await inScript(article, target);
  process.stdout.write(format(out, fmt) + '\n');
}

const BATCH = Number(process.env.QINGDU_BATCH) || 100;

/** One batch of a folder, in a child process that writes its JSON Lines to our stdout. */
function runBatch(dir: string, files: string[], url: string | undefined, target: Target): Promise<void> {
  return new Promise((resolveBatch, reject) => {
    const child = fork(fileURLToPath(import.meta.url), ['_batch', dir, target, url ?? '', ...files], { stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
    child.stdout!.pipe(process.stdout, { end: false });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolveBatch() : reject(new Error(`a batch of ${files.length} pages failed (exit ${code})`))));
  });
}

/** The child side of runBatch: `_batch <dir> <target> <url> <file>...`. */
async function batch([dir, target, url, ...files]: string[]): Promise<void> {
  for (const f of files) {
    const full = join(dir!, f);
    const article = extractFromHtml(decodeHtml(readFileSync(full)), url || pathToFileURL(resolve(full)).href);
    process.stdout.write(JSON.stringify({ file: f, ...(await inScript(article, target as Target)) }) + '\n');
  }
}

async function convert(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { from: { type: 'string' }, to: { type: 'string' } } });
  const from = values.from as Locale;
  const to = values.to as Locale;
  if (!LOCALES.includes(from) || !LOCALES.includes(to)) throw new UsageError(`convert needs --from and --to, each one of ${LOCALES.join(', ')}`);
  if (positionals.length) throw new UsageError('convert reads standard input; it takes no file');
  const fn = await loadConverter(from, to);
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
