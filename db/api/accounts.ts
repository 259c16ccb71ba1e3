import { randomUUID } from 'node:crypto';
import { and, eq, inArray, isNotNull, isNull, lt, ne, sql, type SQL } from 'drizzle-orm';
import type { Account, AccountFields, AccountSummary, AccountsListInput, accountsChannels } from '../../shared/contract/index.js';
import { nameCollator } from '../../shared/domain/nameOrder.js';
import { foldForCompare } from '../../shared/domain/text.js';
import type { ApiContext, Handlers } from './context.js';
import type { Db } from '../open.js';
import { accounts, people } from '../schema.js';
import { conflict, notFound } from './failure.js';

type Row = typeof accounts.$inferSelect;

const collator = nameCollator(['zh-CN', 'en']);
const TIER_ORDER = { A: 0, B: 1, C: 2 } as const;
const TRASH_DAYS = 30;

export const toAccount = (row: Row): Account => ({
  id: row.id,
  name: row.name,
  industry: row.industry,
  region: row.region,
  tier: row.tier,
  purchasingMode: row.purchasingMode,
  purchasePattern: row.purchasePattern,
  annualPotential: row.annualPotential,
  currency: row.currency as Account['currency'],
  relationshipPhase: row.relationshipPhase,
  strategicFit: row.strategicFit,
  clientPlan: row.clientPlan,
  procurementProcess: row.procurementProcess,
  notes: row.notes,
  archivedAt: row.archivedAt,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
});

export function listAccounts(db: Db, input: AccountsListInput): AccountSummary[] {
  const where: SQL[] = [isNull(accounts.deletedAt)];
  const status = input.status ?? 'active';
  if (status === 'active') where.push(isNull(accounts.archivedAt));
  if (status === 'archived') where.push(isNotNull(accounts.archivedAt));
  if (input.tiers?.length) where.push(inArray(accounts.tier, input.tiers));
  if (input.phases?.length) where.push(inArray(accounts.relationshipPhase, input.phases));

  // Searched here rather than with LIKE, which folds the case of ASCII letters only; accounts are few.
  const search = foldForCompare(input.search?.trim() ?? '');
  const rows = db
    .select()
    .from(accounts)
    .where(and(...where))
    .all()
    .filter((row) => !search || foldForCompare(row.name).includes(search));
  const sign = input.direction === 'desc' ? -1 : 1;
  const byName = (a: Row, b: Row) => collator.compare(a.name, b.name);
  const compare: Record<NonNullable<AccountsListInput['sort']>, (a: Row, b: Row) => number> = {
    name: (a, b) => sign * byName(a, b),
    updated: (a, b) => sign * a.updatedAt.localeCompare(b.updatedAt) || byName(a, b),
    tier: (a, b) => sign * (TIER_ORDER[a.tier] - TIER_ORDER[b.tier]) || byName(a, b),
    // Accounts without a figure go last in either direction.
    potential: (a, b) =>
      (a.annualPotential === null ? 1 : 0) - (b.annualPotential === null ? 1 : 0) ||
      sign * ((a.annualPotential ?? 0) - (b.annualPotential ?? 0)) ||
      byName(a, b),
  };
  rows.sort(compare[input.sort ?? 'name']);
  const counts = livePeopleCounts(db);
  return rows.map((row) => ({ ...toAccount(row), peopleCount: counts.get(row.id) ?? 0 }));
}

/** Live people per account, in one grouped query over the (account_id, deleted_at) index. */
function livePeopleCounts(db: Db): Map<string, number> {
  const rows = db
    .select({ accountId: people.accountId, count: sql<number>`count(*)` })
    .from(people)
    .where(isNull(people.deletedAt))
    .groupBy(people.accountId)
    .all();
  return new Map(rows.map((r) => [r.accountId, r.count]));
}

export function getLiveRow(db: Db, id: string): Row {
  const row = db.select().from(accounts).where(and(eq(accounts.id, id), isNull(accounts.deletedAt))).get();
  if (!row) throw notFound('errors.accountNotFound');
  return row;
}

export const getAccount = (db: Db, id: string): Account => toAccount(getLiveRow(db, id));

/**
 * Live account names are unique under Unicode case folding ("Émile SA" = "émile sa", NFC = NFD). The
 * unique index on lower(name) only folds ASCII and stays as the last guard; this check runs first and
 * compares over the live rows (accounts are few).
 */
function assertNameFree(db: Db, name: string, exceptId?: string) {
  const folded = foldForCompare(name);
  const live = db
    .select({ name: accounts.name })
    .from(accounts)
    .where(and(isNull(accounts.deletedAt), exceptId ? ne(accounts.id, exceptId) : undefined))
    .all();
  if (live.some((row) => foldForCompare(row.name) === folded)) throw conflict('errors.duplicateName', { name });
}

export function createAccount(db: Db, fields: AccountFields, extra: { isSample?: boolean } = {}): Account {
  assertNameFree(db, fields.name);
  const now = new Date().toISOString();
  const row = db
    .insert(accounts)
    .values({ id: randomUUID(), ...fields, isSample: extra.isSample ?? false, createdAt: now, updatedAt: now })
    .returning()
    .get();
  return toAccount(row);
}

export function updateAccount(db: Db, id: string, fields: AccountFields): Account {
  getLiveRow(db, id);
  assertNameFree(db, fields.name, id);
  const row = db
    .update(accounts)
    .set({ ...fields, updatedAt: new Date().toISOString() })
    .where(eq(accounts.id, id))
    .returning()
    .get();
  return toAccount(row);
}

export function archiveAccount(db: Db, id: string, archived: boolean): Account {
  getLiveRow(db, id);
  const now = new Date().toISOString();
  const row = db
    .update(accounts)
    .set({ archivedAt: archived ? now : null, updatedAt: now })
    .where(eq(accounts.id, id))
    .returning()
    .get();
  return toAccount(row);
}

export function deleteAccount(db: Db, id: string): { id: string } {
  getLiveRow(db, id);
  db.update(accounts).set({ deletedAt: new Date().toISOString() }).where(eq(accounts.id, id)).run();
  return { id };
}

export function restoreAccount(db: Db, id: string): Account {
  const row = db.select().from(accounts).where(and(eq(accounts.id, id), isNotNull(accounts.deletedAt))).get();
  if (!row) throw notFound('errors.accountNotFound');
  assertNameFree(db, row.name, id);
  const restored = db.update(accounts).set({ deletedAt: null }).where(eq(accounts.id, id)).returning().get();
  return toAccount(restored);
}

/** Accounts in the trash for longer than the undo window are removed for good (children cascade). */
export function purgeTrash(db: Db, now = new Date()): number {
  const cutoff = new Date(now.getTime() - TRASH_DAYS * 86_400_000).toISOString();
  return db.delete(accounts).where(and(isNotNull(accounts.deletedAt), lt(accounts.deletedAt, cutoff))).run().changes;
}

export function liveSampleExists(db: Db): boolean {
  return Boolean(
    db.select({ id: accounts.id }).from(accounts).where(and(eq(accounts.isSample, true), isNull(accounts.deletedAt))).get(),
  );
}

export const accountsHandlers = ({ db }: ApiContext): Handlers<typeof accountsChannels> => ({
  'accounts.list': (input) => listAccounts(db, input),
  'accounts.get': ({ id }) => getAccount(db, id),
  'accounts.create': ({ fields }) => createAccount(db, fields),
  'accounts.update': ({ id, fields }) => updateAccount(db, id, fields),
  'accounts.archive': ({ id, archived }) => archiveAccount(db, id, archived),
  'accounts.delete': ({ id }) => deleteAccount(db, id),
  'accounts.restore': ({ id }) => restoreAccount(db, id),
});
