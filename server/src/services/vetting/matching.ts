import { Compile } from 'typebox/compile';
import { effectiveScores } from '../../../../shared/interview/override';
import type { ExpertSnapshot } from '../../../../shared/matching/expert';
import { hardFilterReasons } from '../../../../shared/matching/filters';
import { ProjectListing, requirementsOf } from '../../../../shared/matching/listing';
import { matchProjectsForExpert, rankCandidates } from '../../../../shared/matching/match';
import type { ProjectRequirements } from '../../../../shared/matching/project';
import type { Project } from '../../../../shared/model/project';
import type { Candidates, Catalogue } from '../../../../shared/platform/ops/vettingSchemas';
import { requireProject } from '../core/access';
import { toProject } from '../projects/projects';
import type { Principal } from '../core/principal';
import type { Interviews } from './interviews';
import { requireExpert, type ProfileService } from './profiles';
import type { VettingDb } from './tables';

const checkListing = Compile(ProjectListing);

export interface ListedProject {
  readonly project: Project;
  readonly listing: ProjectListing;
  readonly requirements: ProjectRequirements;
}

export interface MatchingDeps {
  readonly db: VettingDb;
  readonly profiles: ProfileService;
  readonly interviews: Interviews;
  readonly now: () => Date;
}

/** The pure matching of shared/matching over what the database holds. */
export function createMatchingData({ db, profiles, interviews, now }: MatchingDeps) {
  const today = () => now().toISOString().slice(0, 10);

  async function listingOf(projectId: string): Promise<ProjectListing | null> {
    const row = await db
      .selectFrom('project_listings')
      .select('data')
      .where('project_id', '=', projectId)
      .executeTakeFirst();
    if (!row) return null;
    const value: unknown = JSON.parse(row.data);
    return checkListing.Check(value) ? value : null;
  }

  /** Open projects with a listing, i.e. the catalogue (optionally one project). */
  async function openListed(projectId?: string): Promise<ListedProject[]> {
    let query = db
      .selectFrom('projects as p')
      .innerJoin('project_listings as l', 'l.project_id', 'p.id')
      .selectAll('p')
      .select('l.data as listing_data')
      .where('p.status', '=', 'open');
    if (projectId) query = query.where('p.id', '=', projectId);
    const rows = await query.orderBy('p.created_at').orderBy('p.id').limit(500).execute();
    return rows.flatMap(({ listing_data, ...row }) => {
      const listing: unknown = JSON.parse(listing_data);
      if (!checkListing.Check(listing)) return [];
      const project = toProject(row);
      const requirements = requirementsOf(project, listing);
      return requirements ? [{ project, listing, requirements }] : [];
    });
  }

  async function quality(expertIds: readonly string[]) {
    if (expertIds.length === 0) return new Map<string, ExpertSnapshot['quality']>();
    const rows = await db
      .selectFrom('assignments')
      .select(['expert_id', 'status', (eb) => eb.fn.countAll<number>().as('n')])
      .where('expert_id', 'in', expertIds)
      .where('status', 'in', ['approved', 'returned'])
      .groupBy(['expert_id', 'status'])
      .execute();
    const out = new Map<string, { reviewedTasks: number; acceptedTasks: number }>();
    for (const r of rows) {
      const q = out.get(r.expert_id) ?? { reviewedTasks: 0, acceptedTasks: 0 };
      q.reviewedTasks += Number(r.n);
      if (r.status === 'approved') q.acceptedTasks += Number(r.n);
      out.set(r.expert_id, q);
    }
    return out;
  }

  /** What matching knows of experts: profile, effective interview scores, review history. */
  async function snapshots(onlyExpertId?: string) {
    const all = await profiles.all();
    const experts = onlyExpertId ? all.filter((e) => e.expertId === onlyExpertId) : all;
    const ids = experts.map((e) => e.expertId);
    const results = await interviews.latestResults(ids);
    const history = await quality(ids);
    return experts.map((e) => {
      const result = results.get(e.expertId);
      const q = history.get(e.expertId);
      const snapshot: ExpertSnapshot = {
        expertId: e.expertId,
        profile: e.profile,
        ...(result ? { interview: { scores: effectiveScores(result) } } : {}),
        ...(q ? { quality: q } : {}),
      };
      return { displayName: e.displayName, snapshot };
    });
  }

  async function decisions(where: { expertId?: string; projectId?: string }) {
    let query = db.selectFrom('catalogue_decisions').selectAll();
    if (where.expertId) query = query.where('expert_id', '=', where.expertId);
    if (where.projectId) query = query.where('project_id', '=', where.projectId);
    return query.execute();
  }

  return {
    today,
    listingOf,
    openListed,
    snapshots,

    async catalogue(principal: Principal): Promise<Catalogue> {
      requireExpert(principal);
      const [mine] = await snapshots(principal.id);
      const listed = await openListed();
      const interviewed = (await interviews.latestResults([principal.id])).size > 0;
      if (!mine) return { hasProfile: false, interviewed, matches: [], excluded: [] };
      const byId = new Map(listed.map((l) => [l.project.id, l]));
      const result = matchProjectsForExpert(
        mine.snapshot,
        listed.map((l) => l.requirements),
        today(),
      );
      const decided = new Map(
        (await decisions({ expertId: principal.id })).map((d) => [d.project_id, d.decision]),
      );
      const counts = await db
        .selectFrom('assignments')
        .select(['project_id', (eb) => eb.fn.countAll<number>().as('n')])
        .where('expert_id', '=', principal.id)
        .groupBy('project_id')
        .execute();
      const assigned = new Map(counts.map((c) => [c.project_id, Number(c.n)]));
      const listedView = (projectId: string) => {
        const { project, listing } = byId.get(projectId)!;
        return {
          projectId,
          title: project.name,
          description: project.description,
          domain: project.domain,
          pay: project.pay,
          languages: project.languages,
          listing,
        };
      };
      return {
        hasProfile: true,
        interviewed,
        matches: result.matches.map((m) => ({
          ...listedView(m.projectId),
          score: m.score,
          reasons: [...m.reasons],
          concerns: [...m.concerns],
          summary: m.summary,
          state: decided.get(m.projectId) ?? 'open',
          assignments: assigned.get(m.projectId) ?? 0,
        })),
        excluded: result.excluded.map((x) => ({
          ...listedView(x.projectId),
          reasons: [...x.reasons],
          unmet: [...x.unmet],
        })),
      };
    },

    /** Why this expert may not take this project (empty: eligible), or undefined if unlisted. */
    async eligibilityFor(expertId: string, projectId: string) {
      const [listed] = await openListed(projectId);
      if (!listed) return undefined;
      const [mine] = await snapshots(expertId);
      if (!mine) return { listed, reasons: ['build your profile first'] };
      return { listed, reasons: hardFilterReasons(mine.snapshot, listed.requirements, today()) };
    },

    async candidates(principal: Principal, projectId: string): Promise<Candidates> {
      const access = await requireProject(db, principal, projectId, 'manage');
      const listing = await listingOf(projectId);
      const requirements = listing ? requirementsOf(toProject(access.project), listing) : undefined;
      if (!requirements)
        return { listed: false, candidates: [], excluded: { count: 0, reasons: [] } };
      const experts = await snapshots();
      const names = new Map(experts.map((e) => [e.snapshot.expertId, e.displayName]));
      const ranked = rankCandidates(
        requirements,
        experts.map((e) => e.snapshot),
        today(),
      );
      const decided = new Map(
        (await decisions({ projectId })).map((d) => [d.expert_id, d.decision]),
      );
      const reasonCounts = new Map<string, number>();
      for (const x of ranked.excluded)
        for (const r of x.reasons) reasonCounts.set(r, (reasonCounts.get(r) ?? 0) + 1);
      return {
        listed: true,
        candidates: ranked.matches.slice(0, 500).map((m) => ({
          expertId: m.expertId,
          displayName: names.get(m.expertId) ?? '',
          score: m.score,
          components: { ...m.components },
          reasons: [...m.reasons],
          concerns: [...m.concerns],
          summary: m.summary,
          state: decided.get(m.expertId) ?? 'open',
        })),
        excluded: {
          count: ranked.excluded.length,
          reasons: [...reasonCounts]
            .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
            .slice(0, 100)
            .map(([reason, count]) => ({ reason, count })),
        },
      };
    },
  };
}

export type MatchingData = ReturnType<typeof createMatchingData>;
