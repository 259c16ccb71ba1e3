import { afterEach, describe, expect, it } from 'vitest';
import { emptyAccountFields, type Person } from '../../shared/contract/index.js';
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
    // The sample's live anomalies and open tasks come with it, and the last contacts with the map.
    expect(Object.keys(plan).sort()).toEqual(['account', 'anomalies', 'lastContact', 'lastExport', 'links', 'opportunities', 'people', 'tasks', 'team', 'whitespace']);

    const record = db.call('report.markExported', { accountId });
    expect(record.summary.peopleCount).toBe(22);
    expect(record.summary.keyCount).toBe(Object.keys(record.summary.key).length);
    const row = db.handle.sqlite.prepare('select value from settings where key = ?').get(`report.lastExport.${accountId}`) as { value: string };
    expect(JSON.parse(row.value)).toEqual(record);
    expect(db.call('report.accountPlan', { accountId }).lastExport).toEqual(record);
    expect(db.call('settings.get')).toEqual({ language: null });
  });

  it('report.accountPlan reads the open opportunities, largest first, each with its detail, and the whitespace grid', async () => {
    db = await openTempDb();
    const accountId = db.call('sample.load', { language: 'en' }).id;
    const plan = db.call('report.accountPlan', { accountId });
    const [core, cloud] = plan.opportunities!;
    expect(plan.opportunities).toHaveLength(2);
    expect(core!.amount!).toBeGreaterThan(cloud!.amount!);
    expect(core!.stage).toEqual({ key: `opportunities.stages.${core!.detail!.opportunity.stage}` });
    // The latest total, and the earlier ones oldest first.
    const totals = [...core!.detail!.assessments].reverse().map((a) => a.total);
    expect(core!.score).toBe(totals.at(-1));
    expect(core!.scoreHistory).toEqual(totals.slice(0, -1));
    expect(core!.detail!.influences.length).toBeGreaterThan(0);
    expect(core!.detail!.competitors.length).toBeGreaterThan(0);
    expect(core!.detail!.negotiation?.goal).toBeTruthy();
    expect(cloud!.detail!.negotiation).toBeNull();
    expect(plan.whitespace!.offerings.length).toBeGreaterThan(0);
    expect(plan.whitespace!.units.length).toBeGreaterThan(0);

    // A won deal is not open: not printed. A deleted person's influence is left out.
    db.call('opportunities.update', { id: cloud!.id, patch: { status: 'won', statusReason: 'Signed' } });
    db.call('people.delete', { ids: [core!.detail!.influences[0]!.personId] });
    const after = db.call('report.accountPlan', { accountId });
    expect(after.opportunities!.map((o) => o.id)).toEqual([core!.id]);
    expect(after.opportunities![0]!.detail!.influences).toHaveLength(core!.detail!.influences.length - 1);

    // An account without units has no whitespace grid to print.
    const bare = db.call('accounts.create', { fields: { ...emptyAccountFields, name: 'Bare' } }).id;
    const empty = db.call('report.accountPlan', { accountId: bare });
    expect(empty.opportunities).toEqual([]);
    expect(empty.whitespace).toBeUndefined();
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
