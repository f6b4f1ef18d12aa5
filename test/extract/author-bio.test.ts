import { describe, expect, it } from 'vitest';
import { dropAuthorBio } from '../../utils/extract/drop-author-bio';
import { bodyText, pageContext } from '../helpers/dom';

const run = (html: string, byline: string[]): string => {
  const ctx = pageContext(html);
  ctx.meta.byline = byline;
  dropAuthorBio.run(ctx);
  return bodyText(ctx);
};

describe('drop-author-bio', () => {
  it('removes a closing bio that starts with the byline name, whole, first or last', () => {
    expect(run('<p>The bridge reopened.</p><p>Phil Helsel is a reporter for NBC News.</p>', ['Phil Helsel'])).toBe('The bridge reopened.');
    expect(run('<p>The bridge reopened.</p><p>Zac covers Apple news for 9to5Mac.</p>', ['Zac Hall'])).toBe('The bridge reopened.');
  });

  it('keeps lines about someone else, bios without a byline, and a bio-like sentence far from the end', () => {
    expect(run('<p>Emirates is the number one buyer of the A380.</p>', ['Natasha Turak'])).toContain('Emirates');
    expect(run('<p>Phil Helsel is a reporter for NBC News.</p>', [])).toContain('Phil Helsel');
    const early = '<p>Lopez is the city’s first engineer to lead the project.</p>' + '<p>Text.</p>'.repeat(4);
    expect(run(early, ['Maria Lopez'])).toContain('first engineer');
  });
});
