import { describe, expect, it } from 'vitest';
import { sentencesOf, speechLang, voiceFor } from '../utils/speech';
import { dom } from './helpers/dom';

describe('read aloud: sentences, languages and voices', () => {
  it('splits blocks into sentences with their ranges, across inline elements', () => {
    const d = dom('<div id="b"><h1>標題</h1><p>他說：「我們會來。」然後<a href="#">走了</a>！真的嗎？</p><p>Mr. Smith came. He left</p></div>').window.document;
    const s = sentencesOf([d.getElementById('b')!]);
    expect(s.map((x) => x.text)).toEqual(['標題', '他說：「我們會來。」', '然後走了！', '真的嗎？', 'Mr.', 'Smith came.', 'He left']);
    expect(s.map((x) => x.range.toString())).toEqual(s.map((x) => x.text));
    expect(s[2]!.block.tagName).toBe('P');
  });

  it('asks for the voice of the script on screen', () => {
    expect(['zh-Hans', 'zh-Hant-TW', 'zh-Hant-HK', 'zh-Hant', 'en-US'].map(speechLang)).toEqual(['zh-CN', 'zh-TW', 'zh-HK', 'zh-TW', 'en-US']);
  });

  it('finds that voice; Mandarin stands in for Mandarin, nothing for Cantonese', () => {
    const voices = [{ lang: 'zh-TW' }, { lang: 'en-GB' }, { lang: 'zh_CN', default: true }];
    expect(voiceFor(voices, 'zh-CN')).toBe(voices[2]);
    expect(voiceFor([voices[0]!], 'zh-CN')).toBe(voices[0]);
    expect(voiceFor(voices, 'zh-HK')).toBeNull();
    expect(voiceFor(voices, 'en-US')).toBe(voices[1]);
    expect(voiceFor(voices, 'ja-JP')).toBeNull();
  });
});
