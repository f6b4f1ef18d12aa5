// Writes public/THIRD_PARTY_LICENSES.txt (shipped in every build) from the lockfile: every
// package the extension bundles (the non-dev closure of package.json's dependencies), with
// its licence text, plus the notices packages carry for data they include (OpenCC's
// dictionaries in opencc-js).
//   node scripts/third-party-licenses.mjs          # rewrite
//   node scripts/third-party-licenses.mjs --check  # exit 1 when stale (used by the tests)
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const OUT = 'public/THIRD_PARTY_LICENSES.txt';
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const bundled = Object.entries(lock.packages)
  .filter(([path, meta]) => path.startsWith('node_modules/') && !meta.dev && !meta.optional)
  .map(([path, meta]) => ({ path, name: path.slice(path.lastIndexOf('node_modules/') + 13), version: meta.version, license: meta.license ?? 'UNKNOWN' }))
  .sort((a, b) => a.name.localeCompare(b.name));

const parts = ['Third-party software bundled in 清讀 Qingdu, generated from package-lock.json by scripts/third-party-licenses.mjs.\n'];
for (const p of bundled) {
  // LICENSE files, and the files of a LICENSES/ folder (opencc-js keeps Apache-2.0.txt there).
  const top = existsSync(p.path)
    ? readdirSync(p.path, { withFileTypes: true }).filter((d) => /^(licen[sc]es?|copying|third_party_licenses)/i.test(d.name))
    : [];
  const files = top.flatMap((d) => (d.isDirectory() ? readdirSync(join(p.path, d.name)).map((f) => join(d.name, f)) : [d.name])).sort();
  parts.push(`${'='.repeat(78)}\n${p.name} ${p.version} (${p.license})\n${'='.repeat(78)}`);
  for (const f of files) parts.push(`--- ${f} ---\n${readFileSync(join(p.path, f), 'utf8').trim()}\n`);
  if (!files.length) parts.push('(no licence file in the package; licence field above)\n');
}
const text = parts.join('\n') + '\n';

if (process.argv.includes('--check')) {
  const stale = !existsSync(OUT) || readFileSync(OUT, 'utf8') !== text;
  if (stale) console.error(`${OUT} is stale: run node scripts/third-party-licenses.mjs`);
  process.exit(stale ? 1 : 0);
}
writeFileSync(OUT, text);
console.log(`${OUT}: ${bundled.map((p) => `${p.name}@${p.version}`).join(', ')}`);
