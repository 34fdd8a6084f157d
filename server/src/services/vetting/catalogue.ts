import { uuidv7 } from 'uuidv7';
import { rankCandidates } from '../../../../shared/matching/match';
import type { ProjectListing } from '../../../../shared/matching/listing';
import type { Accepted } from '../../../../shared/platform/ops/vettingSchemas';
import { requireProject } from '../core/access';
import { audit } from '../core/audit';
import { notFound, ServiceError } from '../core/errors';
import type { Principal } from '../core/principal';
import type { TaskService } from '../projects/tasks';
import type { MatchingData } from './matching';
import type { Notifications } from './notifications';
import { requireExpert } from './profiles';
import type { VettingDb } from './tables';
import type { EventHub } from '../core/events';

/** Tasks offered at once when an expert takes a project from the catalogue. */
export const TASKS_PER_ACCEPT = 10;

export interface CatalogueDeps {
  readonly db: VettingDb;
  readonly matching: MatchingData;
  readonly tasks: TaskService;
  readonly notifications: Notifications;
  readonly now: () => Date;
  readonly onError?: (error: unknown) => void;
  readonly events?: Pick<EventHub, 'membershipChanged'>;
}

/** Accepting and declining catalogue projects, listings, and telling experts about new matches. */
export function createCatalogue({
  db,
  matching,
  tasks,
  notifications,
  now,
  onError,
  events,
}: CatalogueDeps) {
  async function decide(
    expertId: string,
    projectId: string,
    decision: 'accepted' | 'declined',
    reason: string | null,
  ): Promise<void> {
    const values = { decision, reason, decided_at: now().toISOString() };
    await db
      .insertInto('catalogue_decisions')
      .values({ project_id: projectId, expert_id: expertId, ...values })
      .onConflict((oc) => oc.columns(['project_id', 'expert_id']).doUpdateSet(values))
      .execute();
  }

  /** Tells every matching expert once that a listed project is open (after open or listing). */
  async function announce(projectId: string): Promise<number> {
    const [listed] = await matching.openListed(projectId);
    if (!listed) return 0;
    const experts = await matching.snapshots();
    const { matches } = rankCandidates(
      listed.requirements,
      experts.map((e) => e.snapshot),
      matching.today(),
    );
    let told = 0;
    for (const m of matches) {
      const sent = await notifications.notify(m.expertId, projectId, {
        title: listed.project.name,
        message: `A new project matches your profile: ${m.summary || listed.project.name}`.slice(
          0,
          1_000,
        ),
      });
      if (sent) told += 1;
    }
    return told;
  }

  return {
    announce,

    /** Never fails the change that opened the project: a missed notification is not a lost edit. */
    async projectOpened(projectId: string): Promise<void> {
      try {
        await announce(projectId);
      } catch (error) {
        onError?.(error);
      }
    },

    async getListing(principal: Principal, projectId: string) {
      await requireProject(db, principal, projectId, 'read');
      return { listing: await matching.listingOf(projectId) };
    },

    async putListing(principal: Principal, projectId: string, listing: ProjectListing) {
      await requireProject(db, principal, projectId, 'manage');
      const values = { data: JSON.stringify(listing), updated_at: now().toISOString() };
      await db
        .insertInto('project_listings')
        .values({ project_id: projectId, ...values })
        .onConflict((oc) => oc.column('project_id').doUpdateSet(values))
        .execute();
      await audit(db, { actorId: principal.id, action: 'project.listing', projectId });
      // Listing an open project puts it in the catalogue: that is news for matching experts.
      try {
        await announce(projectId);
      } catch (error) {
        onError?.(error);
      }
      return { listing };
    },

    async accept(principal: Principal, projectId: string): Promise<Accepted> {
      requireExpert(principal);
      const eligibility = await matching.eligibilityFor(principal.id, projectId);
      if (!eligibility) throw notFound();
      if (eligibility.reasons.length > 0)
        throw new ServiceError(
          'forbidden',
          `You do not meet this project's requirements: ${eligibility.reasons.join('; ')}.`.slice(
            0,
            500,
          ),
        );
      const stamp = now().toISOString();
      const mine = db
        .selectFrom('assignments')
        .select('task_id')
        .where('project_id', '=', projectId)
        .where('expert_id', '=', principal.id);
      const open = await db
        .selectFrom('tasks')
        .select('id')
        .where('project_id', '=', projectId)
        .where('status', '=', 'open')
        .where('id', 'not in', mine)
        .orderBy('created_at')
        .orderBy('id')
        .limit(TASKS_PER_ACCEPT)
        .execute();
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto('project_members')
          .values({
            project_id: projectId,
            account_id: principal.id,
            role: 'expert',
            added_at: stamp,
          })
          .onConflict((oc) => oc.columns(['project_id', 'account_id']).doNothing())
          .execute();
        for (const task of open)
          await trx
            .insertInto('assignments')
            .values({
              project_id: projectId,
              id: uuidv7(),
              task_id: task.id,
              expert_id: principal.id,
              status: 'offered',
              round: 0,
              reason: null,
              created_at: stamp,
              updated_at: stamp,
            })
            .onConflict((oc) => oc.doNothing())
            .execute();
      });
      events?.membershipChanged(principal.id);
      // Offered → accepted through the same transition rules as the assignment routes.
      const offered = (await tasks.listAssignments(principal, projectId)).filter(
        (a) => a.status === 'offered',
      );
      for (const a of offered)
        await tasks.transition(principal, projectId, a.id, 'accepted', undefined);
      await decide(principal.id, projectId, 'accepted', null);
      await audit(db, { actorId: principal.id, action: 'catalogue.accept', projectId });
      return { projectId, assignments: await tasks.listAssignments(principal, projectId) };
    },

    async decline(principal: Principal, projectId: string, reason: string | undefined) {
      requireExpert(principal);
      const [listed] = await matching.openListed(projectId);
      if (!listed) throw notFound();
      const why = reason?.trim() ? reason.trim() : null;
      await decide(principal.id, projectId, 'declined', why);
      await audit(db, {
        actorId: principal.id,
        action: 'catalogue.decline',
        projectId,
        ...(why ? { detail: { reason: why } } : {}),
      });
    },
  };
}

export type CatalogueActions = ReturnType<typeof createCatalogue>;
