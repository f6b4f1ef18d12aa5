/**
 * The user's clip templates (utils/clip/template.ts), kept as the text they were written in, in
 * storage.local. Only templates that parse are kept; a stored one that no longer does (an
 * older version's) is passed over, never applied half.
 */
import { browser } from 'wxt/browser';
import { parseTemplate, type ClipTemplate, type TemplateProblem } from '../clip/template';

const KEY = 'clipTemplates';
// A template is a few lines; this many is more than anyone keeps.
const MAX_TEMPLATES = 20;
const MAX_CHARS = 4000;

export async function loadTemplates(): Promise<ClipTemplate[]> {
  const raw = (await browser.storage.local.get(KEY))[KEY];
  if (!Array.isArray(raw)) return [];
  return raw
    .filter((s): s is string => typeof s === 'string' && s.length <= MAX_CHARS)
    .map(parseTemplate)
    .flatMap((r) => (r.ok ? [r.template] : []))
    .slice(0, MAX_TEMPLATES);
}

/** Adds (or replaces, by name) a template; the problems in it instead when it does not parse. */
export async function saveTemplate(text: string): Promise<{ ok: true; templates: ClipTemplate[] } | { ok: false; errors: TemplateProblem[] }> {
  if (text.length > MAX_CHARS) return { ok: false, errors: [{ code: 'too-long', detail: String(MAX_CHARS) }] };
  const parsed = parseTemplate(text);
  if (!parsed.ok) return parsed;
  const templates = (await loadTemplates()).filter((t) => t.name !== parsed.template.name);
  if (templates.length >= MAX_TEMPLATES) return { ok: false, errors: [{ code: 'too-many', detail: String(MAX_TEMPLATES) }] };
  const next = [...templates, parsed.template];
  await browser.storage.local.set({ [KEY]: next.map((t) => t.source) });
  return { ok: true, templates: next };
}

export async function deleteTemplate(name: string): Promise<ClipTemplate[]> {
  const next = (await loadTemplates()).filter((t) => t.name !== name);
  await browser.storage.local.set({ [KEY]: next.map((t) => t.source) });
  return next;
}
