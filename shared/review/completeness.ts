import type { Annotation } from '../model/annotation';
import type { LabelSchema } from '../model/labelSchema';

/**
 * What a project requires before work can be submitted. Kept beside the label schema (the schema
 * says what may be said, these rules what must be said).
 */
export interface CompletenessRules {
  /** Label ids (span, region or document) that must each be used at least once. */
  readonly requiredLabels?: readonly string[];
  /** The document must carry exactly one of the schema's document classes. */
  readonly requireDocumentClass?: boolean;
  /** At least this many annotations. */
  readonly minAnnotations?: number;
}

export type CompletenessProblemCode =
  | 'missing-label'
  | 'missing-class'
  | 'several-classes'
  | 'unknown-label'
  | 'dangling-relation'
  | 'too-few'
  | 'review';

export interface CompletenessProblem {
  readonly code: CompletenessProblemCode;
  /** The label, class or annotation the problem is about, when there is one. */
  readonly subject?: string;
  readonly message: string;
}

export interface CompletenessResult {
  readonly complete: boolean;
  readonly problems: readonly CompletenessProblem[];
}

/** Checks one document's annotations against the schema and the project's rules. */
export function checkCompleteness(
  annotations: readonly Annotation[],
  schema: LabelSchema,
  rules: CompletenessRules = {},
): CompletenessResult {
  const problems: CompletenessProblem[] = [];
  const labelName = new Map(schema.labels.map((l) => [l.id, l.name]));
  const classIds = new Set(schema.documentClasses.map((c) => c.id));
  const used = new Set<string>();
  const classes = new Set<string>();
  const ids = new Set(annotations.map((a) => a.id));

  for (const annotation of annotations) {
    for (const label of annotation.body.labels) {
      used.add(label);
      const isClass = classIds.has(label);
      if (isClass && annotation.target.kind === 'document') classes.add(label);
      if (!labelName.has(label) && !isClass)
        problems.push({
          code: 'unknown-label',
          subject: label,
          message: `“${label}” is not in this project's schema`,
        });
    }
    for (const relation of annotation.body.relations ?? [])
      if (!ids.has(relation.targetId))
        problems.push({
          code: 'dangling-relation',
          subject: annotation.id,
          message: `a “${relation.type}” relation points to an annotation that is not in this document`,
        });
  }

  for (const label of rules.requiredLabels ?? [])
    if (!used.has(label))
      problems.push({
        code: 'missing-label',
        subject: label,
        message: `at least one “${labelName.get(label) ?? label}” is required`,
      });

  if (rules.requireDocumentClass && classes.size === 0)
    problems.push({ code: 'missing-class', message: 'choose a document class' });
  if (rules.requireDocumentClass && classes.size > 1)
    problems.push({
      code: 'several-classes',
      subject: [...classes].sort().join(', '),
      message: 'choose exactly one document class',
    });

  const min = rules.minAnnotations ?? 0;
  if (annotations.length < min)
    problems.push({
      code: 'too-few',
      message: `at least ${min} annotations are required, found ${annotations.length}`,
    });

  return { complete: problems.length === 0, problems };
}
