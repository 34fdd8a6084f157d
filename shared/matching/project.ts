/** What an open project asks of an expert: the input to interview planning and to matching. */
import Type, { type Static } from 'typebox';
import { Strict } from '../ipc/schema';
import { CredentialType, Domain, IsoDate, JurisdictionCode, SpecialtyId } from '../profile/profile';

export const CredentialRequirement = Strict({
  type: CredentialType,
  /** Any one of these satisfies it (a country covers its subdivisions); empty = any jurisdiction. */
  jurisdictions: Type.Array(JurisdictionCode, { maxItems: 60 }),
});
export type CredentialRequirement = Static<typeof CredentialRequirement>;

export const CompetencyRequirement = Strict({
  competencyId: Type.String({ minLength: 1, maxLength: 64 }),
  /** A hard floor on the (effective) interview score; absent = ranked only. */
  minScore: Type.Optional(Type.Integer({ minimum: 1, maximum: 4 })),
  /** Relative weight in the ranking; default 1. */
  weight: Type.Optional(Type.Number({ minimum: 0, maximum: 10 })),
});
export type CompetencyRequirement = Static<typeof CompetencyRequirement>;

export const ProjectPay = Type.Union([
  Strict({
    kind: Type.Literal('hourly'),
    rate: Type.Number({ minimum: 0 }),
    currency: Type.String({ pattern: '^[A-Z]{3}$' }),
  }),
  Strict({
    kind: Type.Literal('per-task'),
    rate: Type.Number({ minimum: 0 }),
    currency: Type.String({ pattern: '^[A-Z]{3}$' }),
    /** The requester's estimate; turns a per-task rate into an hourly one for pay fit. */
    minutesPerTask: Type.Number({ exclusiveMinimum: 0 }),
  }),
]);
export type ProjectPay = Static<typeof ProjectPay>;

export const ProjectRequirements = Strict({
  projectId: Type.String({ minLength: 1, maxLength: 64 }),
  title: Type.String({ minLength: 1, maxLength: 200 }),
  domain: Domain,
  subSpecialties: Type.Array(SpecialtyId, { maxItems: 20 }),
  credentials: Type.Array(CredentialRequirement, { maxItems: 10 }),
  /** BCP 47 codes; the expert needs each one at professional level or better. */
  languages: Type.Array(Type.String({ pattern: '^[a-z]{2,3}(-[A-Z]{2})?$' }), { maxItems: 10 }),
  minHoursPerWeek: Type.Integer({ minimum: 0, maximum: 80 }),
  competencies: Type.Array(CompetencyRequirement, { maxItems: 12 }),
  minYearsExperience: Type.Optional(Type.Number({ minimum: 0, maximum: 60 })),
  pay: ProjectPay,
  estimatedHours: Type.Optional(Type.Number({ minimum: 0 })),
  deadline: Type.Optional(IsoDate),
});
export type ProjectRequirements = Static<typeof ProjectRequirements>;

/** The part of a project's requirements that decides eligibility (the rest only ranks). */
export type HardRequirements = Pick<
  ProjectRequirements,
  'credentials' | 'languages' | 'minHoursPerWeek' | 'competencies' | 'minYearsExperience'
> & {
  /** Absent for a project of no matching domain (`other`): it asks for no domain. */
  readonly domain?: ProjectRequirements['domain'];
};
