import { deleteTemplate, loadTemplates, saveTemplate } from '@/utils/browser/template-store';
import { TEMPLATE_FILTERS, TEMPLATE_VARIABLES, type ClipTemplate, type TemplateProblem, type TemplateProblemCode } from '@/utils/clip/template';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import '@/components/article.css';
import { TypographyFields } from '@/components/ReaderControls';
import { useSettings, useTheme } from '@/components/useSettings';
import { autoDetectOn, setAutoDetect } from '@/utils/browser/auto-detect';
import { loadSiteAuto, setSiteAuto, type SiteAutoRules } from '@/utils/browser/site-auto';
import { loadUserRules, removeUserRule, type UserRules } from '@/utils/browser/user-rules-store';
import type { Target } from '@/utils/convert/targets';
import { formatWords, parseWords } from '@/utils/convert/user-words';
import { loadWords, saveWords } from '@/utils/browser/word-store';
import { forgetRecent, recentCount } from '@/utils/browser/outcome-store';
import { HighlightedArticles } from '@/components/HighlightedArticles';
import { openShortcutSettings, readShortcuts } from '@/utils/browser/shortcuts';
import { RECENT_COUNT } from '@/utils/outcome';
import { setPageLanguage, t, type MessageKey } from '@/utils/browser/i18n';

const SCRIPTS: [Target, MessageKey][] = [
  ['original', 'scriptOriginal'],
  ['cn', 'scriptCn'],
  ['tw', 'scriptTw'],
  ['hk', 'scriptHk'],
];

/** The user's word list: edited as text, saved, exported and imported as a .txt file. */
function WordList() {
  const [text, setText] = useState('');
  const [status, setStatus] = useState('');
  useEffect(() => {
    void loadWords().then((pairs) => setText(formatWords(pairs)));
  }, []);
  const save = async (value: string): Promise<void> => {
    const { pairs, bad } = parseWords(value);
    await saveWords(pairs);
    setText(
      formatWords(pairs) +
        (bad.length
          ? value
              .split(/\r?\n/)
              .filter((_, i) => bad.includes(i + 1))
              .join('\n') + '\n'
          : ''),
    );
    setStatus(bad.length ? t('wordsBad', bad.join(', ')) : t('wordsSaved', String(pairs.length)));
  };
  const exportList = (): void => {
    const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'qingdu-words.txt';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };
  const importList = async (file: File | undefined): Promise<void> => {
    if (!file) return;
    const imported = await file.text();
    await save(text + imported);
  };
  return (
    <section aria-labelledby="words-title">
      <h2 id="words-title">{t('wordsTitle')}</h2>
      <p class="qd-help">{t('wordsHelp')}</p>
      <textarea id="words" class="qd-words" rows={8} aria-labelledby="words-title" value={text} onInput={(e) => setText(e.currentTarget.value)} />
      <div class="qd-tools">
        <button type="button" class="qd-action" onClick={() => void save(text)}>
          {t('wordsSave')}
        </button>
        <button type="button" class="qd-action" onClick={exportList}>
          {t('wordsExport')}
        </button>
        <label class="qd-action">
          {t('wordsImport')}
          <input type="file" accept=".txt,text/plain" class="qd-visually-hidden" onChange={(e) => void importList(e.currentTarget.files?.[0])} />
        </label>
        <span class="qd-clip-status" role="status">
          {status}
        </span>
      </div>
    </section>
  );
}

/** The extension's keyboard commands and their keys, with a word when the toolbar button's key is taken. */
function Shortcuts() {
  const [found, setFound] = useState<Awaited<ReturnType<typeof readShortcuts>>>(null);
  useEffect(() => {
    void readShortcuts().then(setFound);
  }, []);
  if (!found) return null;
  const action = found.commands.find((c) => c.name.startsWith('_execute'));
  return (
    <section aria-labelledby="shortcuts-title">
      <h2 id="shortcuts-title">{t('shortcutsTitle')}</h2>
      {found.actionUnbound && (
        <p class="qd-notice" role="alert" id="shortcut-taken">
          {t('shortcutTaken', action?.description || t('commandRead'))}
        </p>
      )}
      <dl class="qd-shortcuts">
        {found.commands.map((c) => (
          <div data-command={c.name}>
            <dt>{c.description || t('commandRead')}</dt>
            <dd>{c.shortcut ? <kbd>{c.shortcut}</kbd> : t('shortcutNone')}</dd>
          </div>
        ))}
      </dl>
      <div class="qd-tools">
        <button type="button" class="qd-action" onClick={() => void openShortcutSettings()}>
          {t('shortcutsChange')}
        </button>
      </div>
    </section>
  );
}

/** The recent articles reader tabs keep on this device, and a way to forget them. */
function RecentArticles() {
  const [count, setCount] = useState<number | null>(null);
  useEffect(() => {
    void recentCount().then(setCount);
  }, []);
  return (
    <section aria-labelledby="recent-title">
      <h2 id="recent-title">{t('recentTitle')}</h2>
      <p class="qd-help">{t('recentHelp', String(RECENT_COUNT))}</p>
      <div class="qd-tools">
        <button type="button" class="qd-action" disabled={!count} onClick={() => void forgetRecent().then(() => setCount(0))}>
          {t('recentForget')}
        </button>
        <span id="recent-count" class="qd-clip-status" role="status">
          {count === null ? '' : t('recentCount', String(count))}
        </span>
      </div>
    </section>
  );
}

/** The sites where Qingdu runs by itself (utils/browser/site-auto.ts): what for, and a button to stop. */
function SiteAutoList() {
  const [rules, setRules] = useState<SiteAutoRules | null>(null);
  useEffect(() => {
    void loadSiteAuto().then(setRules);
  }, []);
  const hosts = Object.entries(rules ?? {}).sort(([a], [b]) => a.localeCompare(b));
  return (
    <section aria-labelledby="site-auto-title">
      <h2 id="site-auto-title">{t('optionsSiteAuto')}</h2>
      {hosts.length ? (
        <ul class="qd-sites" id="site-auto">
          {hosts.map(([host, rule]) => (
            <li>
              <span>{host}</span>
              <span>{[rule.convert && t('siteAutoConvert'), rule.reader && t('siteAutoReader')].filter(Boolean).join('、')}</span>
              <button
                type="button"
                class="qd-action"
                onClick={() => void setSiteAuto(host, { convert: false, reader: false }).then(() => loadSiteAuto().then(setRules))}
              >
                {t('optionsSiteAutoRemove')}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="qd-help">{rules && t('optionsSiteAutoNone')}</p>
      )}
    </section>
  );
}

const TEMPLATE_EXAMPLE = `name: 新聞研究
sites: www.example.cn
file: {{date|date:YYYYMMDD}}-{{title|slug}}
tags: 新聞, 清讀
---
title: {{title}}
published: {{date|date:YYYY-MM-DD}}
author: {{byline}}
source: {{source}}
url: {{url}}
tags: {{tags}}`;

const PROBLEM_WORDS: Record<TemplateProblemCode, MessageKey> = {
  unopened: 'templateUnopened',
  unclosed: 'templateUnclosed',
  'unknown-variable': 'templateUnknownVariable',
  'unknown-filter': 'templateUnknownFilter',
  'date-format': 'templateDateFormat',
  'no-rule': 'templateNoRule',
  'not-a-line': 'templateNotALine',
  'header-key': 'templateHeaderKey',
  twice: 'templateTwice',
  'no-name': 'templateNoName',
  'no-file': 'templateNoFile',
  'no-fields': 'templateNoFields',
  'too-long': 'templateTooLong',
  'too-many': 'templateTooMany',
};

/** A template's problem in the UI's language, with its line. */
function problemInWords(p: TemplateProblem): string {
  const list = p.code === 'unknown-variable' ? TEMPLATE_VARIABLES.join(', ') : p.code === 'unknown-filter' ? TEMPLATE_FILTERS.join(', ') : '';
  const words = t(PROBLEM_WORDS[p.code], p.detail ?? '', list);
  return p.line ? t('templateLine', String(p.line), words) : words;
}

/** Clip templates: front matter and file name for chosen sites; written as text, checked before they are kept. */
function TemplatesList() {
  const [templates, setTemplates] = useState<ClipTemplate[] | null>(null);
  const [text, setText] = useState(TEMPLATE_EXAMPLE);
  const [errors, setErrors] = useState<TemplateProblem[]>([]);
  const [saved, setSaved] = useState('');
  useEffect(() => void loadTemplates().then(setTemplates), []);
  const save = async (): Promise<void> => {
    const r = await saveTemplate(text);
    setErrors(r.ok ? [] : r.errors);
    if (r.ok) {
      setTemplates(r.templates);
      setSaved(t('optionsTemplateSaved', r.templates.at(-1)!.name));
    } else setSaved('');
  };
  return (
    <section aria-labelledby="templates-title">
      <h2 id="templates-title">{t('optionsTemplatesTitle')}</h2>
      <p class="qd-help">{t('optionsTemplatesHelp')}</p>
      {templates?.length ? (
        <ul class="qd-sites" id="templates">
          {templates.map((tpl) => (
            <li>
              <span>{tpl.name}</span>
              <span class="qd-rule-text">{tpl.sites.join(', ')}</span>
              <button type="button" class="qd-action" onClick={() => setText(tpl.source)}>
                {t('optionsTemplateEdit')}
              </button>
              <button type="button" class="qd-action" onClick={() => void deleteTemplate(tpl.name).then(setTemplates)}>
                {t('optionsUserRulesDelete')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <textarea id="template-text" class="qd-words" rows={12} aria-labelledby="templates-title" value={text} onInput={(e) => setText(e.currentTarget.value)} />
      <button type="button" class="qd-action" id="template-save" onClick={() => void save()}>
        {t('optionsTemplateSave')}
      </button>
      <p class="qd-help" role="status">
        {saved}
      </p>
      {errors.length > 0 && (
        <div role="alert" id="template-errors">
          <p>{t('optionsTemplateErrors')}</p>
          <ul>
            {errors.map((e) => (
              <li>{problemInWords(e)}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

/** The user's removal rules by site: each deleted on its own; all exported as JSON. */
function UserRulesList() {
  const [rules, setRules] = useState<UserRules | null>(null);
  useEffect(() => {
    void loadUserRules().then(setRules);
  }, []);
  const entries = Object.entries(rules ?? {}).sort(([a], [b]) => a.localeCompare(b));
  const exportRules = (): void => {
    const url = URL.createObjectURL(new Blob([JSON.stringify(rules, null, 2) + '\n'], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'qingdu-rules.json';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <section aria-labelledby="user-rules-title">
      <h2 id="user-rules-title">{t('optionsUserRules')}</h2>
      {entries.length ? (
        <>
          <ul class="qd-sites" id="user-rules">
            {entries.flatMap(([host, texts]) =>
              texts.map((text) => (
                <li>
                  <span>{host}</span>
                  <span class="qd-rule-text">{text}</span>
                  <button type="button" class="qd-action" onClick={() => void removeUserRule(host, text).then(setRules)}>
                    {t('optionsUserRulesDelete')}
                  </button>
                </li>
              )),
            )}
          </ul>
          <button type="button" class="qd-action" onClick={exportRules}>
            {t('optionsUserRulesExport')}
          </button>
        </>
      ) : (
        <p class="qd-help">{rules && t('optionsUserRulesNone')}</p>
      )}
    </section>
  );
}

/** Settings: reading defaults, per-site scripts, the word list, auto-detection. */
function Options() {
  const { settings, update, error: settingsError } = useSettings();
  useTheme(settings);
  const [on, setOn] = useState<boolean | null>(null);
  const [denied, setDenied] = useState(false);
  useEffect(() => {
    document.title = t('optionsTitle');
    void autoDetectOn().then(setOn);
  }, []);
  const toggle = async (want: boolean): Promise<void> => {
    const now = await setAutoDetect(want);
    setOn(now);
    setDenied(want && !now);
  };
  const sites = Object.entries(settings?.sites ?? {}).sort(([a], [b]) => a.localeCompare(b));
  const label = (target: Target): string => t(SCRIPTS.find(([k]) => k === target.replace(/p$/, ''))?.[1] ?? 'scriptOriginal');
  return (
    <main class="qd-options">
      <h1>{t('optionsTitle')}</h1>
      {settingsError && (
        <p class="qd-notice" role="alert">
          {settingsError}
        </p>
      )}
      {settings && (
        <section aria-labelledby="reading">
          <h2 id="reading">{t('optionsReading')}</h2>
          <label class="qd-range">
            <span>{t('optionsScript')}</span>
            <select id="default-script" value={settings.script.replace(/p$/, '')} onChange={(e) => update({ script: e.currentTarget.value as Target })}>
              {SCRIPTS.map(([target, key]) => (
                <option value={target}>{t(key)}</option>
              ))}
            </select>
          </label>
          <label class="qd-check">
            <input type="checkbox" checked={settings.phrases} onChange={(e) => update({ phrases: e.currentTarget.checked })} />
            {t('optionsPhrases')}
          </label>
          <label class="qd-check">
            <input id="quotes" type="checkbox" checked={settings.quotes} onChange={(e) => update({ quotes: e.currentTarget.checked })} />
            {t('optionsQuotes')}
          </label>
          <label class="qd-check">
            <input id="single-keys" type="checkbox" checked={settings.singleKeys} onChange={(e) => update({ singleKeys: e.currentTarget.checked })} />
            {t('optionsSingleKeys')}
          </label>
          <label class="qd-check">
            <input id="join-pages" type="checkbox" checked={settings.joinPages} onChange={(e) => update({ joinPages: e.currentTarget.checked })} />
            {t('optionsJoinPages')}
          </label>
          <div class="qd-options-typography">
            <TypographyFields settings={settings} update={update} />
          </div>
          <h3>{t('optionsSites')}</h3>
          {sites.length ? (
            <ul class="qd-sites">
              {sites.map(([host, target]) => (
                <li>
                  <span>{host}</span>
                  <span>{label(target)}</span>
                  <button
                    type="button"
                    class="qd-action"
                    onClick={() => update({ sites: Object.fromEntries(Object.entries(settings.sites).filter(([h]) => h !== host)) })}
                  >
                    {t('optionsForget')}
                  </button>
                </li>
              ))}
            </ul>
          ) : (
            <p class="qd-help">{t('optionsNoSites')}</p>
          )}
        </section>
      )}
      <Shortcuts />
      <WordList />
      <RecentArticles />
      <HighlightedArticles />
      <SiteAutoList />
      <UserRulesList />
      <TemplatesList />
      {settings && (
        <section aria-labelledby="send-title">
          <h2 id="send-title">{t('optionsSendTitle')}</h2>
          <p class="qd-help">{t('optionsSendHelp')}</p>
          <label class="qd-range">
            <span>{t('optionsObsidianVault')}</span>
            <input
              id="obsidian-vault"
              type="text"
              value={settings.obsidianVault}
              placeholder={t('optionsObsidianVaultLast')}
              onChange={(e) => update({ obsidianVault: e.currentTarget.value })}
            />
          </label>
          <label class="qd-range">
            <span>{t('optionsObsidianFolder')}</span>
            <input id="obsidian-folder" type="text" value={settings.obsidianFolder} onChange={(e) => update({ obsidianFolder: e.currentTarget.value })} />
          </label>
        </section>
      )}
      <section aria-labelledby="auto-detect-title">
        <h2 id="auto-detect-title">{t('autoDetectTitle')}</h2>
        <label class="qd-option">
          <input type="checkbox" id="auto-detect" checked={on === true} disabled={on === null} onChange={(e) => void toggle(e.currentTarget.checked)} />
          <span>{t('autoDetectLabel')}</span>
        </label>
        <p class="qd-help">{t('autoDetectHelp')}</p>
        {denied && (
          <p class="qd-status" role="alert">
            {t('autoDetectDenied')}
          </p>
        )}
      </section>
    </main>
  );
}

setPageLanguage();
render(<Options />, document.getElementById('app')!);
