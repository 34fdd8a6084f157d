/**
 * A hard requirement an expert does not meet, as a code the UI translates. It names what the
 * project asks for, never what the expert has: a requester refused an offer learns which
 * requirement is unmet, not the state of the expert's licence or interview.
 */
import Type, { type Static } from 'typebox';
import { Strict } from '../ipc/schema';
import { CredentialType, Domain, JurisdictionCode } from '../profile/profile';

export const UnmetRequirement = Type.Union([
  /** No profile yet: nothing can be matched. */
  Strict({ code: Type.Literal('profile') }),
  Strict({ code: Type.Literal('domain'), domain: Domain }),
  Strict({
    code: Type.Literal('credential'),
    credential: CredentialType,
    /** Any one of these; empty = any jurisdiction. */
    jurisdictions: Type.Array(JurisdictionCode, { maxItems: 60 }),
  }),
  /** A BCP 47 code, needed at a professional level or better. */
  Strict({ code: Type.Literal('language'), language: Type.String({ maxLength: 35 }) }),
  Strict({ code: Type.Literal('hours'), hoursPerWeek: Type.Integer({ minimum: 0 }) }),
  Strict({
    code: Type.Literal('interview'),
    competencyId: Type.String({ maxLength: 64 }),
    minScore: Type.Integer({ minimum: 1, maximum: 4 }),
  }),
  Strict({
    code: Type.Literal('experience'),
    /** Experience in this domain; absent = any. */
    domain: Type.Optional(Domain),
    years: Type.Number({ minimum: 0 }),
  }),
]);
export type UnmetRequirement = Static<typeof UnmetRequirement>;

export const UnmetRequirements = Type.Array(UnmetRequirement, { maxItems: 100 });
