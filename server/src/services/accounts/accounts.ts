import type { Kysely, Selectable } from 'kysely';
import { uuidv7 } from 'uuidv7';
import { dummyHash, hashPassword, verifyPassword } from '../../auth/passwords';
import type { AccountRole, AccountsTable, Database } from '../../db/schema';
import { audit } from '../core/audit';
import { ServiceError } from '../core/errors';
import type { Principal } from '../core/principal';

export type AccountRow = Selectable<AccountsTable>;

export interface NewAccount {
  readonly id?: string;
  readonly email: string;
  readonly displayName: string;
  readonly password: string;
  readonly role: AccountRole;
  readonly organisationId: string | null;
}

export function toPrincipal(row: AccountRow): Principal {
  return {
    id: row.id,
    role: row.role,
    organisationId: row.organisation_id,
    email: row.email,
    displayName: row.display_name,
  };
}

export function normaliseEmail(email: string): string {
  return email.trim().normalize('NFC').toLowerCase();
}

export interface AccountServiceOptions {
  /** Lower scrypt cost for tests; the stored hash records its parameters. */
  readonly passwordParams?: Parameters<typeof hashPassword>[1];
}

export function createAccountService(db: Kysely<Database>, options: AccountServiceOptions = {}) {
  return {
    async create(account: NewAccount, actorId: string | null = null): Promise<AccountRow> {
      if (account.role !== 'expert' && account.organisationId === null)
        throw new ServiceError('badRequest', `a ${account.role} belongs to an organisation`);
      const row: AccountRow = {
        id: account.id ?? uuidv7(),
        organisation_id: account.organisationId,
        email: normaliseEmail(account.email),
        display_name: account.displayName,
        password_hash: await hashPassword(account.password, options.passwordParams),
        role: account.role,
        status: 'active',
        created_at: new Date().toISOString(),
      };
      const inserted = await db
        .insertInto('accounts')
        .values(row)
        .onConflict((oc) => oc.column('email').doNothing())
        .executeTakeFirst();
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0)
        throw new ServiceError('conflict', 'an account with that e-mail exists');
      await audit(db, {
        actorId,
        action: 'account.create',
        subjectId: row.id,
        detail: { role: row.role },
      });
      return row;
    },

    async byId(id: string): Promise<AccountRow | undefined> {
      return db.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirst();
    },

    async byEmail(email: string): Promise<AccountRow | undefined> {
      return db
        .selectFrom('accounts')
        .selectAll()
        .where('email', '=', normaliseEmail(email))
        .executeTakeFirst();
    },

    /** The account id when the password matches an active account; same cost either way. */
    async checkPassword(email: string, password: string): Promise<string | undefined> {
      const row = await this.byEmail(email);
      if (!row || row.status !== 'active') {
        await verifyPassword(password, await dummyHash());
        return undefined;
      }
      return (await verifyPassword(password, row.password_hash)) ? row.id : undefined;
    },

    async createOrganisation(name: string, id: string = uuidv7()): Promise<string> {
      await db
        .insertInto('organisations')
        .values({ id, name, created_at: new Date().toISOString() })
        .execute();
      return id;
    },
  };
}

export type AccountService = ReturnType<typeof createAccountService>;
