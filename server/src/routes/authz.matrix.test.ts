/**
 * The authorization matrix: every route the server registers × every persona of two
 * organisations (A owns project P, B owns project Q) and experts of each. A route added without a
 * row fails the first test. Denied callers get 401/403/404 and learn nothing of project P (its
 * name, ids or text never appear in what they receive); no one but the organisation that owes it
 * touches an expert's money.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from 'uuidv7';
import { PERSONAS, SECRET_TEXT, createFixture, type Persona } from '../testing/fixture';
import { api, startTestPlatform } from '../testing/harness';
import { testDatabaseKinds, type TestDatabase } from '../testing/testDatabases';
import { approvedIn } from '../testing/workFixture';
import { CORE_MATRIX, READERS, SIGNED_IN, type Call, type Ctx, type Row } from './authz.rows';
import { VETTING_MATRIX } from './vetting/authz.rows';
import { WORK_MATRIX } from './work/authz.rows';

const MATRIX: Record<string, Row> = {
  ...CORE_MATRIX,
  ...VETTING_MATRIX,
  ...WORK_MATRIX,
};

/** Routes whose authorization is tested elsewhere, with where. */
const ELSEWHERE: Record<string, string> = {
  'GET /oidc': 'oidc-provider; auth/oidc.e2e.test.ts',
  'POST /oidc': 'oidc-provider; auth/oidc.e2e.test.ts',
  'GET /oidc/*': 'oidc-provider; auth/oidc.e2e.test.ts',
  'POST /oidc/*': 'oidc-provider; auth/oidc.e2e.test.ts',
  'GET /oidc/interaction/:uid':
    'sign-in pages, bound to the interaction cookie; auth/oidc.e2e.test.ts',
  'POST /oidc/interaction/:uid/login': 'sign-in pages; auth/oidc.e2e.test.ts',
  'POST /oidc/interaction/:uid/confirm': 'sign-in pages; auth/oidc.e2e.test.ts',
  'POST /oidc/interaction/:uid/abort': 'sign-in pages; auth/oidc.e2e.test.ts',
};

async function send(ctx: Ctx, method: string, call: Call, token: string | undefined) {
  const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  if (call.stream) {
    const controller = new AbortController();
    const response = await fetch(ctx.platform.url + call.path, {
      headers,
      signal: controller.signal,
    });
    const text = response.status === 200 ? '' : await response.text();
    controller.abort();
    return { status: response.status, text, body: undefined };
  }
  if (call.form) {
    const response = await fetch(ctx.platform.url + call.path, {
      method,
      headers,
      body: call.form,
    });
    const text = await response.text();
    return { status: response.status, text, body: undefined };
  }
  return api(ctx.platform, method, call.path, {
    ...(token ? { token } : {}),
    ...(call.body !== undefined ? { body: call.body } : {}),
  });
}

describe.each(testDatabaseKinds())('authorization matrix on $dialect', (kind) => {
  let db: TestDatabase;
  const ctx = {} as Ctx;
  beforeAll(async () => {
    db = await kind.create();
    ctx.platform = await startTestPlatform(db);
    ctx.f = await createFixture(ctx.platform);
    // Money on both sides: the owner earned from A (P); B's expert earned from B (Q). And B offers
    // the owner a task in Q (as the probe did: listed as a candidate, then offered).
    await approvedIn(ctx.platform, ctx.f, 'P', ctx.f.ids.owner);
    await approvedIn(ctx.platform, ctx.f, 'Q', ctx.f.ids.otherProjectMember);
    const bait = await api(ctx.platform, 'POST', `/projects/${ctx.f.projectQ}/tasks`, {
      token: ctx.f.tokens.requesterB,
      body: { documentId: ctx.f.documentQ, title: 'bait' },
    });
    const offered = await api(ctx.platform, 'POST', `/projects/${ctx.f.projectQ}/assignments`, {
      token: ctx.f.tokens.requesterB,
      body: { taskId: (bait.body as { id: string }).id, expertId: ctx.f.ids.owner },
    });
    expect(offered.status).toBe(201);
  });
  afterAll(async () => {
    await ctx.platform?.close();
    await db?.dispose();
  });

  it('covers every registered route', () => {
    const registered = ctx.platform.routes.map((r) => `${r.method} ${r.url}`);
    const missing = registered.filter((key) => !(key in MATRIX) && !(key in ELSEWHERE));
    expect(missing).toEqual([]);
    const stale = Object.keys(MATRIX).filter((key) => !registered.includes(key));
    expect(stale).toEqual([]);
    // Every API route says whether it needs a token.
    for (const route of ctx.platform.routes)
      expect(route.auth, `${route.method} ${route.url}`).toMatch(/^(account|public)$/);
  });

  for (const [key, row] of Object.entries(MATRIX)) {
    it(`${key}`, async () => {
      const [method] = key.split(' ') as [string];
      const secrets = [SECRET_TEXT, 'secret name', ctx.f.projectP, ctx.f.documentP];
      // A refused call changes nothing, so the refused personas share one request (and the state
      // it needs); every allowed persona gets its own, as does every persona of a row that
      // refuses item by item.
      let refused: Call | undefined;
      for (const persona of PERSONAS) {
        const allowed =
          row.allowed === 'everyone' ||
          (row.allowed === 'signedIn'
            ? (SIGNED_IN as readonly string[]).includes(persona)
            : row.allowed.includes(persona));
        const call =
          allowed || row.deniedCheck
            ? await row.call(ctx, persona)
            : (refused ??= await row.call(ctx, persona));
        const response = await send(ctx, method, call, ctx.f.tokens[persona]);
        const label = `${key} as ${persona}: ${response.status} ${response.text.slice(0, 200)}`;
        if (allowed) {
          expect(response.status, label).toBe(row.status);
        } else if (row.deniedCheck && response.status === 200) {
          row.deniedCheck(response.body);
        } else {
          const expected = persona === 'anonymous' || persona === 'expired' ? [401] : [403, 404];
          expect(expected, label).toContain(response.status);
          expect(response.text, label).toMatch(/^\{"error":"/);
        }
        if (!READERS.includes(persona)) {
          for (const secret of secrets)
            expect(response.text.includes(secret), `${label} leaks ${secret}`).toBe(false);
        }
      }
    });
  }

  it('item 2: neither organisation can act on money the other owes, through any route', async () => {
    const { platform, f } = ctx;
    const { ledger } = platform.services.work;
    const owed = async () =>
      [
        ...(await ledger.balances(f.ids.owner)),
        ...(await ledger.balances(f.ids.otherProjectMember)),
      ].sort((a, b) => a.organisationId.localeCompare(b.organisationId));
    const before = await owed();
    expect(before.map((b) => b.organisationId)).toEqual([f.orgA, f.orgB].sort());
    // Each side's people against the other side's expert, through both projects.
    const sides: [Persona[], string][] = [
      [['otherTenantAdmin', 'requesterB', 'reviewerB', 'otherProjectMember'], f.ids.owner],
      [['admin', 'requester', 'reviewer', 'owner'], f.ids.otherProjectMember],
    ];
    for (const [people, expertId] of sides)
      for (const persona of people) {
        const token = f.tokens[persona];
        for (const projectId of [f.projectP, f.projectQ])
          for (const [what, amountMinor] of [
            ['adjustments', -100],
            ['adjustments', 100],
            ['bonuses', 100],
          ] as const) {
            const answer = await api(platform, 'POST', `/projects/${projectId}/${what}`, {
              ...(token ? { token } : {}),
              body: { expertId, amountMinor, reason: 'not yours', idempotencyKey: uuidv7() },
            });
            const label = `${persona} ${what} ${amountMinor} in ${projectId}: ${answer.text}`;
            expect([400, 403, 404], label).toContain(answer.status);
            if (!READERS.includes(persona))
              for (const secret of [SECRET_TEXT, 'secret name', f.projectP, f.documentP])
                expect(answer.text.includes(secret), `${label} leaks ${secret}`).toBe(false);
          }
        // A payout asked of the other organisation draws on nothing of anyone's.
        const other = expertId === f.ids.owner ? f.orgA : f.orgB;
        const payout = await api(platform, 'POST', '/me/payouts', {
          ...(token ? { token } : {}),
          body: {
            idempotencyKey: uuidv7(),
            amountMinor: 1,
            currency: 'EUR',
            organisationId: other,
          },
        });
        if (payout.status === 200)
          expect(payout.body).toMatchObject({ payout: { status: 'rejected', availableMinor: 0 } });
        else expect(payout.status).toBe(403);
      }
    expect(await owed()).toEqual(before);
    expect((await ledger.verify()).problems).toEqual([]);
  });
});
