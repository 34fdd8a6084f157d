/**
 * Every format the app and the server can offer, for a format picker or `export --format <id>`.
 * Each entry converts with its defaults; the converters' own options (offset unit, tokenizer
 * handling, Label Studio tag names, …) are reached by calling them directly.
 */
import { exportBrat, importBrat } from './brat';
import { exportChatJsonl } from './chatJsonl';
import { exportConll } from './conll';
import { exportLabelStudio, importLabelStudio } from './labelStudio';
import { exportPreferenceJsonl } from './preferenceJsonl';
import { exportSpanJsonl } from './spanJsonl';
import type {
  DocumentInput,
  ExportItem,
  ExportResult,
  FormatId,
  ImportOptions,
  ImportResult,
  InputFile,
} from './types';
import { exportW3c, importW3c } from './w3c';

export type Direction = 'import' | 'export';

export interface FormatDescriptor {
  readonly id: FormatId;
  readonly label: string;
  /** One sentence for the picker: what the format is for and what it keeps. */
  readonly description: string;
  /** Extensions written on export and accepted on import, with the dot. */
  readonly extensions: readonly string[];
  readonly directions: readonly Direction[];
  /** Export a document (one item) or a project (several). */
  readonly export?: (items: readonly ExportItem[]) => ExportResult;
  /** Import the chosen files onto one document. */
  readonly import?: (
    files: readonly InputFile[],
    doc: DocumentInput,
    options?: ImportOptions,
  ) => ImportResult;
}

export const FORMATS: readonly FormatDescriptor[] = [
  {
    id: 'w3c',
    label: 'W3C Web Annotation (JSON-LD)',
    description: 'The open standard and our canonical format; keeps every annotation whole.',
    extensions: ['.jsonld', '.json', '.jsonl'],
    directions: ['export', 'import'],
    export: exportW3c,
    import: importW3c,
  },
  {
    id: 'label-studio',
    label: 'Label Studio JSON',
    description: 'Tasks for Label Studio; its predictions import as pre-annotations to confirm.',
    extensions: ['.json'],
    directions: ['export', 'import'],
    export: exportLabelStudio,
    import: importLabelStudio,
  },
  {
    id: 'span-jsonl',
    label: 'Span JSONL (NER training)',
    description: 'One line per document: text and labelled spans, offsets in code points.',
    extensions: ['.jsonl'],
    directions: ['export'],
    export: exportSpanJsonl,
  },
  {
    id: 'chat-jsonl',
    label: 'Chat JSONL (instruction tuning)',
    description: 'A conversation per annotation with a rationale: passage in, expert answer out.',
    extensions: ['.jsonl'],
    directions: ['export'],
    export: exportChatJsonl,
  },
  {
    id: 'preference-jsonl',
    label: 'Preference pairs (DPO)',
    description: 'Preferred and non-preferred answers from answer-ranking annotations.',
    extensions: ['.jsonl'],
    directions: ['export'],
    export: exportPreferenceJsonl,
  },
  {
    id: 'brat',
    label: 'BRAT standoff (.txt + .ann)',
    description: 'Entities (also discontinuous), relations, notes and normalisations.',
    extensions: ['.ann', '.txt'],
    directions: ['export', 'import'],
    export: exportBrat,
    import: importBrat,
  },
  {
    id: 'conll',
    label: 'CoNLL BIO',
    description: 'One token and tag per line; spans BIO cannot hold are listed in the report.',
    extensions: ['.conll'],
    directions: ['export'],
    export: exportConll,
  },
];

export function formatById(id: string): FormatDescriptor | undefined {
  return FORMATS.find((format) => format.id === id);
}

export function formatsFor(direction: Direction): readonly FormatDescriptor[] {
  return FORMATS.filter((format) => format.directions.includes(direction));
}
