import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  emptyAccountFields,
  emptyPersonFields,
  type Account,
  type Link,
  type Person,
} from '../../shared/contract/index.js';
import { openTempDb, type TempDb } from '../helpers/tempDb.js';

let t: TempDb;
let account: Account;
let people: Person[];
let link: Link;
beforeEach(async () => {
  t = await openTempDb();
  account = t.call('accounts.create', { fields: { ...emptyAccountFields, name: 'Soon in the trash' } });
  people = ['Ada', 'Bo', 'Cy'].map((name) => t.call('people.create', { accountId: account.id, fields: { ...emptyPersonFields, name } }));
  link = t.call('links.create', {
    accountId: account.id,
    sourceId: people[0]!.id,
    targetId: people[1]!.id,
    fields: { kind: 'influences', label: '', step: null, notes: '' },
  });
});
afterEach(() => t.cleanup());

const rows = () => ({
  people: t.handle.sqlite.prepare('select * from people order by id').all(),
  links: t.handle.sqlite.prepare('select * from links order by id').all(),
});

describe('the people and links of an account in the trash', () => {
  it('cannot be changed, moved, deleted or restored: not_found, and nothing changes', () => {
    // One person deleted before the account went to the trash, so there is something to restore.
    const deleted = t.call('people.delete', { ids: [people[2]!.id] });
    const second = t.call('links.create', {
      accountId: account.id,
      sourceId: people[1]!.id,
      targetId: people[0]!.id,
      fields: { kind: 'ally', label: '', step: null, notes: '' },
    });
    t.call('links.delete', { ids: [second.id] });
    t.call('accounts.delete', { id: account.id });
    const before = rows();

    const calls: [string, unknown][] = [
      ['people.update', { id: people[0]!.id, patch: { name: 'Changed in the trash' } }],
      ['people.move', { moves: [{ id: people[0]!.id, x: 10, y: 20 }] }],
      ['people.delete', { ids: [people[0]!.id] }],
      ['people.restore', deleted],
      ['links.update', { id: link.id, patch: { label: 'Changed in the trash' } }],
      ['links.delete', { ids: [link.id] }],
      ['links.restore', { ids: [second.id] }],
    ];
    for (const [channel, input] of calls) {
      const result = t.dispatch(channel, input);
      expect([channel, result.ok ? 'ok' : result.error.code]).toEqual([channel, 'not_found']);
    }
    expect(rows()).toEqual(before);
  });

  it('can be changed again once the account is restored', () => {
    t.call('accounts.delete', { id: account.id });
    t.call('accounts.restore', { id: account.id });
    t.call('people.update', { id: people[0]!.id, patch: { name: 'Ada Lovelace' } });
    t.call('links.update', { id: link.id, patch: { label: 'back' } });
    expect(t.call('map.get', { accountId: account.id }).people.map((p) => p.name)).toContain('Ada Lovelace');
  });

  it('cannot take a manager from an account in the trash', () => {
    const other = t.call('accounts.create', { fields: { ...emptyAccountFields, name: 'Live account' } });
    const lone = t.call('people.create', { accountId: other.id, fields: { ...emptyPersonFields, name: 'Dee' } });
    t.call('accounts.delete', { id: account.id });
    const result = t.dispatch('people.update', { id: lone.id, patch: { reportsToId: people[0]!.id } });
    expect(result.ok).toBe(false);
  });
});
