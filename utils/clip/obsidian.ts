/**
 * A note in Obsidian, through its own URI (obsidian://new, help.obsidian.md "Obsidian URI"): the
 * Markdown goes by the clipboard (`clipboard`), so an article of any length fits, and the
 * address carries only the vault and the note's path.
 */

// Characters Obsidian refuses in a note's name, besides those clipFilename already takes out.
const OBSIDIAN_UNSAFE = /[#^[\]]/g;

/** The note's path in the vault: the folder (slashes as they are, no leading or trailing one) and the clip's name (clipName). */
export function obsidianPath(clipName: string, folder: string): string {
  const name = clipName.replace(OBSIDIAN_UNSAFE, ' ').replace(/\s+/g, ' ').trim();
  const dir = folder
    .split('/')
    .map((part) => part.trim().replace(/^\.+/, ''))
    .filter(Boolean)
    .join('/');
  return dir ? `${dir}/${name}` : name;
}

/** obsidian://new?vault=…&file=…&clipboard (no vault: the one open last). */
export function obsidianUri(clipName: string, vault: string, folder: string): string {
  const params = [vault.trim() ? `vault=${encodeURIComponent(vault.trim())}` : '', `file=${encodeURIComponent(obsidianPath(clipName, folder))}`, 'clipboard'];
  return `obsidian://new?${params.filter(Boolean).join('&')}`;
}
