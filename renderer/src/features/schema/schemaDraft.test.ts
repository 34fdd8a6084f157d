import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCAL_SCHEMA } from '../../../../shared/model/labelSchema';
import { finalizeDraft, newDraftId, nextColor } from './schemaDraft';

describe('finalizeDraft', () => {
  it('keeps existing ids and makes readable ids for new entries, following relation ends', () => {
    const labelId = newDraftId();
    const draft = {
      ...DEFAULT_LOCAL_SCHEMA,
      labels: [
        ...DEFAULT_LOCAL_SCHEMA.labels,
        { id: labelId, name: ' Adverse event ', color: '#000000', key: ' ' },
      ],
      relationTypes: [{ id: newDraftId(), name: 'caused by', from: [labelId], to: ['medication'] }],
      documentClasses: [
        { id: newDraftId(), name: 'Relevant' },
        { id: 'relevant', name: 'Old' },
      ],
      suggestedCodes: [' I10 ', ''],
    };
    const schema = finalizeDraft(draft);
    expect(schema.labels.at(-1)).toEqual({
      id: 'adverse-event',
      name: 'Adverse event',
      color: '#000000',
      key: undefined,
    });
    expect(schema.labels[0]).toEqual(DEFAULT_LOCAL_SCHEMA.labels[0]);
    expect(schema.relationTypes).toEqual([
      { id: 'caused-by', name: 'caused by', from: ['adverse-event'], to: ['medication'] },
    ]);
    expect(schema.documentClasses.map((c) => c.id)).toEqual(['relevant-2', 'relevant']);
    expect(schema.suggestedCodes).toEqual(['I10']);
  });

  it('picks an unused colour for a new label', () => {
    expect(nextColor(['#4e79a7'])).toBe('#f28e2b');
  });
});
