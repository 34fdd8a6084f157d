import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCAL_SCHEMA, type LabelSchema } from './labelSchema';
import { idFromName, validateSchema } from './schemaValidation';

const known = ['icd10cm'];

describe('validateSchema', () => {
  it('accepts the default local schema', () => {
    expect(validateSchema(DEFAULT_LOCAL_SCHEMA, known)).toEqual([]);
  });

  it('reports each problem at its field', () => {
    const schema: LabelSchema = {
      labels: [
        { id: 'a', name: 'Drug', color: '#112233', key: '1' },
        { id: 'b', name: ' drug ', color: 'red', key: '1' },
        { id: 'a', name: '', color: '#445566', key: '[' },
      ],
      relationTypes: [
        { id: 'r', name: 'treats', from: ['a'], to: ['zzz'] },
        { id: 'evidence', name: 'evidence', from: [], to: [] },
      ],
      documentClasses: [
        { id: 'x', name: 'Yes' },
        { id: 'y', name: 'yes' },
      ],
      codeSystem: 'mesh',
    };
    expect(validateSchema(schema, known)).toEqual(
      expect.arrayContaining([
        { path: 'labels.1.color', code: 'invalidColor' },
        { path: 'labels.2.name', code: 'required' },
        { path: 'labels.2.key', code: 'invalidKey' },
        { path: 'labels.2.id', code: 'duplicateId' },
        { path: 'labels.1.name', code: 'duplicateName' },
        { path: 'labels.1.key', code: 'duplicateKey' },
        { path: 'relationTypes.0.to', code: 'unknownLabel' },
        { path: 'relationTypes.1.name', code: 'reservedId' },
        { path: 'documentClasses.1.name', code: 'duplicateName' },
        { path: 'codeSystem', code: 'unknownCodeSystem' },
      ]),
    );
  });

  it('needs at least one label; keys are optional and may be letters in any script', () => {
    expect(validateSchema({ labels: [], relationTypes: [], documentClasses: [] }, known)).toEqual([
      { path: 'labels', code: 'noLabels' },
    ]);
    const schema: LabelSchema = {
      labels: [
        { id: 'a', name: 'A', color: '#000000' },
        { id: 'b', name: 'B', color: '#000000', key: 'é' },
      ],
      relationTypes: [],
      documentClasses: [],
    };
    expect(validateSchema(schema, known)).toEqual([]);
  });
});

describe('idFromName', () => {
  it('makes a readable id that is unique and never the reserved evidence type', () => {
    expect(idFromName('Adverse Event', new Set())).toBe('adverse-event');
    expect(idFromName('Adverse Event', new Set(['adverse-event']))).toBe('adverse-event-2');
    expect(idFromName('Évidence', new Set())).toBe('evidence-2');
    expect(idFromName('★', new Set())).toBe('item');
  });
});
