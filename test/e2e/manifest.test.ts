/** The shipped manifests: exactly the permissions we say, no host access, default CSP, no remote code; web-ext lint clean. */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const PERMISSIONS = ['activeTab', 'contextMenus', 'scripting', 'storage'];
const builds = { chrome: '.output/chrome-mv3', firefox: '.output/firefox-mv2' };
const manifest = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
const files = (dir: string): string[] => readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => join(dir, f));

describe.each(Object.entries(builds))('the %s manifest', (name, dir) => {
  const m = manifest(dir);
  it('asks for exactly activeTab, scripting, storage, contextMenus', () => {
    expect([...(m.permissions as string[])].sort()).toEqual(PERMISSIONS);
  });
  it('has no host access: all sites only as an optional permission (auto-detection), no registered content scripts, the default CSP', () => {
    expect(m.host_permissions).toBeUndefined();
    if (name === 'chrome') {
      expect(m.optional_host_permissions).toEqual(['<all_urls>']);
      expect(m.optional_permissions).toBeUndefined();
    } else {
      expect(m.optional_permissions).toEqual(['<all_urls>']);
    }
    expect((m.permissions as string[]).some((p) => p.includes('://') || p === '<all_urls>')).toBe(false);
    expect(m.content_scripts ?? []).toEqual([]);
    expect(m.content_security_policy).toBeUndefined();
    expect(m.externally_connectable).toBeUndefined();
    expect(m.web_accessible_resources).toBeUndefined();
  });
  it('loads no remote code', () => {
    for (const f of files(dir).filter((f) => /\.(js|html)$/.test(f))) {
      const text = readFileSync(f, 'utf8');
      expect(text, f).not.toMatch(/<script[^>]+src=["']?https?:|importScripts\(\s*["']https?:|import\(\s*["']https?:/i);
    }
  });
});

describe.each(Object.entries(builds))('the %s build in every language', (_name, dir) => {
  const locales = readdirSync(join(dir, '_locales'));
  const messages = (l: string) => JSON.parse(readFileSync(join(dir, '_locales', l, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
  it('names itself and its button from the locale files', () => {
    const m = manifest(dir) as { name: string; action?: { default_title: string }; browser_action?: { default_title: string } };
    expect(m.name).toBe('__MSG_extName__');
    expect((m.action ?? m.browser_action)!.default_title).toBe('__MSG_extName__');
  });
  it('has every message in every locale, and Chinese for zh-HK, zh-MO and a bare zh', () => {
    const keys = Object.keys(messages('en')).sort();
    for (const l of locales) expect(Object.keys(messages(l)).sort(), l).toEqual(keys);
    expect(messages('zh_HK').extName!.message).toBe('清讀 Qingdu');
    expect(messages('zh_MO').extName!.message).toBe('清讀 Qingdu');
    expect(messages('zh').extName!.message).toBe('清读 Qingdu');
  });
});

describe('the Firefox build', () => {
  it('has a stable id and says it collects no data', () => {
    const gecko = (manifest(builds.firefox).browser_specific_settings as { gecko: Record<string, unknown> }).gecko;
    expect(gecko.id).toBe('qingdu@qingdu.app');
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });

  it('passes web-ext lint: no errors, and only the warnings the README explains', () => {
    const r = spawnSync('npx', ['web-ext', 'lint', '--source-dir', builds.firefox, '--output', 'json'], { encoding: 'utf8', timeout: 120_000 });
    const report = JSON.parse(r.stdout) as { errors: { code: string }[]; warnings: { code: string; file: string }[] };
    expect(report.errors).toEqual([]);
    // README "Firefox review notes": HTML assignments inside bundled DOMPurify, Readability and Preact.
    const unexplained = report.warnings.filter(
      (w) => !(w.code === 'UNSAFE_VAR_ASSIGNMENT' && /^(content-scripts\/(?:extractor|selection|pages)\.js|chunks\/[\w.-]+\.js)$/.test(w.file)),
    );
    expect(unexplained).toEqual([]);
    expect(execFileSync('git', ['grep', '-c', 'UNSAFE_VAR_ASSIGNMENT', '--', 'README.md'], { encoding: 'utf8' }).trim()).not.toBe('0');
  }, 180_000);
});
