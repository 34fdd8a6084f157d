import { describe, expect, it } from 'vitest';
import {
  agreementTable,
  documentClassOf,
  formatAgreementTable,
  type Submission,
} from './pairwiseTable';
import { docClass, span } from './testAnnotations';

const CLASSES = ['relevant', 'not-relevant'];

/**
 * Two annotators, four documents (a contract, a clinical note and two others).
 *   d1 alice: party 0–12, party 30–45, date 50–60, amount 70–80, class relevant
 *      bob:   party 0–12, party 28–45, date 50–60, obligation 85–100, class relevant
 *   d2 alice: medication 5–15, dosage 16–22, class relevant
 *      bob:   medication 5–15, dosage 16–20, class not-relevant
 *   d3 both: no spans, class not-relevant;  d4 both: no spans, class relevant
 */
function twoAnnotators(): Submission[] {
  return [
    {
      annotatorId: 'alice',
      documentId: 'd1',
      annotations: [
        span('alice', 'd1', 0, 12, 'party'),
        span('alice', 'd1', 30, 45, 'party'),
        span('alice', 'd1', 50, 60, 'date'),
        span('alice', 'd1', 70, 80, 'amount'),
        docClass('alice', 'd1', 'relevant'),
      ],
    },
    {
      annotatorId: 'bob',
      documentId: 'd1',
      annotations: [
        span('bob', 'd1', 0, 12, 'party'),
        span('bob', 'd1', 28, 45, 'party'),
        span('bob', 'd1', 50, 60, 'date'),
        span('bob', 'd1', 85, 100, 'obligation'),
        docClass('bob', 'd1', 'relevant'),
      ],
    },
    {
      annotatorId: 'alice',
      documentId: 'd2',
      annotations: [
        span('alice', 'd2', 5, 15, 'medication'),
        span('alice', 'd2', 16, 22, 'dosage'),
        docClass('alice', 'd2', 'relevant'),
      ],
    },
    {
      annotatorId: 'bob',
      documentId: 'd2',
      annotations: [
        span('bob', 'd2', 5, 15, 'medication'),
        span('bob', 'd2', 16, 20, 'dosage'),
        docClass('bob', 'd2', 'not-relevant'),
      ],
    },
    ...['alice', 'bob'].map((who) => ({
      annotatorId: who,
      documentId: 'd3',
      annotations: [docClass(who, 'd3', 'not-relevant')],
    })),
    ...['alice', 'bob'].map((who) => ({
      annotatorId: who,
      documentId: 'd4',
      annotations: [docClass(who, 'd4', 'relevant')],
    })),
  ];
}

describe('pairwise agreement table', () => {
  it('computes the two-annotator table by hand', () => {
    const table = agreementTable(twoAnnotators(), { documentClasses: CLASSES });
    expect(table.annotators).toEqual(['alice', 'bob']);
    expect(table.pairs).toHaveLength(1);
    const [pair] = table.pairs;
    expect(pair?.sharedDocuments).toBe(4);
    // Exact: party 1 of 2, date 1, amount missed, obligation extra, medication 1, dosage differs.
    expect(pair?.spanExact.micro).toMatchObject({ tp: 3, fp: 3, fn: 3, f1: 0.5 });
    // Overlap: both parties and both dosages match → tp 5, fp 1, fn 1, F1 = 10/12.
    expect(pair?.spanOverlap.micro).toMatchObject({ tp: 5, fp: 1, fn: 1 });
    expect(pair?.spanOverlap.micro.f1).toBeCloseTo(10 / 12, 12);
    expect(pair?.spanOverlap.macroF1).toBeCloseTo(4 / 6, 12);
    expect(pair?.spanExact.macroF1).toBeCloseTo(2.5 / 6, 12);
    // Classes: (R,R) (R,N) (N,N) (R,R): p_o = 3/4, p_e = (3·2 + 1·2)/16 = 1/2, κ = 0.5.
    expect(pair?.classKappa.kappa).toBeCloseTo(0.5, 12);
    // α: n = 8, n_R = 5, n_N = 3, one disagreeing unit: α = 1 − 7·1/(5·3) = 8/15.
    expect(table.classAlpha.alpha).toBeCloseTo(8 / 15, 12);

    expect(formatAgreementTable(table)).toBe(
      [
        'pair         docs  F1 exact  F1 overlap  macro F1 ov.  κ classes',
        'alice × bob     4     0.500       0.833         0.667      0.500',
        "Krippendorff's α (document classes, 2 annotators, 4 documents): 0.533",
      ].join('\n'),
    );
  });

  it('adds a pair per overlapping annotator and skips pairs with no shared document', () => {
    const submissions: Submission[] = [
      ...twoAnnotators(),
      {
        annotatorId: 'carol',
        documentId: 'd2',
        annotations: [docClass('carol', 'd2', 'relevant')],
      },
      { annotatorId: 'dave', documentId: 'd9', annotations: [] },
    ];
    const table = agreementTable(submissions, { documentClasses: CLASSES });
    expect(table.pairs.map((p) => `${p.a}-${p.b}:${p.sharedDocuments}`)).toEqual([
      'alice-bob:4',
      'alice-carol:1',
      'bob-carol:1',
    ]);
    // carol's vote on d2 joins the α units: d2 now holds R, N, R.
    expect(table.classAlpha.n).toBe(9);
  });

  it('lets the latest submission of a document win and counts empty work as agreement', () => {
    const table = agreementTable([
      { annotatorId: 'a', documentId: 'd1', annotations: [span('a', 'd1', 0, 4, 'x')] },
      { annotatorId: 'a', documentId: 'd1', annotations: [] },
      { annotatorId: 'b', documentId: 'd1', annotations: [] },
    ]);
    expect(table.pairs[0]?.spanExact.micro).toMatchObject({ tp: 0, fp: 0, fn: 0, f1: null });
  });

  it('reads a document class, ignoring non-class labels and joining several', () => {
    expect(
      documentClassOf([docClass('a', 'd', 'relevant', 'flag')], { documentClasses: CLASSES }),
    ).toBe('relevant');
    expect(documentClassOf([docClass('a', 'd', 'b'), docClass('a', 'd', 'a')])).toBe('a+b');
    expect(documentClassOf([span('a', 'd', 0, 1, 'relevant')])).toBeNull();
  });
});
