/**
 * The extension's keyboard commands, declared in the manifest so that users can bind (or
 * rebind) them in the browser's shortcut settings. Only the toolbar button has a suggested
 * key: the browser gives an extension at most four, and a key another extension holds is
 * silently left unbound (Settings shows which). Pure data, shared by wxt.config.ts, the
 * background, and the pages.
 */
export const COMMANDS = {
  /** Read this page in a full tab (the context menu's "Read in Qingdu"). */
  'read-in-tab': 'commandReadTab',
  /** Show the live page in the site's script, or as it was (the popup's Convert page). */
  'convert-page': 'commandConvertPage',
  /** In the popup or reader: the next script (S), the next theme (T), copy Markdown (C). */
  'next-script': 'commandNextScript',
  'next-theme': 'commandNextTheme',
  'copy-markdown': 'commandCopyMarkdown',
} as const;

export type CommandName = keyof typeof COMMANDS;

/** Commands the open popup or reader carries out (the background passes them on). */
export const PAGE_COMMANDS: readonly CommandName[] = ['next-script', 'next-theme', 'copy-markdown'];

/** The message the background sends extension pages for a page command. */
export interface CommandMessage {
  qingduCommand: CommandName;
}
export const isCommandMessage = (m: unknown): m is CommandMessage =>
  typeof m === 'object' && m !== null && PAGE_COMMANDS.includes((m as CommandMessage).qingduCommand);
