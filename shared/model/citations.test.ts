import { describe, expect, it } from 'vitest';
import {
  citationMarker,
  citedAnnotations,
  citedIds,
  fromEditable,
  parseRationale,
  removeCitations,
  toEditable,
} from './citations';
import type { AnnotationId } from './ids';

const a = '0190f3a2-0000-7000-8000-00000000000a' as AnnotationId;
const b = '0190f3a2-0000-7000-8000-00000000000b' as AnnotationId;
const stored = `Heart failure is worsening${citationMarker(a)}. Lasix was raised${citationMarker(b)}${citationMarker(a)}.`;

describe('rationale citations', () => {
  it('lists cited spans once, in order of first citation', () => {
    expect(citedIds(stored)).toEqual([a, b]);
  });

  it('splits the rationale into text and numbered citations', () => {
    expect(parseRationale(stored)).toEqual([
      { kind: 'text', text: 'Heart failure is worsening' },
      { kind: 'cite', id: a, number: 1 },
      { kind: 'text', text: '. Lasix was raised' },
      { kind: 'cite', id: b, number: 2 },
      { kind: 'cite', id: a, number: 1 },
      { kind: 'text', text: '.' },
    ]);
  });

  it('round-trips through the editable [n] form', () => {
    const editable = toEditable(stored);
    expect(editable.text).toBe('Heart failure is worsening[1]. Lasix was raised[2][1].');
    expect(editable.ids).toEqual([a, b]);
    expect(fromEditable(editable.text, editable.ids)).toBe(stored);
  });

  it('leaves bracketed numbers that cite nothing as written', () => {
    expect(fromEditable('JVD 8 cm [3] and [1]', [a])).toBe(`JVD 8 cm [3] and ${citationMarker(a)}`);
  });

  it('finds the cited annotations in one pass, and looks at none when nothing is cited', () => {
    const c = '0190f3a2-0000-7000-8000-00000000000c' as AnnotationId;
    const list = [{ id: c }, { id: b }, { id: a }];
    expect([...citedAnnotations(list, stored)]).toEqual([
      [b, list[1]],
      [a, list[2]],
    ]);
    expect(citedAnnotations(list, 'No evidence cited.').size).toBe(0);
  });

  it('removes the citations of deleted spans', () => {
    expect(removeCitations(stored, new Set([a]))).toBe(
      `Heart failure is worsening. Lasix was raised${citationMarker(b)}.`,
    );
  });
});
