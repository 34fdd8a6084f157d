import type { Adapter, AdapterPayload } from 'oidc-provider';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

/** Models whose rows are found by grant, so that revoking a grant revokes all its tokens. */
const GRANTABLE = new Set([
  'AccessToken',
  'AuthorizationCode',
  'RefreshToken',
  'DeviceCode',
  'BackchannelAuthenticationRequest',
]);

/** Told when tokens stop being valid before their time (the access-token cache listens). */
export interface RevocationListener {
  /** A stored object was destroyed or replaced (for access tokens, `id` is the token). */
  readonly forgetToken: (id: string) => void;
  readonly forgetGrant: (grantId: string) => void;
}

/**
 * oidc-provider's storage in our database: one table for every model, keyed by (model, id),
 * payloads as JSON text. Expired rows are invisible at once and swept by `sweepExpired`.
 */
export function createOidcAdapter(
  db: Kysely<Database>,
  revocations?: RevocationListener,
): new (model: string) => Adapter {
  return class KyselyOidcAdapter implements Adapter {
    constructor(private readonly model: string) {}

    async upsert(id: string, payload: AdapterPayload, expiresIn: number): Promise<void> {
      const row = {
        model: this.model,
        id,
        payload: JSON.stringify(payload),
        grant_id: GRANTABLE.has(this.model) ? (payload.grantId ?? null) : null,
        uid: payload.uid ?? null,
        user_code: payload.userCode ?? null,
        expires_at: expiresIn ? Date.now() + expiresIn * 1000 : null,
      };
      if (this.model === 'AccessToken') revocations?.forgetToken(id);
      await db
        .insertInto('oidc_payloads')
        .values(row)
        .onConflict((oc) =>
          oc.columns(['model', 'id']).doUpdateSet({
            payload: row.payload,
            grant_id: row.grant_id,
            uid: row.uid,
            user_code: row.user_code,
            expires_at: row.expires_at,
          }),
        )
        .execute();
    }

    private async findWhere(
      column: 'id' | 'uid' | 'user_code',
      value: string,
    ): Promise<AdapterPayload | undefined> {
      const row = await db
        .selectFrom('oidc_payloads')
        .select(['payload', 'expires_at'])
        .where('model', '=', this.model)
        .where(column, '=', value)
        .executeTakeFirst();
      if (!row || (row.expires_at !== null && row.expires_at <= Date.now())) return undefined;
      return JSON.parse(row.payload) as AdapterPayload;
    }

    find(id: string): Promise<AdapterPayload | undefined> {
      return this.findWhere('id', id);
    }

    findByUid(uid: string): Promise<AdapterPayload | undefined> {
      return this.findWhere('uid', uid);
    }

    findByUserCode(userCode: string): Promise<AdapterPayload | undefined> {
      return this.findWhere('user_code', userCode);
    }

    async consume(id: string): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const row = await trx
          .selectFrom('oidc_payloads')
          .select('payload')
          .where('model', '=', this.model)
          .where('id', '=', id)
          .executeTakeFirst();
        if (!row) return;
        const payload = JSON.parse(row.payload) as AdapterPayload;
        payload.consumed = Math.floor(Date.now() / 1000);
        await trx
          .updateTable('oidc_payloads')
          .set({ payload: JSON.stringify(payload) })
          .where('model', '=', this.model)
          .where('id', '=', id)
          .execute();
      });
    }

    async destroy(id: string): Promise<void> {
      // Forgotten before and after: no verification that read the row can be stored by then.
      this.forget(id);
      await db
        .deleteFrom('oidc_payloads')
        .where('model', '=', this.model)
        .where('id', '=', id)
        .execute();
      this.forget(id);
    }

    async revokeByGrantId(grantId: string): Promise<void> {
      revocations?.forgetGrant(grantId);
      await db.deleteFrom('oidc_payloads').where('grant_id', '=', grantId).execute();
      revocations?.forgetGrant(grantId);
    }

    private forget(id: string): void {
      if (this.model === 'AccessToken') revocations?.forgetToken(id);
      if (this.model === 'Grant') revocations?.forgetGrant(id);
    }
  };
}

/** Deletes rows past their expiry; run now and then. */
export async function sweepExpired(db: Kysely<Database>, now = Date.now()): Promise<number> {
  const result = await db
    .deleteFrom('oidc_payloads')
    .where('expires_at', '<=', now)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
