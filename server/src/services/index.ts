import type { Db } from '../db/database';
import { createAccountService, type AccountServiceOptions } from './accounts';
import { createDocumentService } from './documents';
import { createEventHub } from './events';
import { createPdfExtractor, DEFAULT_PDF_LIMITS, type PdfLimits } from './pdf/extractPdf';
import { createProjectService } from './projects';
import { createSyncService, type SyncHooks } from './sync';
import { createTaskService } from './tasks';
import { createVetting, type VettingOptions } from '../vetting';
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
