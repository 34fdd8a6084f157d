import { Value } from 'typebox/value';
import { describe, expect, it } from 'vitest';
import { AnnotationSchema } from '../../shared/model/annotationSchema';
import { BENCH_LABELS, benchAnnotation, benchId, editedAnnotation, editMarker } from './records';

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

  it('edits the rationale with the round marker and keeps the rest', () => {
    const a = benchAnnotation(3, PROJECT, DOCUMENTS);
    const edited = editedAnnotation(a, 2);
    expect(edited.body.rationale).toContain(editMarker(2));
    expect(edited.body.rationale).not.toContain(editMarker(1));
    expect({ ...edited, body: a.body, updatedAt: a.updatedAt }).toEqual(a);
    expect(Value.Check(AnnotationSchema, edited)).toBe(true);
  });
});
