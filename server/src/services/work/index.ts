import type { Db as Database } from '../../db/database';
import { createLedger } from '../ledger';
import type { EventHub } from '../core/events';
import { agreementService } from './agreement';
import { DEFAULT_HOLD_MS, type WorkContext, type WorkOptions } from './context';
import { goldService } from './gold';
import { payService } from './pay';
import { queueService } from './queue';
import { reviewService } from './review';
import { settingsService } from './settings';
import { submitService } from './submit';
import { timeService } from './time';

export type { WorkOptions } from './context';

/** Issue 8's services: queue, submission, review, agreement, gold, time and pay over the ledger. */
export function createWorkService(db: Database, events: EventHub, options: WorkOptions = {}) {
  const now = options.now ?? (() => new Date());
  const before = options.faults?.beforePayoutCommit;
  const ledger = createLedger({
    db: db.kysely,
    dialect: db.dialect,
    now,
    ...(before
      ? { faults: { beforeCommit: (kind) => (kind === 'payout' ? before() : Promise.resolve()) } }
      : {}),
  });
  const ctx: WorkContext = {
    db: db.kysely,
    dialect: db.dialect,
    ledger,
    events,
    holdMs: options.holdMs ?? DEFAULT_HOLD_MS,
    now,
    ...(options.faults ? { faults: options.faults } : {}),
  };
  return {
    ledger,
    settings: settingsService(ctx),
    queue: queueService(ctx),
    submit: submitService(ctx),
    review: reviewService(ctx),
    agreement: agreementService(ctx),
    gold: goldService(ctx),
    time: timeService(ctx),
    pay: payService(ctx),
  };
}

export type WorkService = ReturnType<typeof createWorkService>;
