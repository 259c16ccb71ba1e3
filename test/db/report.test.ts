import { afterEach, describe, expect, it } from 'vitest';
import type { Person } from '../../shared/contract/index.js';
import { openTempDb, type TempDb } from '../helpers/tempDb.js';

let db: TempDb;
afterEach(() => db?.cleanup());

describe('report channels', () => {
  it('report.accountPlan reads the map, the team and the last export in one call; markExported remembers it in settings', async () => {
    db = await openTempDb();
    const accountId = db.call('sample.load', { language: 'en' }).id;
    const plan = db.call('report.accountPlan', { accountId });
    expect(plan.account.id).toBe(accountId);
    expect(plan.people).toHaveLength(22);
    expect(plan.links.length).toBeGreaterThan(0);
    expect(plan.team.length).toBeGreaterThan(0);
    expect(plan.lastExport).toBeNull();
    // Features not built yet add nothing: the document leaves their sections out.
    expect(Object.keys(plan).sort()).toEqual(['account', 'lastExport', 'links', 'people', 'team']);

    const record = db.call('report.markExported', { accountId });
    expect(record.summary.peopleCount).toBe(22);
    expect(record.summary.keyCount).toBe(Object.keys(record.summary.key).length);
    const row = db.handle.sqlite.prepare('select value from settings where key = ?').get(`report.lastExport.${accountId}`) as { value: string };
    expect(JSON.parse(row.value)).toEqual(record);
    expect(db.call('report.accountPlan', { accountId }).lastExport).toEqual(record);
    expect(db.call('settings.get')).toEqual({ language: null });
  });

  it('a damaged stored export counts as none', async () => {
    db = await openTempDb();
    const accountId = db.call('sample.load', { language: 'en' }).id;
    for (const value of ['not json', '{"exportedAt":"yesterday","summary":{}}', '[]']) {
      db.handle.sqlite.prepare('insert or replace into settings (key, value) values (?, ?)').run(`report.lastExport.${accountId}`, value);
      expect(db.call('report.accountPlan', { accountId }).lastExport).toBeNull();
    }
  });

  it('report.visitBrief gives the person with the whole map; unknown or deleted people and accounts are not found', async () => {
    db = await openTempDb();
    const accountId = db.call('sample.load', { language: 'zh-CN' }).id;
    const people = db.call('report.accountPlan', { accountId }).people;
    const target = people[3] as Person;
    const brief = db.call('report.visitBrief', { personId: target.id });
    expect(brief.person).toEqual(target);
    expect(brief.people).toHaveLength(22);
    expect(brief.account.id).toBe(accountId);

    const missing = db.dispatch('report.visitBrief', { personId: 'nope' });
    expect(missing.ok ? null : missing.error.code).toBe('not_found');
    db.call('people.delete', { ids: [target.id] });
    const deleted = db.dispatch('report.visitBrief', { personId: target.id });
    expect(deleted.ok ? null : deleted.error.code).toBe('not_found');
    db.call('accounts.delete', { id: accountId });
    for (const channel of ['report.accountPlan', 'report.markExported'] as const) {
      const gone = db.dispatch(channel, { accountId });
      expect(gone.ok ? null : gone.error.code).toBe('not_found');
    }
  });
});
