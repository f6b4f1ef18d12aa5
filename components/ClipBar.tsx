import { useEffect, useState } from 'preact/hooks';
import type { Article } from '@/utils/article';
import type { ClipFormat } from '@/utils/clip';
import { IMAGE_LIMITS, type ImageReader, type LostImage } from '@/utils/clip/image-limits';
import { templateFor, type ClipTemplate } from '@/utils/clip/template';
import { loadTemplates } from '@/utils/browser/template-store';
import { sendToZotero, ZoteroError } from '@/utils/browser/send-zotero';
import { hostname } from '@/utils/url';
import type { ConvertFn } from '@/utils/convert/load-converter';
import type { Target } from '@/utils/convert/targets';
import type { Highlight } from '@/utils/highlights';
import { t } from '@/utils/browser/i18n';
import { useCommand, useShortcuts } from './shortcuts';
import { useSettings } from './useSettings';

const FORMATS: [ClipFormat, string][] = [
  ['md', 'Markdown'],
  ['text', ''],
  ['html', 'HTML'],
  ['csl', 'CSL-JSON'],
  ['bibtex', 'BibTeX'],
  ['ris', 'RIS'],
];

interface Props {
  article: Article;
  /** Removed blocks the reader put back: the clip holds them too. */
  restored: ReadonlySet<number>;
  target: Target;
  convert: ConvertFn;
  lang: string;
  /** C copies Markdown unless the single-key shortcuts are off. */
  singleKeys: boolean;
  /** Reads the article's images for a download that keeps them (utils/browser/tab-images.ts). */
  readImage?: ImageReader;
  /** The reader's highlights and notes: every clip carries them. */
  highlights?: readonly Highlight[];
}

/**
 * The article as shown (restored blocks included, highlights marked) in the chosen script, with
 * the site's template and the reader's notes; the clip code loads only when asked for.
 */
async function shownArticle(p: Props, template?: ClipTemplate) {
  const [clip, { convertArticle }, { withRestored }, { markHighlights }] = await Promise.all([
    import('@/utils/clip'),
    import('@/utils/convert/convert-article'),
    import('@/utils/clip/restored'),
    import('@/utils/clip/highlights'),
  ]);
  const marked = markHighlights(withRestored(p.article, p.restored, window), p.highlights ?? [], window);
  const original = p.target === 'original';
  const article = original ? marked.article : convertArticle(marked.article, p.convert, window, p.lang);
  const notes = original ? marked.notes : marked.notes.map((n) => ({ ...n, quote: p.convert(n.quote) }));
  return {
    clip,
    article,
    notes,
    context: (provenance: boolean) => ({ clippedAt: new Date().toISOString(), target: p.target, window, provenance, template, notes }),
  };
}

async function clipOf(p: Props, format: ClipFormat, provenance: boolean, template?: ClipTemplate) {
  const { clip, article, context } = await shownArticle(p, template);
  return clip.makeClip(article, format, context(provenance));
}

/** Why an image stays a link, in the UI's language (the site's own answer, as HTTP 404, as it is). */
function lostReason(l: LostImage): string {
  if (l.code === 'too-large') return t('imageTooLarge', String(IMAGE_LIMITS.each / 2 ** 20));
  if (l.code === 'total') return t('imageTotal', String(IMAGE_LIMITS.total / 2 ** 20));
  if (l.code === 'not-image') return t('imageNotImage');
  if (l.code === 'no-access') return t('imageNoAccess', new URL(l.url).host);
  return l.reason;
}

export function lostSummary(lost: readonly LostImage[]): string {
  const reasons = [...new Set(lost.map(lostReason))];
  return t('clipImagesLost', String(lost.length), reasons.join('、'));
}

function download(content: string | Uint8Array, filename: string, mime: string): void {
  const part: BlobPart = typeof content === 'string' ? content : new Uint8Array(content);
  const url = URL.createObjectURL(new Blob([part], { type: typeof content === 'string' ? `${mime};charset=utf-8` : mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Copy or download the article as Markdown, text, HTML or a citation. C copies Markdown. */
export function ClipBar(props: Props) {
  const [format, setFormat] = useState<ClipFormat>('md');
  const [status, setStatusState] = useState<{ text: string; link?: string }>({ text: '' });
  // A message, and for Obsidian the link to try again with.
  const setStatus = (text: string, link?: string): void => setStatusState({ text, link });
  const [provenance, setProvenance] = useState(true);
  const [withImages, setWithImages] = useState(false);
  const imagesOffered = !!props.readImage && (format === 'md' || format === 'html');
  const { settings } = useSettings();
  // The user's template for this site, if one names it (Settings → Clip templates).
  const [template, setTemplate] = useState<ClipTemplate | undefined>();
  useEffect(() => {
    void loadTemplates().then((all) => setTemplate(templateFor(all, hostname(props.article.url))));
  }, [props.article.url]);
  const label = (f: ClipFormat): string => FORMATS.find(([k]) => k === f)![1] || t('clipText');

  const copy = async (f: ClipFormat): Promise<void> => {
    try {
      const clip = await clipOf(props, f, provenance, template);
      await navigator.clipboard.writeText(clip.content);
      setStatus(t('clipCopied', label(f)));
    } catch (e) {
      setStatus(t('clipFailed', e instanceof Error ? e.message : String(e)));
    }
  };
  const save = async (): Promise<void> => {
    if (imagesOffered && withImages && (format === 'md' || format === 'html')) {
      const { clip, article, context } = await shownArticle(props, template);
      const count = clip.imageCount(article, window);
      if (count) setStatus(t('clipGettingImages', String(count)));
      const made = await clip.makeClipWithImages(article, format, context(provenance), props.readImage!);
      download(made.content, made.filename, made.mime);
      setStatus([t('clipSavedImages', made.filename, String(made.kept)), made.lost.length ? lostSummary(made.lost) : ''].filter(Boolean).join('；'));
      return;
    }
    const clip = await clipOf(props, format, provenance, template);
    download(clip.content, clip.filename, clip.mime);
    setStatus(t('clipSaved', clip.filename));
  };

  // Called in the click itself, with nothing awaited before it: the first time, the browser asks
  // for access to 127.0.0.1, and Firefox grants a permission only to a handler of the user's input.
  const toZotero = (): void => {
    sendToZotero(async () => {
      const { clip, article, context, notes } = await shownArticle(props, template);
      const c = context(true);
      return { article, snapshot: (await clip.makeClip(article, 'html', c)).content, clippedAt: c.clippedAt, notes };
    }).then(
      () => setStatus(t('sentZotero')),
      (e: unknown) => {
        const code = e instanceof ZoteroError ? e.code : 'failed';
        const detail = e instanceof Error ? e.message : String(e);
        setStatus(code === 'refused' ? t('zoteroRefused') : code === 'not-running' ? t('zoteroNotRunning') : t('zoteroFailed', detail));
      },
    );
  };
  // The note's Markdown goes by the clipboard; Obsidian makes the note in the vault and folder of Settings.
  const toObsidian = async (): Promise<void> => {
    const [{ clip, article, context }, { obsidianUri, obsidianPath }] = await Promise.all([shownArticle(props, template), import('@/utils/clip/obsidian')]);
    const vault = settings?.obsidianVault ?? '';
    const folder = settings?.obsidianFolder ?? '';
    try {
      await navigator.clipboard.writeText((await clip.makeClip(article, 'md', context(true))).content);
    } catch (e) {
      return setStatus(t('clipFailed', e instanceof Error ? e.message : String(e)));
    }
    const name = clip.clipName(article, context(true));
    const uri = obsidianUri(name, vault, folder);
    setStatus(t('sentObsidian', obsidianPath(name, folder)), uri);
    const a = document.createElement('a');
    a.href = uri;
    a.click();
  };

  useShortcuts((key) => {
    if (key.toLowerCase() === 'c') void copy('md');
  }, props.singleKeys);
  useCommand('copy-markdown', () => void copy('md'));

  return (
    <div class="qd-clip" role="group" aria-label={t('clipFormat')}>
      <select aria-label={t('clipFormat')} value={format} onChange={(e) => setFormat(e.currentTarget.value as ClipFormat)}>
        {FORMATS.map(([f]) => (
          <option value={f}>{label(f)}</option>
        ))}
      </select>
      {format === 'text' && (
        <label class="qd-clip-option">
          <input type="checkbox" checked={provenance} onChange={(e) => setProvenance(e.currentTarget.checked)} />
          {t('clipProvenance')}
        </label>
      )}
      {imagesOffered && (
        <label class="qd-clip-option" title={t('clipWithImagesHint')}>
          <input type="checkbox" checked={withImages} onChange={(e) => setWithImages(e.currentTarget.checked)} />
          {t('clipWithImages')}
        </label>
      )}
      <button type="button" class="qd-action" title={t('clipShortcut')} onClick={() => void copy(format)}>
        {t('clipCopy')}
      </button>
      <button type="button" class="qd-action" onClick={() => void save()}>
        {t('clipDownload')}
      </button>
      <button type="button" class="qd-action qd-to-zotero" onClick={toZotero}>
        {t('sendZotero')}
      </button>
      <button type="button" class="qd-action qd-to-obsidian" onClick={() => void toObsidian()}>
        {t('sendObsidian')}
      </button>
      {template && (
        <span class="qd-clip-template" title={t('clipTemplateHint')}>
          {t('clipTemplate', template.name)}
        </span>
      )}
      <span class="qd-clip-status" role="status" aria-live="polite">
        {status.text}
        {status.link && (
          <>
            {' '}
            <a class="qd-obsidian-link" href={status.link}>
              {t('obsidianAgain')}
            </a>
          </>
        )}
      </span>
    </div>
  );
}
