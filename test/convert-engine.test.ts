/** Our conversion engine gives exactly what opencc-js's own Converter gives, on OpenCC's texts. */
import { readFileSync } from 'node:fs';
import { ConverterBuilder } from 'opencc-js/core';
import * as full from 'opencc-js/preset';
import { describe, expect, it } from 'vitest';
import { buildConverter, type Preset } from '../utils/convert/engine';

const text = ['us_constitution_zhs.txt', 'us_constitution_zhs.s2t.txt', 'us_constitution_zhs.s2hk.txt']
  .map((f) => readFileSync(`test/opencc/${f}`, 'utf8'))
  .join('\n');
const cases = (JSON.parse(readFileSync('test/opencc/testcases.json', 'utf8').replace(/,(\s*[}\]])/g, '$1')) as { cases: { input: string }[] }).cases
  .map((c) => c.input)
  .join('\n');
// Ideographic description sequences and characters outside the BMP stay whole.
const edge = '⿰木目 ⿱⿰木木木 𠮷野家 𩸽 𣨼 后来';

describe('engine', () => {
  it.each([
    ['cn', 'tw'],
    ['cn', 'twp'],
    ['cn', 'hk'],
    ['cn', 'hkp'],
    ['cn', 't'],
    ['t', 'cn'],
    ['tw', 'cn'],
    ['twp', 'cn'],
    ['hk', 'cn'],
    ['hkp', 'cn'],
    ['t', 'tw'],
    ['t', 'hk'],
    ['t', 'jp'],
    ['jp', 't'],
  ])('%s -> %s is opencc-js', (from, to) => {
    const theirs = ConverterBuilder(full)({ from, to });
    const ours = buildConverter(full as unknown as Preset, from, to);
    for (const s of [text, cases, edge]) expect(ours(s)).toBe(theirs(s));
  });
});

describe('engine, segmentation beside the first step', () => {
  // The first step's other dictionary has a two-character key: segmentation can no longer be
  // folded into that step's walk, and must give what opencc-js gives.
  const segmentation = '一丝 一絲|丝不 絲不';
  const preset = {
    from: { cn: [] },
    to: { x: [] },
    configs: { s2x: { segmentation: [segmentation], conversionChain: [[segmentation, '不挂 不卦|丝 絲|挂 掛'], ['絲 糸']] } },
  };
  it.each(['一丝不挂', '丝不挂', '不挂一丝', '挂丝不'])('%s', (s) => {
    const theirs = ConverterBuilder(preset)({ from: 'cn', to: 'x' });
    expect(buildConverter(preset, 'cn', 'x')(s)).toBe(theirs(s));
  });
});
