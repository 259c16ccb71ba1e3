import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  emptyAccountFields,
  emptyPersonFields,
  slimPerson,
  type Account,
  type AccountMap,
  type ApiError,
  type Link,
  type PersonFields,
} from '../../shared/contract/index.js';
import { openTempDb, type TempDb } from '../helpers/tempDb.js';

let t: TempDb;
let account: Account;
beforeEach(async () => {
  t = await openTempDb();
  account = t.call('accounts.create', { fields: { ...emptyAccountFields, name: '华东联合银行' } });
});
afterEach(() => t.cleanup());

const person = (name: string, over: Partial<PersonFields> = {}, accountId = account.id) =>
  t.call('people.create', { accountId, fields: { ...emptyPersonFields, name, ...over } });
const map = (accountId = account.id) => t.call('map.get', { accountId });
const names = (accountId = account.id) => map(accountId).people.map((p) => p.name).sort();
const failure = (channel: string, input: unknown): ApiError => {
  const result = t.dispatch(channel, input);
  if (result.ok) throw new Error(`${channel} unexpectedly succeeded`);
  return result.error;
};
const managerOf = (id: string) => map().people.find((p) => p.id === id)?.reportsToId;

describe('people.create and map.get', () => {
  it('keeps every field and shows the person on the account’s map', () => {
    const owner = t.call('team.create', { fields: { name: '王磊', role: '客户经理' } });
    const boss = person('周国平', { title: '行长' });
    const created = t.call('people.create', {
      accountId: account.id,
      fields: {
        ...emptyPersonFields,
        name: '  赵建华  ',
        title: '信息科技部总经理',
        department: '信息科技部',
        email: 'zhao@example.cn',
        phone: '021-1234',
        reportsToId: boss.id,
        roles: ['coach', 'decision_maker', 'coach'],
        attitude: 'supporter',
        relationship: 'trusted',
        targetRelationship: 'ally',
        style: 'driver',
        influence: 'high',
        motivations: '按期上线',
        pains: '预算压缩',
        notes: '<b>not html</b>',
        ownerId: owner.id,
      },
      position: { x: 120, y: -40.5 },
    });
    expect(created).toMatchObject({ name: '赵建华', roles: ['decision_maker', 'coach'], x: 120, y: -40.5, accountId: account.id });

    const loaded = map();
    expect(loaded.account.id).toBe(account.id);
    expect(loaded.team.map((m) => m.name)).toEqual(['王磊']);
    // The map carries what it draws; the whole person comes with people.get and people.list.
    expect(loaded.people.find((p) => p.id === created.id)).toEqual(slimPerson(created));
    expect(t.call('people.get', { id: created.id })).toEqual(created);
    expect(t.call('people.list', { accountId: account.id }).find((p) => p.id === created.id)).toEqual(created);
    expect(boss.x).toBeNull();
  });

  it('counts live people in the accounts list', () => {
    const other = t.call('accounts.create', { fields: { ...emptyAccountFields, name: 'Other' } });
    person('A');
    const b = person('B');
    person('C', {}, other.id);
    t.call('people.delete', { ids: [b.id] });
    const counts = Object.fromEntries(t.call('accounts.list', {}).map((a) => [a.name, a.peopleCount]));
    expect(counts).toEqual({ 华东联合银行: 1, Other: 1 });
  });

  it('refuses an unknown or deleted account, and bad fields with field messages', () => {
    expect(failure('people.create', { accountId: 'nope', fields: { ...emptyPersonFields, name: 'A' } })).toMatchObject({
      code: 'not_found',
      key: 'errors.accountNotFound',
    });
    const bad = failure('people.create', { accountId: account.id, fields: { ...emptyPersonFields, name: ' ', attitude: 'hostile' } });
    expect(bad.code).toBe('bad_input');
    expect(bad.fields?.map((f) => f.path)).toEqual(['fields.name', 'fields.attitude']);
    t.call('accounts.delete', { id: account.id });
    expect(failure('map.get', { accountId: account.id }).key).toBe('errors.accountNotFound');
    t.call('accounts.restore', { id: account.id });
    expect(map().people).toEqual([]);
  });

  it('refuses an owner who is not on our team', () => {
    const error = failure('people.create', { accountId: account.id, fields: { ...emptyPersonFields, name: 'A', ownerId: 'ghost' } });
    expect(error).toMatchObject({ code: 'not_found', key: 'errors.teamMemberNotFound' });
    expect(error.fields?.[0]?.path).toBe('fields.ownerId');
    expect(map().people).toEqual([]);
  });
});

describe('people.get and people.list', () => {
  it('answer whole live people; a deleted person or account is not found', () => {
    const a = person('A', { email: 'a@example.cn', pains: 'budget', notes: 'n' });
    const b = person('B');
    expect(t.call('people.list', { accountId: account.id }).map((p) => p.name)).toEqual(['A', 'B']);
    t.call('people.delete', { ids: [a.id] });
    expect(failure('people.get', { id: a.id }).key).toBe('errors.personNotFound');
    expect(t.call('people.list', { accountId: account.id }).map((p) => p.id)).toEqual([b.id]);
    t.call('accounts.delete', { id: account.id });
    expect(failure('people.list', { accountId: account.id }).key).toBe('errors.accountNotFound');
  });
});

describe('people.update', () => {
  it('changes only the fields in the patch', () => {
    const a = person('A', { title: 'CIO', pains: 'budget' });
    const b = person('B');
    const updated = t.call('people.update', { id: a.id, patch: { attitude: 'opponent', reportsToId: b.id } });
    expect(updated).toMatchObject({ title: 'CIO', pains: 'budget', attitude: 'opponent', reportsToId: b.id });
    expect(map().people.find((p) => p.id === a.id)).toEqual(slimPerson(updated));
    expect(t.call('people.get', { id: a.id })).toEqual(updated);
    const detached = t.call('people.update', { id: a.id, patch: { reportsToId: null } });
    expect(detached.reportsToId).toBeNull();
  });

  it('refuses a reporting cycle (A reports to B reports to A) and changes nothing', () => {
    const a = person('A');
    const b = person('B', { reportsToId: a.id });
    const error = failure('people.update', { id: a.id, patch: { reportsToId: b.id, title: 'lost' } });
    expect(error).toMatchObject({ code: 'conflict', key: 'errors.reportingCycle', params: { name: 'B' } });
    expect(error.message).toContain('B');
    expect(error.fields?.[0]?.path).toBe('patch.reportsToId');
    const a2 = map().people.find((p) => p.id === a.id);
    expect(a2).toMatchObject({ reportsToId: null, title: '' });
  });

  it('refuses a longer cycle and reporting to oneself', () => {
    const a = person('A');
    const b = person('B', { reportsToId: a.id });
    const c = person('C', { reportsToId: b.id });
    expect(failure('people.update', { id: a.id, patch: { reportsToId: c.id } }).key).toBe('errors.reportingCycle');
    expect(failure('people.update', { id: a.id, patch: { reportsToId: a.id } })).toMatchObject({ code: 'bad_input', key: 'errors.selfManager' });
    // Moving a whole branch under a sibling is fine.
    const d = person('D', { reportsToId: a.id });
    expect(t.call('people.update', { id: b.id, patch: { reportsToId: d.id } }).reportsToId).toBe(d.id);
    expect(managerOf(c.id)).toBe(b.id);
  });

  it('refuses a manager from another account or a deleted one', () => {
    const other = t.call('accounts.create', { fields: { ...emptyAccountFields, name: 'Other bank' } });
    const stranger = person('Stranger', {}, other.id);
    const a = person('A');
    expect(failure('people.update', { id: a.id, patch: { reportsToId: stranger.id } })).toMatchObject({
      code: 'bad_input',
      key: 'errors.crossAccount',
    });
    expect(failure('people.create', { accountId: account.id, fields: { ...emptyPersonFields, name: 'X', reportsToId: stranger.id } }).key).toBe(
      'errors.crossAccount',
    );
    const gone = person('Gone');
    t.call('people.delete', { ids: [gone.id] });
    expect(failure('people.update', { id: a.id, patch: { reportsToId: gone.id } })).toMatchObject({
      code: 'not_found',
      key: 'errors.managerNotFound',
    });
    expect(names()).toEqual(['A']);
  });

  it('refuses to edit a person deleted meanwhile (for example while selected)', () => {
    const a = person('A');
    t.call('people.delete', { ids: [a.id] });
    expect(failure('people.update', { id: a.id, patch: { title: 'x' } })).toMatchObject({ code: 'not_found', key: 'errors.personNotFound' });
    expect(failure('people.move', { moves: [{ id: a.id, x: 1, y: 1 }] }).key).toBe('errors.personNotFound');
  });
});

describe('people.move', () => {
  it('saves positions of several people at once', () => {
    const a = person('A');
    const b = person('B');
    expect(t.call('people.move', { moves: [{ id: a.id, x: 10, y: 20 }, { id: b.id, x: -5, y: 7.25 }] })).toEqual({ count: 2 });
    const byId = new Map(map().people.map((p) => [p.id, p]));
    expect([byId.get(a.id)?.x, byId.get(a.id)?.y, byId.get(b.id)?.x, byId.get(b.id)?.y]).toEqual([10, 20, -5, 7.25]);
  });

  it('moves nothing when one id is unknown', () => {
    const a = person('A');
    const error = failure('people.move', { moves: [{ id: a.id, x: 10, y: 20 }, { id: 'ghost', x: 0, y: 0 }] });
    expect(error).toMatchObject({ code: 'not_found', key: 'errors.personNotFound', params: { id: 'ghost' } });
    expect(map().people[0]).toMatchObject({ x: null, y: null });
  });

  it('clears stored positions with null, so the automatic layout places those cards again', () => {
    const a = person('A');
    const b = person('B');
    t.call('people.move', { moves: [{ id: a.id, x: 10, y: 20 }, { id: b.id, x: 30, y: 40 }] });
    expect(t.call('people.move', { moves: [{ id: a.id, x: null, y: null }, { id: b.id, x: 5, y: 6 }] })).toEqual({ count: 2 });
    const byId = new Map(map().people.map((p) => [p.id, p]));
    expect([byId.get(a.id)?.x, byId.get(a.id)?.y, byId.get(b.id)?.x, byId.get(b.id)?.y]).toEqual([null, null, 5, 6]);
  });

  it('refuses coordinates that are not finite numbers, and half a position', () => {
    const a = person('A');
    expect(failure('people.move', { moves: [{ id: a.id, x: Number.NaN, y: 0 }] }).code).toBe('bad_input');
    expect(failure('people.move', { moves: [{ id: a.id, x: null, y: 4 } as never] }).code).toBe('bad_input');
    expect(failure('people.move', { moves: [] }).code).toBe('bad_input');
  });
});

describe('people.delete and people.restore', () => {
  it('deletes people with their links, detaches their reports, and undo puts back exactly that', () => {
    const boss = person('Boss');
    const mid = person('Mid', { reportsToId: boss.id });
    const report1 = person('Report 1', { reportsToId: mid.id });
    const report2 = person('Report 2', { reportsToId: mid.id });
    const peer = person('Peer', { reportsToId: boss.id });
    const link = (sourceId: string, targetId: string, kind: Link['kind']) =>
      t.call('links.create', { accountId: account.id, sourceId, targetId, fields: { kind, label: '', step: null, notes: '' } });
    const l1 = link(mid.id, peer.id, 'conflict');
    const l2 = link(peer.id, mid.id, 'influences');
    const kept = link(peer.id, report1.id, 'ally');
    const before = map();

    const deleted = t.call('people.delete', { ids: [mid.id] });
    expect(deleted.ids).toEqual([mid.id]);
    expect(deleted.linkIds.sort()).toEqual([l1.id, l2.id].sort());
    expect(deleted.detached.sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      [
        { id: report1.id, reportsToId: mid.id },
        { id: report2.id, reportsToId: mid.id },
      ].sort((a, b) => a.id.localeCompare(b.id)),
    );
    const after = map();
    expect(after.people.map((p) => p.name).sort()).toEqual(['Boss', 'Peer', 'Report 1', 'Report 2']);
    expect(after.people.filter((p) => p.name.startsWith('Report')).map((p) => p.reportsToId)).toEqual([null, null]);
    expect(after.links.map((l) => l.id)).toEqual([kept.id]);

    const restored = t.call('people.restore', deleted);
    expect(restored.people.map((p) => p.name).sort()).toEqual(['Mid', 'Report 1', 'Report 2']);
    expect(restored.links.map((l) => l.id).sort()).toEqual([l1.id, l2.id].sort());
    const back = map();
    const shape = (m: AccountMap) => ({
      people: [...m.people].sort((a, b) => a.id.localeCompare(b.id)),
      links: [...m.links].sort((a, b) => a.id.localeCompare(b.id)),
    });
    expect(shape(back)).toEqual(shape(before));
  });

  it('deletes a manager together with their reports without detaching anyone', () => {
    const boss = person('Boss');
    const report = person('Report', { reportsToId: boss.id });
    const deleted = t.call('people.delete', { ids: [boss.id, report.id, boss.id] });
    expect(deleted).toEqual({ ids: [boss.id, report.id], linkIds: [], detached: [] });
    expect(map().people).toEqual([]);
    t.call('people.restore', deleted);
    expect(managerOf(report.id)).toBe(boss.id);
  });

  it('deletes nothing when one id is unknown or already deleted', () => {
    const a = person('A');
    const b = person('B');
    t.call('people.delete', { ids: [b.id] });
    expect(failure('people.delete', { ids: [a.id, b.id] })).toMatchObject({ code: 'not_found', key: 'errors.personNotFound', params: { id: b.id } });
    expect(names()).toEqual(['A']);
  });

  it('keeps what changed after the delete: a report’s new manager, a link to someone deleted since', () => {
    const boss = person('Boss');
    const other = person('Other');
    const third = person('Third');
    const report = person('Report', { reportsToId: boss.id });
    const l = t.call('links.create', {
      accountId: account.id,
      sourceId: boss.id,
      targetId: third.id,
      fields: { kind: 'influences', label: '', step: null, notes: '' },
    });
    const deleted = t.call('people.delete', { ids: [boss.id] });
    t.call('people.update', { id: report.id, patch: { reportsToId: other.id } });
    t.call('people.delete', { ids: [third.id] });
    const restored = t.call('people.restore', deleted);
    expect(restored.people.map((p) => p.name)).toEqual(['Boss']);
    expect(restored.links).toEqual([]);
    expect(managerOf(report.id)).toBe(other.id);
    expect(map().links.map((x) => x.id)).not.toContain(l.id);
  });

  it('never makes a reporting cycle when re-attaching reports', () => {
    const boss = person('Boss');
    const report = person('Report', { reportsToId: boss.id });
    const deleted = t.call('people.delete', { ids: [boss.id] });
    t.call('people.restore', { ids: [boss.id], linkIds: [], detached: [] });
    t.call('people.update', { id: boss.id, patch: { reportsToId: report.id } });
    // The first undo was partial; the stale data would now make Boss → Report → Boss.
    t.call('people.delete', { ids: [boss.id] });
    t.call('people.restore', { ids: [boss.id], linkIds: [], detached: deleted.detached });
    const people = map().people;
    expect(people.find((p) => p.id === boss.id)?.reportsToId).toBe(report.id);
    expect(people.find((p) => p.id === report.id)?.reportsToId).toBeNull();
  });

  it('refuses to restore people who are not deleted', () => {
    const a = person('A');
    expect(failure('people.restore', { ids: [a.id], linkIds: [], detached: [] })).toMatchObject({ code: 'not_found', key: 'errors.personNotFound' });
    expect(failure('people.restore', { ids: [] , linkIds: [], detached: [] }).code).toBe('bad_input');
  });
});
