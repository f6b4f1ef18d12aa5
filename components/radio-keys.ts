/**
 * Arrow keys in a radio group (WAI-ARIA APG "Radio Group"): ←/↑ and →/↓ move to the previous
 * or next choice and pick it, Home and End the first and last; focus moves with the choice.
 * The group is one Tab stop: the checked radio has tabIndex 0, the others -1 (`rovingTabIndex`).
 */
export function radioKeyDown(e: KeyboardEvent, index: number, count: number, pick: (next: number) => void): void {
  const step: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
  let next: number;
  if (e.key in step) next = (index + step[e.key]! + count) % count;
  else if (e.key === 'Home') next = 0;
  else if (e.key === 'End') next = count - 1;
  else return;
  e.preventDefault();
  pick(next);
  const radios = (e.currentTarget as HTMLElement).parentElement?.querySelectorAll<HTMLElement>('[role="radio"]');
  radios?.[next]?.focus();
}

export const rovingTabIndex = (checked: boolean): number => (checked ? 0 : -1);
