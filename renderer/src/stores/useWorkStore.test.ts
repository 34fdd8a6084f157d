import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PlatformCall, PlatformCallResult } from '../../../shared/ipc/contract';
import type { Annotation } from '../../../shared/model/annotation';
import type { AnnotationId, DocumentId, ProjectId } from '../../../shared/model/ids';
import { DEFAULT_LOCAL_SCHEMA } from '../../../shared/model/labelSchema';
import { DEFAULT_WORK_SETTINGS } from '../../../shared/work/settings';
import type { MyQueue } from '../../../shared/work/wire';
import { useBridgeForTests } from '../api';
import { createFakeBridge } from '../api/fakeBridge';
import { putAnnotations } from '../db/annotations';
import { db } from '../db/schema';
import { itemForDocument, useWorkStore } from './useWorkStore';

const P = '01900000-0000-7000-8000-000000000001';
const D = '01900000-0000-7000-8000-000000000002';
const A = '01900000-0000-7000-8000-000000000003';

const queue: MyQueue = {
  projects: [
    {
      id: P,
      name: 'Contracts',
      domain: 'law',
      pay: { kind: 'perTask', rateMinor: 1000, currency: 'EUR' },
      settings: { ...DEFAULT_WORK_SETTINGS, requiredLabels: ['date'], minAnnotations: 1 },
    },
  ],
  items: [
    {
      assignmentId: A,
      projectId: P,
      taskId: '01900000-0000-7000-8000-000000000004',
      documentId: D,
      documentName: 'c.txt',
      documentKind: 'text',
      title: 'Label c.txt',
      status: 'in_progress',
      round: 0,
      updatedAt: '2026-01-01T00:00:00.000Z',
    },
  ],
};

function annotation(label: string, start: number): Annotation {
  return {
    id: `01900000-0000-7000-8000-00000000010${start}` as AnnotationId,
    projectId: P as ProjectId,
    documentId: D as DocumentId,
    target: {
      kind: 'span',
      position: { start, end: start + 3 },
      quote: { exact: 'abc', prefix: '', suffix: '' },
    },
    body: { labels: [label] },
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
}

let online = true;
const sent: PlatformCall[] = [];
beforeEach(async () => {
  sent.length = 0;
  online = true;
  await db().annotations.clear();
  await db().workCache.clear();
  useWorkStore.setState({ queue: undefined, offline: false, error: undefined });
  const fake = createFakeBridge({
    'platform:call': (call): PlatformCallResult => {
      sent.push(call);
      if (!online) return { ok: false, failure: 'offline' };
      if (call.op === 'work.queue') return { ok: true, data: queue };
      if (call.op === 'work.submit')
        return {
          ok: true,
          data: {
            assignmentId: A,
            status: 'submitted',
            round: 1,
            submissionId: A,
            submittedAt: '2026-01-01T00:00:00.000Z',
          },
        };
      return { ok: false, failure: 'rejected', code: 'nope', message: `unexpected ${call.op}` };
    },
  });
  useBridgeForTests(fake.bridge);
});
afterEach(() => useBridgeForTests(undefined));

describe('work store', () => {
  it('keeps the last queue for offline use', async () => {
    await useWorkStore.getState().refresh();
    expect(useWorkStore.getState()).toMatchObject({ queue, offline: false });
    online = false;
    useWorkStore.setState({ queue: undefined });
    await useWorkStore.getState().refresh();
    expect(useWorkStore.getState()).toMatchObject({ queue, offline: true, error: 'offline' });
    expect(itemForDocument(useWorkStore.getState().queue, D)?.assignmentId).toBe(A);
  });

  it('checks completeness before sending, then sends the document’s annotations', async () => {
    await useWorkStore.getState().refresh();
    const item = queue.items[0]!;
    await putAnnotations(db(), [annotation('party', 1)]);
    const refused = await useWorkStore.getState().submit(item, DEFAULT_LOCAL_SCHEMA);
    expect(refused).toMatchObject({ ok: false, completeness: { complete: false } });
    expect(sent.some((c) => c.op === 'work.submit')).toBe(false);
    await putAnnotations(db(), [annotation('date', 5)]);
    let flushed = false;
    const done = await useWorkStore.getState().submit(item, DEFAULT_LOCAL_SCHEMA, () => {
      flushed = true;
      return Promise.resolve();
    });
    expect(done).toMatchObject({ ok: true, result: { status: 'submitted' } });
    expect(flushed).toBe(true);
    const call = sent.find((c) => c.op === 'work.submit');
    expect(call?.params).toEqual({ projectId: P, assignmentId: A });
    expect(
      (call?.body as { annotations: Annotation[] }).annotations.map((a) => a.body.labels[0]).sort(),
    ).toEqual(['date', 'party']);
  });
});
