/**
 * OpenCC's own conversion test cases and golden files (test/opencc, Apache-2.0), run
 * through `qingdu convert`, one process per conversion with the cases as input lines.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const OPENCC = 'test/opencc';
// OpenCC config name -> qingdu convert --from/--to.
const CONFIGS: Record<string, [string, string]> = {
  s2t: ['cn', 't'],
  s2tw: ['cn', 'tw'],
  s2twp: ['cn', 'twp'],
  s2hk: ['cn', 'hk'],
  s2hkp: ['cn', 'hkp'],
  t2s: ['t', 'cn'],
  tw2s: ['tw', 'cn'],
  tw2sp: ['twp', 'cn'],
  hk2s: ['hk', 'cn'],
  hk2sp: ['hkp', 'cn'],
  t2tw: ['t', 'tw'],
  t2hk: ['t', 'hk'],
  tw2t: ['tw', 't'],
  hk2t: ['hk', 't'],
  t2jp: ['t', 'jp'],
  jp2t: ['jp', 't'],
};

function convert(from: string, to: string, input: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'cli/qingdu.ts', 'convert', '--from', from, '--to', to]);
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`exit ${code}: ${err}`))));
    child.stdin.end(input);
  });
}

interface Case {
  id: string;
  input: string;
  expected: Record<string, string>;
}

// The file has trailing commas, which JSON.parse rejects.
const cases: Case[] = existsSync(`${OPENCC}/testcases.json`)
  ? (JSON.parse(readFileSync(`${OPENCC}/testcases.json`, 'utf8').replace(/,(\s*[}\]])/g, '$1')) as { cases: Case[] }).cases
  : [];

describe.concurrent('OpenCC test cases through qingdu convert', () => {
  it('has the test cases (test/opencc)', () => {
    expect(cases.length).toBeGreaterThan(200);
  });

  const configs = [...new Set(cases.flatMap((c) => Object.keys(c.expected)))].sort();
  it('knows every config the cases use', () => {
    expect(configs.filter((c) => !CONFIGS[c])).toEqual([]);
  });

  it.each(configs)(
    '%s: every case passes',
    async (config) => {
      const mine = cases.filter((c) => config in c.expected);
      const [from, to] = CONFIGS[config]!;
      const out = (await convert(from, to, mine.map((c) => c.input).join('\n') + '\n')).split('\n');
      const failures = mine.map((c, i) => ({ id: c.id, got: out[i], want: c.expected[config] })).filter((r) => r.got !== r.want);
      expect(failures).toEqual([]);
    },
    60_000,
  );
});

describe.concurrent('OpenCC golden files through qingdu convert', () => {
  it.each([
    ['s2t', 't'],
    ['s2tw', 'tw'],
    ['s2twp', 'twp'],
    ['s2hk', 'hk'],
  ])(
    'us_constitution_zhs.%s',
    async (config, to) => {
      const input = readFileSync(`${OPENCC}/us_constitution_zhs.txt`, 'utf8');
      expect(await convert('cn', to, input)).toBe(readFileSync(`${OPENCC}/us_constitution_zhs.${config}.txt`, 'utf8'));
    },
    60_000,
  );
});
