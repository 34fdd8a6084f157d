/** The demo projects the first start builds from the bundled samples (see seed.ts). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  FINANCE_ERROR_TYPES,
  FINANCE_PAYLOAD,
  FINANCE_RUBRIC,
} from '../../../../shared/compare/financeDemo';
import type { TaskPayload } from '../../../../shared/model/answerReview';
import type { LabelDefinition, ProjectDefinition } from '../../../../shared/model/project';
import type { WorkSettings } from '../../../../shared/work/settings';

/** Minimal RFC 4180 reader (quoted fields, doubled quotes, CRLF). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const src = text.replace(/^\ufeff/, '');
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((f) => f.trim() !== ''));
}

const slug = (name: string) =>
  name
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();

/** CUAD's 41 categories, from its category_descriptions.csv ("Category: X", "Description: Y", …). */
export function cuadLabels(csv: string): LabelDefinition[] {
  const strip = (value: string | undefined, prefix: string) =>
    (value ?? '')
      .trim()
      .replace(new RegExp(`^${prefix}:\\s*`), '')
      .trim();
  return parseCsv(csv)
    .slice(1)
    .map((cells) => {
      const name = strip(cells[0], 'Category');
      const group = strip(cells[3], 'Group');
      const answer = strip(cells[2], 'Answer Format');
      return {
        id: slug(name),
        name,
        description: `${strip(cells[1], 'Description')}${answer ? ` (answer: ${answer})` : ''}`,
        ...(group && group !== '-' ? { group: `Group ${group}` } : {}),
      };
    });
}

const labels = (names: readonly [string, string][]): LabelDefinition[] =>
  names.map(([name, description]) => ({ id: slug(name), name, description }));

export interface DemoProject {
  readonly definition: ProjectDefinition;
  readonly files: readonly string[];
  readonly work?: Partial<WorkSettings>;
  /** Answer review: the one task's prompt and answers, on the first file. */
  readonly payload?: TaskPayload;
  /**
   * Whether its tasks are offered to the demo expert. Only work she qualifies for is: she is a
   * lawyer who was an equity analyst, not a clinician, so the clinical notes wait in the
   * catalogue ("not yet for you") for an expert who qualifies.
   */
  readonly offeredToDemoExpert: boolean;
}

export function demoProjects(samplesDir: string): DemoProject[] {
  return [
    {
      definition: {
        name: 'CUAD contract clause review',
        domain: 'law',
        description:
          'Find and label the clauses lawyers look for in commercial contracts, using the 41 CUAD categories.',
        instructions:
          'Read the whole contract. Select the shortest span that fully states each clause and label it with its CUAD category. A clause may carry several categories; overlapping spans are fine. Add a short rationale where the category is a judgement call.',
        labelSchema: {
          labels: cuadLabels(
            readFileSync(join(samplesDir, 'law/cuad_category_descriptions.csv'), 'utf8'),
          ),
          multiple: true,
        },
        taskType: 'spanLabelling',
        pay: { kind: 'perTask', rateMinor: 6_000, currency: 'USD' },
        requiredCredentials: ['Admitted to practise law (any jurisdiction)'],
        languages: ['en'],
        status: 'open',
      },
      offeredToDemoExpert: true,
      files: [
        'law/Quaker_Chemical_Corporation_-_NON_COMPETITION_AND_NON_SOLICITATION_AGREEMENT.pdf',
      ],
    },
    {
      definition: {
        name: 'Clinical notes: problems, medications and dosages',
        domain: 'medicine',
        description:
          'Label problems, medications and their dosages in visit notes; link problems to ICD-10-CM codes.',
        instructions:
          'Label each problem or diagnosis and link it to its ICD-10-CM code when one fits. Label each medication, then its dose, route and frequency as separate spans, and relate them to the medication.',
        labelSchema: {
          labels: labels([
            ['Problem', 'A diagnosis, symptom or finding the note attributes to the patient'],
            ['Medication', 'A drug the patient takes, starts, stops or is prescribed'],
            ['Dosage', 'The amount per dose, e.g. 500 mg'],
            ['Route', 'How it is taken, e.g. by mouth'],
            ['Frequency', 'How often, e.g. twice daily'],
          ]),
          multiple: false,
          codeSystems: ['icd10cm'],
          relationTypes: [
            { id: 'has-dosage', name: 'has dosage', from: ['medication'], to: ['dosage'] },
            { id: 'has-route', name: 'has route', from: ['medication'], to: ['route'] },
            { id: 'has-frequency', name: 'has frequency', from: ['medication'], to: ['frequency'] },
          ],
        },
        taskType: 'spanLabelling',
        pay: { kind: 'perHour', rateMinor: 9_000, currency: 'USD' },
        requiredCredentials: ['Licensed physician (MD/DO) or registered nurse'],
        languages: ['en'],
        status: 'open',
      },
      offeredToDemoExpert: false,
      files: ['medicine/D2N068_note.txt', 'medicine/D2N069_note.txt', 'medicine/D2N070_note.txt'],
    },
    {
      definition: {
        name: '10-K numeric facts and risk factors',
        domain: 'finance',
        description:
          'Tag reported financial figures and classify the risk factors in an annual report.',
        instructions:
          'Label each reported figure with the fact it states (revenue, net income, EPS…), including its unit and period in the span. Label each risk factor paragraph with its risk category.',
        labelSchema: {
          labels: labels([
            ['Revenue', 'Total revenues or net sales for a period'],
            ['Net income', 'Net income or loss for a period'],
            ['Earnings per share', 'Basic or diluted EPS'],
            ['Total assets', 'Total assets at a date'],
            ['Cash', 'Cash and cash equivalents at a date'],
            ['Risk: market', 'Competition, demand, pricing'],
            ['Risk: regulatory', 'Laws, approvals, litigation'],
            ['Risk: operational', 'Supply, manufacturing, key people'],
            ['Risk: financial', 'Liquidity, debt, currency'],
          ]),
          multiple: true,
        },
        taskType: 'spanLabelling',
        pay: { kind: 'perTask', rateMinor: 4_500, currency: 'USD' },
        requiredCredentials: ['CPA, CFA or equivalent'],
        languages: ['en'],
        status: 'open',
      },
      offeredToDemoExpert: true,
      files: ['finance/medicis-10-k-1999_0000950153-99-001234.txt'],
      // A submission must report at least one revenue figure (the queue's completeness check).
      work: { requiredLabels: ['revenue'], minAnnotations: 1 },
    },
    {
      definition: {
        name: 'Answer review: 10-K analyst questions',
        domain: 'finance',
        description:
          'Rank model answers to analysts’ questions about a 10-K, score them, mark their errors with evidence from the filing, and write the answer you would give.',
        instructions:
          'Read the question and the answers. Rank them best first, score each on every rubric criterion, mark each wrong passage with its error type and cite the passage of the filing that shows it, then write the correct answer.',
        labelSchema: {
          labels: labels([['Evidence', 'A passage of the filing a comment cites']]),
          rubric: FINANCE_RUBRIC,
          errorTypes: FINANCE_ERROR_TYPES,
        },
        taskType: 'answerReview',
        pay: { kind: 'perTask', rateMinor: 3_000, currency: 'USD' },
        requiredCredentials: ['CPA, CFA or equivalent'],
        languages: ['en'],
        status: 'open',
      },
      offeredToDemoExpert: true,
      files: ['finance/medicis-10-k-1999_0000950153-99-001234.txt'],
      payload: FINANCE_PAYLOAD,
    },
  ];
}
