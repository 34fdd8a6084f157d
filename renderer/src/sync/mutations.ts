import { Value } from 'typebox/value';
import type { AnnotationWire } from '../../../shared/model/annotationSchema';
import { newId, type AnnotationId } from '../../../shared/model/ids';
import { mutationProjectId } from '../../../shared/sync/apply';
import { Mutation } from '../../../shared/sync/protocol';
import type { OutboxRow } from '../db/schema';

/**
 * The wire form of an outbox row. JSON-cleaned (undefined fields dropped) so it crosses either
 * bridge the same way and matches the push schema main checks it against.
 */
export function toMutation(row: OutboxRow): Mutation {
  if (row.op !== 'delete') {
    return {
      id: row.mutationId,
      kind: row.op === 'put' ? 'annotation.put' : 'annotation.restore',
      annotation: JSON.parse(JSON.stringify(row.payload)) as AnnotationWire,
    };
  }
  return {
    id: row.mutationId,
    kind: 'annotation.delete',
    projectId: row.projectId,
    annotationId: row.entityId,
  };
}

/** Whether a mutation fits the push schema (checked without eval: the CSP forbids it). */
export function isWellFormed(mutation: Mutation): boolean {
  return Value.Check(Mutation, mutation);
}

/**
 * Stands in for a mutation that cannot be sent (it breaks the wire schema, so the platform would
 * refuse the whole push): the id must still reach the server, because ids are gap-free. Deleting an
 * annotation id that was never used changes nothing on the server.
 */
export function fillerFor(mutation: Mutation): Mutation {
  const projectId = mutationProjectId(mutation);
  return {
    id: mutation.id,
    kind: 'annotation.delete',
    projectId,
    annotationId: newId<AnnotationId>(),
  };
}
