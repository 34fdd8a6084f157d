import type { ErrorTypeDefinition, RubricCriterion } from './answerReview';

/** What can be said about a document in a project: span labels, relation types, document classes, codes. */
export interface LabelDef {
  /** Stable identifier stored in annotations (names may be renamed). */
  readonly id: string;
  readonly name: string;
  /** CSS colour, #rrggbb. */
  readonly color: string;
  /** Keyboard shortcut, e.g. '1' or 'p'. */
  readonly key?: string;
  readonly description?: string;
}

export interface RelationTypeDef {
  readonly id: string;
  readonly name: string;
  /** Label ids allowed at each end; empty means any. */
  readonly from: readonly string[];
  readonly to: readonly string[];
}

export interface DocumentClassDef {
  readonly id: string;
  readonly name: string;
  readonly description?: string;
}

export interface LabelSchema {
  readonly labels: readonly LabelDef[];
  readonly relationTypes: readonly RelationTypeDef[];
  readonly documentClasses: readonly DocumentClassDef[];
  /** Code system id (e.g. `icd10cm`) offered for linking, if any. */
  readonly codeSystem?: string;
  /** Codes of that system the project expects often; code search offers them first. */
  readonly suggestedCodes?: readonly string[];
  /** Answer review: criteria each answer is scored on, 1–5 with anchors. */
  readonly rubric?: readonly RubricCriterion[];
  /** Answer review: kinds of error an expert may mark inside an answer. */
  readonly errorTypes?: readonly ErrorTypeDefinition[];
}

/** Colours for labels without one (Tableau 10, readable on light and dark themes). */
export const LABEL_PALETTE: readonly string[] = [
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

/** The schema of the local workspace until the user edits it: general enough for law, medicine and finance. */
export const DEFAULT_LOCAL_SCHEMA: LabelSchema = {
  labels: [
    { id: 'party', name: 'Party', color: '#4e79a7', key: '1' },
    { id: 'date', name: 'Date', color: '#f28e2b', key: '2' },
    { id: 'obligation', name: 'Obligation', color: '#e15759', key: '3' },
    { id: 'amount', name: 'Amount', color: '#76b7b2', key: '4' },
    { id: 'condition', name: 'Condition', color: '#59a14f', key: '5' },
    { id: 'problem', name: 'Problem', color: '#edc948', key: '6' },
    { id: 'medication', name: 'Medication', color: '#b07aa1', key: '7' },
    { id: 'dosage', name: 'Dosage', color: '#ff9da7', key: '8' },
    { id: 'risk', name: 'Risk factor', color: '#9c755f', key: '9' },
  ],
  relationTypes: [
    { id: 'has-dosage', name: 'has dosage', from: ['medication'], to: ['dosage'] },
    { id: 'party-to', name: 'party to', from: ['party'], to: ['obligation'] },
    { id: 'related', name: 'related to', from: [], to: [] },
  ],
  documentClasses: [
    { id: 'relevant', name: 'Relevant' },
    { id: 'not-relevant', name: 'Not relevant' },
  ],
  codeSystem: 'icd10cm',
};

export function labelById(schema: LabelSchema, id: string): LabelDef | undefined {
  return schema.labels.find((label) => label.id === id);
}
