/** Parts of an address that may not parse (about:blank, a CLI file with no --url): '' then. */
function urlPart(url: string, part: 'hostname' | 'pathname'): string {
  try {
    return new URL(url)[part];
  } catch {
    return '';
  }
}

export const hostname = (url: string): string => urlPart(url, 'hostname');
export const pathname = (url: string): string => urlPart(url, 'pathname');
