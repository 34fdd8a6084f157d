/**
 * The expert's profile as it travels on the wire. Each schema is the single source of its
 * TypeScript type and of the runtime validation the server does on arrival (docs/ARCHITECTURE.md,
 * "Vetting": schemas with `additionalProperties: false`, bounded sizes).
 */
import Type, { type Static } from 'typebox';
import { Strict } from '../ipc/schema';

export const DOMAINS = ['law', 'medicine', 'finance'] as const;
export const Domain = Type.Enum(DOMAINS);
export type Domain = Static<typeof Domain>;

/** Calendar date, `YYYY-MM-DD`. */
export const IsoDate = Type.String({ format: 'date' });
/** Instant, RFC 3339 (server clock). */
export const Timestamp = Type.String({ format: 'date-time' });
/** Month, `YYYY-MM`: work history is remembered to the month, not the day. */
export const YearMonth = Type.String({ pattern: '^(19|20)\\d{2}-(0[1-9]|1[0-2])$' });
/**
 * ISO 3166-1 alpha-2 country, optionally with an ISO 3166-2 subdivision: `US`, `US-NY`, `CA-ON`,
 * `GB-ENG`. Licences are issued per state or province, so the subdivision matters.
 */
export const JurisdictionCode = Type.String({ pattern: '^[A-Z]{2}(-[A-Z0-9]{1,3})?$' });
/** A sub-specialty id from the taxonomy in specialties.ts. */
export const SpecialtyId = Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 48 });
const RecordId = Type.String({ minLength: 1, maxLength: 64 });
const Text = (maxLength: number) => Type.String({ minLength: 1, maxLength });

export const Education = Strict({
  id: RecordId,
  /** As written on the diploma: `JD`, `MD`, `MBA`, `LLM`, `BSc`… */
  degree: Text(80),
  field: Text(120),
  institution: Text(200),
  /** Year awarded (or expected). */
  year: Type.Integer({ minimum: 1940, maximum: 2100 }),
});
export type Education = Static<typeof Education>;

export const CREDENTIAL_TYPES = [
  'bar-admission',
  'medical-licence',
  'npi',
  'dea-registration',
  'board-certification',
  'cpa',
  'cfa',
  'frm',
  'finra-registration',
  'other',
] as const;
export const CredentialType = Type.Enum(CREDENTIAL_TYPES);
export type CredentialType = Static<typeof CredentialType>;

export const CheckResult = Strict({
  /** Stable id of the check, e.g. `npi-check-digit`. */
  check: Text(64),
  /** `warning` never blocks: it asks the expert to look again and the reviewer to look closer. */
  outcome: Type.Enum(['passed', 'failed', 'warning']),
  message: Text(300),
});
export type CheckResult = Static<typeof CheckResult>;

/** Who decided a credential's status; `automatic` is a failed issuer-defined check. */
const DecidedBy = Text(128);

export const Verification = Type.Union([
  Strict({ status: Type.Literal('unverified') }),
  Strict({
    status: Type.Literal('pending'),
    submittedAt: Timestamp,
    checks: Type.Array(CheckResult, { maxItems: 10 }),
  }),
  Strict({
    status: Type.Literal('verified'),
    at: Timestamp,
    by: DecidedBy,
    method: Type.Enum(['reviewer', 'registry']),
    checks: Type.Array(CheckResult, { maxItems: 10 }),
  }),
  Strict({
    status: Type.Literal('rejected'),
    at: Timestamp,
    by: DecidedBy,
    reason: Text(500),
    checks: Type.Array(CheckResult, { maxItems: 10 }),
  }),
]);
export type Verification = Static<typeof Verification>;
export type VerificationStatus = Verification['status'];

/** What the expert types; the server alone sets `verification`. */
const credentialInputProperties = {
  id: RecordId,
  kind: Type.Enum(['licence', 'certification']),
  type: CredentialType,
  /** Free-text name where the type is broad: `Series 7`, `Internal Medicine (ABIM)`. */
  name: Type.Optional(Text(120)),
  issuingBody: Text(200),
  /** Absent for credentials valid everywhere (CFA, FRM). */
  jurisdiction: Type.Optional(JurisdictionCode),
  number: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
  issuedOn: Type.Optional(IsoDate),
  expiresOn: Type.Optional(IsoDate),
};
export const CredentialInput = Strict(credentialInputProperties);
export type CredentialInput = Static<typeof CredentialInput>;

export const Credential = Strict({ ...credentialInputProperties, verification: Verification });
export type Credential = Static<typeof Credential>;

export const WorkHistoryEntry = Strict({
  id: RecordId,
  title: Text(160),
  organisation: Text(200),
  domain: Type.Optional(Domain),
  subSpecialties: Type.Array(SpecialtyId, { maxItems: 10 }),
  start: YearMonth,
  /** Absent while the position is current. */
  end: Type.Optional(YearMonth),
  summary: Type.Optional(Type.String({ maxLength: 2000 })),
});
export type WorkHistoryEntry = Static<typeof WorkHistoryEntry>;

export const DomainExpertise = Strict({
  domain: Domain,
  subSpecialties: Type.Array(SpecialtyId, { maxItems: 20 }),
});
export type DomainExpertise = Static<typeof DomainExpertise>;

export const Language = Strict({
  /** BCP 47 primary language, optionally with region: `en`, `fr-CA`. */
  code: Type.String({ pattern: '^[a-z]{2,3}(-[A-Z]{2})?$' }),
  proficiency: Type.Enum(['native', 'fluent', 'professional', 'basic']),
});
export type Language = Static<typeof Language>;

export const Availability = Strict({
  hoursPerWeek: Type.Integer({ minimum: 0, maximum: 80 }),
  /** IANA zone, e.g. `America/New_York`. */
  timezone: Type.String({ minLength: 1, maxLength: 64 }),
});
export type Availability = Static<typeof Availability>;

export const RateExpectation = Strict({
  hourly: Type.Number({ minimum: 0, maximum: 10_000 }),
  /** ISO 4217. */
  currency: Type.String({ pattern: '^[A-Z]{3}$' }),
});
export type RateExpectation = Static<typeof RateExpectation>;

const profileProperties = {
  education: Type.Array(Education, { maxItems: 20 }),
  workHistory: Type.Array(WorkHistoryEntry, { maxItems: 50 }),
  domains: Type.Array(DomainExpertise, { maxItems: DOMAINS.length }),
  languages: Type.Array(Language, { maxItems: 20 }),
  availability: Availability,
  rate: RateExpectation,
};

/** What the expert submits from the Profile view. */
export const ProfileInput = Strict({
  ...profileProperties,
  credentials: Type.Array(CredentialInput, { maxItems: 30 }),
});
export type ProfileInput = Static<typeof ProfileInput>;

/** The stored profile: credentials carry the verification only the server sets. */
export const ExpertProfile = Strict({
  expertId: RecordId,
  ...profileProperties,
  credentials: Type.Array(Credential, { maxItems: 30 }),
});
export type ExpertProfile = Static<typeof ExpertProfile>;
