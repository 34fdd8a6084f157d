/**
 * Source comments cite the repository's own account of its design (docs/ARCHITECTURE.md), never a
 * file outside the repository, and every section they name exists there.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '..');
const FOLDERS = ['shared', 'renderer/src', 'electron', 'server', 'bench', 'e2e', 'testing'];
const SKIP = new Set(['node_modules', 'corpus', 'out', 'results']);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (SKIP.has(name)) return [];
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx|mts|mjs)$/.test(name) ? [path] : [];
  });
}

const files = FOLDERS.flatMap((folder) => sources(join(ROOT, folder))).filter(
  (file) => !file.endsWith('docCitations.test.ts'),
);
const architecture = readFileSync(join(ROOT, 'docs/ARCHITECTURE.md'), 'utf8');
const headings = new Set(
  [...architecture.matchAll(/^#+ (?:\d+\. )?(.+)$/gm)].map((m) => m[1]!.trim()),
);

describe('design citations', () => {
  it('no source file cites DESIGN.md, which is outside the repository', () => {
    const citing = files.filter((file) => readFileSync(file, 'utf8').includes('DESIGN.md'));
    expect(citing.map((file) => relative(ROOT, file))).toEqual([]);
  });

  it('every section of docs/ARCHITECTURE.md a comment names exists', () => {
    const missing: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8').replace(/\n\s*\*\s*/g, ' ');
      for (const match of text.matchAll(/docs\/ARCHITECTURE\.md,?\s*"([^"]+)"/g))
        if (!headings.has(match[1]!)) missing.push(`${relative(ROOT, file)}: "${match[1]}"`);
    }
    expect(missing).toEqual([]);
  });
});
