import type { LabelSchema as LocalLabelSchema } from '../model/labelSchema';
import type { LabelSchema as ProjectLabelSchema } from '../model/project';

/** Colours for labels a project defines without one (Tableau 10, readable on light and dark). */
const PALETTE = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#bab0ac',
];

/**
 * The workspace's schema for a platform project's labels. The platform schema says which labels
 * exist; relation types and document classes are not part of it yet, so none are offered.
 * Keys 1–9 go to the first nine labels.
 */
export function workspaceSchemaOf(schema: ProjectLabelSchema): LocalLabelSchema {
  return {
    labels: schema.labels.map((label, index) => ({
      id: label.id,
      name: label.name,
      color: label.color ?? PALETTE[index % PALETTE.length] ?? '#4e79a7',
      ...(index < 9 ? { key: String(index + 1) } : {}),
      ...(label.description ? { description: label.description } : {}),
    })),
    relationTypes: [],
    documentClasses: [],
    ...(schema.codeSystems?.[0] ? { codeSystem: schema.codeSystems[0] } : {}),
  };
}
