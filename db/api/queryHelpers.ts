import { sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Db } from '../open.js';
import { accounts } from '../schema.js';

/** `column in (…ids)` with one bound parameter, however many ids there are. */
export const inIds = (column: SQLiteColumn, ids: readonly string[]): SQL =>
  sql`${column} in (select value from json_each(${JSON.stringify(ids)}))`;

/**
 * `column` names an account that is not in the trash. The people and links of a deleted account keep
 * their own `deleted_at` empty (undoing the delete brings them all back), so every read or write of
 * them one by one goes through this, as for any other row of a deleted account.
 */
export const inLiveAccount = (column: SQLiteColumn): SQL =>
  sql`${column} in (select ${accounts.id} from ${accounts} where ${accounts.deletedAt} is null)`;

/** An edit of an account's map counts as an update of the account ("last updated" in the list). */
export function touchAccounts(db: Db, accountIds: Iterable<string>, now: string): void {
  const ids = [...new Set(accountIds)];
  if (ids.length > 0) db.update(accounts).set({ updatedAt: now }).where(inIds(accounts.id, ids)).run();
}

/** Statements prepared once per database (on first use), for queries run often or once per row of a batch. */
export function preparedPer<T>(prepare: (db: Db) => T): (db: Db) => T {
  const byDb = new WeakMap<Db, T>();
  return (db) => {
    let prepared = byDb.get(db);
    if (prepared === undefined) byDb.set(db, (prepared = prepare(db)));
    return prepared;
  };
}
