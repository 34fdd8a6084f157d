import { describe, expect, it } from 'vitest';
import { workspaceSchemaOf } from './projectSchema';

describe('workspaceSchemaOf', () => {
  it('keeps relation types, document classes, codes and the keys a project gave', () => {
    const schema = workspaceSchemaOf({
      labels: [
        { id: 'medication', name: 'Medication', key: '1', color: '#112233' },
        { id: 'dosage', name: 'Dosage' },
        { id: 'problem', name: 'Problem', description: 'A diagnosis' },
      ],
      codeSystems: ['icd10cm', 'mesh'],
      suggestedCodes: ['E11.9'],
      relationTypes: [
        { id: 'has-dosage', name: 'has dosage', from: ['medication'], to: ['dosage'] },
      ],
      documentClasses: [{ id: 'relevant', name: 'Relevant' }],
    });
    expect(schema.labels).toEqual([
      { id: 'medication', name: 'Medication', color: '#112233', key: '1' },
      { id: 'dosage', name: 'Dosage', color: '#f28e2b', key: '2' },
      { id: 'problem', name: 'Problem', color: '#e15759', key: '3', description: 'A diagnosis' },
    ]);
    expect(schema.relationTypes).toEqual([
      { id: 'has-dosage', name: 'has dosage', from: ['medication'], to: ['dosage'] },
    ]);
    expect(schema.documentClasses).toEqual([{ id: 'relevant', name: 'Relevant' }]);
    expect(schema.codeSystem).toBe('icd10cm');
    expect(schema.suggestedCodes).toEqual(['E11.9']);
  });

  it('does not hand out a key another label already has, and none past the ninth label', () => {
    const labels = Array.from({ length: 12 }, (_, i) => ({ id: `l${i}`, name: `L${i}` }));
    labels[3] = { ...labels[3]!, key: '1' } as (typeof labels)[number];
    const keys = workspaceSchemaOf({ labels }).labels.map((l) => l.key);
    expect(keys.slice(0, 9)).toEqual(['2', '3', '4', '1', '5', '6', '7', '8', '9']);
    expect(keys.slice(9)).toEqual([undefined, undefined, undefined]);
    expect(new Set(keys.filter(Boolean)).size).toBe(9);
  });
});
