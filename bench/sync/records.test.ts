import { Value } from 'typebox/value';
import { describe, expect, it } from 'vitest';
import { AnnotationSchema } from '../../shared/model/annotationSchema';
import { targetProblem } from '../../shared/sync/targetCheck';
import {
  BENCH_LABELS,
  BENCH_TEXT,
  benchAnnotation,
  benchId,
  editedAnnotation,
  editMarker,
} from './records';

const PROJECT = benchId(9, 1);
const DOCUMENTS = [benchId(9, 2), benchId(9, 3)];

describe('sync bench records', () => {
  it('makes annotations the push schema accepts, with distinct ids and the bench labels', () => {
    const made = Array.from({ length: 200 }, (_, i) => benchAnnotation(i, PROJECT, DOCUMENTS));
    for (const a of made) expect(Value.Check(AnnotationSchema, a)).toBe(true);
    expect(new Set(made.map((a) => a.id)).size).toBe(200);
    expect(new Set(made.map((a) => a.documentId))).toEqual(new Set(DOCUMENTS));
    expect(made.every((a) => a.body.labels.every((l) => BENCH_LABELS.includes(l)))).toBe(true);
    expect(benchAnnotation(7, PROJECT, DOCUMENTS)).toEqual(benchAnnotation(7, PROJECT, DOCUMENTS));
  });

  it('quotes the bench text where it points, as the platform requires', () => {
    for (let i = 0; i < 2_000; i++)
      expect(
        targetProblem(benchAnnotation(i, PROJECT, DOCUMENTS).target, { text: BENCH_TEXT }),
      ).toBe(undefined);
    // Spread over the whole text: every clause of every round is quoted somewhere.
    const starts = new Set(
      Array.from({ length: 2_000 }, (_, i) => {
        const { target } = benchAnnotation(i, PROJECT, DOCUMENTS);
        return target.kind === 'span' ? target.position.start : -1;
      }),
    );
    expect(starts.size).toBe(5 * 115);
  });

  it('edits the rationale with the round marker and keeps the rest', () => {
    const a = benchAnnotation(3, PROJECT, DOCUMENTS);
    const edited = editedAnnotation(a, 2);
    expect(edited.body.rationale).toContain(editMarker(2));
    expect(edited.body.rationale).not.toContain(editMarker(1));
    expect({ ...edited, body: a.body, updatedAt: a.updatedAt }).toEqual(a);
    expect(Value.Check(AnnotationSchema, edited)).toBe(true);
  });
});
