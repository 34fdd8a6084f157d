/**
 * The workstation reaches the platform only through the operations of
 * shared/platform/operations.ts (main validates both directions against their schemas). Each one
 * must be a route the server registers with the same method, path and schemas — else the client
 * refuses answers the server gives, or sends what the server refuses.
 */
import type { TSchema } from 'typebox';
import { Value } from 'typebox/value';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operations, type OperationSpec } from '../../../shared/platform/operations';
import type { RouteEntry } from '../app';
import type { Platform } from '../platform';
import { startTestPlatform } from '../testing/harness';
import { testDatabaseKinds, type TestDatabase } from '../testing/testDatabases';

/** A schema as JSON (TypeBox's symbol keys dropped), or null when there is none. */
/** Operations that send a narrower body than their route accepts, and why. */
const NARROWED: Readonly<Record<string, string>> = {
  'projects.publish': 'publishing sends only { status: "open" } through the project PATCH',
};

const json = (schema: unknown): unknown =>
  schema === undefined ? null : (JSON.parse(JSON.stringify(schema)) as unknown);

const properties = (schema: unknown): Record<string, unknown> =>
  (json(schema) as { properties?: Record<string, unknown> } | null)?.properties ?? {};

function success(route: RouteEntry): unknown {
  const response = route.schema?.response ?? {};
  const code = Object.keys(response).find((status) => /^2\d\d$/.test(status));
  return code === undefined ? undefined : response[code];
}

describe('platform operations match the server routes', () => {
  let db: TestDatabase;
  let platform: Platform;
  beforeAll(async () => {
    db = await testDatabaseKinds()[0]!.create();
    platform = await startTestPlatform(db);
  });
  afterAll(async () => {
    await platform.close();
    await db.dispose();
  });

  const entries = Object.entries(operations) as [string, OperationSpec][];

  it.each(entries)('%s', (id, spec) => {
    const route = platform.routes.find((r) => r.method === spec.method && r.url === spec.path);
    expect(route, `${spec.method} ${spec.path} is a route`).toBeDefined();
    if (!route) return;
    // The operation's params are the route's path parameters and query string together.
    expect(properties(spec.params)).toEqual({
      ...properties(route.schema?.params),
      ...properties(route.schema?.querystring),
    });
    const narrowed = NARROWED[id];
    if (narrowed) {
      // The operation sends a narrower body than the route takes: what it sends is accepted.
      expect(spec.body, narrowed).toBeDefined();
      const sample = Value.Create(spec.body!);
      expect(Value.Check(route.schema?.body as TSchema, sample), narrowed).toBe(true);
    } else expect(json(spec.body), 'body').toEqual(json(route.schema?.body));
    if (spec.binary) expect(json(success(route))).toEqual({ type: 'string', format: 'binary' });
    else expect(json(spec.response), 'response').toEqual(json(success(route)));
  });
});
