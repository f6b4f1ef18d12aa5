/**
 * Clip templates (issue 20 item 3): parsed with every problem named by its line, rendered into
 * front matter that a YAML parser reads back whatever the page put in its title, and a file
 * name safe on every file system, letters of every script kept.
 */
import { JSDOM } from 'jsdom';
import { parse as parseYaml } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { emptyArticle, type Article } from '../utils/article';
import { makeClip } from '../utils/clip';
import { parseTemplate, problemText, templateFileName, templateFor, type ClipTemplate, type TemplateResult } from '../utils/clip/template';

/** Problems in the command line's words. */
const said = (r: TemplateResult) => (r.ok ? r : { ok: false, errors: r.errors.map(problemText) });

const dom = new JSDOM('');
const win = dom.window as unknown as Window;
afterAll(() => dom.window.close());

const TEXT = `# a researcher's template
name: 新聞研究
sites: www.example.cn, news.example.cn
file: {{date|date:YYYYMMDD}}-{{title|slug}}
tags: 新聞, 清讀
---
title: {{title}}
published: {{date|date:YYYY-MM-DD HH:mm}}
author: {{byline}}
lead: {{byline|first}}
authors: {{byline|join: / }}
credits: {{credits}}
from: 來源：{{source}}（{{site}}）
url: {{url}}
script: {{script|upper}}
tags: {{tags}}
missing: {{date}}`;

const article: Article = {
  ...emptyArticle('http://www.example.cn/a/2024/0501/88.html'),
  isArticle: true,
  title: 'Tea "Farms": 茶园里的新产业链\n---\n# not a heading',
  byline: ['翟倩倩', '焦娇'],
  publishedTime: '2024-05-01T08:35:00+08:00',
  siteName: '某县新闻网',
  source: '某县日报',
  lang: 'zh-Hans',
  html: '<p>东山村茶叶合作社带动茶农增收。</p>',
  text: '东山村茶叶合作社带动茶农增收。',
  credits: [{ role: '责编', names: ['刘佳'] }],
};

const parsed = (text: string): ClipTemplate => {
  const r = parseTemplate(text);
  if (!r.ok) throw new Error(r.errors.map(problemText).join('; '));
  return r.template;
};

describe('clip templates', () => {
  it('shape the front matter: a list stays a list, text is text, and YAML reads it back whatever the title holds', async () => {
    const template = parsed(TEXT);
    const md = (await makeClip(article, 'md', { clippedAt: '2026-12-03T00:00:00Z', target: 'tw', window: win, template })).content;
    const front = parseYaml(md.split(/^---$/m)[1]!) as Record<string, unknown>;
    expect(front).toEqual({
      title: article.title,
      published: '2024-05-01 08:35',
      author: ['翟倩倩', '焦娇'],
      lead: '翟倩倩',
      authors: '翟倩倩 / 焦娇',
      credits: { 责编: ['刘佳'] },
      from: '來源：某县日报（某县新闻网）',
      url: article.url,
      script: 'TW',
      tags: ['新聞', '清讀'],
      missing: '2024-05-01T08:35:00+08:00',
    });
    // The body still follows the front matter, whole.
    expect(md).toContain('东山村茶叶合作社带动茶农增收。');
  });

  it('name the file safely, keeping letters of every script (no pinyin)', async () => {
    const template = parsed(TEXT);
    expect(templateFileName(template, article, { script: 'tw', clippedAt: '' })).toBe('20240501-tea-farms-茶园里的新产业链-not-a-heading');
    const clip = await makeClip(article, 'bibtex', { clippedAt: '2026-12-03T00:00:00Z', target: 'original', window: win, template });
    expect(clip.filename).toBe('20240501-tea-farms-茶园里的新产业链-not-a-heading.bib');
    const unsafe = parsed('name: x\nfile: {{title}} / {{site}}\n---\nt: {{title}}');
    expect(templateFileName(unsafe, { ...article, title: 'a/b\\c:d*e?f"g<h>i|j' }, { script: '', clippedAt: '' })).toBe('a b c d e f g h i j 某县新闻网');
    expect(templateFileName(unsafe, { ...article, title: '', siteName: '' }, { script: '', clippedAt: '' })).toBe('article');
  });

  it('say every problem with its line, and keep nothing half', () => {
    const r = parseTemplate(
      [
        'name: bad',
        'file: {{titel}}',
        'colour: red',
        '---',
        'title: {{title|bold}}',
        'title: again',
        'date: {{date|date}}',
        'open: {{title',
        'no colon here',
      ].join('\n'),
    );
    expect(said(r)).toEqual({
      ok: false,
      errors: [
        `line 2: unknown variable {{titel}} (title, date, site, source, byline, credits, url, script, lang, tags, clipped)`,
        'line 3: the header has name, sites, file and tags, not colour',
        'line 5: unknown filter |bold (date, slug, safe, upper, lower, first, join)',
        'line 6: title twice',
        'line 7: date needs a format, as date:YYYY-MM-DD',
        'line 8: "{{" without "}}"',
        'line 9: "name: value" expected',
        'no fields after "---"',
      ],
    });
    expect(said(parseTemplate('name: x\nfile: y'))).toEqual({
      ok: false,
      errors: ['no "---" line between the header (name, sites, file, tags) and the fields'],
    });
    expect(said(parseTemplate('sites: a\n---\n'))).toEqual({
      ok: false,
      errors: ['the header needs a name', 'the header needs a file name (file: …)', 'no fields after "---"'],
    });
  });

  it('keep field names YAML would read as something else: null, a number, yes', async () => {
    const template = parsed('name: x\nfile: {{title}}\n---\nnull: {{title}}\n2024: {{date|date:YYYY}}\nyes: {{lang}}\nY: {{site}}');
    const md = (await makeClip(article, 'md', { clippedAt: '2026-12-03T00:00:00Z', target: 'original', window: win, template })).content;
    expect(parseYaml(md.split(/^---$/m)[1]!)).toEqual({ null: article.title, '2024': '2024', yes: 'zh-Hans', Y: '某县新闻网' });
  });

  it('are chosen by the site they name', () => {
    const template = parsed(TEXT);
    expect(templateFor([template], 'news.example.cn')).toBe(template);
    expect(templateFor([template], 'example.cn')).toBeUndefined();
  });
});
