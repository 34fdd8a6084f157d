/**
 * Checks a label schema before it is saved: what the editor shows next to each field, and what
 * keeps labelling unambiguous (one label per key, relation ends that exist, a known code system).
 */
import type { LabelSchema } from './labelSchema';
import { EVIDENCE_RELATION } from './relations';

export type SchemaIssueCode =
  | 'required'
  | 'duplicateName'
  | 'duplicateId'
  | 'invalidColor'
  | 'invalidKey'
  | 'duplicateKey'
  | 'unknownLabel'
  | 'reservedId'
  | 'unknownCodeSystem'
  | 'noLabels';

export interface SchemaIssue {
  /** Where the problem is, e.g. `labels.2.key`, `relationTypes.0.to`, `codeSystem`. */
  readonly path: string;
  readonly code: SchemaIssueCode;
}

/** A label key is one letter or digit; the pane keeps other keys for navigation. */
export const LABEL_KEY = /^[\p{L}\p{N}]$/u;
const COLOR = /^#[0-9a-f]{6}$/i;

function duplicates<T>(
  items: readonly T[],
  keyOf: (item: T) => string | undefined,
  path: (index: number) => string,
  code: SchemaIssueCode,
): SchemaIssue[] {
  const seen = new Map<string, number>();
  const issues: SchemaIssue[] = [];
  items.forEach((item, index) => {
    const key = keyOf(item);
    if (!key) return;
    if (seen.has(key)) issues.push({ path: path(index), code });
    else seen.set(key, index);
  });
  return issues;
}

const folded = (value: string): string => value.trim().toLocaleLowerCase();

export function validateSchema(
  schema: LabelSchema,
  knownCodeSystems: readonly string[],
): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  if (schema.labels.length === 0) issues.push({ path: 'labels', code: 'noLabels' });

  schema.labels.forEach((label, i) => {
    if (!label.name.trim()) issues.push({ path: `labels.${i}.name`, code: 'required' });
    if (!COLOR.test(label.color)) issues.push({ path: `labels.${i}.color`, code: 'invalidColor' });
    if (label.key !== undefined && label.key !== '' && !LABEL_KEY.test(label.key))
      issues.push({ path: `labels.${i}.key`, code: 'invalidKey' });
  });
  issues.push(
    ...duplicates(
      schema.labels,
      (l) => l.id,
      (i) => `labels.${i}.id`,
      'duplicateId',
    ),
    ...duplicates(
      schema.labels,
      (l) => folded(l.name) || undefined,
      (i) => `labels.${i}.name`,
      'duplicateName',
    ),
    ...duplicates(
      schema.labels,
      (l) => (l.key ? folded(l.key) : undefined),
      (i) => `labels.${i}.key`,
      'duplicateKey',
    ),
  );

  const labelIds = new Set(schema.labels.map((l) => l.id));
  schema.relationTypes.forEach((type, i) => {
    if (!type.name.trim()) issues.push({ path: `relationTypes.${i}.name`, code: 'required' });
    if (type.id === EVIDENCE_RELATION)
      issues.push({ path: `relationTypes.${i}.name`, code: 'reservedId' });
    for (const end of ['from', 'to'] as const)
      if (type[end].some((id) => !labelIds.has(id)))
        issues.push({ path: `relationTypes.${i}.${end}`, code: 'unknownLabel' });
  });
  issues.push(
    ...duplicates(
      schema.relationTypes,
      (t) => t.id,
      (i) => `relationTypes.${i}.id`,
      'duplicateId',
    ),
    ...duplicates(
      schema.relationTypes,
      (t) => folded(t.name) || undefined,
      (i) => `relationTypes.${i}.name`,
      'duplicateName',
    ),
  );

  schema.documentClasses.forEach((documentClass, i) => {
    if (!documentClass.name.trim())
      issues.push({ path: `documentClasses.${i}.name`, code: 'required' });
  });
  issues.push(
    ...duplicates(
      schema.documentClasses,
      (c) => c.id,
      (i) => `documentClasses.${i}.id`,
      'duplicateId',
    ),
    ...duplicates(
      schema.documentClasses,
      (c) => folded(c.name) || undefined,
      (i) => `documentClasses.${i}.name`,
      'duplicateName',
    ),
  );

  if (schema.codeSystem && !knownCodeSystems.includes(schema.codeSystem))
    issues.push({ path: 'codeSystem', code: 'unknownCodeSystem' });
  return issues;
}

/** A stable id for a new entry, from its name, unique among `taken`. */
export function idFromName(name: string, taken: ReadonlySet<string>): string {
  const base =
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'item';
  let id = base;
  for (let n = 2; taken.has(id) || id === EVIDENCE_RELATION; n++) id = `${base}-${n}`;
  return id;
}
