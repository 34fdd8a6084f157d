import type { Db } from '../db/database';
import { createAccountService, type AccountServiceOptions } from './accounts/accounts';
import { createDocumentService } from './documents/documents';
import { createEventHub } from './core/events';
import { createPdfExtractor, DEFAULT_PDF_LIMITS, type PdfLimits } from './documents/pdf/extractPdf';
import { createProjectService } from './projects/projects';
import { createSyncService, type SyncHooks } from './sync/sync';
import { createTaskService } from './projects/tasks';
import { createVetting, type VettingOptions } from './vetting';
import { createWorkService, type WorkOptions } from './work';

export interface ServiceOptions {
  readonly pdfLimits?: PdfLimits;
  readonly syncHooks?: SyncHooks;
  readonly accounts?: AccountServiceOptions;
  readonly vetting?: VettingOptions;
  readonly work?: WorkOptions;
}

export function createServices(db: Db, options: ServiceOptions = {}) {
  const pdf = createPdfExtractor(options.pdfLimits ?? DEFAULT_PDF_LIMITS);
  const events = createEventHub();
  const tasks = createTaskService(db.kysely, events);
  const vetting = createVetting(db.kysely, tasks, { ...options.vetting, events });
  return {
    db,
    pdf,
    events,
    accounts: createAccountService(db.kysely, options.accounts),
    projects: vetting.watchOpenings(createProjectService(db.kysely, events)),
    documents: createDocumentService(db.kysely, pdf),
    tasks,
    sync: createSyncService(db.kysely, db.dialect, events, options.syncHooks),
    vetting,
    work: createWorkService(db, events, options.work),
  };
}

export type Services = ReturnType<typeof createServices>;
