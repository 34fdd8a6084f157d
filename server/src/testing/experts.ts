/**
 * Experts for tests, benchmarks and child processes, made the way the platform makes them: with a
 * profile that meets what the project asks (an unlisted project asks for its domain and
 * languages), joining a project only by accepting a task offered to them.
 */
import type { Domain, ProfileInput } from '../../../shared/profile/profile';
import { toPrincipal } from '../services/accounts/accounts';
import type { Services } from '../services';
import type { Principal } from '../services/core/principal';

/** Enough of a profile for an unlisted project of `domains` in English. */
export function basicProfile(domains: readonly Domain[] = ['law']): ProfileInput {
  return {
    education: [],
    credentials: [],
    workHistory: [],
    domains: domains.map((domain) => ({ domain, subSpecialties: [] })),
    languages: [{ code: 'en', proficiency: 'native' }],
    availability: { hoursPerWeek: 20, timezone: 'UTC' },
    rate: { hourly: 50, currency: 'USD' },
  };
}

async function principalOf(services: Services, accountId: string): Promise<Principal> {
  const row = await services.accounts.byId(accountId);
  if (!row) throw new Error(`no account ${accountId}`);
  return toPrincipal(row);
}

/** Gives the expert a first profile (they have none yet). */
export async function giveProfile(
  services: Services,
  expertId: string,
  domains: readonly Domain[] = ['law'],
): Promise<void> {
  await services.vetting.profiles.save(await principalOf(services, expertId), {
    version: 0,
    profile: basicProfile(domains),
  });
}

/**
 * Makes the expert a member of the project the one way there is: a task on `documentId` offered
 * to them, which they accept. The expert must already qualify (see `giveProfile`).
 */
export async function enrol(
  services: Services,
  requester: Principal,
  projectId: string,
  expertId: string,
  documentId: string,
): Promise<{ taskId: string; assignmentId: string }> {
  const task = await services.tasks.createTask(requester, projectId, {
    documentId,
    title: `work for ${expertId.slice(-6)}`,
  });
  const offer = await services.tasks.offer(requester, projectId, { taskId: task.id, expertId });
  await services.tasks.transition(
    await principalOf(services, expertId),
    projectId,
    offer.id,
    'accepted',
    undefined,
  );
  return { taskId: task.id, assignmentId: offer.id };
}
