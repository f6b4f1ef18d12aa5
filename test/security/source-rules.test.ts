import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Page HTML reaches a DOM only through utils/sanitize.ts; nothing else may use an HTML sink.
const SINK = /\binnerHTML\b|dangerouslySetInnerHTML|insertAdjacentHTML|\bouterHTML\s*=(?!=)|document\.write\(|\.srcdoc\s*=/;
const ALLOWED = new Set(['utils/sanitize.ts', 'test/security/source-rules.test.ts']);

describe('HTML sinks', () => {
  it('appear nowhere but the sanitizer module', () => {
    const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '*.ts', '*.tsx', '*.mjs', '*.js', '*.html'], {
      encoding: 'utf8',
    })
      .split('\n')
      .filter((f) => f && !f.startsWith('test/fixtures/') && !ALLOWED.has(f));
    const hits = files.flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .map((line, i) => ({ f, line: i + 1, text: line }))
        .filter((l) => SINK.test(l.text)),
    );
    expect(hits.map((h) => `${h.f}:${h.line}: ${h.text.trim()}`)).toEqual([]);
  });
});
