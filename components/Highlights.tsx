import { useEffect, useRef, useState } from 'preact/hooks';
import type { Article } from '@/utils/article';
import type { TextSource } from '@/utils/convert/convert-dom';
import type { ConvertFn } from '@/utils/convert/load-converter';
import { t } from '@/utils/browser/i18n';
import { inPrivateWindow, loadHighlights, saveHighlights } from '@/utils/browser/highlight-store';
import { HIGHLIGHT_LIMITS, anchorOf, highlightId, inArticleOrder, locate, rangeOf, textIndex, type Highlight } from '@/utils/highlights';
import { paintRanges } from './paint';
import { MORE } from './SanitizedHtml';
import { useShortcuts } from './shortcuts';

const PAINT = 'qd-highlight';
const PAINT_ACTIVE = 'qd-highlight-active';
// A quote in the list is cut after this many characters.
const LIST_QUOTE = 80;

/** The article's highlights and notes, kept per address (utils/browser/highlight-store.ts). */
export function useHighlights(article: Article) {
  const [items, setItems] = useState<readonly Highlight[]>([]);
  const [problem, setProblem] = useState('');
  const [privateWindow, setPrivate] = useState(false);
  const latest = useRef(items);
  // Until the stored ones are read, what the reader makes is only on screen (then merged and kept).
  const loaded = useRef<{ private: boolean } | null>(null);
  const save = (next: readonly Highlight[]): void => {
    saveHighlights(article.url, article.title, next).then(
      () => setProblem(''),
      (e: unknown) => setProblem(t('hlNotSaved', e instanceof Error ? e.message : String(e))),
    );
  };
  useEffect(() => {
    let live = true;
    loaded.current = null;
    void inPrivateWindow().then(async (p) => {
      const stored = p ? [] : await loadHighlights(article.url).catch(() => []);
      if (!live) return;
      loaded.current = { private: p };
      setPrivate(p);
      const made = latest.current.filter((h) => !stored.some((s) => s.id === h.id));
      const all = made.length ? inArticleOrder([...stored, ...made]) : stored;
      latest.current = all;
      setItems(all);
      if (made.length && !p) save(all);
    });
    return () => void (live = false);
  }, [article.url]);
  /** The new list, on screen at once and kept (a failed write is said, the list stays). */
  const change = (next: readonly Highlight[]): void => {
    latest.current = next;
    setItems(next);
    if (loaded.current && !loaded.current.private) save(next);
  };
  const add = (anchor: Pick<Highlight, 'quote' | 'prefix' | 'suffix' | 'start'>): Highlight | null => {
    if (latest.current.length >= HIGHLIGHT_LIMITS.perArticle) {
      setProblem(t('hlTooMany', String(HIGHLIGHT_LIMITS.perArticle)));
      return null;
    }
    const h: Highlight = { ...anchor, id: highlightId(), note: '', created: new Date().toISOString() };
    change(inArticleOrder([...latest.current, h]));
    return h;
  };
  const setNote = (id: string, note: string): void =>
    change(latest.current.map((h) => (h.id === id ? { ...h, note: note.slice(0, HIGHLIGHT_LIMITS.note) } : h)));
  const remove = (id: string): void => change(latest.current.filter((h) => h.id !== id));
  const clear = (): void => change([]);
  return { items, add, setNote, remove, clear, problem, privateWindow };
}

export type HighlightState = ReturnType<typeof useHighlights>;

interface Props {
  state: HighlightState;
  /** The article's body on screen, and its text as written (useConversion). */
  body: () => HTMLElement | null;
  source: () => TextSource;
  /** For the list: the quotes in the script on screen. */
  convert: ConvertFn;
  /** The view the selection bar and the note card are placed in (position: relative). */
  view: () => HTMLElement | null;
  singleKeys: boolean;
  /** "Remove a block" is on: a click there removes, it does not open a note. */
  picking: boolean;
}

/** Where, in `view`, a box sits (for the bar and the card). */
function placeIn(view: HTMLElement, rect: DOMRect): { top: number; left: number } {
  const box = view.getBoundingClientRect();
  return { top: rect.bottom - box.top + 6, left: Math.max(0, Math.min(rect.left - box.left, box.width - 280)) };
}

/** The text position under the pointer (Firefox and Chromium 128+ have the standard one). */
function caretAt(x: number, y: number): [Node, number] | null {
  const doc = document as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null };
  const p = doc.caretPositionFromPoint?.(x, y);
  if (p) return [p.offsetNode, p.offset];
  const r = doc.caretRangeFromPoint?.(x, y);
  return r ? [r.startContainer, r.startOffset] : null;
}

/**
 * Highlights and notes in the article view: select text to highlight it (the bar under the
 * selection, or H), click a highlight to write its note or remove it, and the list of them under
 * the article. Painted with the CSS Custom Highlight API over the text as shown, anchored in the
 * text as written: they follow every script switch, removal and restore.
 */
export function Highlights({ state, body, source, convert, view, singleKeys, picking }: Props) {
  const { items } = state;
  // The selection's bar, and the highlight whose note card is open.
  const [bar, setBar] = useState<{ top: number; left: number } | null>(null);
  const [open, setOpen] = useState<{ id: string; top: number; left: number } | null>(null);
  const [missing, setMissing] = useState<ReadonlySet<string>>(new Set());
  const [confirming, setConfirming] = useState(false);
  const ranges = useRef(new Map<string, Range>());
  const card = useRef<HTMLDialogElement>(null);
  const noteField = useRef<HTMLTextAreaElement>(null);
  // An opened card takes the keyboard; a press outside it closes it.
  useEffect(() => {
    if (!open) return;
    noteField.current?.focus();
    const outside = (e: PointerEvent): void => {
      if (!(e.target instanceof Node && card.current?.contains(e.target))) setOpen(null);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open?.id]);

  const paint = (): void => {
    const root = body();
    if (!root) return;
    const index = textIndex(root, source());
    const next = new Map<string, Range>();
    for (const h of items) {
      const at = locate(index.text, h);
      const range = at && rangeOf(index, at);
      if (range) next.set(h.id, range);
    }
    ranges.current = next;
    paintRanges(PAINT, [...next.values()]);
    const active = open && next.get(open.id);
    paintRanges(PAINT_ACTIVE, active ? [active] : []);
    // Gone from the article, unless the rest of a long one is still to be shown (SanitizedHtml).
    const partial = !!root.parentElement?.querySelector(`:scope > .${MORE}`);
    const lost = partial ? [] : items.filter((h) => !next.has(h.id)).map((h) => h.id);
    setMissing((before) => (lost.length === before.size && lost.every((id) => before.has(id)) ? before : new Set(lost)));
  };
  const paintLatest = useRef(paint);
  paintLatest.current = paint;
  // Again whenever the highlights (not their notes), the script or the open card change …
  useEffect(paint, [items.map((h) => h.id).join(' '), convert, open?.id]);
  // … and whenever the body's text does (a conversion, a block removed or restored, the rest of a long article shown).
  useEffect(() => {
    const root = body();
    if (!root) return;
    let frame = 0;
    const observer = new MutationObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => paintLatest.current());
    });
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
      paintRanges(PAINT, []);
      paintRanges(PAINT_ACTIVE, []);
    };
  }, []);

  /** The selection, when it is text in the body. */
  const selected = (): Range | null => {
    const sel = getSelection();
    const root = body();
    if (!sel || sel.isCollapsed || !sel.rangeCount || !root) return null;
    const range = sel.getRangeAt(0);
    return root.contains(range.startContainer) && root.contains(range.endContainer) ? range : null;
  };
  useEffect(() => {
    let frame = 0;
    const onChange = (): void => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const range = selected();
        const v = view();
        const rects = range?.getClientRects();
        const last = rects?.[rects.length - 1];
        setBar(range && v && last && !picking ? placeIn(v, last) : null);
      });
    };
    document.addEventListener('selectionchange', onChange);
    return () => {
      document.removeEventListener('selectionchange', onChange);
      cancelAnimationFrame(frame);
    };
  }, [picking]);

  /** Highlights the selection; with `note`, opens its card to write one. */
  const highlight = (note: boolean): void => {
    const range = selected();
    const root = body();
    const anchor = range && root && anchorOf(root, range, source());
    if (!anchor || !range) return;
    const rect = range.getBoundingClientRect();
    const h = state.add(anchor);
    getSelection()?.removeAllRanges();
    setBar(null);
    const v = view();
    if (h && note && v) setOpen({ id: h.id, ...placeIn(v, rect) });
  };
  useShortcuts((key) => {
    if (key === 'h' || key === 'H') highlight(false);
  }, singleKeys);

  // A click on a highlight (not the end of a selection, not a removal) opens its card.
  useEffect(() => {
    const root = body();
    if (!root) return;
    const onClick = (e: MouseEvent): void => {
      if (e.defaultPrevented || picking || !getSelection()?.isCollapsed) return;
      const at = caretAt(e.clientX, e.clientY);
      const v = view();
      if (!at || !v) return;
      for (const [id, range] of ranges.current)
        if (range.isPointInRange(at[0], at[1])) {
          const rects = range.getClientRects();
          const near = [...rects].find((r) => e.clientY >= r.top && e.clientY <= r.bottom) ?? rects[rects.length - 1];
          if (near) setOpen({ id, ...placeIn(v, near) });
          return;
        }
    };
    root.addEventListener('click', onClick);
    return () => root.removeEventListener('click', onClick);
  }, [picking]);

  /** Opens a highlight's card from the list, and brings it into view. */
  const show = (id: string): void => {
    const range = ranges.current.get(id);
    const v = view();
    if (!range || !v) return;
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const rect = range.getClientRects()[0];
    if (rect) setOpen({ id, ...placeIn(v, rect) });
  };

  const current = open && items.find((h) => h.id === open.id);
  const shortQuote = (q: string): string => {
    const c = convert(q);
    return c.length > LIST_QUOTE ? `${c.slice(0, LIST_QUOTE)}…` : c;
  };
  return (
    <>
      {bar && (
        // Pressing a button here must not end the selection it acts on.
        <div class="qd-hl-bar" role="toolbar" aria-label={t('hlHighlight')} style={bar} onMouseDown={(e) => e.preventDefault()}>
          <button type="button" class="qd-action qd-hl-add" onClick={() => highlight(false)}>
            {t('hlHighlight')}
          </button>
          <button type="button" class="qd-action qd-hl-add-note" onClick={() => highlight(true)}>
            {t('hlAddNote')}
          </button>
        </div>
      )}
      {current && open && (
        // Not modal: the article stays readable; Esc or Done closes it (the reader's Esc does not close the tab then).
        <dialog
          open
          ref={card}
          class="qd-hl-card"
          aria-label={t('hlNote')}
          style={{ top: open.top, left: open.left }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.preventDefault();
              setOpen(null);
            }
          }}
        >
          <textarea
            class="qd-hl-note"
            aria-label={t('hlNote')}
            placeholder={t('hlNotePlaceholder')}
            maxLength={HIGHLIGHT_LIMITS.note}
            value={current.note}
            ref={noteField}
            onInput={(e) => state.setNote(current.id, e.currentTarget.value)}
          />
          <div class="qd-hl-card-actions">
            <button
              type="button"
              class="qd-action qd-hl-remove"
              onClick={() => {
                state.remove(current.id);
                setOpen(null);
              }}
            >
              {t('hlRemove')}
            </button>
            <button type="button" class="qd-action qd-hl-done" onClick={() => setOpen(null)}>
              {t('hlDone')}
            </button>
          </div>
        </dialog>
      )}
      {(items.length > 0 || state.problem || state.privateWindow) && (
        <section class="qd-highlights" aria-labelledby="qd-hl-title">
          <h2 id="qd-hl-title">{t('hlTitle', String(items.length))}</h2>
          {state.privateWindow && <p class="qd-notice">{t('hlPrivate')}</p>}
          {state.problem && (
            <p class="qd-notice" role="alert">
              {state.problem}
            </p>
          )}
          <ol>
            {items.map((h) => (
              <li key={h.id} class={missing.has(h.id) ? 'qd-hl-missing' : undefined}>
                <button type="button" class="qd-hl-quote" disabled={missing.has(h.id)} onClick={() => show(h.id)}>
                  {shortQuote(h.quote)}
                </button>
                {missing.has(h.id) && <span class="qd-hl-gone">{t('hlMissing')}</span>}
                {h.note && <p class="qd-hl-note-text">{h.note}</p>}
              </li>
            ))}
          </ol>
          {items.length > 0 &&
            (confirming ? (
              <p>
                <button
                  type="button"
                  class="qd-action qd-hl-clear-sure"
                  onClick={() => {
                    state.clear();
                    setConfirming(false);
                    setOpen(null);
                  }}
                >
                  {t('hlClearSure', String(items.length))}
                </button>{' '}
                <button type="button" class="qd-action" onClick={() => setConfirming(false)}>
                  {t('hlKeep')}
                </button>
              </p>
            ) : (
              <button type="button" class="qd-action qd-hl-clear" onClick={() => setConfirming(true)}>
                {t('hlClear')}
              </button>
            ))}
        </section>
      )}
    </>
  );
}
