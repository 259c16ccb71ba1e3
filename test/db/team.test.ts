import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyAccountFields, emptyPersonFields } from '../../shared/contract/index.js';
import { openTempDb, type TempDb } from '../helpers/tempDb.js';

let t: TempDb;
beforeEach(async () => {
  t = await openTempDb();
});
afterEach(() => t.cleanup());

const member = (name: string, role = '') => t.call('team.create', { fields: { name, role } });

describe('team', () => {
  it('lists, creates and updates our team members', () => {
    expect(t.call('team.list')).toEqual([]);
    const wang = member('  王磊 ', '客户经理');
    const chen = member('陈静', '售前');
    expect(wang.name).toBe('王磊');
    expect(t.call('team.list').map((m) => m.name)).toEqual(['王磊', '陈静']);
    const updated = t.call('team.update', { id: chen.id, fields: { name: '陈静', role: '售前解决方案经理' } });
    expect(updated).toEqual({ ...chen, role: '售前解决方案经理' });
    expect(t.call('team.list')[1]).toEqual(updated);
  });

  it('refuses two members of the same name, an empty name and an unknown member', () => {
    const a = member('Lei Wang');
    const b = member('Jing Chen');
    expect(t.dispatch('team.create', { fields: { name: 'lei wang', role: '' } })).toMatchObject({
      ok: false,
      error: { code: 'conflict', key: 'errors.duplicateTeamMember' },
    });
    expect(t.dispatch('team.update', { id: b.id, fields: { name: 'LEI WANG', role: '' } })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(t.call('team.update', { id: a.id, fields: { name: 'Lei Wang', role: 'AM' } }).role).toBe('AM');
    expect(t.dispatch('team.create', { fields: { name: ' ', role: '' } })).toMatchObject({ ok: false, error: { code: 'bad_input' } });
    expect(t.dispatch('team.update', { id: 'ghost', fields: { name: 'X', role: '' } })).toMatchObject({
      ok: false,
      error: { code: 'not_found', key: 'errors.teamMemberNotFound' },
    });
    expect(t.dispatch('team.delete', { id: 'ghost' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(t.call('team.list').map((m) => m.name)).toEqual(['Lei Wang', 'Jing Chen']);
  });

  it('removes a member and leaves the people they owned without an owner', () => {
    const account = t.call('accounts.create', { fields: { ...emptyAccountFields, name: 'Bank' } });
    const wang = member('王磊');
    const chen = member('陈静');
    const owned = t.call('people.create', { accountId: account.id, fields: { ...emptyPersonFields, name: 'CIO', ownerId: wang.id } });
    const other = t.call('people.create', { accountId: account.id, fields: { ...emptyPersonFields, name: 'CFO', ownerId: chen.id } });
    expect(t.call('team.delete', { id: wang.id })).toEqual({ id: wang.id });
    const map = t.call('map.get', { accountId: account.id });
    expect(map.team.map((m) => m.name)).toEqual(['陈静']);
    expect(map.people.find((p) => p.id === owned.id)?.ownerId).toBeNull();
    expect(map.people.find((p) => p.id === other.id)?.ownerId).toBe(chen.id);
    expect(t.dispatch('people.update', { id: other.id, patch: { ownerId: wang.id } })).toMatchObject({
      ok: false,
      error: { code: 'not_found', key: 'errors.teamMemberNotFound' },
    });
  });
});
