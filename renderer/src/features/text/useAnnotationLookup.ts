import { useEffect, useMemo, useState } from 'react';
import type { Annotation } from '../../../../shared/model/annotation';
import { AnnotationIndex, type AnnotationLookup } from './annotationIndex';
import { afterPaint, whenIdle } from './scheduling';

function refreshed(index: AnnotationIndex, annotations: readonly Annotation[]): AnnotationLookup {
  index.update(annotations);
  return {
    get: (id) => index.get(id),
    relationsOf: (id) => index.relationsOf(id),
  };
}

/**
 * Annotations by id and their relations, updated incrementally as the list changes. The first
 * index is built in idle time after the text is painted (or on the first question, if sooner).
 */
export function useAnnotationLookup(annotations: readonly Annotation[]): AnnotationLookup {
  const [index] = useState(() => new AnnotationIndex());
  useEffect(() => {
    let live = true;
    void afterPaint().then(() => index.warm(() => whenIdle().then(() => live)));
    return () => {
      live = false;
    };
  }, [index]);
  return useMemo(() => refreshed(index, annotations), [index, annotations]);
}
