/**
 * Kysely types of the vetting tables (migration 0002_vetting). Kept beside the vetting services
 * and joined to the platform's tables with `withTables`, so the shared schema file stays as it is.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';

export interface ExpertProfilesTable {
  expert_id: string;
  /** Compare-and-set: 1 on the first save, +1 on each write. */
  version: number;
  /** JSON text: ExpertProfile. */
  data: string;
  /** How many of the profile's credentials wait for a reviewer (the queue reads only these rows). */
  pending_credentials: number;
  updated_at: string;
}

export interface InterviewSessionsTable {
  id: string;
  expert_id: string;
  status: string;
  version: number;
  started_at: string;
  /** JSON text: the InterviewSession document. */
  data: string;
}

export interface ProjectListingsTable {
  project_id: string;
  /** JSON text: ProjectListing. */
  data: string;
  updated_at: string;
}

export interface CatalogueDecisionsTable {
  project_id: string;
  expert_id: string;
  decision: 'accepted' | 'declined';
  reason: string | null;
  decided_at: string;
}

export interface NotificationsTable {
  account_id: string;
  id: string;
  kind: 'project-match';
  project_id: string;
  /** JSON text: { title, message }. */
  data: string;
  created_at: string;
  read_at: string | null;
}

export type VettingTables = {
  expert_profiles: ExpertProfilesTable;
  interview_sessions: InterviewSessionsTable;
  project_listings: ProjectListingsTable;
  catalogue_decisions: CatalogueDecisionsTable;
  notifications: NotificationsTable;
};

export type VettingDb = Kysely<Database & VettingTables>;

export function vettingDb(db: Kysely<Database>): VettingDb {
  return db.withTables<VettingTables>();
}
