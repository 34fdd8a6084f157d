import type { TFunction } from 'i18next';
import { PlatformError } from '../../api/platformOps';

/**
 * A refused move on a task, in the person's language when the platform names its reason with a
 * code this app knows (shared rules: an expert works only on projects whose requirements they
 * meet, and takes new work only from open projects); otherwise the platform's own words.
 */
export function refusalText(t: TFunction, error: unknown): string {
  if (error instanceof PlatformError && error.code === 'notEligible')
    return t('queue.refused.notEligible');
  if (error instanceof PlatformError && error.code === 'projectNotOpen')
    return t('queue.refused.projectNotOpen');
  return error instanceof Error ? error.message : String(error);
}
