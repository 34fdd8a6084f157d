import { useMemo, useState } from 'react';
import type { Annotation } from '../../../../shared/model/annotation';
import { AnnotationIndex, type AnnotationLookup } from './annotationIndex';

function refreshed(index: AnnotationIndex, annotations: readonly Annotation[]): AnnotationLookup {
  index.update(annotations);
  return {
    get: (id) => index.get(id),
    relationsOf: (id) => index.relationsOf(id),
  };
}

/** Annotations by id and their relations, updated incrementally as the list changes. */
export function useAnnotationLookup(annotations: readonly Annotation[]): AnnotationLookup {
  const [index] = useState(() => new AnnotationIndex());
  return useMemo(() => refreshed(index, annotations), [index, annotations]);
}
