import { submitCredential } from '../../../../shared/credentials/check';
import {
  CredentialReviewError,
  editCredential,
  reviewCredential,
  reviewQueue,
  type ReviewDecision,
} from '../../../../shared/credentials/verification';
import type { Credential, ExpertProfile, ProfileInput } from '../../../../shared/profile/profile';
import { profileProblems } from '../../../../shared/profile/validate';
import type {
  CredentialQueueItem,
  ProfileEnvelope,
} from '../../../../shared/platform/ops/vettingSchemas';
import { audit } from '../core/audit';
import { notFound, ServiceError } from '../core/errors';
import type { Principal } from '../core/principal';
import type { VettingDb } from './tables';

export function requireExpert(principal: Principal): void {
  if (principal.role !== 'expert')
    throw new ServiceError('forbidden', 'only expert accounts have a profile');
}

export function requireVetter(principal: Principal): void {
  if (principal.role !== 'reviewer' && principal.role !== 'admin')
    throw new ServiceError('forbidden', 'only reviewers and admins vet experts');
}

const pendingCount = (profile: ExpertProfile) =>
  profile.credentials.filter((c) => c.verification.status === 'pending').length;

/** Applies the expert's edit to the stored credentials: unchanged identities keep their status. */
function mergeCredentials(
  previous: readonly Credential[],
  next: ProfileInput['credentials'],
  now: string,
): Credential[] {
  return next.map((input) => {
    const before = previous.find((c) => c.id === input.id);
    return before ? editCredential(before, input, now) : submitCredential(input, now);
  });
}

/**
 * Expert profiles: the expert reads and saves their own (credentials are checked on save and go
 * to the reviewer queue); reviewers and admins work the queue. Saves are compare-and-set.
 */
export function createProfileService(db: VettingDb, now: () => Date = () => new Date()) {
  async function load(expertId: string): Promise<ProfileEnvelope> {
    const row = await db
      .selectFrom('expert_profiles')
      .select(['version', 'data'])
      .where('expert_id', '=', expertId)
      .executeTakeFirst();
    return row
      ? { version: row.version, profile: JSON.parse(row.data) as ExpertProfile }
      : { version: 0, profile: null };
  }

  async function write(expertId: string, version: number, profile: ExpertProfile): Promise<number> {
    const values = {
      version: version + 1,
      data: JSON.stringify(profile),
      pending_credentials: pendingCount(profile),
      updated_at: now().toISOString(),
    };
    const result =
      version === 0
        ? await db
            .insertInto('expert_profiles')
            .values({ expert_id: expertId, ...values })
            .onConflict((oc) => oc.column('expert_id').doNothing())
            .executeTakeFirst()
        : await db
            .updateTable('expert_profiles')
            .set(values)
            .where('expert_id', '=', expertId)
            .where('version', '=', version)
            .executeTakeFirst();
    const changed =
      'numInsertedOrUpdatedRows' in result
        ? Number(result.numInsertedOrUpdatedRows ?? 0)
        : Number(result.numUpdatedRows);
    if (changed !== 1)
      throw new ServiceError('conflict', 'the profile changed meanwhile; reload it and try again');
    return values.version;
  }

  return {
    load,

    async get(principal: Principal): Promise<ProfileEnvelope> {
      requireExpert(principal);
      return load(principal.id);
    },

    async save(
      principal: Principal,
      request: { version: number; profile: ProfileInput },
    ): Promise<ProfileEnvelope> {
      requireExpert(principal);
      const problems = profileProblems(request.profile);
      if (problems.length > 0)
        throw new ServiceError(
          'badRequest',
          problems
            .slice(0, 5)
            .map((p) => `${p.path || 'profile'} ${p.message}`)
            .join('; '),
        );
      const current = await load(principal.id);
      if (current.version !== request.version)
        throw new ServiceError(
          'conflict',
          'the profile changed meanwhile; reload it and try again',
        );
      const stamp = now().toISOString();
      const profile: ExpertProfile = {
        expertId: principal.id,
        ...request.profile,
        credentials: mergeCredentials(
          current.profile?.credentials ?? [],
          request.profile.credentials,
          stamp,
        ),
      };
      const version = await write(principal.id, request.version, profile);
      await audit(db, { actorId: principal.id, action: 'profile.save', subjectId: principal.id });
      return { version, profile };
    },

    /** Pending credentials of every expert, oldest submission first. */
    async queue(principal: Principal): Promise<CredentialQueueItem[]> {
      requireVetter(principal);
      const rows = await db
        .selectFrom('expert_profiles as p')
        .innerJoin('accounts as a', 'a.id', 'p.expert_id')
        .select(['p.expert_id', 'p.data', 'a.display_name'])
        .where('p.pending_credentials', '>', 0)
        .limit(500)
        .execute();
      const names = new Map(rows.map((r) => [r.expert_id, r.display_name]));
      const items = rows.flatMap((r) =>
        (JSON.parse(r.data) as ExpertProfile).credentials.map((credential) => ({
          expertId: r.expert_id,
          credential,
        })),
      );
      return reviewQueue(items).map((item) => ({
        expertId: item.expertId,
        expertName: names.get(item.expertId) ?? '',
        credential: item.credential,
      }));
    },

    async decide(
      principal: Principal,
      expertId: string,
      credentialId: string,
      decision: ReviewDecision,
    ): Promise<Credential> {
      requireVetter(principal);
      const current = await load(expertId);
      const credential = current.profile?.credentials.find((c) => c.id === credentialId);
      if (!current.profile || !credential) throw notFound('credential');
      let decided: Credential;
      try {
        decided = reviewCredential(credential, decision, principal.id, now().toISOString());
      } catch (error) {
        if (error instanceof CredentialReviewError)
          throw new ServiceError('badRequest', error.message);
        throw error;
      }
      if (credential.verification.status !== 'pending')
        throw new ServiceError('conflict', `this credential is ${credential.verification.status}`);
      await write(expertId, current.version, {
        ...current.profile,
        credentials: current.profile.credentials.map((c) => (c.id === credentialId ? decided : c)),
      });
      await audit(db, {
        actorId: principal.id,
        action: `credential.${decision.outcome}`,
        subjectId: expertId,
        detail: {
          credentialId,
          ...(decision.outcome === 'rejected' ? { reason: decision.reason } : {}),
        },
      });
      return decided;
    },

    /** Every active expert's profile, for matching. */
    async all(): Promise<{ expertId: string; displayName: string; profile: ExpertProfile }[]> {
      const rows = await db
        .selectFrom('expert_profiles as p')
        .innerJoin('accounts as a', 'a.id', 'p.expert_id')
        .select(['p.expert_id', 'p.data', 'a.display_name'])
        .where('a.role', '=', 'expert')
        .where('a.status', '=', 'active')
        .orderBy('p.expert_id')
        .execute();
      return rows.map((r) => ({
        expertId: r.expert_id,
        displayName: r.display_name,
        profile: JSON.parse(r.data) as ExpertProfile,
      }));
    },
  };
}

export type ProfileService = ReturnType<typeof createProfileService>;
