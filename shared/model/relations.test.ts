import { describe, expect, it } from 'vitest';
import type { Annotation, AnnotationBody } from './annotation';
import { citationMarker } from './citations';
import type { AnnotationId, DocumentId, ProjectId } from './ids';
import { DEFAULT_LOCAL_SCHEMA } from './labelSchema';
import {
  allowedRelationTypes,
  checkRelation,
  detachDeleted,
  EVIDENCE_RELATION,
  relationProblems,
  relationsOf,
  relationTargets,
  withEvidenceFromRationale,
  withoutRelation,
  withRelation,
} from './relations';

const schema = DEFAULT_LOCAL_SCHEMA;
let counter = 0;
function id(): AnnotationId {
  counter++;
  return `00000000-0000-7000-8000-${String(counter).padStart(12, '0')}` as AnnotationId;
}

function span(labels: string[], body: Partial<AnnotationBody> = {}): Annotation {
  return {
    id: id(),
    projectId: 'p' as ProjectId,
    documentId: 'd' as DocumentId,
    target: {
      kind: 'span',
      position: { start: 0, end: 1 },
      quote: { exact: 'x', prefix: '', suffix: '' },
    },
    body: { labels, ...body },
    createdAt: '',
    updatedAt: '',
  };
}

describe('relation types allowed by the schema', () => {
  it('offers medication → dosage and the untyped relation, not party → obligation', () => {
    const ids = allowedRelationTypes(schema, ['medication'], ['dosage']).map((t) => t.id);
    expect(ids).toEqual(['has-dosage', 'related']);
    expect(allowedRelationTypes(schema, ['dosage'], ['medication']).map((t) => t.id)).toEqual([
      'related',
    ]);
    expect(allowedRelationTypes(schema, ['party']).map((t) => t.id)).toEqual([
      'party-to',
      'related',
    ]);
  });
});

describe('checkRelation', () => {
  const medication = span(['medication']);
  const dosage = span(['dosage']);
  it('accepts an allowed relation and names what is wrong with the others', () => {
    expect(
      checkRelation(schema, medication, { type: 'has-dosage', targetId: dosage.id }, dosage),
    ).toBeUndefined();
    expect(
      checkRelation(schema, dosage, { type: 'has-dosage', targetId: medication.id }, medication),
    ).toBe('sourceLabelNotAllowed');
    expect(
      checkRelation(
        schema,
        medication,
        { type: 'has-dosage', targetId: medication.id },
        span(['problem']),
      ),
    ).toBe('targetLabelNotAllowed');
    expect(
      checkRelation(
        schema,
        medication,
        { type: 'has-dosage', targetId: medication.id },
        medication,
      ),
    ).toBe('selfRelation');
    expect(checkRelation(schema, medication, { type: 'nope', targetId: dosage.id }, dosage)).toBe(
      'unknownType',
    );
    expect(
      checkRelation(schema, medication, { type: 'has-dosage', targetId: dosage.id }, undefined),
    ).toBe('danglingTarget');
    const related = {
      ...medication,
      body: withRelation(medication.body, { type: 'has-dosage', targetId: dosage.id }),
    };
    expect(
      checkRelation(schema, related, { type: 'has-dosage', targetId: dosage.id }, dosage),
    ).toBe('duplicate');
  });
});

describe('relationProblems', () => {
  it('finds dangling, duplicate and disallowed relations in a document', () => {
    const dosage = span(['dosage']);
    const gone = id();
    const medication = span(['medication'], {
      relations: [
        { type: 'has-dosage', targetId: dosage.id },
        { type: 'has-dosage', targetId: dosage.id },
        { type: 'has-dosage', targetId: gone },
      ],
    });
    const wrong = span(['problem'], { relations: [{ type: 'has-dosage', targetId: dosage.id }] });
    const kinds = relationProblems([medication, dosage, wrong], schema).map((p) => p.kind);
    expect(kinds).toEqual(['duplicate', 'danglingTarget', 'sourceLabelNotAllowed']);
  });

  it('finds nothing wrong in a consistent document', () => {
    const dosage = span(['dosage']);
    const medication = span(['medication'], {
      relations: [{ type: 'has-dosage', targetId: dosage.id }],
    });
    expect(relationProblems([medication, dosage], schema)).toEqual([]);
  });
});

describe('relationsOf and editing', () => {
  it('lists outgoing and incoming relations with the other end', () => {
    const dosage = span(['dosage']);
    const medication = span(['medication'], {
      relations: [{ type: 'has-dosage', targetId: dosage.id }],
    });
    const fromDosage = relationsOf([medication, dosage], dosage.id);
    expect(fromDosage.outgoing).toEqual([]);
    expect(fromDosage.incoming.map((e) => e.other.id)).toEqual([medication.id]);
    expect(relationsOf([medication, dosage], medication.id).outgoing[0]?.other).toBe(dosage);
    expect(relationTargets([medication, dosage], medication.id)).toEqual([dosage.id]);
  });

  it('adds a relation once and removes it cleanly', () => {
    const relation = { type: 'has-dosage', targetId: id() };
    const once = withRelation({ labels: ['medication'] }, relation);
    expect(withRelation(once, relation)).toBe(once);
    expect(withoutRelation(once, relation)).toEqual({
      labels: ['medication'],
      relations: undefined,
    });
  });
});

describe('deleting annotations keeps the rest consistent', () => {
  it('drops relations to deleted spans and their citations in rationales', () => {
    const dosage = span(['dosage']);
    const other = span(['dosage']);
    const medication = span(['medication'], {
      relations: [
        { type: 'has-dosage', targetId: dosage.id },
        { type: 'has-dosage', targetId: other.id },
      ],
    });
    const documentNote: Annotation = {
      ...span(['relevant']),
      target: { kind: 'document' },
      body: withEvidenceFromRationale({
        labels: ['relevant'],
        rationale: `Treated with a dose${citationMarker(dosage.id)} and another${citationMarker(other.id)}.`,
      }),
    };
    const updates = detachDeleted([medication, dosage, other, documentNote], [dosage.id]);
    expect(updates.map((u) => u.id)).toEqual([medication.id, documentNote.id]);
    expect(updates[0]?.body.relations).toEqual([{ type: 'has-dosage', targetId: other.id }]);
    expect(updates[1]?.body.rationale).toBe(
      `Treated with a dose and another${citationMarker(other.id)}.`,
    );
    expect(updates[1]?.body.relations).toEqual([{ type: EVIDENCE_RELATION, targetId: other.id }]);
  });

  it('changes nothing when no one points at the deleted span', () => {
    const a = span(['problem']);
    const b = span(['problem']);
    expect(detachDeleted([a, b], [a.id])).toEqual([]);
  });

  it('keeps evidence relations equal to the cited spans', () => {
    const a = id();
    const b = id();
    const body = withEvidenceFromRationale({
      labels: [],
      rationale: `x${citationMarker(b)} y${citationMarker(a)}${citationMarker(b)}`,
      relations: [
        { type: 'related', targetId: a },
        { type: EVIDENCE_RELATION, targetId: id() },
      ],
    });
    expect(body.relations).toEqual([
      { type: 'related', targetId: a },
      { type: EVIDENCE_RELATION, targetId: b },
      { type: EVIDENCE_RELATION, targetId: a },
    ]);
  });
});
