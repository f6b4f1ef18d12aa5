import { fakeBrowser } from 'wxt/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import background from '../entrypoints/background';

afterEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('the background', () => {
  it('sets up what it can where the browser has no context menus (Firefox for Android)', () => {
    const api = fakeBrowser as unknown as Record<string, unknown>;
    const menus = { contextMenus: api.contextMenus, menus: api.menus };
    delete api.contextMenus;
    delete api.menus;
    // What the fake browser leaves out, and the background touches on start.
    vi.spyOn(fakeBrowser.permissions.onRemoved, 'addListener').mockImplementation(() => undefined);
    vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockResolvedValue([]);
    const commands = vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(() => undefined);
    const cleanup = vi.spyOn(fakeBrowser.tabs.onRemoved, 'addListener');
    const messages = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
    try {
      expect(() => background.main()).not.toThrow();
      expect(cleanup).toHaveBeenCalledOnce();
      expect(messages).toHaveBeenCalledOnce();
      expect(commands).toHaveBeenCalledOnce();
    } finally {
      Object.assign(api, menus);
    }
  });
});
