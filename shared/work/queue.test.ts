import { describe, expect, it } from 'vitest';
import { groupQueue, nextOpen, progressOf } from './queue';
import { workspaceSchemaOf } from './projectSchema';
import { DEFAULT_WORK_SETTINGS, withDefaults } from './settings';
import type { MyQueue, QueueItem } from './wire';

const P1 = '01900000-0000-7000-8000-000000000001';
const P2 = '01900000-0000-7000-8000-000000000002';
const id = (n: number) => `01900000-0000-7000-8000-${String(n).padStart(12, '0')}`;

function item(
  n: number,
  projectId: string,
  status: QueueItem['status'],
  dueAt?: string,
): QueueItem {
  return {
    assignmentId: id(100 + n),
    projectId,
    taskId: id(200 + n),
    documentId: id(300 + n),
    documentName: `doc ${n}`,
    documentKind: 'text',
    title: `task ${n}`,
    status,
    round: 0,
    ...(dueAt ? { dueAt } : {}),
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
}

const project = (projectId: string, name: string) => ({
  id: projectId,
  name,
  domain: 'law' as const,
  pay: { kind: 'perTask' as const, rateMinor: 1000, currency: 'EUR' },
  settings: DEFAULT_WORK_SETTINGS,
});

describe('the work queue', () => {
  const queue: MyQueue = {
    projects: [project(P1, 'Contracts'), project(P2, 'Notes')],
    items: [
      item(1, P1, 'approved'),
      item(2, P1, 'offered', '2026-02-10T00:00:00.000Z'),
      item(3, P1, 'returned'),
      item(4, P1, 'offered', '2026-02-01T00:00:00.000Z'),
      item(5, P2, 'submitted'),
      item(6, P2, 'declined'),
      item(7, P1, 'skipped'),
    ],
  };

  it('groups by project, open work first, returned work at the top', () => {
    const groups = groupQueue(queue);
    expect(groups.map((g) => g.project.name)).toEqual(['Contracts', 'Notes']);
    expect(groups[0]?.items.map((i) => i.title)).toEqual([
      'task 3',
      'task 4',
      'task 2',
      'task 1',
      'task 7',
    ]);
    expect(groups[0]?.nextDue).toBe('2026-02-01T00:00:00.000Z');
    expect(groups[1]?.items.map((i) => i.title)).toEqual(['task 5']);
    // Offers (tasks 4 and 2) are taken offline only once accepted.
    expect(nextOpen(groups, 2).map((i) => i.title)).toEqual(['task 3']);
  });

  it('counts progress per project', () => {
    expect(
      progressOf(['approved', 'offered', 'returned', 'submitted', 'skipped', 'declined']),
    ).toEqual({
      total: 5,
      open: 2,
      inReview: 1,
      approved: 1,
      skipped: 1,
      share: 0.25,
    });
    expect(progressOf([]).share).toBe(0);
  });

  it('fills settings defaults and builds the workspace schema of a project', () => {
    expect(withDefaults({ idleSeconds: 60 })).toEqual({
      ...DEFAULT_WORK_SETTINGS,
      idleSeconds: 60,
    });
    const schema = workspaceSchemaOf({
      labels: [
        { id: 'revenue', name: 'Revenue', description: 'sales' },
        { id: 'cash', name: 'Cash', color: '#123456' },
      ],
      codeSystems: ['icd10cm'],
    });
    expect(schema).toEqual({
      labels: [
        { id: 'revenue', name: 'Revenue', color: '#4e79a7', key: '1', description: 'sales' },
        { id: 'cash', name: 'Cash', color: '#123456', key: '2' },
      ],
      relationTypes: [],
      documentClasses: [],
      codeSystem: 'icd10cm',
    });
  });
});
