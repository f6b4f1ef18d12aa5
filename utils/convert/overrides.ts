/**
 * Corrections opencc-js 1.4.2's dictionaries lack, from OpenCC's own newer test cases
 * (../shared/opencc/testcases.json): rare traditional characters whose simplified forms
 * OpenCC now maps. Applied after any conversion to Simplified (t, tw, hk -> cn).
 * Remove an entry once opencc-js ships the mapping; test/opencc.test.ts shows which.
 */
export const TO_SIMPLIFIED_OVERRIDES: Readonly<Record<string, string>> = {
  殢: '𣨼', // OpenCC PR 1228 (殢云尤雨)
  圞: '𪢮', // OpenCC PR 1229 (團圞 -> 团𪢮)
  樠: '𣗊', // OpenCC PR 464 (樠谿 -> 𣗊溪)
};

const PATTERN = new RegExp(`[${Object.keys(TO_SIMPLIFIED_OVERRIDES).join('')}]`, 'gu');

export function applySimplifiedOverrides(text: string): string {
  return text.replace(PATTERN, (ch) => TO_SIMPLIFIED_OVERRIDES[ch] ?? ch);
}
