/**
 * Between an annotation on the wire (plain JSON checked against AnnotationSchema) and the model
 * type (branded ids, readonly). The schema has checked every id's format, so this is the one place
 * the ids take their brands; the types below prove the two shapes are the same but for brands,
 * so the conversion cannot hide a missing or mistyped field.
 */
import type { Annotation } from './annotation';
import type { AnnotationWire } from './annotationSchema';
import type { Brand } from './ids';

/** T with every branded string as a plain string and nothing readonly. */
type Unbranded<T> =
  T extends Brand<string, string>
    ? string
    : T extends readonly (infer E)[]
      ? Unbranded<E>[]
      : T extends object
        ? { -readonly [K in keyof T]: Unbranded<T[K]> }
        : T;

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const SAME_SHAPE: Same<Unbranded<Annotation>, Unbranded<AnnotationWire>> = true;
void SAME_SHAPE;

export function annotationFromWire(wire: AnnotationWire): Annotation {
  return wire as unknown as Annotation;
}

export function annotationsFromWire(wires: readonly AnnotationWire[]): Annotation[] {
  return wires.map(annotationFromWire);
}

export function annotationToWire(annotation: Annotation): AnnotationWire {
  return annotation as unknown as AnnotationWire;
}
