import { randomUUID } from 'node:crypto';
import { and, desc, eq, gte, sql } from 'drizzle-orm';
import type { HistoryEntry } from '../../shared/contract/index.js';
import { HISTORY_FIELDS } from '../../shared/domain/anomalies/sinceLastWeek.js';
import type { Db } from '../open.js';
import { changeHistory } from '../schema.js';

/**
 * The change history the weekly summary reads (HISTORY_FIELDS): one row per changed field, written
 * in the same transaction as the change. People's relationship and attitude, an opportunity's stage
 * (plan moves, or the stage field while there is no plan) and its latest scorecard total.
 */

type Value = string | number | null;
type Row = typeof changeHistory.$inferSelect;

export const PERSON_ATTITUDE_FIELD = { entity: 'person', field: 'attitude' } as const;

interface Change {
  accountId: string;
  entity: string;
  entityId: string;
  field: string;
  before: Value;
  after: Value;
  at: string;
}

/** One row per change that changed something. */
export function recordChanges(db: Db, changes: readonly Change[]): void {
  const rows = changes.filter((c) => c.before !== c.after).map((c) => ({ id: randomUUID(), ...c }));
  if (rows.length > 0) db.insert(changeHistory).values(rows).run();
}

/** people.update's hook: the person's relationship and attitude, where the patch changes them. */
export function recordPersonChanges(
  db: Db,
  before: { id: string; accountId: string; relationship: string; attitude: string },
  after: { relationship: string; attitude: string },
  at: string,
): void {
  const base = { accountId: before.accountId, entityId: before.id, at };
  recordChanges(db, [
    { ...base, ...HISTORY_FIELDS.relationship, before: before.relationship, after: after.relationship },
    { ...base, ...PERSON_ATTITUDE_FIELD, before: before.attitude, after: after.attitude },
  ]);
}

export function recordStageChange(db: Db, opportunity: { id: string; accountId: string }, before: string | null, after: string | null, at: string): void {
  recordChanges(db, [{ accountId: opportunity.accountId, entityId: opportunity.id, ...HISTORY_FIELDS.stage, before, after, at }]);
}

export function recordScoreChange(db: Db, opportunity: { id: string; accountId: string }, before: number | null, after: number | null, at: string): void {
  recordChanges(db, [{ accountId: opportunity.accountId, entityId: opportunity.id, ...HISTORY_FIELDS.score, before, after, at }]);
}

/** Undoing a move takes its history row back with it. */
export function forgetStageChange(db: Db, opportunityId: string, at: string): void {
  db.delete(changeHistory)
    .where(and(eq(changeHistory.entityId, opportunityId), eq(changeHistory.field, HISTORY_FIELDS.stage.field), eq(changeHistory.at, at)))
    .run();
}

const toEntry = (row: Row): HistoryEntry => ({
  id: row.id,
  accountId: row.accountId,
  entity: row.entity,
  entityId: row.entityId,
  field: row.field,
  before: row.before ?? null,
  after: row.after ?? null,
  at: row.at,
});

const newestFirst = [desc(changeHistory.at), desc(sql`rowid`)];

export const historyOfEntity = (db: Db, entityId: string): HistoryEntry[] =>
  db
    .select()
    .from(changeHistory)
    .where(eq(changeHistory.entityId, entityId))
    .orderBy(...newestFirst)
    .all()
    .map(toEntry);

export const historyOfAccount = (db: Db, accountId: string, since?: string): HistoryEntry[] =>
  db
    .select()
    .from(changeHistory)
    .where(and(eq(changeHistory.accountId, accountId), since === undefined ? undefined : gte(changeHistory.at, since)))
    .orderBy(...newestFirst)
    .all()
    .map(toEntry);

/** Every account's entries at or after `since`, oldest first (the dashboard's week). */
export const historySince = (db: Db, since: string): HistoryEntry[] =>
  db.select().from(changeHistory).where(gte(changeHistory.at, since)).orderBy(changeHistory.at, sql`rowid`).all().map(toEntry);
