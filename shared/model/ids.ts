import { uuidv7 } from 'uuidv7';

declare const brand: unique symbol;

/** A nominal type: a `Brand<string, 'X'>` is a string that cannot be passed where another id is expected. */
export type Brand<T, B extends string> = T & { readonly [brand]: B };

export type DocumentId = Brand<string, 'DocumentId'>;
export type AnnotationId = Brand<string, 'AnnotationId'>;
export type ProjectId = Brand<string, 'ProjectId'>;
export type TaskId = Brand<string, 'TaskId'>;
export type UserId = Brand<string, 'UserId'>;
export type ClientId = Brand<string, 'ClientId'>;

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Client-generated, time-ordered ids (UUIDv7) so records created offline sort and never collide. */
export function newId<T extends Brand<string, string>>(): T {
  return uuidv7() as T;
}

export function isUuid(value: string): boolean {
  return UUID_RE.test(value);
}

/** The project that holds documents imported into the local workspace (not from a platform). */
export const LOCAL_PROJECT_ID = '00000000-0000-7000-8000-000000000000' as ProjectId;
