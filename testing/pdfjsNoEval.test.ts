import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(__filename);

// CVE-2024-4367 was arbitrary JavaScript through pdf.js's eval-based font path. pdfjs-dist 6 has
// removed that path (and its `isEvalSupported` option); this keeps it that way on upgrades.
describe('pdf.js bundle', () => {
  it.each([
    'pdfjs-dist/build/pdf.min.mjs',
    'pdfjs-dist/build/pdf.worker.min.mjs',
    'pdfjs-dist/build/pdf.renderer.min.mjs',
  ])('%s contains no eval or new Function', (entry) => {
    const source = readFileSync(require.resolve(entry), 'utf8');
    expect(source).not.toMatch(/\beval\s*\(/);
    expect(source).not.toMatch(/new\s+Function\s*\(/);
    expect(source).not.toMatch(/isEvalSupported/);
  });
});
