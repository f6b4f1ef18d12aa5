// @vitest-environment jsdom
/**
 * A key pressed right after a render must reach the handler of that render. Preact runs effects
 * only after the paint, so a listener re-registered by an effect still held the previous
 * render's state: in the reader, Escape pressed as "remove a block" appeared did nothing (CI
 * caught it once in 68 files).
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { useShortcuts } from '@/components/shortcuts';

function Probe({ value, seen }: { value: string; seen: string[] }) {
  useShortcuts((key) => seen.push(`${key}:${value}`), true);
  return <p>{value}</p>;
}

afterEach(() => render(null, document.body));

describe('useShortcuts', () => {
  it('hands a press to the handler of the latest render, before effects have run', async () => {
    const seen: string[] = [];
    await act(() => render(<Probe value="first" seen={seen} />, document.body));
    render(<Probe value="second" seen={seen} />, document.body);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(seen).toEqual(['Escape:second']);
  });

  it('leaves single keys alone when they are off, and presses typed in a field', async () => {
    const seen: string[] = [];
    function Off() {
      useShortcuts((key) => seen.push(key), false);
      return <input />;
    }
    await act(() => render(<Off />, document.body));
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 't' }));
    document.body.querySelector('input')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(seen).toEqual(['Escape']);
  });
});
