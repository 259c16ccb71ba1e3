import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Input } from '../../shared/contract/index.js';
import { emptyAccountFields } from '../../shared/contract/index.js';
import { openTempDb, type TempDb } from '../helpers/tempDb.js';

let t: TempDb;
beforeEach(async () => {
  t = await openTempDb();
});
afterEach(() => t.cleanup());

const fields = (over: Partial<typeof emptyAccountFields> = {}) => ({ ...emptyAccountFields, name: 'Acme', ...over });

describe('accounts', () => {
  it('creates, lists, updates, archives, deletes and restores', () => {
    const a = t.call('accounts.create', { fields: fields({ name: '  招商银行  ', tier: 'A', annualPotential: 1e6 }) });
    expect(a.name).toBe('招商银行');
    expect(t.call('accounts.list', {}).map((x) => x.name)).toEqual(['招商银行']);

    const u = t.call('accounts.update', { id: a.id, fields: fields({ name: '招商银行总行', region: '深圳' }) });
    expect(u.region).toBe('深圳');

    t.call('accounts.archive', { id: a.id, archived: true });
    expect(t.call('accounts.list', {})).toHaveLength(0);
    expect(t.call('accounts.list', { status: 'archived' })).toHaveLength(1);
    t.call('accounts.archive', { id: a.id, archived: false });

    t.call('accounts.delete', { id: a.id });
    expect(t.call('accounts.list', { status: 'all' })).toHaveLength(0);
    const get = t.dispatch('accounts.get', { id: a.id });
    expect(get.ok).toBe(false);
    t.call('accounts.restore', { id: a.id });
    expect(t.call('accounts.list', {})).toHaveLength(1);
  });

  it('refuses a duplicate name (case-insensitive) with conflict and keeps the first', () => {
    t.call('accounts.create', { fields: fields({ name: 'Acme Bank' }) });
    const r = t.dispatch('accounts.create', { fields: fields({ name: 'ACME bank' }) });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('conflict');
    expect(t.call('accounts.list', {})).toHaveLength(1);
  });

  it('gives field-level messages for invalid input and changes nothing', () => {
    const r = t.dispatch('accounts.create', { fields: fields({ name: '   ', annualPotential: -5 }) });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('bad_input');
      expect(r.error.fields?.map((f) => [f.path, f.key])).toEqual([
        ['fields.name', 'errors.required'],
        ['fields.annualPotential', 'errors.notNegative'],
      ]);
    }
    expect(t.call('accounts.list', { status: 'all' })).toHaveLength(0);
  });

  it('searches literally, filters by tier and phase, sorts', () => {
    t.call('accounts.create', { fields: fields({ name: '100% Steel', tier: 'C', annualPotential: 5 }) });
    t.call('accounts.create', { fields: fields({ name: 'Alpha', tier: 'A', relationshipPhase: 'strengthen', annualPotential: 50 }) });
    t.call('accounts.create', { fields: fields({ name: 'Beta', tier: 'B', annualPotential: null }) });
    const names = (input: Input<'accounts.list'>) => t.call('accounts.list', input).map((a) => a.name);
    expect(names({ search: '%' })).toEqual(['100% Steel']);
    expect(names({ search: 'alp' })).toEqual(['Alpha']);
    expect(names({ tiers: ['A', 'C'] })).toEqual(['100% Steel', 'Alpha']);
    expect(names({ phases: ['strengthen'] })).toEqual(['Alpha']);
    expect(names({ sort: 'potential', direction: 'desc' })).toEqual(['Alpha', '100% Steel', 'Beta']);
    expect(names({ sort: 'tier' })).toEqual(['Alpha', 'Beta', '100% Steel']);
  });

  it('loads the sample account once', () => {
    const s = t.call('sample.load', { language: 'zh-CN' });
    expect(s.name).toContain('银行');
    expect(s.purchasingMode).toBe('centralized');
    const again = t.dispatch('sample.load', { language: 'en' });
    expect(again.ok).toBe(false);
  });

  it('keeps the language setting', () => {
    expect(t.call('settings.get')).toEqual({ language: null });
    t.call('settings.set', { language: 'en' });
    expect(t.call('settings.get')).toEqual({ language: 'en' });
  });

  it('answers an unknown channel with bad_input', () => {
    const r = t.dispatch('accounts.drop', {});
    expect(r).toMatchObject({ ok: false, error: { code: 'bad_input', key: 'errors.unknownChannel' } });
  });
});
