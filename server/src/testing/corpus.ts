import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');

/**
 * The shared test corpus (not shipped): GLOSSATOR_CORPUS_DIR, else `../shared/corpus` beside the
 * clone (where CI puts it), else the workplace's copy. Undefined when none is present.
 */
export function corpusDir(): string | undefined {
  const candidates = [
    process.env.GLOSSATOR_CORPUS_DIR,
    join(ROOT, '..', 'shared', 'corpus'),
    '/work/shared/corpus',
  ];
  return candidates.find((dir): dir is string => !!dir && existsSync(dir));
}
