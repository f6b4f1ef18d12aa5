import { useEffect, useRef, useState } from 'preact/hooks';
import { restoreBlock } from '@/utils/restore';
import { addUserRule } from '@/utils/browser/user-rules-store';
import { MARK } from '@/utils/extract/marks';
import { sanitizeToFragment } from '@/utils/sanitize';
import { hostname } from '@/utils/url';
import { pickedBlock, removableBlocks, removeBlock, ruleText } from '@/utils/user-removal';
import type { Article } from '@/utils/article';
import type { Target } from '@/utils/convert/targets';
import { t } from '@/utils/browser/i18n';
import { readingMinutes } from '@/utils/settings';
import type { ImageReader } from '@/utils/clip/image-limits';
import { ClipBar } from './ClipBar';
import { Highlights, useHighlights } from './Highlights';
import { PagesNote } from './PagesNote';
import { ReadAloud } from './ReadAloud';
import { RemovedList } from './RemovedList';
import { SanitizedHtml } from './SanitizedHtml';
import { ScriptSwitch } from './ScriptSwitch';
import { useCommand, useShortcuts } from './shortcuts';
import { useConversion } from './useConversion';
import type { PagesLoading } from './useWholeArticle';

interface Props {
  article: Article;
  /** Extra controls for the toolbar (e.g. "open full page" in the popup). */
  actions?: preact.ComponentChildren;
  /** The script to open in (the site's choice or the default), applied once on mount. */
  initialTarget?: Target;
  /** The reader picked a script (remembered for the site). */
  onChooseTarget?: (target: Target) => void;
  /** 繁體 with phrase tables: the 台灣/香港 buttons mean twp/hkp. */
  phrases?: boolean;
  /** The single-key shortcuts (S, C) are on. */
  singleKeys?: boolean;
  /** Quotation marks follow the script (Settings). */
  quotes?: boolean;
  /** Offer read aloud (the reader page). */
  readAloud?: boolean;
  /** The following page on its way, while a multi-page article is joined (useWholeArticle). */
  pagesLoading?: PagesLoading | null;
  /** Reads the article's images for a download that keeps them. */
  readImage?: ImageReader;
}

const CYCLE: Target[] = ['original', 'cn', 'tw', 'hk'];
const withPhrases = (t: Target, phrases: boolean): Target => (phrases && t === 'tw' ? 'twp' : phrases && t === 'hk' ? 'hkp' : t);

/** 2024-04-23 08:35 in the page's own time; the date alone when no time was given. */
function formatDate(iso: string | null): string {
  if (!iso) return '';
  const time = iso.slice(11, 16);
  return time && time !== '00:00' ? `${iso.slice(0, 10)} ${time}` : iso.slice(0, 10);
}

/** The clean article: header as text, sanitized body, script switch, credits, removals. */
export function ArticleView({
  article,
  actions,
  initialTarget,
  onChooseTarget,
  phrases = false,
  singleKeys = true,
  pagesLoading = null,
  readImage,
  quotes = false,
  readAloud = false,
}: Props) {
  const { target, choose, convert, busy, mount, lang, source } = useConversion(article, quotes);
  const highlights = useHighlights(article);
  const body = useRef<HTMLElement | null>(null);
  const view = useRef<HTMLElement | null>(null);
  const [restored, setRestored] = useState<ReadonlySet<number>>(new Set());
  // The article with the blocks the reader removed by hand (for the list, restore and clips).
  const [edited, setEdited] = useState<Article | null>(null);
  const shown = edited ?? article;
  const [picking, setPicking] = useState(false);
  const [kept, setKept] = useState<ReadonlySet<number>>(new Set());
  /** A removed block back where it was (its marker), sanitized again, in the script on screen. */
  const restore = (i: number): void => {
    if (!body.current || !restoreBlock(body.current, shown, i, window)) return;
    setRestored((s) => new Set(s).add(i));
    void choose(target); // converts the restored block with the rest
  };
  /** Pick mode: a click removes the block under it (Restore in the list undoes it). */
  const removePicked = (e: MouseEvent): void => {
    const root = body.current;
    const el = picking && root && e.target instanceof Element ? pickedBlock(e.target, root) : null;
    if (!root || !el) return;
    e.preventDefault();
    const next = removeBlock(shown, removableBlocks(root).indexOf(el), window);
    if (!next) return;
    const marker = document.createElement('span');
    marker.setAttribute(MARK.removed, String(next.removals.length - 1));
    el.replaceWith(marker);
    setEdited(next);
  };
  /** "Always on this site": the removed block's text becomes a rule for the site's next articles. */
  const keepRule = (i: number): void => {
    const html = shown.removals[i]?.html;
    const holder = document.createElement('div');
    if (html) holder.append(sanitizeToFragment(html, window));
    const text = holder.firstElementChild ? ruleText(holder.firstElementChild) : null;
    if (text) void addUserRule(hostname(article.url), text).then(() => setKept((s) => new Set(s).add(i)));
  };
  useShortcuts((key) => {
    if (key === 'Escape' && picking) setPicking(false);
  }, true);
  const meta = [article.source || article.siteName, formatDate(article.publishedTime)].filter(Boolean);
  const pick = (next: Target, remember = true): void => {
    const full = withPhrases(next, phrases);
    void choose(full);
    if (remember) onChooseTarget?.(full);
  };
  useEffect(() => {
    // After the first paint (Preact runs effects after it): bench/open.ts reads this mark.
    performance.mark('qd-article-painted');
    if (initialTarget && initialTarget !== 'original') void choose(initialTarget);
  }, []);
  // S, or the key the user bound to "next script": the next script.
  const nextScript = (): void => {
    const at = CYCLE.indexOf(target.replace(/p$/, '') as Target);
    pick(CYCLE[(at + 1) % CYCLE.length]!);
  };
  useShortcuts((key) => {
    if (key.toLowerCase() === 's') nextScript();
  }, singleKeys);
  useCommand('next-script', nextScript);
  return (
    <article class="qd-article" lang={lang} ref={view}>
      <div class="qd-toolbar">
        <ScriptSwitch value={target} busy={busy} onChange={(next) => pick(next)} />
        {readAloud && <ReadAloud root={() => view.current} lang={lang} singleKeys={singleKeys} />}
        {actions}
      </div>
      <header class="qd-header">
        <h1 class="qd-title">{convert(article.title)}</h1>
        <p class="qd-meta">
          {meta.map((m) => (
            <span>{convert(m)}</span>
          ))}
          {article.byline.length > 0 && <span class="qd-byline">{article.byline.map(convert).join('、')}</span>}
          <span class="qd-reading-time">{t('readingTime', String(readingMinutes(article.text)))}</span>
          {article.url.startsWith('http') && (
            <a href={article.url} target="_blank" rel="noopener noreferrer">
              {t('original')}
            </a>
          )}
        </p>
        {article.cleanedLess && (
          <p class="qd-notice" role="note">
            {t(article.cleanedLess === 'copy' ? 'cleanedLess_copy' : 'cleanedLess_body')}
          </p>
        )}
      </header>
      {picking && (
        <p class="qd-notice qd-picking-help" role="status">
          {t('pickHelp')}
        </p>
      )}
      <div class={picking ? 'qd-picking' : undefined} onClickCapture={removePicked}>
        <SanitizedHtml
          html={article.html}
          lang={lang}
          onMount={(el) => {
            body.current = el;
            mount(el);
          }}
        />
      </div>
      <PagesNote article={article} loading={pagesLoading} />
      <Highlights
        state={highlights}
        body={() => body.current}
        source={source}
        convert={convert}
        view={() => view.current}
        singleKeys={singleKeys}
        picking={picking}
      />
      <footer class="qd-footer">
        <ClipBar
          article={shown}
          restored={restored}
          target={target}
          convert={convert}
          lang={lang}
          singleKeys={singleKeys}
          readImage={readImage}
          highlights={highlights.items}
        />
        {article.credits.length > 0 && (
          <dl class="qd-credits" aria-label={t('credits')}>
            {article.credits.map((c) => (
              <div>
                <dt>{convert(c.role)}</dt>
                <dd>{c.names.map(convert).join('、')}</dd>
              </div>
            ))}
          </dl>
        )}
        <button type="button" class="qd-action qd-pick" aria-pressed={picking} onClick={() => setPicking(!picking)}>
          {picking ? t('pickDone') : t('pickStart')}
        </button>
        <RemovedList removals={shown.removals} onRestore={restore} restored={restored} onAlways={keepRule} kept={kept} />
      </footer>
    </article>
  );
}
