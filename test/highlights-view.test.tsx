// @vitest-environment jsdom
/**
 * The list under the article says a highlight's words are gone only when they are: a very long
 * article is painted in parts (SanitizedHtml's "show the rest"), and a highlight further down is
 * not lost, only not on screen yet.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Highlights, type HighlightState } from '@/components/Highlights';
import { AS_WRITTEN, type Highlight } from '@/utils/highlights';

// The fake browser has no messages: the list's words are their keys here.
vi.mock('@/utils/browser/i18n', () => ({ t: (key: string) => key }));
afterEach(() => render(null, document.body));

const highlight = (quote: string): Highlight => ({ id: quote, quote, prefix: '', suffix: '', start: 0, note: '', created: '2026-12-03T00:00:00.000Z' });
const state = (items: Highlight[]): HighlightState => ({
  items,
  add: () => null,
  setNote: () => undefined,
  remove: () => undefined,
  clear: () => undefined,
  problem: '',
  privateWindow: false,
});

/** The article's body (and, when the rest is still to come, its "show the rest" button), then the highlights. */
async function view(more: boolean): Promise<HTMLElement> {
  const host = document.createElement('div');
  document.body.append(host);
  const part = document.createElement('div');
  const body = document.createElement('div');
  body.className = 'qd-body';
  body.append(Object.assign(document.createElement('p'), { textContent: '第一段在畫面上。' }));
  part.append(body);
  if (more) part.append(Object.assign(document.createElement('p'), { className: 'qd-more' }));
  host.append(part);
  const list = document.createElement('div');
  host.append(list);
  await act(() =>
    render(
      <Highlights
        state={state([highlight('第一段'), highlight('第九十段的一句')])}
        body={() => body}
        source={() => AS_WRITTEN}
        convert={(s) => s}
        view={() => host}
        singleKeys
        picking={false}
      />,
      list,
    ),
  );
  return list;
}

describe('the highlights list', () => {
  it('marks a highlight gone when the whole article is on screen without its words', async () => {
    const list = await view(false);
    expect([...list.querySelectorAll('.qd-hl-missing')].map((li) => li.querySelector('.qd-hl-quote')!.textContent)).toEqual(['第九十段的一句']);
  });

  it('does not while the rest of a long article is still to be shown', async () => {
    const list = await view(true);
    expect(list.querySelectorAll('.qd-highlights li')).toHaveLength(2);
    expect(list.querySelectorAll('.qd-hl-missing')).toHaveLength(0);
  });
});
