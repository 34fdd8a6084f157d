/**
 * A project's listing in the expert catalogue: what matching needs beyond the project itself
 * (sub-specialties, structured credential requirements, competencies, hours, deadline). The
 * project row stays the single source of title, domain, pay and languages; the listing adds the
 * rest. A project enters the catalogue only once its requester has set a listing and opened it.
 */
import Type, { type Static } from 'typebox';
import { Strict } from '../ipc/schema';
import type { Project } from '../model/project';
import { IsoDate, SpecialtyId } from '../profile/profile';
import {
  CompetencyRequirement,
  CredentialRequirement,
  type HardRequirements,
  type ProjectPay,
  type ProjectRequirements,
} from './project';

export const ProjectListing = Strict({
  subSpecialties: Type.Array(SpecialtyId, { maxItems: 20 }),
  credentials: Type.Array(CredentialRequirement, { maxItems: 10 }),
  minHoursPerWeek: Type.Integer({ minimum: 0, maximum: 80 }),
  competencies: Type.Array(CompetencyRequirement, { maxItems: 12 }),
  minYearsExperience: Type.Optional(Type.Number({ minimum: 0, maximum: 60 })),
  /** The requester's estimate for per-task pay; turns it into an hourly figure for pay fit. */
  minutesPerTask: Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: 6_000 })),
  estimatedHours: Type.Optional(Type.Number({ minimum: 0, maximum: 100_000 })),
  deadline: Type.Optional(IsoDate),
});
export type ProjectListing = Static<typeof ProjectListing>;

type ListedProject = Pick<Project, 'id' | 'name' | 'domain' | 'pay' | 'languages'>;

/** Minutes per task assumed when a per-task project gives no estimate. */
export const DEFAULT_MINUTES_PER_TASK = 30;

function payOf(project: ListedProject, listing: ProjectListing): ProjectPay {
  const rate = project.pay.rateMinor / 100;
  return project.pay.kind === 'perHour'
    ? { kind: 'hourly', rate, currency: project.pay.currency }
    : {
        kind: 'per-task',
        rate,
        currency: project.pay.currency,
        minutesPerTask: listing.minutesPerTask ?? DEFAULT_MINUTES_PER_TASK,
      };
}

/** Languages as matching compares them: BCP 47 primary subtag (and region), lower-case primary. */
function matchingLanguage(tag: string): string | undefined {
  const [primary, region] = tag.split('-');
  if (!primary || !/^[A-Za-z]{2,3}$/.test(primary)) return undefined;
  return region && /^[A-Za-z]{2}$/.test(region)
    ? `${primary.toLowerCase()}-${region.toUpperCase()}`
    : primary.toLowerCase();
}

/** What a project without a listing asks for beyond its own domain and languages: nothing. */
const NO_LISTING: ProjectListing = {
  subSpecialties: [],
  credentials: [],
  minHoursPerWeek: 0,
  competencies: [],
};

/**
 * The hard requirements of a project: its domain and languages always (the project row is their
 * single source), and whatever its listing adds. Unlisted projects ask for domain and languages.
 */
export function hardRequirementsOf(
  project: Pick<Project, 'domain' | 'languages'>,
  listing: ProjectListing | null,
): HardRequirements {
  const listed = listing ?? NO_LISTING;
  return {
    ...(project.domain !== 'other' ? { domain: project.domain } : {}),
    credentials: listed.credentials,
    languages: [...new Set(project.languages.map(matchingLanguage).filter((l) => l !== undefined))],
    minHoursPerWeek: listed.minHoursPerWeek,
    competencies: listed.competencies,
    ...(listed.minYearsExperience !== undefined
      ? { minYearsExperience: listed.minYearsExperience }
      : {}),
  };
}

/**
 * The matching input for a listed project, or undefined for a project matching cannot place
 * (domain `other`: no interview competencies or sub-specialties to compare).
 */
export function requirementsOf(
  project: ListedProject,
  listing: ProjectListing,
): ProjectRequirements | undefined {
  if (project.domain === 'other') return undefined;
  return {
    ...hardRequirementsOf(project, listing),
    domain: project.domain,
    projectId: project.id,
    title: project.name,
    subSpecialties: listing.subSpecialties,
    pay: payOf(project, listing),
    ...(listing.estimatedHours !== undefined ? { estimatedHours: listing.estimatedHours } : {}),
    ...(listing.deadline !== undefined ? { deadline: listing.deadline } : {}),
  };
}
