import {
  LABEL_PALETTE as PALETTE,
  type LabelSchema as LocalLabelSchema,
} from '../model/labelSchema';
import type { LabelSchema as ProjectLabelSchema } from '../model/project';

/**
 * The workspace's schema for a platform project's labels, relation types, document classes and
 * codes. A label keeps the key the project gave it; otherwise 1–9 go to the first nine labels
 * (skipping keys the project gave to others).
 */
export function workspaceSchemaOf(schema: ProjectLabelSchema): LocalLabelSchema {
  const taken = new Set(schema.labels.flatMap((l) => (l.key ? [l.key] : [])));
  const free = ['1', '2', '3', '4', '5', '6', '7', '8', '9'].filter((k) => !taken.has(k));
  let next = 0;
  return {
    labels: schema.labels.map((label, index) => {
      const key = label.key ?? (index < 9 ? free[next++] : undefined);
      return {
        id: label.id,
        name: label.name,
        color: label.color ?? PALETTE[index % PALETTE.length] ?? '#4e79a7',
        ...(key ? { key } : {}),
        ...(label.description ? { description: label.description } : {}),
      };
    }),
    relationTypes: (schema.relationTypes ?? []).map((r) => ({ ...r })),
    documentClasses: (schema.documentClasses ?? []).map((c) => ({ ...c })),
    ...(schema.codeSystems?.[0] ? { codeSystem: schema.codeSystems[0] } : {}),
    ...(schema.suggestedCodes ? { suggestedCodes: [...schema.suggestedCodes] } : {}),
    ...(schema.rubric ? { rubric: schema.rubric } : {}),
    ...(schema.errorTypes ? { errorTypes: schema.errorTypes } : {}),
  };
}
