import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localDateOf } from '../../shared/domain/plan/calendarDate.js';
import { addAccount, addActivity, addDeal, addPerson, addTask, openPlanDb } from '../helpers/planFixtures.js';

let t: Awaited<ReturnType<typeof openPlanDb>>;
beforeEach(async () => {
  // Tuesday: the week runs from Monday 30 November to Sunday 6 December.
  t = await openPlanDb('2026-12-01T10:00:00');
});
afterEach(() => t.cleanup());

const dashboard = () => t.call('dashboard.get');
const row = (id: string) => dashboard().accounts.find((a) => a.id === id)!;
const cachedRows = () => (t.handle.sqlite.prepare('select count(*) as n from anomaly_cache').get() as { n: number }).n;

describe('the dashboard', () => {
  it('shows every live, unarchived account with figures that match its data', () => {
    const grid = addAccount(t, 'Pacific Grid', { tier: 'A', relationshipPhase: 'stabilize' });
    const bank = addAccount(t, 'Harbour Bank', { tier: 'C' });
    const old = addAccount(t, 'Old Co');
    t.call('accounts.archive', { id: old.id, archived: true });

    const zhang = addPerson(t, grid.id, 'Zhang Wei', { influence: 'high' });
    const core = addDeal(t, grid.id, 'Core banking', { amount: 12_000_000, stage: 'proposal' });
    t.call('plans.create', { opportunityId: core.id, templateKey: 'six_stages' });
    addDeal(t, grid.id, 'Cloud', { amount: 3_000_000, currency: 'USD' });
    addDeal(t, grid.id, 'Won last year', { amount: 5_000_000, status: 'won', statusReason: 'Signed' });
    const assess = (value: number, at: string) =>
      t.call('assessments.create', { opportunityId: core.id, templateKey: 'keyplan', scores: { need: { value, evidence: '', personIds: [] } }, author: '', authorId: null, assessedAt: at });
    const first = assess(2, '2026-10-01T00:00:00Z');
    const second = assess(4, '2026-11-01T00:00:00Z');
    addTask(t, grid.id, 'Overdue', { dueDate: '2026-11-20' });
    addTask(t, grid.id, 'Today', { dueDate: '2026-12-01' });
    addTask(t, grid.id, 'Sunday', { dueDate: '2026-12-06' });
    addTask(t, grid.id, 'Next week', { dueDate: '2026-12-07' });
    addTask(t, grid.id, 'Done', { dueDate: '2026-12-02', status: 'done' });
    addActivity(t, grid.id, '2026-11-25', [zhang.id]);
    addActivity(t, grid.id, '2026-12-10', [zhang.id]);

    const view = dashboard();
    expect(view.today).toBe('2026-12-01');
    expect(view.week).toEqual({ start: '2026-11-30', end: '2026-12-06' });
    expect(view.accounts.map((a) => a.name)).toEqual(['Harbour Bank', 'Pacific Grid']);
    const g = view.accounts.find((a) => a.id === grid.id)!;
    expect(g).toMatchObject({ tier: 'A', phase: 'stabilize', tasksDueThisWeek: 2, tasksOverdue: 1, lastActivity: '2026-11-25' });
    expect(g.opportunities.map((o) => [o.name, o.stage])).toEqual([
      ['Core banking', 'proposal'],
      ['Cloud', 'development'],
    ]);
    expect(g.opportunities[0]).toMatchObject({ score: second.total, previousScore: first.total, trend: 'up', planStage: { key: 'proposal', index: 2, count: 6, name: { en: 'Proposal' } } });
    expect(g.opportunities[1]).toMatchObject({ score: null, trend: null, planStage: null });
    expect(g.openAmounts).toEqual([
      { currency: 'CNY', amount: 12_000_000 },
      { currency: 'USD', amount: 3_000_000 },
    ]);
    const anomalies = t.call('anomalies.forAccount', { accountId: grid.id });
    expect(g.anomalies).toEqual(anomalies.counts);
    expect(view.accounts.find((a) => a.id === bank.id)).toMatchObject({ opportunities: [], openAmounts: [], tasksDueThisWeek: 0, tasksOverdue: 0, lastActivity: null });
  });

  it('keeps each account’s anomaly figures until something they come from changes', () => {
    const grid = addAccount(t, 'Pacific Grid');
    const bank = addAccount(t, 'Harbour Bank');
    const li = addPerson(t, grid.id, 'Li Ming', { influence: 'high' });
    expect(row(grid.id).anomalies.medium).toBe(1);
    expect(cachedRows()).toBe(2);

    // Moving a card on the map changes nothing the rules read: the cached figures stay.
    t.call('people.move', { moves: [{ id: li.id, x: 10, y: 20 }] });
    expect(cachedRows()).toBe(2);

    const task = addTask(t, bank.id, 'Overdue', { dueDate: '2026-11-01' });
    expect(cachedRows()).toBe(1);
    expect(row(bank.id).anomalies.medium).toBe(1);
    addActivity(t, grid.id, '2026-11-30', [li.id]);
    expect(row(grid.id).anomalies.medium).toBe(0);
    t.call('anomalies.dismiss', { accountId: bank.id, ruleId: 'task_overdue', subjectKey: task.id, reason: 'Agreed with the client' });
    expect(row(bank.id).anomalies.medium).toBe(0);
    // A new day recomputes: the visit is now 31 days old.
    t.time.advanceDays(30);
    expect(row(grid.id).anomalies.medium).toBe(1);
  });

  it('compares today’s anomalies with the list of a week ago, and lists the week’s stage moves, score and relationship changes', () => {
    // People's and scorecards' changes are stamped by the machine's clock: the test's "now" is the real one, and the first read was 8 days ago.
    const day = (offset: number) => localDateOf(new Date(Date.now() + offset * 86_400_000));
    t.time.set(`${day(-8)}T10:00:00`);
    const grid = addAccount(t, 'Pacific Grid');
    const zhang = addPerson(t, grid.id, 'Zhang Wei', { influence: 'high', relationship: 'acquainted' });
    const task = addTask(t, grid.id, 'Send the proposal', { dueDate: day(-20) });
    const first = dashboard();
    expect(first.changes).toMatchObject({ comparedWith: null, newAnomalies: [], resolved: [] });

    t.time.set(new Date().toISOString());
    t.call('tasks.update', { id: task.id, patch: { status: 'done' } });
    const late = addTask(t, grid.id, 'Call back', { dueDate: day(-3) });
    const deal = addDeal(t, grid.id, 'Core banking');
    t.call('plans.create', { opportunityId: deal.id, templateKey: 'six_stages' });
    t.call('plans.advance', { opportunityId: deal.id, override: { reason: 'Urgent' } });
    t.call('assessments.create', { opportunityId: deal.id, templateKey: 'keyplan', scores: { need: { value: 3, evidence: '', personIds: [] } }, author: '', authorId: null });
    t.call('people.update', { id: zhang.id, patch: { relationship: 'meeting' } });

    const { changes } = dashboard();
    expect(changes.comparedWith).toBe(day(-8));
    // The overdue task is done, and the account-wide "no coach" gave way to the new deal's own.
    expect(changes.resolved.map((c) => c.anomaly.id).sort()).toEqual([`no_coach:account:${grid.id}`, `task_overdue:${task.id}`].sort());
    expect(changes.resolved.find((c) => c.anomaly.ruleId === 'task_overdue')).toMatchObject({ accountName: 'Pacific Grid', anomaly: { messageKey: 'anomalies.rules.task_overdue.message', params: { title: 'Send the proposal' } } });
    const fresh = changes.newAnomalies.map((c) => c.anomaly.id);
    expect(fresh).toContain(`task_overdue:${late.id}`);
    expect(fresh).toContain(`no_coach:${deal.id}`);
    expect(changes.stageMoves).toMatchObject([
      { opportunityName: 'Core banking', from: { key: 'customer_development', name: { en: 'Customer development' } }, to: { key: 'initiation', name: { en: 'Project initiation' } } },
    ]);
    expect(changes.scoreChanges).toMatchObject([{ opportunityId: deal.id, before: null }]);
    expect(changes.relationshipChanges).toMatchObject([{ personName: 'Zhang Wei', before: 'acquainted', after: 'meeting', direction: 'up' }]);

    // Read again the same day: the list of the day is not rewritten, the comparison is the same.
    expect(dashboard().changes.resolved).toEqual(changes.resolved);
    const days = t.handle.sqlite.prepare('select day from anomaly_days order by day').pluck().all();
    expect(days).toEqual([day(-8), day(0)]);
  });

  it('drops daily lists older than the one compared with', () => {
    const grid = addAccount(t, 'Pacific Grid');
    for (let day = 0; day < 12; day++) {
      addTask(t, grid.id, `Task ${day}`, { dueDate: '2026-11-01' });
      dashboard();
      t.time.advanceDays(1);
    }
    const days = t.handle.sqlite.prepare('select day from anomaly_days order by day').pluck().all() as string[];
    // Today is 13 December: the list compared with is from the 5th, and everything after is kept.
    expect(days[0]).toBe('2026-12-05');
    expect(days.at(-1)).toBe('2026-12-12');
  });
});
