import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asCurrency } from '../../../../shared/pay/money';
import { drawPayout } from '../../../../shared/pay/postings';
import {
  IdempotencyConflictError,
  InsufficientFundsError,
  NoEarningsError,
  WrongOrganisationError,
} from './errors';
import { createLedger, type Ledger } from './ledger';
import { migrateLedger } from './migrations';
import { createLedgerTestDb, ledgerTestDialects, type LedgerTestDb } from './testing/ledgerTestDb';

const EUR = asCurrency('EUR');
/** Two organisations: A funds pa1; B funds pb1 and pb2. */
const ORG_OF = { pa1: 'orgA', pb1: 'orgB', pb2: 'orgB' } as const;
type Project = keyof typeof ORG_OF;
const PROJECTS = Object.keys(ORG_OF) as Project[];
const ORGS = ['orgA', 'orgB'] as const;

type Op =
  | { op: 'accrue'; project: Project; assignment: number; amount: number }
  | { op: 'bonus'; project: Project; key: number; amount: number }
  | { op: 'adjust'; project: Project; key: number; amount: number }
  | { op: 'release' }
  | { op: 'payout'; org: (typeof ORGS)[number]; key: number; amount: number }
  /** An organisation posting for a project of the other organisation. */
  | { op: 'foreign'; project: Project; amount: number };

const amount = fc.integer({ min: 1, max: 5000 });
const project = fc.constantFrom(...PROJECTS);
// Weighted so that adjustments and payouts often meet money (and often too little of it).
const ops = fc.array(
  fc.oneof(
    {
      weight: 3,
      arbitrary: fc.record({
        op: fc.constant('accrue' as const),
        project,
        assignment: fc.nat(4),
        amount: fc.constantFrom(1000, 2500),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({ op: fc.constant('bonus' as const), project, key: fc.nat(3), amount }),
    },
    {
      weight: 3,
      arbitrary: fc.record({
        op: fc.constant('adjust' as const),
        project,
        key: fc.nat(3),
        amount: fc.integer({ min: -3000, max: 3000 }).filter((n) => n !== 0),
      }),
    },
    { weight: 2, arbitrary: fc.constant({ op: 'release' as const }) },
    {
      weight: 2,
      arbitrary: fc.record({
        op: fc.constant('payout' as const),
        org: fc.constantFrom(...ORGS),
        key: fc.nat(3),
        amount,
      }),
    },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('foreign' as const), project, amount }) },
  ),
  { minLength: 8, maxLength: 40 },
);

/** What each project owes the expert, computed without a database. */
class Model {
  pending = new Map<Project, number>(PROJECTS.map((p) => [p, 0]));
  available = new Map<Project, number>(PROJECTS.map((p) => [p, 0]));
  unreleased: { project: Project; amount: number }[] = [];
  earned = new Set<Project>();
  accrued = new Map<string, number>();
  keyed = new Map<string, number>();
  payouts = new Map<string, { amount: number; org: string; accepted: boolean }>();
  owed(org: string): { pendingMinor: number; availableMinor: number } {
    const mine = PROJECTS.filter((p) => ORG_OF[p] === org);
    const sum = (m: Map<Project, number>) => mine.reduce((s, p) => s + (m.get(p) ?? 0), 0);
    return { pendingMinor: sum(this.pending), availableMinor: sum(this.available) };
  }
  add(m: Map<Project, number>, p: Project, amount: number): void {
    m.set(p, (m.get(p) ?? 0) + amount);
  }
}

describe.each(ledgerTestDialects())('ledger invariants on %s (property)', (dialect) => {
  let t: LedgerTestDb;
  let ledger: Ledger;
  let run = 0;
  beforeAll(async () => {
    t = await createLedgerTestDb(dialect);
    await migrateLedger(t.db, dialect);
    ledger = createLedger({ db: t.db, dialect, now: () => new Date('2026-03-02T09:00:00.000Z') });
  });
  afterAll(() => t.dispose());

  /** Applies one step to the ledger and the model; returns the organisation it may change. */
  async function apply(expertId: string, m: Model, step: Op): Promise<string | undefined> {
    const conflict = IdempotencyConflictError;
    const base = { expertId, currency: EUR, reason: 'why', actorId: 'x' };
    switch (step.op) {
      case 'accrue': {
        const key = `${step.project}-${step.assignment}`;
        const call = ledger.accrueApproval({
          projectId: step.project,
          organisationId: ORG_OF[step.project],
          assignmentId: `${expertId}-${key}`,
          taskId: `t${step.assignment}`,
          expertId,
          reviewId: 'r',
          reviewerId: 'rev',
          pay: { kind: 'per-task', rateMinor: step.amount, currency: EUR },
          approvedAt: '2026-03-01T00:00:00.000Z',
        });
        const before = m.accrued.get(key);
        if (before !== undefined && before !== step.amount)
          return void (await expect(call).rejects.toBeInstanceOf(conflict));
        expect((await call).replayed).toBe(before !== undefined);
        if (before === undefined) {
          m.accrued.set(key, step.amount);
          m.earned.add(step.project);
          m.add(m.pending, step.project, step.amount);
          m.unreleased.push({ project: step.project, amount: step.amount });
        }
        return ORG_OF[step.project];
      }
      case 'bonus':
      case 'adjust': {
        const organisationId = ORG_OF[step.project];
        const idempotencyKey = `${step.op}${step.key}`;
        const request = { ...base, projectId: step.project, organisationId, idempotencyKey };
        const call =
          step.op === 'bonus'
            ? ledger.grantBonus({ ...request, amountMinor: step.amount })
            : ledger.adjust({ ...request, amountMinor: step.amount });
        const key = `${step.project}:${idempotencyKey}`;
        const before = m.keyed.get(key);
        if (before !== undefined && before !== step.amount)
          return void (await expect(call).rejects.toBeInstanceOf(conflict));
        if (before === undefined && !m.earned.has(step.project))
          return void (await expect(call).rejects.toBeInstanceOf(NoEarningsError));
        const available = m.available.get(step.project) ?? 0;
        if (before === undefined && step.op === 'adjust' && available + step.amount < 0)
          return void (await expect(call).rejects.toBeInstanceOf(InsufficientFundsError));
        await call;
        if (before === undefined) {
          m.keyed.set(key, step.amount);
          if (step.op === 'bonus') {
            m.add(m.pending, step.project, step.amount);
            m.unreleased.push({ project: step.project, amount: step.amount });
          } else m.add(m.available, step.project, step.amount);
        }
        return organisationId;
      }
      case 'release': {
        const released = await ledger.releasePending({
          expertId,
          maturedBefore: '2030-01-01T00:00:00.000Z',
        });
        expect(released.map((r) => r.transaction.entries[1]?.amountMinor).sort()).toEqual(
          m.unreleased.map((u) => u.amount).sort(),
        );
        for (const u of m.unreleased) {
          m.add(m.pending, u.project, -u.amount);
          m.add(m.available, u.project, u.amount);
        }
        m.unreleased = [];
        return 'any';
      }
      case 'payout': {
        const call = ledger.requestPayout({
          expertId,
          organisationId: step.org,
          idempotencyKey: `p${step.key}`,
          amountMinor: step.amount,
          currency: EUR,
        });
        const before = m.payouts.get(`p${step.key}`);
        // The key asked for another amount or of another organisation: a different request.
        if (before !== undefined && (before.amount !== step.amount || before.org !== step.org))
          return void (await expect(call).rejects.toBeInstanceOf(conflict));
        const { payout, replayed } = await call;
        expect(replayed).toBe(before !== undefined);
        if (before)
          return void expect(payout.status).toBe(before.accepted ? 'accepted' : 'rejected');
        // The organisation's accounts, oldest first (the ledger's clock is fixed: code order).
        const sources = PROJECTS.filter((p) => ORG_OF[p] === step.org).map((p) => ({
          projectId: p,
          availableMinor: m.available.get(p) ?? 0,
        }));
        const drawn = drawPayout(sources, step.amount);
        expect(payout.status).toBe(drawn.ok ? 'accepted' : 'rejected');
        m.payouts.set(`p${step.key}`, { amount: step.amount, org: step.org, accepted: drawn.ok });
        if (drawn.ok)
          for (const d of drawn.draws)
            m.add(m.available, d.projectId as Project, -d.availableMinor);
        return step.org;
      }
      case 'foreign': {
        const intruder = ORG_OF[step.project] === 'orgA' ? 'orgB' : 'orgA';
        const request = {
          ...base,
          projectId: step.project,
          organisationId: intruder,
          idempotencyKey: `foreign-${++run}`,
        };
        await expect(ledger.adjust({ ...request, amountMinor: -step.amount })).rejects.toThrow(
          WrongOrganisationError,
        );
        await expect(ledger.grantBonus({ ...request, amountMinor: step.amount })).rejects.toThrow(
          WrongOrganisationError,
        );
        return undefined;
      }
    }
  }

  it('keeps each organisation’s balances equal to the model, debits equal to credits per organisation, no organisation changing another’s', async () => {
    // Each project's books belong to its organisation from its first posting.
    for (const p of PROJECTS)
      await ledger.accrueApproval({
        projectId: p,
        organisationId: ORG_OF[p],
        assignmentId: 'founding',
        taskId: 't',
        expertId: 'founder',
        reviewId: 'r',
        reviewerId: 'rev',
        pay: { kind: 'per-task', rateMinor: 100, currency: EUR },
      });
    await fc.assert(
      fc.asyncProperty(ops, async (steps) => {
        const expertId = `e${++run}`;
        const m = new Model();
        for (const step of steps) {
          const before = await ledger.balances(expertId);
          const touched = await apply(expertId, m, step);
          const after = await ledger.balances(expertId);
          for (const org of ORGS) {
            const b = after.find((x) => x.organisationId === org);
            expect({
              org,
              pending: b?.pendingMinor ?? 0,
              available: b?.availableMinor ?? 0,
            }).toEqual({
              org,
              pending: m.owed(org).pendingMinor,
              available: m.owed(org).availableMinor,
            });
            if (touched !== 'any' && touched !== org)
              expect(b, `${step.op} changed ${org}`).toEqual(
                before.find((x) => x.organisationId === org),
              );
          }
        }
        const check = await ledger.verify();
        expect(check.problems).toEqual([]);
        for (const total of check.totals) expect(total.debitsMinor).toBe(total.creditsMinor);
        expect(check.totals.every((x) => x.organisationId !== null)).toBe(true);
      }),
      { numRuns: dialect === 'postgres' ? 15 : 30 },
    );
  }, 180_000);
});
