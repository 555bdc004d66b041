import { sql, type SqlBool } from 'kysely';
import type { Db } from '../../infra/database.ts';
import { pageRows } from '../../infra/page-size.ts';
import type { Role } from '../../lib/enums.ts';

export interface UserFilter {
  q?: string | undefined;
  role?: Role | undefined;
  status?: 'active' | 'disabled' | undefined;
}

const columns = ['id', 'email', 'displayName', 'role', 'emailVerifiedAt', 'disabledAt', 'createdAt'] as const;

/** Escapes LIKE wildcards so a search for "50%" finds "50%" and not everything. */
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export const createUsersRepository = (db: Db) => ({
  /** Users matching the filter in email order, after the given lower-cased email. */
  async listUsers(filter: UserFilter, afterEmail: string | undefined, limit: number) {
    let query = db
      .selectFrom('users')
      .select(columns)
      .orderBy(sql`lower(email) collate "C"`)
      .limit(pageRows(limit));
    if (filter.q !== undefined) {
      const pattern = likePattern(filter.q.toLowerCase());
      query = query.where(sql<SqlBool>`(lower(email) like ${pattern} or lower(display_name) like ${pattern})`);
    }
    if (filter.role !== undefined) query = query.where('role', '=', filter.role);
    if (filter.status === 'active') query = query.where('disabledAt', 'is', null);
    if (filter.status === 'disabled') query = query.where('disabledAt', 'is not', null);
    if (afterEmail !== undefined) query = query.where(sql<SqlBool>`lower(email) collate "C" > ${afterEmail}`);
    return query.execute();
  },

  findUser(id: string) {
    return db.selectFrom('users').select(columns).where('id', '=', id).executeTakeFirst();
  },

  findUserByEmail(email: string) {
    return db
      .selectFrom('users')
      .select(columns)
      .where(sql<SqlBool>`lower(email) = lower(${email})`)
      .executeTakeFirst();
  },

  async setRole(id: string, role: Role) {
    return db
      .updateTable('users')
      .set({ role, roleSource: null, updatedAt: sql<Date>`now()` }) // set here: a login never lowers it
      .where('id', '=', id)
      .returning(columns)
      .executeTakeFirst();
  },

  async setDisabled(id: string, disabled: boolean) {
    return db
      .updateTable('users')
      .set({ disabledAt: disabled ? sql<Date>`coalesce(disabled_at, now())` : null, updatedAt: sql<Date>`now()` })
      .where('id', '=', id)
      .returning(columns)
      .executeTakeFirst();
  },
});

export type UsersRepository = ReturnType<typeof createUsersRepository>;
export type UserRow = NonNullable<Awaited<ReturnType<UsersRepository['findUser']>>>;
