import type { TFunction } from 'i18next';
import type { SchemaIssue } from '../../../../shared/model/schemaValidation';

/** The message for the first issue at a field path, if any. */
export function issueAt(
  issues: readonly SchemaIssue[],
  path: string,
  t: TFunction,
): string | undefined {
  const issue = issues.find((i) => i.path === path);
  return issue ? t(`schema.issue.${issue.code}`) : undefined;
}
