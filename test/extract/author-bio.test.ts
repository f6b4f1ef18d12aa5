import { describe, expect, it } from 'vitest';
import { dropEdgeLines } from '../../utils/extract/drop-edge-lines';
import { articleContext, bodyText } from '../helpers/dom';

const run = (html: string, byline: string[]): string => {
  const ctx = articleContext(html);
  ctx.meta.byline = byline;
  dropEdgeLines.run(ctx);
  return bodyText(ctx);
};

describe('drop-author-bio', () => {
  it('removes a closing bio that starts with the byline name, whole, first or last', () => {
    expect(run('<p>The bridge reopened.</p><p>Phil Helsel is a reporter for NBC News.</p>', ['Phil Helsel'])).toBe('The bridge reopened.');
    expect(run('<p>The bridge reopened.</p><p>Zac covers Apple news for 9to5Mac.</p>', ['Zac Hall'])).toBe('The bridge reopened.');
    expect(run('<p>The bridge reopened.</p><p>Phil Helsel is a reporter for NBC News.</p>', ['PHIL HELSEL'])).toBe('The bridge reopened.');
  });

  it('removes the author’s contact line: an address alone, or the full name with an address, "may be reached" or "follow him"', () => {
    const story = '<p>The bridge reopened.</p>';
    const byline = ['AMY KUPERINSKY'];
    expect(run(story + '<p>Have a tip? Amy Kuperinsky may be reached at akuperinsky@example.com. Follow her on Twitter @AmyKup.</p>', byline)).toBe(
      'The bridge reopened.',
    );
    expect(run(story + '<p>Email Amy Kuperinsky at akuperinsky@example.com or follow her @AmyKup.</p>', byline)).toBe('The bridge reopened.');
    expect(run(story + '<p>amy.k@example.com</p>', byline)).toBe('The bridge reopened.');
    // Someone else's address, or the author named in a sentence with no way to reach her, stay.
    expect(run(story + '<p>Tips go to the city clerk at clerk@example.gov.</p>', byline)).toContain('clerk@');
    expect(run(story + '<p>Amy Kuperinsky said the bridge looked fine.</p>', byline)).toContain('said');
  });

  it('keeps lines about someone else, bios without a byline, and a bio-like sentence far from the end', () => {
    expect(run('<p>Emirates is the number one buyer of the A380.</p>', ['Natasha Turak'])).toContain('Emirates');
    expect(run('<p>Phil Helsel is a reporter for NBC News.</p>', [])).toContain('Phil Helsel');
    const early = '<p>Lopez is the city’s first engineer to lead the project.</p>' + '<p>Text.</p>'.repeat(4);
    expect(run(early, ['Maria Lopez'])).toContain('first engineer');
  });
});
