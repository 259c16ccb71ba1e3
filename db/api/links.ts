import { randomUUID } from 'node:crypto';
import { and, eq, isNotNull, isNull, ne, or, sql } from 'drizzle-orm';
import type { Link, LinkFields, linksChannels } from '../../shared/contract/index.js';
import { nextDecisionStep } from '../../shared/domain/decisionFlow.js';
import { DIRECTED_LINK_KINDS, type LinkKind } from '../../shared/domain/people.js';
import type { ApiContext, Handlers } from './context.js';
import type { Db } from '../open.js';
import { links, people } from '../schema.js';
import { getLiveRow } from './accounts.js';
import { ApiFailure, conflict, notFound, requireAll } from './failure.js';
import { inIds, inLiveAccount, touchAccounts } from './queryHelpers.js';

export type LinkRow = typeof links.$inferSelect;

export const toLink = (row: LinkRow): Link => ({
  id: row.id,
  accountId: row.accountId,
  sourceId: row.sourceId,
  targetId: row.targetId,
  kind: row.kind,
  label: row.label,
  step: row.step,
  notes: row.notes,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
});

const badInput = (key: string) => new ApiFailure('bad_input', key);

function livePersonAccount(db: Db, id: string): string {
  const row = db
    .select({ accountId: people.accountId })
    .from(people)
    .where(and(eq(people.id, id), isNull(people.deletedAt), inLiveAccount(people.accountId)))
    .get();
  if (!row) throw notFound('errors.personNotFound', { id });
  return row.accountId;
}

/** A live link of the same kind between the same two people (either way round for mutual kinds). */
function duplicateOf(db: Db, link: { sourceId: string; targetId: string; kind: LinkKind; id?: string }) {
  const sameWay = and(eq(links.sourceId, link.sourceId), eq(links.targetId, link.targetId));
  const otherWay = and(eq(links.sourceId, link.targetId), eq(links.targetId, link.sourceId));
  return db
    .select({ id: links.id })
    .from(links)
    .where(
      and(
        eq(links.kind, link.kind),
        isNull(links.deletedAt),
        DIRECTED_LINK_KINDS.includes(link.kind) ? sameWay : or(sameWay, otherWay),
        link.id === undefined ? undefined : ne(links.id, link.id),
      ),
    )
    .get();
}

/** The next step of the account's live decision flow. */
function nextStep(db: Db, accountId: string, exceptId?: string): number {
  const flow = db
    .select({ id: links.id, kind: links.kind, step: links.step })
    .from(links)
    .where(and(eq(links.accountId, accountId), eq(links.kind, 'decision_flow'), isNull(links.deletedAt)))
    .all();
  return nextDecisionStep(flow, exceptId);
}

/** Only decision-flow links carry a step; one without a step goes after the last. */
const stepFor = (db: Db, accountId: string, kind: LinkKind, step: number | null, exceptId?: string) =>
  kind !== 'decision_flow' ? null : (step ?? nextStep(db, accountId, exceptId));

export function createLink(db: Db, input: { accountId: string; sourceId: string; targetId: string; fields: LinkFields }): Link {
  const { accountId, sourceId, targetId, fields } = input;
  getLiveRow(db, accountId);
  if (sourceId === targetId) throw badInput('errors.selfLink');
  const sourceAccount = livePersonAccount(db, sourceId);
  const targetAccount = livePersonAccount(db, targetId);
  if (sourceAccount !== accountId || targetAccount !== accountId) throw badInput('errors.crossAccount');
  if (duplicateOf(db, { sourceId, targetId, kind: fields.kind })) throw conflict('errors.duplicateLink');
  const now = new Date().toISOString();
  const row = db
    .insert(links)
    .values({
      id: randomUUID(),
      accountId,
      sourceId,
      targetId,
      ...fields,
      step: stepFor(db, accountId, fields.kind, fields.step),
      createdAt: now,
      updatedAt: now,
    })
    .returning()
    .get();
  touchAccounts(db, [accountId], now);
  return toLink(row);
}

function getLiveLink(db: Db, id: string): LinkRow {
  const row = db.select().from(links).where(and(eq(links.id, id), isNull(links.deletedAt), inLiveAccount(links.accountId))).get();
  if (!row) throw notFound('errors.linkNotFound', { id });
  return row;
}

export function updateLink(db: Db, id: string, patch: Partial<LinkFields>): Link {
  const current = getLiveLink(db, id);
  const kind = patch.kind ?? current.kind;
  if (kind !== current.kind && duplicateOf(db, { ...current, kind, id })) throw conflict('errors.duplicateLink');
  const step = patch.step !== undefined ? patch.step : kind === current.kind ? current.step : null;
  const now = new Date().toISOString();
  const row = db
    .update(links)
    .set({ ...patch, step: stepFor(db, current.accountId, kind, step, id), updatedAt: now })
    .where(eq(links.id, id))
    .returning()
    .get();
  touchAccounts(db, [current.accountId], now);
  return toLink(row);
}

export function deleteLinks(db: Db, requested: string[]): { ids: string[] } {
  const ids = [...new Set(requested)];
  const found = db
    .select({ id: links.id, accountId: links.accountId })
    .from(links)
    .where(and(inIds(links.id, ids), isNull(links.deletedAt), inLiveAccount(links.accountId)))
    .all();
  requireAll(ids, found, 'errors.linkNotFound');
  const now = new Date().toISOString();
  db.update(links).set({ deletedAt: now }).where(inIds(links.id, ids)).run();
  touchAccounts(db, found.map((l) => l.accountId), now);
  return { ids };
}

/** Why a deleted link cannot come back (one of its people is gone, or a newer link duplicates it), or null. */
export function restoreBlocker(db: Db, link: LinkRow): 'errors.linkPersonDeleted' | 'errors.duplicateLink' | null {
  const ends = db
    .select({ id: people.id })
    .from(people)
    .where(and(inIds(people.id, [link.sourceId, link.targetId]), isNull(people.deletedAt)))
    .all();
  if (ends.length < 2) return 'errors.linkPersonDeleted';
  return duplicateOf(db, link) ? 'errors.duplicateLink' : null;
}

/** Undoes `links.delete`: all of them come back, or none (with the reason). */
export function restoreLinks(db: Db, requested: string[]): Link[] {
  const ids = [...new Set(requested)];
  const rows = db.select().from(links).where(and(inIds(links.id, ids), isNotNull(links.deletedAt), inLiveAccount(links.accountId))).all();
  requireAll(ids, rows, 'errors.linkNotFound');
  const now = new Date().toISOString();
  const restored: LinkRow[] = [];
  for (const row of rows) {
    const blocker = restoreBlocker(db, row);
    if (blocker) throw conflict(blocker);
    // Restored one by one, so two deleted duplicates of each other cannot both come back.
    restored.push(db.update(links).set({ deletedAt: null }).where(eq(links.id, row.id)).returning().get());
  }
  touchAccounts(db, rows.map((l) => l.accountId), now);
  const order = new Map(ids.map((id, i) => [id, i]));
  return restored.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0)).map(toLink);
}

export function liveLinksOf(db: Db, accountId: string): Link[] {
  return db
    .select()
    .from(links)
    .where(and(eq(links.accountId, accountId), isNull(links.deletedAt)))
    // Insertion order: stable, and the order in which the user added them.
    .orderBy(sql`rowid`)
    .all()
    .map(toLink);
}

export const linksHandlers = ({ db }: ApiContext): Handlers<typeof linksChannels> => ({
  'links.create': (input) => createLink(db, input),
  'links.update': ({ id, patch }) => updateLink(db, id, patch),
  'links.delete': ({ ids }) => deleteLinks(db, ids),
  'links.restore': ({ ids }) => restoreLinks(db, ids),
});
