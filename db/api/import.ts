import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { ImportedPerson, PeopleImported, Person, importChannels } from '../../shared/contract/index.js';
import type { ApiContext, Handlers } from './context.js';
import { englishText } from '../../shared/i18n/index.js';
import type { Db } from '../open.js';
import { people } from '../schema.js';
import { getLiveRow } from './accounts.js';
import { ApiFailure } from './failure.js';
import { assertManager, assertOwner, normalizeRoles, toPerson } from './people.js';
import { touchAccounts } from './queryHelpers.js';

const rowFailure = (code: 'bad_input' | 'conflict', key: string, path: string, params: Record<string, string | number>) =>
  new ApiFailure(code, key, params, [{ path, key, message: englishText(key, params), params }]);

/** Where each person's manager is: another person of this import (by index), someone already in the account (by id), or nobody. */
type Manager = { index: number } | { id: string } | null;

function resolveManagers(people: ImportedPerson[]): Manager[] {
  const indexOf = new Map<string, number>();
  people.forEach((person, i) => {
    const first = indexOf.get(person.ref);
    if (first !== undefined) throw rowFailure('bad_input', 'import.refused.duplicateRef', `people.${i}.ref`, { ref: person.ref });
    indexOf.set(person.ref, i);
  });
  return people.map((person, i) => {
    if (person.managerRef === null) return null;
    const index = indexOf.get(person.managerRef);
    if (index === i) throw rowFailure('bad_input', 'errors.selfManager', `people.${i}.managerRef`, {});
    return index === undefined ? { id: person.managerRef } : { index };
  });
}

/**
 * Managers before their reports, otherwise in the order sent. Refuses a reporting cycle inside the
 * import (people already in the account cannot report to someone new, so no cycle can go through them).
 */
function creationOrder(people: ImportedPerson[], managers: Manager[]): number[] {
  const state = new Uint8Array(people.length); // 0 new, 1 on the current chain, 2 placed
  const order: number[] = [];
  for (let start = 0; start < people.length; start++) {
    const chain: number[] = [];
    for (let at: number | null = start; at !== null && state[at] === 0; ) {
      state[at] = 1;
      chain.push(at);
      const manager: Manager = managers[at]!;
      const next: number | null = manager && 'index' in manager ? manager.index : null;
      if (next !== null && state[next] === 1) {
        const cycle = chain.slice(chain.indexOf(next));
        const names = [...cycle, next].map((i) => people[i]!.fields.name).join(' → ');
        throw rowFailure('conflict', 'import.refused.cycle', `people.${next}.managerRef`, { names });
      }
      at = next;
    }
    for (const i of chain.reverse()) {
      state[i] = 2;
      order.push(i);
    }
  }
  return order;
}

/** One prepared INSERT per database, run once per imported person. */
function prepareInsert(db: Db) {
  const p = sql.placeholder;
  return db
    .insert(people)
    .values({
      id: p('id'),
      accountId: p('accountId'),
      name: p('name'),
      title: p('title'),
      department: p('department'),
      email: p('email'),
      phone: p('phone'),
      reportsToId: p('reportsToId'),
      roles: p('roles'),
      attitude: p('attitude'),
      relationship: p('relationship'),
      targetRelationship: p('targetRelationship'),
      style: p('style'),
      influence: p('influence'),
      motivations: p('motivations'),
      pains: p('pains'),
      notes: p('notes'),
      ownerId: p('ownerId'),
      x: p('x'),
      y: p('y'),
      createdAt: p('createdAt'),
      updatedAt: p('updatedAt'),
    })
    .returning()
    .prepare();
}
const insertByDb = new WeakMap<Db, ReturnType<typeof prepareInsert>>();
const insertStatement = (db: Db) => {
  let prepared = insertByDb.get(db);
  if (!prepared) insertByDb.set(db, (prepared = prepareInsert(db)));
  return prepared;
};

/**
 * Creates many people and their reporting lines in the caller's transaction: all of them or, on the
 * first refusal, none. The rules are those of adding one person by hand (`createPerson`'s checks:
 * live account, manager a live person of the same account, owner on our team), checked once per
 * distinct manager and owner; the rows then go in through one prepared INSERT, managers first.
 */
export function importPeople(db: Db, input: { accountId: string; people: ImportedPerson[] }): PeopleImported {
  const { accountId, people: batch } = input;
  getLiveRow(db, accountId);
  const managers = resolveManagers(batch);
  const checked = new Set<string>();
  batch.forEach((person, i) => {
    const manager = managers[i];
    if (manager && 'id' in manager && !checked.has(`m:${manager.id}`)) {
      assertManager(db, `people.${i}.managerRef`, { accountId }, manager.id);
      checked.add(`m:${manager.id}`);
    }
    const { ownerId } = person.fields;
    if (ownerId !== null && !checked.has(`o:${ownerId}`)) {
      assertOwner(db, `people.${i}.fields.ownerId`, ownerId);
      checked.add(`o:${ownerId}`);
    }
  });

  const ids = batch.map(() => randomUUID());
  const now = new Date().toISOString();
  const rows = creationOrder(batch, managers).map((i) => {
    const manager = managers[i];
    const { fields } = batch[i]!;
    return {
      id: ids[i]!,
      accountId,
      ...fields,
      reportsToId: !manager ? null : 'id' in manager ? manager.id : ids[manager.index]!,
      roles: normalizeRoles(fields.roles),
      x: null,
      y: null,
      createdAt: now,
      updatedAt: now,
    };
  });
  const insert = insertStatement(db);
  const created = new Map<string, Person>();
  for (const row of rows) created.set(row.id, toPerson(insert.get(row)));
  touchAccounts(db, [accountId], now);
  const inOrder = ids.map((id) => created.get(id)!);
  return { created: inOrder.length, people: inOrder };
}

export const importHandlers = ({ db }: ApiContext): Handlers<typeof importChannels> => ({
  'people.import': (input) => importPeople(db, input),
});
