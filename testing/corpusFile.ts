import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The test corpus (real contracts, clinical notes, filings, hostile PDFs). A copy of
 * ../shared/corpus lives in testing/corpus so a clean clone can run every test; MANIFEST.md there
 * gives each file's source and licence. Paths are relative to the corpus root, e.g.
 * `legal/cuad/pdf/Sonos_Inc._-_Manufacturing_Agreement.pdf`.
 */
export const CORPUS_DIR = resolve(__dirname, 'corpus');

export function corpusFile(relativePath: string): string {
  const path = join(CORPUS_DIR, relativePath);
  if (!existsSync(path))
    throw new Error(`corpus file missing: ${relativePath} (looked in ${CORPUS_DIR})`);
  return path;
}
