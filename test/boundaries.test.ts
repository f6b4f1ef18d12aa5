import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import boundaries from '../eslint.boundaries.js';

const root = fileURLToPath(new URL('..', import.meta.url));
// The project's boundary rules alone (the type-aware rules need files on disk).
const eslint = new ESLint({
  cwd: root,
  overrideConfigFile: true,
  overrideConfig: [{ files: ['**/*.{ts,tsx}'], languageOptions: { parser: tseslint.parser } }, ...boundaries],
});

async function refused(file: string, source: string): Promise<boolean> {
  const [result] = await eslint.lintText(`${source}\nexport const x = 1;\n`, { filePath: `${root}${file}` });
  return result!.messages.some((m) => m.ruleId === 'no-restricted-imports');
}

describe('import boundaries (eslint.boundaries.js)', () => {
  it.each([
    ['utils/extract/drop-x.ts', "import { ArticleView } from '../../components/ArticleView';", true],
    ['utils/extract/drop-x.ts', "import { loadConverter } from '../convert/load-converter';", true],
    ['utils/extract/drop-x.ts', "import { Converter } from 'opencc-js';", true],
    ['utils/extract/drop-x.ts', "import { browser } from 'wxt/browser';", true],
    ['utils/extract/drop-x.ts', "import { textOf } from './blocks';", false],
    ['utils/url.ts', "import { browser } from 'wxt/browser';", true],
    ['utils/clip/markdown.ts', "import { loadWords } from '../browser/word-store';", true],
    ['utils/browser/settings-store.ts', "import { browser } from 'wxt/browser';", false],
    ['cli/qingdu.ts', "import { loadSettings } from '../utils/browser/settings-store';", true],
    ['cli/qingdu.ts', "import { browser } from 'wxt/browser';", true],
    ['cli/qingdu.ts', "import { makeClip } from '../utils/clip';", false],
    ['entrypoints/extractor.content.ts', "import { loadConverter } from '@/utils/convert/load-converter';", true],
    ['entrypoints/page-convert.content.ts', "import { loadConverter } from '@/utils/convert/load-converter';", false],
    ['components/ArticleView.tsx', "import type { ExtractorResult } from '@/entrypoints/extractor.content';", true],
    ['utils/browser/extract-tab.ts', "import type { X } from '../../entrypoints/extractor.content';", true],
  ])('%s: %s refused: %s', async (file, source, expected) => {
    expect(await refused(file, source)).toBe(expected);
  });
});
