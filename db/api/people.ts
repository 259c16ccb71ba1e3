import { randomUUID } from 'node:crypto';
import { and, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import type { MapPerson, Person, PersonFields, PersonMove, PeopleDeleted, PeopleRestored, peopleChannels } from '../../shared/contract/index.js';
import type { ApiContext, Handlers } from './context.js';
import { BUYING_ROLES, type BuyingRole } from '../../shared/domain/people.js';
import { deletionOf } from '../../shared/domain/peopleDeletion.js';
import { wouldCreateCycle } from '../../shared/domain/reportingTree.js';
import type { Db } from '../open.js';
import { links, people, teamMembers } from '../schema.js';
import { getAccount, getLiveRow } from './accounts.js';
import { fieldFailure, notFound, requireAll } from './failure.js';
import { recordPersonChanges } from './history.js';
import { inIds, inLiveAccount, preparedPer, touchAccounts } from './queryHelpers.js';
import { restoreBlocker, toLink, type LinkRow } from './links.js';

export type PersonRow = typeof people.$inferSelect;

export const toPerson = (row: PersonRow): Person => ({
  id: row.id,
  accountId: row.accountId,
  name: row.name,
  title: row.title,
  department: row.department,
  email: row.email,
  phone: row.phone,
  reportsToId: row.reportsToId,
  roles: row.roles,
  attitude: row.attitude,
  relationship: row.relationship,
  targetRelationship: row.targetRelationship,
  style: row.style,
  influence: row.influence,
  motivations: row.motivations,
  pains: row.pains,
  notes: row.notes,
  ownerId: row.ownerId,
  x: row.x,
  y: row.y,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
});

/** Roles once each, in the vocabulary's order, whatever order the user ticked them in. */
export const normalizeRoles = (roles: readonly BuyingRole[]): BuyingRole[] => BUYING_ROLES.filter((role) => roles.includes(role));

export function getLivePerson(db: Db, id: string): PersonRow {
  const row = db.select().from(people).where(and(eq(people.id, id), isNull(people.deletedAt), inLiveAccount(people.accountId))).get();
  if (!row) throw notFound('errors.personNotFound', { id });
  return row;
}

/** The manager must be another live person of the same account, and not one of the person's reports. */
export function assertManager(db: Db, path: string, person: { id?: string; accountId: string }, managerId: string | null) {
  if (managerId === null) return;
  if (managerId === person.id) throw fieldFailure('bad_input', 'errors.selfManager', path);
  const manager = db
    .select({ id: people.id, accountId: people.accountId, name: people.name })
    .from(people)
    .where(and(eq(people.id, managerId), isNull(people.deletedAt), inLiveAccount(people.accountId)))
    .get();
  if (!manager) throw fieldFailure('not_found', 'errors.managerNotFound', path);
  if (manager.accountId !== person.accountId) throw fieldFailure('bad_input', 'errors.crossAccount', path);
  const managerOf = (id: string) => statements(db).managerOf.get({ id })?.up ?? null;
  if (person.id !== undefined && wouldCreateCycle(managerOf, person.id, manager.id)) {
    throw fieldFailure('conflict', 'errors.reportingCycle', path, { name: manager.name });
  }
}

/** Statements run once per row of a batch, prepared once per database. */
function prepareStatements(db: Db) {
  return {
    managerOf: db
      .select({ up: people.reportsToId })
      .from(people)
      .where(eq(people.id, sql.placeholder('id')))
      .prepare(),
    move: db
      .update(people)
      .set({ x: sql`${sql.placeholder('x')}`, y: sql`${sql.placeholder('y')}` })
      .where(and(eq(people.id, sql.placeholder('id')), isNull(people.deletedAt), inLiveAccount(people.accountId)))
      .prepare(),
    setManager: db
      .update(people)
      .set({ reportsToId: sql`${sql.placeholder('reportsToId')}`, updatedAt: sql`${sql.placeholder('now')}` })
      .where(eq(people.id, sql.placeholder('id')))
      .prepare(),
  };
}
const statements = preparedPer(prepareStatements);

export function assertOwner(db: Db, path: string, ownerId: string | null) {
  if (ownerId === null) return;
  const owner = db.select({ id: teamMembers.id }).from(teamMembers).where(eq(teamMembers.id, ownerId)).get();
  if (!owner) throw fieldFailure('not_found', 'errors.teamMemberNotFound', path);
}

export function createPerson(
  db: Db,
  input: { accountId: string; fields: PersonFields; position?: { x: number; y: number } | null | undefined },
): Person {
  const { accountId, fields } = input;
  getLiveRow(db, accountId);
  assertManager(db, 'fields.reportsToId', { accountId }, fields.reportsToId);
  assertOwner(db, 'fields.ownerId', fields.ownerId);
  const now = new Date().toISOString();
  const row = db
    .insert(people)
    .values({
      id: randomUUID(),
      accountId,
      ...fields,
      roles: normalizeRoles(fields.roles),
      x: input.position?.x ?? null,
      y: input.position?.y ?? null,
      createdAt: now,
      updatedAt: now,
    })
    .returning()
    .get();
  touchAccounts(db, [accountId], now);
  return toPerson(row);
}

export function updatePerson(db: Db, id: string, patch: Partial<PersonFields>): Person {
  const current = getLivePerson(db, id);
  if (patch.reportsToId !== undefined) assertManager(db, 'patch.reportsToId', current, patch.reportsToId);
  if (patch.ownerId !== undefined) assertOwner(db, 'patch.ownerId', patch.ownerId);
  const now = new Date().toISOString();
  const row = db
    .update(people)
    .set({ ...patch, ...(patch.roles ? { roles: normalizeRoles(patch.roles) } : {}), updatedAt: now })
    .where(eq(people.id, id))
    .returning()
    .get();
  recordPersonChanges(db, current, row, now);
  touchAccounts(db, [current.accountId], now);
  return toPerson(row);
}

/** Saves canvas positions (or clears them: null), all or none. Moving is not an edit of the person: `updatedAt` stays. */
export function movePeople(db: Db, moves: PersonMove[]): { count: number } {
  const moved = new Set<string>();
  const { move: update } = statements(db);
  for (const move of moves) {
    const result = update.run(move);
    if (result.changes === 0) throw notFound('errors.personNotFound', { id: move.id });
    moved.add(move.id);
  }
  return { count: moved.size };
}

function assertAllLive(db: Db, ids: string[]): { id: string; accountId: string }[] {
  const found = db
    .select({ id: people.id, accountId: people.accountId })
    .from(people)
    .where(and(inIds(people.id, ids), isNull(people.deletedAt), inLiveAccount(people.accountId)))
    .all();
  requireAll(ids, found, 'errors.personNotFound');
  return found;
}

/**
 * Soft-deletes people with their links. Their direct reports who stay are detached (no manager);
 * the answer lists all of it so `people.restore` can undo exactly this.
 */
export function deletePeople(db: Db, requested: string[]): PeopleDeleted {
  const ids = [...new Set(requested)];
  const found = assertAllLive(db, ids);
  const now = new Date().toISOString();
  const accountIds = [...new Set(found.map((p) => p.accountId))];
  const { linkIds, detached } = deletionOf(
    db.select({ id: people.id, reportsToId: people.reportsToId }).from(people).where(and(inIds(people.accountId, accountIds), isNull(people.deletedAt))).all(),
    db
      .select({ id: links.id, sourceId: links.sourceId, targetId: links.targetId })
      .from(links)
      .where(and(inIds(links.accountId, accountIds), isNull(links.deletedAt)))
      .orderBy(sql`rowid`)
      .all(),
    ids,
  );

  db.update(people).set({ deletedAt: now }).where(inIds(people.id, ids)).run();
  if (linkIds.length > 0) db.update(links).set({ deletedAt: now }).where(inIds(links.id, linkIds)).run();
  if (detached.length > 0) {
    db.update(people)
      .set({ reportsToId: null, updatedAt: now })
      .where(inIds(people.id, detached.map((d) => d.id)))
      .run();
  }
  touchAccounts(db, found.map((p) => p.accountId), now);
  return { ids, linkIds, detached };
}

/**
 * Undoes `people.delete`. The people must be deleted ones. What changed in between wins: a link
 * whose other end is gone or that a newer link duplicates stays deleted, a report who has another
 * manager now keeps them, and no reporting cycle is ever made.
 */
export function restorePeople(
  db: Db,
  input: { ids: string[]; linkIds: string[]; detached: { id: string; reportsToId: string }[] },
): PeopleRestored {
  const ids = [...new Set(input.ids)];
  const rows = db
    .select({ id: people.id, accountId: people.accountId, reportsToId: people.reportsToId })
    .from(people)
    .where(and(inIds(people.id, ids), isNotNull(people.deletedAt), inLiveAccount(people.accountId)))
    .all();
  requireAll(ids, rows, 'errors.personNotFound');
  const now = new Date().toISOString();
  db.update(people).set({ deletedAt: null }).where(inIds(people.id, ids)).run();

  // The live reporting lines of the accounts concerned, in memory: re-attaching is checked there.
  const accountIds = [...new Set(rows.map((p) => p.accountId))];
  const live = new Map(
    db
      .select({ id: people.id, accountId: people.accountId, reportsToId: people.reportsToId })
      .from(people)
      .where(and(inIds(people.accountId, accountIds), isNull(people.deletedAt)))
      .all()
      .map((p) => [p.id, p]),
  );

  // A manager deleted after these people (and not restored with them) cannot be reported to.
  const orphans = rows.filter((p) => p.reportsToId !== null && !live.has(p.reportsToId)).map((p) => p.id);
  if (orphans.length > 0) db.update(people).set({ reportsToId: null, updatedAt: now }).where(inIds(people.id, orphans)).run();
  for (const id of orphans) live.get(id)!.reportsToId = null;

  const managerOf = (id: string) => live.get(id)?.reportsToId ?? null;
  const reattached: string[] = [];
  for (const { id, reportsToId } of input.detached) {
    const report = live.get(id);
    const manager = live.get(reportsToId);
    if (!report || !manager || report.reportsToId !== null || report.accountId !== manager.accountId) continue;
    if (wouldCreateCycle(managerOf, id, reportsToId)) continue;
    report.reportsToId = reportsToId;
    reattached.push(id);
  }
  for (const id of reattached) statements(db).setManager.run({ id, reportsToId: live.get(id)!.reportsToId, now });

  const restoredLinks: LinkRow[] = [];
  for (const linkId of new Set(input.linkIds)) {
    const link = db.select().from(links).where(and(eq(links.id, linkId), isNotNull(links.deletedAt))).get();
    if (!link || restoreBlocker(db, link)) continue;
    restoredLinks.push(db.update(links).set({ deletedAt: null }).where(eq(links.id, linkId)).returning().get());
  }

  touchAccounts(db, rows.map((p) => p.accountId), now);
  const back = db
    .select()
    .from(people)
    .where(inIds(people.id, [...ids, ...reattached]))
    .all();
  return { people: back.map(toPerson), links: restoredLinks.map(toLink) };
}

export function livePeopleOf(db: Db, accountId: string): Person[] {
  return db
    .select()
    .from(people)
    .where(and(eq(people.accountId, accountId), isNull(people.deletedAt)))
    // Insertion order: stable, and the order in which the user added them.
    .orderBy(sql`rowid`)
    .all()
    .map(toPerson);
}

const NO_ROLES: BuyingRole[] = [];
type MapRow = [
  string,
  string,
  string,
  string,
  string | null,
  string,
  MapPerson['attitude'],
  MapPerson['relationship'],
  MapPerson['targetRelationship'],
  MapPerson['influence'],
  MapPerson['style'],
  string | null,
  string,
  number | null,
  number | null,
];

/**
 * The account's live people as the map draws them: only those columns are read, as plain rows
 * mapped here (10,000 people in half the time drizzle's row mapping takes).
 */
export function liveMapPeopleOf(db: Db, accountId: string): MapPerson[] {
  const rows = db
    .select({
      id: people.id,
      name: people.name,
      title: people.title,
      department: people.department,
      reportsToId: people.reportsToId,
      roles: sql<string>`${people.roles}`,
      attitude: people.attitude,
      relationship: people.relationship,
      targetRelationship: people.targetRelationship,
      influence: people.influence,
      style: people.style,
      ownerId: people.ownerId,
      pains: people.pains,
      x: people.x,
      y: people.y,
    })
    .from(people)
    .where(and(eq(people.accountId, accountId), isNull(people.deletedAt)))
    .orderBy(sql`rowid`)
    .values() as MapRow[];
  return rows.map(([id, name, title, department, reportsToId, roles, attitude, relationship, targetRelationship, influence, style, ownerId, pains, x, y]) => ({
    id,
    name,
    title,
    department,
    reportsToId,
    // Most people have no buying role: no parse, one shared empty list.
    roles: roles === '[]' ? NO_ROLES : (JSON.parse(roles) as BuyingRole[]),
    attitude,
    relationship,
    targetRelationship,
    influence,
    style,
    ownerId,
    pains,
    x,
    y,
  }));
}

export const peopleHandlers = ({ db }: ApiContext): Handlers<typeof peopleChannels> => ({
  'people.get': ({ id }) => toPerson(getLivePerson(db, id)),
  'people.list': ({ accountId }) => {
    getAccount(db, accountId);
    return livePeopleOf(db, accountId);
  },
  'people.create': (input) => createPerson(db, input),
  'people.update': ({ id, patch }) => updatePerson(db, id, patch),
  'people.move': ({ moves }) => movePeople(db, moves),
  'people.delete': ({ ids }) => deletePeople(db, ids),
  'people.restore': (input) => restorePeople(db, input),
});
