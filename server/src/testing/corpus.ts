import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** The repository's copy of the test corpus (see testing/corpus/MANIFEST.md). */
const CORPUS = resolve(__dirname, '../../../testing/corpus');

/**
 * The test corpus directory. It is part of every clone, so its absence is a broken checkout and
 * fails the test rather than skipping it.
 */
export function corpusDir(): string {
  if (!existsSync(CORPUS)) throw new Error(`the test corpus is missing: ${CORPUS}`);
  return CORPUS;
}
