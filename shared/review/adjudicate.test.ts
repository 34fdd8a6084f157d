import { describe, expect, it } from 'vitest';
import { docClass, span } from '../agreement/testAnnotations';
import { alignForAdjudication, defaultPicks, mergeAdjudication, undecided } from './adjudicate';
import { approvedAnnotations } from './corrections';

describe('adjudication', () => {
  const aliceParty = span('alice', 'd', 0, 5, 'party');
  const bobParty = span('bob', 'd', 0, 5, 'party');
  const aliceDate = span('alice', 'd', 10, 20, 'date');
  const bobDate = span('bob', 'd', 12, 20, 'date');
  const bobOnly = span('bob', 'd', 30, 35, 'amount');
  const aliceClass = docClass('alice', 'd', 'relevant');
  const bobClass = docClass('bob', 'd', 'not-relevant');
  const sources = [
    { annotatorId: 'alice', annotations: [aliceDate, aliceParty, aliceClass] },
    { annotatorId: 'bob', annotations: [bobParty, bobDate, bobOnly, bobClass] },
  ];

  it('lines up the same label at overlapping places, side by side, in document order', () => {
    const rows = alignForAdjudication(sources);
    expect(rows.map((r) => [r.label, Object.keys(r.cells), r.unanimous])).toEqual([
      ['not-relevant', ['bob'], false],
      ['relevant', ['alice'], false],
      ['party', ['alice', 'bob'], true],
      ['date', ['alice', 'bob'], false],
      ['amount', ['bob'], false],
    ]);
  });

  it('keeps unanimous rows by default and merges the picks', () => {
    const rows = alignForAdjudication(sources);
    const picks = defaultPicks(rows);
    expect(Object.keys(picks)).toEqual(['row-2']);
    expect(undecided(rows, picks)).toEqual(['row-0', 'row-1', 'row-3', 'row-4']);
    const merged = mergeAdjudication(rows, {
      ...picks,
      'row-1': { from: 'alice' },
      'row-0': { from: null },
      'row-3': { from: 'bob' },
      'row-4': { from: 'bob' },
    });
    expect(merged).toEqual([aliceClass, aliceParty, bobDate, bobOnly]);
  });

  it('gives an annotator’s second overlapping span its own row', () => {
    const rows = alignForAdjudication([
      {
        annotatorId: 'alice',
        annotations: [span('alice', 'd', 0, 5, 'party'), span('alice', 'd', 2, 8, 'party')],
      },
      { annotatorId: 'bob', annotations: [span('bob', 'd', 1, 6, 'party')] },
    ]);
    expect(rows.map((r) => Object.keys(r.cells))).toEqual([['alice', 'bob'], ['alice']]);
  });
});

describe('approved annotations', () => {
  it('drops rejected ones and applies corrections', () => {
    const a = span('e', 'd', 0, 5, 'party');
    const b = span('e', 'd', 9, 12, 'date');
    const c = span('e', 'd', 20, 22, 'amount');
    const approved = approvedAnnotations(
      [a, b, c],
      [
        { annotationId: a.id, verdict: 'accept' },
        {
          annotationId: b.id,
          verdict: 'correct',
          reason: 'it is an amount',
          correction: { body: { labels: ['amount'] } },
        },
        { annotationId: c.id, verdict: 'reject', reason: 'not an amount' },
      ],
    );
    expect(approved).toEqual([a, { ...b, body: { labels: ['amount'] } }]);
  });
});
