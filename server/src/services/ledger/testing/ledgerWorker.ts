/**
 * A ledger client in its own process, for the crash and multi-process tests.
 * argv[2] is JSON: { target, mode: 'plan' } runs the crash plan from the start, printing
 * `begin i` / `ack i` around each op and `commit <kind>` inside each open transaction; { target, mode: 'payouts', keys, amountMinor } fires all
 * payout requests at once and prints `result <json>` for each. Both print `ready` after migrating
 * and `done` at the end.
 */
import { asCurrency } from '../../../../../shared/pay/money';
import { createLedger } from '../ledger';
import { migrateLedger } from '../migrations';
import { crashPlan, EXPERT, ORGANISATION, runOp } from './crashPlan';
import { openLedgerDb, type LedgerTestTarget } from './ledgerTestDb';

interface WorkerArgs {
  readonly target: LedgerTestTarget;
  readonly mode: 'plan' | 'payouts';
  readonly keys?: readonly string[];
  readonly amountMinor?: number;
}

const say = (line: string): void => void process.stdout.write(`${line}\n`);

async function main(): Promise<void> {
  const args = JSON.parse(process.argv[2] ?? '{}') as WorkerArgs;
  const db = openLedgerDb(args.target, 8);
  await migrateLedger(db, args.target.dialect);
  const ledger = createLedger({
    db,
    dialect: args.target.dialect,
    now: () => new Date('2030-01-01T00:00:00.000Z'),
    // Hold each transaction open a moment so a kill often lands inside one.
    faults: {
      beforeCommit: (kind) => {
        say(`commit ${kind}`);
        return new Promise((r) => setTimeout(r, 2 + Math.random() * 4));
      },
    },
  });
  say('ready');
  if (args.mode === 'plan') {
    const plan = crashPlan();
    for (let i = 0; i < plan.length; i++) {
      say(`begin ${i}`);
      await runOp(ledger, plan[i]!);
      say(`ack ${i}`);
    }
  } else {
    const results = await Promise.all(
      (args.keys ?? []).map((key) =>
        ledger.requestPayout({
          expertId: EXPERT,
          organisationId: ORGANISATION,
          idempotencyKey: key,
          amountMinor: args.amountMinor ?? 100,
          currency: asCurrency('EUR'),
        }),
      ),
    );
    for (const result of results) say(`result ${JSON.stringify(result)}`);
  }
  await db.destroy();
  say('done');
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
