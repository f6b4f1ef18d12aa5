/** Debian's Chromium for the benchmarks that run code in pages, and that code as one script. */
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';

/** Why Chromium cannot be used here, or null. */
export const chromiumMissing = (): string | null => (existsSync(CHROMIUM) ? null : `Chromium not found at ${CHROMIUM}`);

/** `entry` bundled for a page: evaluating the result sets globalThis[name] to its exports. */
export async function scriptFor(entry: string, name: string): Promise<string> {
  const bundle = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: name,
    platform: 'browser',
    footer: { js: `globalThis.${name} = ${name};` },
  });
  return bundle.outputFiles[0]!.text;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking'],
  });
}
