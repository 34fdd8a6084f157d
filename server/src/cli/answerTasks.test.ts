import { describe, expect, it } from 'vitest';
import { FINANCE_PAYLOAD } from '../../../shared/compare/financeDemo';
import { readAnswerTasks } from './answerTasks';

const DOCUMENTS = [
  { id: 'd1', name: 'medicis-10-k.txt' },
  { id: 'd2', name: 'aapl-10-k.txt' },
];
const line = (value: unknown): string => JSON.stringify(value);
const { prompt, answers } = FINANCE_PAYLOAD;

describe('readAnswerTasks', () => {
  it('reads one task per line, finding documents by name or id', () => {
    const tasks = readAnswerTasks(
      [
        line({ document: 'medicis-10-k.txt', title: 'Revenue mix', prompt, answers }),
        '',
        line({ document: 'd2', prompt: `${prompt}\n\n(Apple this time)`, answers }),
      ].join('\n'),
      DOCUMENTS,
    );
    expect(tasks.map((t) => [t.documentId, t.title])).toEqual([
      ['d1', 'Revenue mix'],
      ['d2', expect.stringMatching(/^From Medicis Pharmaceutical’s 10-K .*…$/)],
    ]);
    expect(tasks[0]!.payload).toEqual({ kind: 'answerReview', prompt, answers });
    expect(tasks[1]!.title.length).toBeLessThanOrEqual(80);
  });

  it('keeps to one task per document', () => {
    const twice = [
      line({ document: 'medicis-10-k.txt', prompt, answers }),
      line({ document: 'd1', prompt: 'Who are the customers?', answers }),
    ].join('\n');
    expect(() => readAnswerTasks(twice, DOCUMENTS)).toThrow(
      'line 2: line 1 already uses this document (one task per document)',
    );
    expect(() =>
      readAnswerTasks(line({ document: 'd2', prompt, answers }), DOCUMENTS, new Set(['d2'])),
    ).toThrow('line 1: the document already has a task (one task per document)');
  });

  it('refuses the whole file, naming every bad line, and creates nothing', () => {
    const text = [
      line({ document: 'medicis-10-k.txt', prompt, answers }),
      '{not json',
      line({ document: 'missing.pdf', prompt, answers }),
      line({ document: 'd2', prompt, answers: answers.slice(0, 1) }),
      line({ document: 'd2', prompt, answers: [answers[0], answers[0]] }),
      line({ prompt, answers }),
      line({ document: 'd2', prompt, answers, extra: true }),
      line(['d2']),
    ].join('\n');
    let message = '';
    try {
      readAnswerTasks(text, DOCUMENTS);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^no task was created/);
    expect(message).toContain('line 2: is not JSON');
    expect(message).toContain('line 3: no document "missing.pdf" in this project');
    expect(message).toContain('line 4: /answers must not have fewer than 2 items');
    expect(message).toContain('line 5: answer "a" appears twice');
    expect(message).toContain('line 6: "document" (a name or id) is missing');
    expect(message).toContain('line 7: unexpected field "extra"');
    expect(message).toContain('line 8: is not an object');
    expect(message).not.toContain('line 1:');
  });

  it('refuses a name two documents share (the id still works) and an empty file', () => {
    const twins = [...DOCUMENTS, { id: 'd3', name: 'aapl-10-k.txt' }];
    expect(() =>
      readAnswerTasks(line({ document: 'aapl-10-k.txt', prompt, answers }), twins),
    ).toThrow(/no document "aapl-10-k.txt"/);
    expect(readAnswerTasks(line({ document: 'd3', prompt, answers }), twins)).toHaveLength(1);
    expect(() => readAnswerTasks('\n\n', DOCUMENTS)).toThrow('the file names no task');
  });
});
