import { describe, expect, it } from 'vitest';
import { emptyArticle } from '../utils/article';
import { MAX_OUTCOME_BYTES, MAX_RESTORE_BYTES, TOTAL_BYTES, fitOutcome, jsonBytes, readerPath, recentKey, toEvict, type TabOutcome } from '../utils/outcome';

const tooLarge = (mb: string): string => `too large: ${mb} MB`;
const article = (text: string, restorable: number[]): TabOutcome => {
  const a = emptyArticle('https://news.example.cn/a.htm');
  a.isArticle = true;
  a.text = text;
  a.html = `<p>${text}</p>`;
  a.removals = restorable.map((n, i) => ({ pass: 'drop-lines', reason: `r${i}`, text: 't', html: `<p>${'删'.repeat(n)}</p>` }));
  return { kind: 'article', article: a };
};

describe('what a reader tab keeps', () => {
  it('keeps an ordinary outcome as it is', () => {
    const o = article('正文', [100, 200]);
    expect(fitOutcome(o, tooLarge)).toEqual({ outcome: o, bytes: jsonBytes(o), dropped: 0, tooLarge: false });
  });

  it('drops the largest restorable blocks first, keeps them listed, and leaves the original alone', () => {
    const o = article('正文', [10, 300_000, 200_000, 50]); // 3 bytes a character: 1.5 MB of restorable HTML
    const fitted = fitOutcome(o, tooLarge);
    expect(fitted.dropped).toBe(1);
    const removals = (fitted.outcome as { article: { removals: { reason: string; html?: string }[] } }).article.removals;
    expect(removals.map((r) => r.reason)).toEqual(['r0', 'r1', 'r2', 'r3']);
    expect(removals.map((r) => !!r.html)).toEqual([true, false, true, true]);
    expect(removals.reduce((n, r) => n + (r.html ? jsonBytes(r.html) : 0), 0)).toBeLessThanOrEqual(MAX_RESTORE_BYTES);
    expect(o.kind === 'article' && o.article.removals[1]!.html).toBeTruthy();
  });

  it('replaces an article too large to keep by an outcome that says so (never by nothing)', () => {
    const fitted = fitOutcome(article('字'.repeat(2_100_000), []), tooLarge); // 12.6 MB as text and HTML
    expect(fitted.tooLarge).toBe(true);
    expect(fitted.outcome).toEqual({ kind: 'error', message: `too large: ${(jsonBytes(article('字'.repeat(2_100_000), [])) / 1e6).toFixed(1)} MB` });
    expect(fitted.bytes).toBeLessThan(200);
    expect(MAX_OUTCOME_BYTES).toBeLessThan(TOTAL_BYTES);
  });

  it('lets the oldest other tabs go, only as many as needed, never the tab being written', () => {
    const kept = { 1: { bytes: 3_000_000, at: 30 }, 2: { bytes: 3_000_000, at: 10 }, 3: { bytes: 1_000_000, at: 20 }, 4: { bytes: 5_000_000, at: 5 } };
    expect(toEvict(kept, '4', 2_000_000)).toEqual(['2']);
    expect(toEvict(kept, '9', 1_000)).toEqual(['4']);
    expect(toEvict({ 1: { bytes: 100, at: 1 } }, '2', 100)).toEqual([]);
  });

  it('keeps recent articles within a count as well as a size', () => {
    const kept = Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`k${i}`, { bytes: 10, at: 100 - i }]));
    expect(toEvict(kept, 'new', 10, 1_000, 3)).toEqual(['k4', 'k3', 'k2']);
    expect(toEvict(kept, 'k0', 10, 1_000, 5)).toEqual([]);
    expect(toEvict(kept, 'new', 25, 60, 10)).toEqual(['k4', 'k3']);
  });

  it('gives the reader an address that finds the article again, whatever the address holds', () => {
    const address = 'https://example.com/a?b=1&c=#x';
    const path = readerPath(7, address);
    const params = new URL(path, 'chrome-extension://id').searchParams;
    expect([params.get('tab'), params.get('url')]).toEqual(['7', address]);
    expect(readerPath(7)).toBe('/reader.html?tab=7');
    expect(recentKey(7, address)).toBe(`recent:7:${address}`);
  });
});
