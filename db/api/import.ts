import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { and, eq, isNull, sql } from 'drizzle-orm';
import {
  MERGED_FIELDS,
  emptyPersonFields,
  type ImportedColumns,
  type ImportMerge,
  type ImportReapplied,
  type ImportReverted,
  type MergedPerson,
  type PeopleImported,
  type Person,
  type importChannels,
} from '../../shared/contract/index.js';
import type { ApiContext, Handlers } from './context.js';
import { englishText } from '../../shared/i18n/index.js';
import type { Db } from '../open.js';
import { people } from '../schema.js';
import { getLiveRow } from './accounts.js';
import { ApiFailure } from './failure.js';
import { assertManager, deletePeople, getLivePerson, restorePeople, toPerson } from './people.js';
import { touchAccounts } from './queryHelpers.js';

type Code = 'bad_input' | 'conflict' | 'not_found';
const rowFailure = (code: Code, key: string, path: string, params: Record<string, string | number> = {}) =>
  new ApiFailure(code, key, params, [{ path, key, message: englishText(key, params), params }]);

/** A node of the reporting graph after the import: a new person (by index) or a person already there (by id). */
type Node = { index: number } | { id: string };
const keyOf = (node: Node) => ('index' in node ? `#${node.index}` : node.id);

interface Live {
  reportsToId: string | null;
  row: { title: string; department: string; email: string; phone: string; name: string };
}

/** The account's live people, once: managers, merges and cycles are all checked against it. */
function livePeople(db: Db, accountId: string): Map<string, Live> {
  const rows = db
    .select({ id: people.id, name: people.name, reportsToId: people.reportsToId, title: people.title, department: people.department, email: people.email, phone: people.phone })
    .from(people)
    .where(and(eq(people.accountId, accountId), isNull(people.deletedAt)))
    .all();
  return new Map(rows.map((r) => [r.id, { reportsToId: r.reportsToId, row: r }]));
}

/** Resolves a managerRef: a ref of this import, or a live person of the account; anything else is refused. */
function resolver(db: Db, accountId: string, refs: Map<string, number>, live: Map<string, Live>) {
  return (managerRef: string, path: string): Node => {
    const index = refs.get(managerRef);
    if (index !== undefined) return { index };
    if (live.has(managerRef)) return { id: managerRef };
    // Says why: in another account, or nowhere.
    assertManager(db, path, { accountId }, managerRef);
    throw rowFailure('not_found', 'errors.managerNotFound', path);
  };
}

/**
 * Refuses a reporting cycle in the graph the import makes: new people's managers, merged people's
 * new managers, everyone else's as they are. Walks up from every changed node, each node once.
 */
function assertNoCycle(up: (key: string) => string | null, starts: string[], nameOf: (key: string) => string, pathOf: (key: string) => string | null) {
  const state = new Map<string, 1 | 2>(); // 1 on the current chain, 2 known to end at the top
  for (const start of starts) {
    const chain: string[] = [];
    for (let at: string | null = start; at !== null && !state.has(at); at = up(at)) {
      state.set(at, 1);
      chain.push(at);
      const next = up(at);
      if (next !== null && state.get(next) === 1) {
        const cycle = [...chain.slice(chain.indexOf(next)), next];
        // Named at the first line of the cycle that this import draws.
        const path = cycle.map(pathOf).find((p) => p !== null) ?? 'merges';
        throw rowFailure('conflict', 'import.refused.cycle', path, { names: cycle.map(nameOf).join(' → ') });
      }
    }
    for (const key of chain) state.set(key, 2);
  }
}

function prepareStatements(db: Db, sqlite: Database.Database) {
  const p = sql.placeholder;
  return {
    // better-sqlite3 directly: at 50,000 rows a query builder's per-row work is most of the import's time.
    insert: sqlite.prepare<Record<string, string | null>>(
      `insert into people (id, account_id, name, title, department, email, phone, reports_to_id, roles, attitude, relationship, influence, created_at, updated_at)
       values (@id, @accountId, @name, @title, @department, @email, @phone, @reportsToId, @roles, @attitude, @relationship, @influence, @createdAt, @updatedAt)`,
    ),
    merge: db
      .update(people)
      .set({
        title: sql`${p('title')}`,
        department: sql`${p('department')}`,
        email: sql`${p('email')}`,
        phone: sql`${p('phone')}`,
        reportsToId: sql`${p('reportsToId')}`,
        updatedAt: sql`${p('now')}`,
      })
      .where(eq(people.id, p('id')))
      .prepare(),
  };
}
const statementsByDb = new WeakMap<Db, ReturnType<typeof prepareStatements>>();
const statements = (db: Db, sqlite: Database.Database) => {
  let prepared = statementsByDb.get(db);
  if (!prepared) statementsByDb.set(db, (prepared = prepareStatements(db, sqlite)));
  return prepared;
};

/**
 * A new person as `people.import` creates them: the imported fields, everything else as for a
 * person added by hand. Spelled out field by field: V8 makes `{ ...emptyPersonFields, id, … }`
 * (a spread, then keys the spread did not have) about 15 µs an object: it was about half of a
 * 10,000-row import's time in the backend.
 */
function newPerson(id: string, accountId: string, columns: ImportedColumns, i: number, reportsToId: string | null, now: string): Person {
  const empty = emptyPersonFields;
  return {
    id,
    accountId,
    name: columns.name[i]!,
    title: columns.title[i]!,
    department: columns.department[i]!,
    email: columns.email[i]!,
    phone: columns.phone[i]!,
    reportsToId,
    roles: [],
    attitude: empty.attitude,
    relationship: empty.relationship,
    targetRelationship: empty.targetRelationship,
    style: empty.style,
    influence: empty.influence,
    motivations: empty.motivations,
    pains: empty.pains,
    notes: empty.notes,
    ownerId: empty.ownerId,
    x: null,
    y: null,
    createdAt: now,
    updatedAt: now,
  };
}

/**
 * Creates many people with their reporting lines, and merges rows into people already in the
 * account, in the caller's transaction: all of it or, on the first refusal, nothing. The rules are
 * those of editing by hand (live account; a manager is a live person of the same account or one of
 * this import; no one reports to themselves; no cycle), checked once over the whole import.
 */
export function importPeople(db: Db, sqlite: Database.Database, input: { accountId: string; people: ImportedColumns; merges?: ImportMerge[] | undefined }): PeopleImported {
  const { accountId, people: columns } = input;
  const merges = input.merges ?? [];
  getLiveRow(db, accountId);
  const live = livePeople(db, accountId);

  const refs = new Map<string, number>();
  columns.ref.forEach((ref, i) => {
    if (refs.has(ref)) throw rowFailure('bad_input', 'import.refused.duplicateRef', `people.ref.${i}`, { ref });
    refs.set(ref, i);
  });
  const resolve = resolver(db, accountId, refs, live);
  const managers: (Node | null)[] = columns.managerRef.map((managerRef, i) => {
    if (managerRef === null) return null;
    const node = resolve(managerRef, `people.managerRef.${i}`);
    if ('index' in node && node.index === i) throw rowFailure('bad_input', 'errors.selfManager', `people.managerRef.${i}`);
    return node;
  });

  const merged = new Map<string, { merge: ImportMerge; index: number; manager: Node | null | undefined }>();
  merges.forEach((merge, i) => {
    if (!live.has(merge.id)) {
      getLivePerson(db, merge.id);
      throw rowFailure('bad_input', 'errors.crossAccount', `merges.${i}.id`);
    }
    if (merged.has(merge.id)) throw rowFailure('bad_input', 'import.refused.mergedTwice', `merges.${i}.id`, { name: live.get(merge.id)!.row.name });
    const manager = merge.managerRef === undefined || merge.managerRef === null ? merge.managerRef : resolve(merge.managerRef, `merges.${i}.managerRef`);
    if (manager && 'id' in manager && manager.id === merge.id) throw rowFailure('bad_input', 'errors.selfManager', `merges.${i}.managerRef`);
    merged.set(merge.id, { merge, index: i, manager });
  });

  const up = (key: string): string | null => {
    if (key.startsWith('#')) {
      const manager = managers[Number(key.slice(1))];
      return manager ? keyOf(manager) : null;
    }
    const change = merged.get(key);
    if (change && change.manager !== undefined) return change.manager ? keyOf(change.manager) : null;
    const manager = live.get(key)?.reportsToId ?? null;
    return manager !== null && live.has(manager) ? manager : null;
  };
  assertNoCycle(
    up,
    [...columns.ref.map((_, i) => `#${i}`), ...merged.keys()],
    (key) => (key.startsWith('#') ? columns.name[Number(key.slice(1))]! : (live.get(key)?.row.name ?? key)),
    (key) => {
      if (key.startsWith('#')) return `people.managerRef.${key.slice(1)}`;
      const change = merged.get(key);
      return change && change.manager !== undefined ? `merges.${change.index}.managerRef` : null;
    },
  );

  const now = new Date().toISOString();
  const ids = columns.ref.map(() => randomUUID());
  const idOf = (node: Node) => ('index' in node ? ids[node.index]! : node.id);
  const { insert, merge: update } = statements(db, sqlite);
  const created: Person[] = new Array<Person>(ids.length);
  // Managers before their reports: the foreign key wants the manager's row first.
  const placed = new Uint8Array(ids.length);
  const place = (start: number) => {
    const chain: number[] = [];
    for (let at: number | null = start; at !== null && !placed[at]; ) {
      chain.push(at);
      placed[at] = 1;
      const manager: Node | null | undefined = managers[at];
      at = manager && 'index' in manager ? manager.index : null;
    }
    for (const i of chain.reverse()) {
      const manager = managers[i];
      const person = newPerson(ids[i]!, accountId, columns, i, manager ? idOf(manager) : null, now);
      const { id, name, title, department, email, phone, reportsToId, attitude, relationship, influence, createdAt, updatedAt } = person;
      insert.run({ id, accountId, name, title, department, email, phone, reportsToId, roles: JSON.stringify(person.roles), attitude, relationship, influence, createdAt, updatedAt });
      created[i] = person;
    }
  };
  for (let i = 0; i < ids.length; i++) place(i);

  const mergedPeople: MergedPerson[] = [];
  for (const [id, { merge, manager }] of merged) {
    const current = live.get(id)!;
    const before: MergedPerson['before'] = {};
    const after: MergedPerson['after'] = {};
    for (const field of MERGED_FIELDS) {
      const value = merge.patch[field];
      if (value === undefined || value === current.row[field]) continue;
      before[field] = current.row[field];
      after[field] = value;
    }
    const reportsToId = manager === undefined ? current.reportsToId : manager ? idOf(manager) : null;
    if (reportsToId !== current.reportsToId) {
      before.reportsToId = current.reportsToId;
      after.reportsToId = reportsToId;
    }
    if (Object.keys(after).length === 0) continue;
    update.run({ id, ...current.row, ...after, reportsToId, now });
    mergedPeople.push({ id, before, after });
  }
  touchAccounts(db, [accountId], now);
  return { created: created.length, people: created, merged: mergedPeople, updated: peopleByIds(db, mergedPeople.map((m) => m.id)) };
}

function peopleByIds(db: Db, ids: string[]): Person[] {
  if (ids.length === 0) return [];
  const rows = db.select().from(people).where(sql`${people.id} in (select value from json_each(${JSON.stringify(ids)}))`).all();
  return rows.map(toPerson);
}

type MergedPatch = { id: string; patch: Partial<Pick<Person, 'title' | 'department' | 'email' | 'phone' | 'reportsToId'>> };

/**
 * Puts merged people's fields to the given values (an import's undo or redo). Managers are first
 * cleared, then set: going from one valid chart to another never passes through a cycle that way.
 * Someone deleted since is left alone.
 */
function setMergedFields(db: Db, list: MergedPatch[], now: string): Person[] {
  const targets = list.filter((m) => db.select({ id: people.id }).from(people).where(and(eq(people.id, m.id), isNull(people.deletedAt))).get());
  const withManager = targets.filter((m) => m.patch.reportsToId !== undefined);
  for (const m of withManager) db.update(people).set({ reportsToId: null }).where(eq(people.id, m.id)).run();
  const accountIds = targets.map((m, i) => {
    const row = getLivePerson(db, m.id);
    if (m.patch.reportsToId !== undefined) assertManager(db, `merged.${i}.patch.reportsToId`, row, m.patch.reportsToId);
    db.update(people).set({ ...m.patch, updatedAt: now }).where(eq(people.id, m.id)).run();
    return row.accountId;
  });
  touchAccounts(db, accountIds, now);
  return peopleByIds(db, targets.map((m) => m.id));
}

/** Undoes an import: merged people back as they were, then the created people deleted (those still there). */
export function revertImport(db: Db, input: { ids: string[]; merged: MergedPatch[] }): ImportReverted {
  const now = new Date().toISOString();
  const updated = setMergedFields(db, input.merged, now);
  const liveIds = input.ids.length === 0 ? [] : db.select({ id: people.id }).from(people).where(and(sql`${people.id} in (select value from json_each(${JSON.stringify(input.ids)}))`, isNull(people.deletedAt))).all().map((p) => p.id);
  const deleted = liveIds.length > 0 ? deletePeople(db, liveIds) : { ids: [], linkIds: [], detached: [] };
  return { deleted, updated };
}

/** Redoes an import: what its undo deleted back, then the merged people as the import made them. */
export function reapplyImport(db: Db, input: { restore: { ids: string[]; linkIds: string[]; detached: { id: string; reportsToId: string }[] }; merged: MergedPatch[] }): ImportReapplied {
  const restored = input.restore.ids.length > 0 ? restorePeople(db, input.restore) : { people: [], links: [] };
  const updated = setMergedFields(db, input.merged, new Date().toISOString());
  return { ...restored, updated };
}

export const importHandlers = ({ db, handle }: ApiContext): Handlers<typeof importChannels> => ({
  'people.import': (input) => importPeople(db, handle.sqlite, input),
  'people.revertImport': (input) => revertImport(db, input),
  'people.reapplyImport': (input) => reapplyImport(db, input),
});
