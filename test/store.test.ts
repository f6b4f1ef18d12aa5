/** The store listing agrees with what the extension says about itself. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const LISTINGS = { en: 'en', 'zh-TW': 'zh_TW', 'zh-CN': 'zh_CN' } as const;
const messages = (locale: string) => JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8')) as Record<string, { message: string }>;

/** `## Heading` → its text, from a listing file. */
function sections(file: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of readFileSync(file, 'utf8').split(/^## /m).slice(1)) {
    const [heading, ...body] = part.split('\n');
    out.set(heading!.trim(), body.join('\n').trim());
  }
  return out;
}

describe('the store listing', () => {
  it.each(Object.entries(LISTINGS))('%s: summary is the manifest description, within the Chrome Web Store limit', (lang, locale) => {
    const description = messages(locale).extDescription!.message;
    expect(description.length).toBeLessThanOrEqual(132);
    const s = [...sections(`store/listing.${lang}.md`).values()];
    expect(s).toHaveLength(6); // name, summary, description, single purpose, permissions, privacy
    expect(s[1]).toBe(description);
    // Every permission the manifest asks for is justified.
    for (const p of ['activeTab', 'scripting', 'storage', 'contextMenus']) expect(s[4]).toContain(p);
    // What the extension does is described: clips and their formats, Convert page, the word list, recent articles.
    for (const word of ['BibTeX', 'RIS', 'CSL-JSON', 'Markdown']) expect(s[2]).toContain(word);
    expect(s[4]).toMatch(/20/);
  });
});
