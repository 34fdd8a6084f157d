/**
 * Restores (item 7 of "Trust first"): what undoing a deletion sends. The account that deleted an
 * annotation gets it back as a new version; nobody else's deletion can be undone that way, and a
 * restore reaches no other project or organisation.
 */
import { describe, expect, it } from 'vitest';
import { uuidv7 } from 'uuidv7';
import { quoteAt } from '../../../shared/anchor/quote';
import type { AnnotationWire } from '../../../shared/model/annotationSchema';
import type { Mutation, PullResponse, PushResponse } from '../../../shared/sync/protocol';
import type { Platform } from '../platform';
import { SECRET_TEXT, type Fixture } from '../testing/fixture';
import { api } from '../testing/harness';
import { useFixturePlatform } from '../testing/fixturePlatform';
import { testDatabaseKinds } from '../testing/testDatabases';

type Unnumbered = Mutation extends infer M ? (M extends unknown ? Omit<M, 'id'> : never) : never;

describe.each(testDatabaseKinds())('sync restores on $dialect', (kind) => {
  let platform: Platform;
  let f: Fixture;
  useFixturePlatform(kind, (started) => ({ platform, f } = started));

  const annotation = (over: Partial<AnnotationWire> = {}): AnnotationWire => ({
    id: uuidv7(),
    projectId: f.projectP,
    documentId: f.documentP,
    target: { kind: 'span', position: { start: 4, end: 12 }, quote: quoteAt(SECRET_TEXT, 4, 12) },
    body: { labels: ['indemnity'] },
    createdAt: '2025-01-01T00:00:00Z',
    updatedAt: '2025-01-01T00:00:00Z',
    ...over,
  });
  /** A client of one account: pushes numbered mutations and returns each outcome. */
  function client(token: string | undefined) {
    const clientId = uuidv7();
    let next = 1;
    return async (...mutations: Unnumbered[]) => {
      const response = await api(platform, 'POST', '/sync/push', {
        token,
        body: { clientId, mutations: mutations.map((m) => ({ ...m, id: next++ })) },
      });
      expect(response.status).toBe(200);
      return (response.body as PushResponse).outcomes.map((o) =>
        o.status === 'rejected' ? o.reason : o.status,
      );
    };
  }
  async function change(token: string | undefined, id: string, projectId = f.projectP) {
    const page = (
      await api(platform, 'GET', `/sync/pull?projectId=${projectId}&cursor=&limit=1000`, { token })
    ).body as PullResponse;
    return page.changes.find((c) => c.annotationId === id);
  }
  const put = (a: AnnotationWire): Unnumbered => ({ kind: 'annotation.put', annotation: a });
  const restore = (a: AnnotationWire): Unnumbered => ({
    kind: 'annotation.restore',
    annotation: a,
  });
  const remove = (a: AnnotationWire): Unnumbered => ({
    kind: 'annotation.delete',
    projectId: a.projectId,
    annotationId: a.id,
  });

  it('item 7: the account that deleted an annotation restores it as a new version; a plain put stays a conflict', async () => {
    const expert = client(f.tokens.owner);
    const a = annotation();
    expect(await expert(put(a), remove(a))).toEqual(['applied', 'applied']);
    const deleted = await change(f.tokens.owner, a.id);
    expect(deleted?.deleted).toBe(true);
    expect(await expert(put(a))).toEqual(['deleted']);
    // From another computer of the same account, too.
    expect(await client(f.tokens.owner)(restore(a))).toEqual(['applied']);
    const back = await change(f.tokens.owner, a.id);
    expect(back).toMatchObject({
      deleted: false,
      annotation: { id: a.id, creatorId: f.ids.owner },
    });
    expect(back!.version).toBeGreaterThan(deleted!.version);
  });

  it('item 7: nobody restores what someone else deleted, and a restore reaches no other project', async () => {
    const expert = client(f.tokens.owner);
    const a = annotation();
    expect(await expert(put(a))).toEqual(['applied']);
    expect(await client(f.tokens.reviewer)(remove(a))).toEqual(['applied']);
    // The expert's undo of an older deletion of theirs meets the reviewer's: a real conflict.
    expect(await expert(remove(a), restore(a))).toEqual(['applied', 'deleted']);
    expect((await change(f.tokens.owner, a.id))?.deleted).toBe(true);
    // The reviewer may undo their own deletion of the expert's annotation.
    expect(await client(f.tokens.reviewer)(restore(a))).toEqual(['applied']);
    expect((await change(f.tokens.owner, a.id))?.deleted).toBe(false);

    // Into another organisation's project: refused as any write there is.
    expect(
      await expert(restore(annotation({ projectId: f.projectQ, documentId: f.documentQ }))),
    ).toEqual(['forbidden']);
    // The same id in the member's own project names another annotation, on a document it lacks.
    const member = client(f.tokens.otherProjectMember);
    expect(await member(restore({ ...a, projectId: f.projectQ }))).toEqual(['notFound']);
    expect(await member(remove({ ...a, projectId: f.projectQ }))).toEqual(['applied']);
    expect((await change(f.tokens.owner, a.id))?.deleted).toBe(false);
  });
});
