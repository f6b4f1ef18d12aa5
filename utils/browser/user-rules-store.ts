/**
 * The user's removal rules ("always remove this on this site"), by host, in storage.local:
 * each rule is a block's text (utils/user-removal.ts). Listed, deleted and exported in Settings.
 */
import { browser } from 'wxt/browser';
import { MAX_RULE_CHARS } from '../user-removal';

export type UserRules = Record<string, string[]>;
const KEY = 'userRules';

export async function loadUserRules(): Promise<UserRules> {
  const raw = (await browser.storage.local.get(KEY))[KEY];
  const rules: UserRules = {};
  if (raw && typeof raw === 'object')
    for (const [host, list] of Object.entries(raw as Record<string, unknown>))
      if (Array.isArray(list)) {
        const texts = list.filter((x): x is string => typeof x === 'string' && x.trim().length > 0 && x.length <= MAX_RULE_CHARS);
        if (texts.length) rules[host] = texts;
      }
  return rules;
}

/** Adds a rule for `host` (once); the rules now kept. */
export async function addUserRule(host: string, text: string): Promise<UserRules> {
  const rules = await loadUserRules();
  const list = rules[host] ?? [];
  if (!list.includes(text)) rules[host] = [...list, text];
  await browser.storage.local.set({ [KEY]: rules });
  return rules;
}

export async function removeUserRule(host: string, text: string): Promise<UserRules> {
  const rules = await loadUserRules();
  const list = (rules[host] ?? []).filter((t) => t !== text);
  if (list.length) rules[host] = list;
  else delete rules[host];
  await browser.storage.local.set({ [KEY]: rules });
  return rules;
}
