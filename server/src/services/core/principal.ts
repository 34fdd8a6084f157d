import type { AccountRole } from '../../db/schema';

/** Who is calling, as established from a valid access token. */
export interface Principal {
  readonly id: string;
  readonly role: AccountRole;
  readonly organisationId: string | null;
  readonly email: string;
  readonly displayName: string;
}
