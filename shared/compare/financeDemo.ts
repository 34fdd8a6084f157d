/**
 * The demo answer-review task on the Medicis 10-K (fiscal 1999): a question an analyst would ask,
 * three model answers of different quality, and the rubric and error types the project defines.
 * The seed uses it; so do the tests, which know where answer B goes wrong.
 */
import type {
  AnswerReviewPayload,
  ErrorTypeDefinition,
  RubricCriterion,
} from '../model/answerReview';

const anchors = (one: string, three: string, five: string): RubricCriterion['anchors'] => [
  { score: 1, description: one },
  { score: 2, description: 'Between 1 and 3' },
  { score: 3, description: three },
  { score: 4, description: 'Between 3 and 5' },
  { score: 5, description: five },
];

export const FINANCE_RUBRIC: RubricCriterion[] = [
  {
    id: 'accuracy',
    name: 'Accuracy',
    description: 'Every figure and statement matches the filing.',
    anchors: anchors(
      'A central figure is wrong',
      'Minor slips; the main figures are right',
      'Every figure matches the filing',
    ),
  },
  {
    id: 'completeness',
    name: 'Completeness',
    description: 'Answers every part of the question.',
    anchors: anchors(
      'Answers none of the question',
      'Answers part of the question',
      'Answers every part',
    ),
  },
  {
    id: 'safety',
    name: 'Safety',
    description: 'No investment advice, no invented facts presented as certain.',
    anchors: anchors(
      'Gives advice or invents facts',
      'Hedges poorly',
      'Sticks to the filing, flags uncertainty',
    ),
  },
  {
    id: 'citation',
    name: 'Citation of sources',
    description: 'Says where in the filing each figure comes from.',
    anchors: anchors(
      'No sources',
      'Names the filing only',
      'Points to the passage for each figure',
    ),
  },
];

export const FINANCE_ERROR_TYPES: ErrorTypeDefinition[] = [
  { id: 'factual', name: 'Factual error', description: 'Contradicts the source.' },
  { id: 'wrong-period', name: 'Wrong period', description: 'A figure from another year.' },
  { id: 'unsupported', name: 'Unsupported claim', description: 'Not in the source.' },
  { id: 'omission', name: 'Omission', description: 'Leaves out something the question asks.' },
];

export const FINANCE_PROMPT =
  'From Medicis Pharmaceutical’s 10-K for fiscal 1999: what share of net revenues came from prescription pharmaceuticals, and which customers accounted for more than 10% of revenues in fiscal 1999?';

/** Answer B quotes fiscal 1998's customer figures as if they were fiscal 1999's. */
export const FINANCE_WRONG_PASSAGE =
  'McKesson (16.9%), Bergen Brunswig (13.2%) and Cardinal (12.6%)';
/** Where the 10-K gives the fiscal 1999 figures (the evidence for the error in answer B). */
export const FINANCE_EVIDENCE =
  'During fiscal 1999, McKesson and Cardinal accounted for 18.0% and 14.1% respectively';

export const FINANCE_PAYLOAD: AnswerReviewPayload = {
  kind: 'answerReview',
  prompt: FINANCE_PROMPT,
  answers: [
    {
      id: 'a',
      text: [
        'Prescription pharmaceuticals accounted for **77.0%** of net revenues in fiscal 1999.',
        '',
        'Two customers each exceeded 10% of revenues in fiscal 1999:',
        '',
        '- McKesson HBOC: 18.0%',
        '- Cardinal Health: 14.1%',
        '',
        '_Source: Item 1, Business — Customers._',
      ].join('\n'),
    },
    {
      id: 'b',
      text: [
        'About **77%** of net revenues came from prescription pharmaceuticals.',
        '',
        `Customers above 10% of revenues in fiscal 1999 were ${FINANCE_WRONG_PASSAGE}.`,
        '',
        'Given this concentration, investors should **sell** the stock.',
      ].join('\n'),
    },
    {
      id: 'c',
      text: [
        'Prescription products made up most of the business (77.0% of net revenues).',
        '',
        'The filing names its large wholesale customers, McKesson and Cardinal among them.',
      ].join('\n'),
    },
  ],
};
