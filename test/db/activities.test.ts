import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addAccount, addActivity, addDeal, addPerson, openPlanDb } from '../helpers/planFixtures.js';
import { fieldOf, refusal } from '../helpers/tempDb.js';

let t: Awaited<ReturnType<typeof openPlanDb>>;
let accountId: string;
beforeEach(async () => {
  t = await openPlanDb('2026-12-01T10:00:00');
  accountId = addAccount(t, 'Pacific Grid').id;
});
afterEach(() => t.cleanup());

describe('activities', () => {
  it('logs, edits, deletes and restores an activity; lists newest first, for the account and for a person', () => {
    const wang = addPerson(t, accountId, 'Wang Wei');
    const he = addPerson(t, accountId, 'He Wen');
    const deal = addDeal(t, accountId, 'Core banking');
    const older = addActivity(t, accountId, '2026-11-02', [wang.id], { opportunityId: deal.id, summary: 'Budget talk' });
    const newer = addActivity(t, accountId, '2026-11-20', [wang.id, he.id]);
    expect(older).toMatchObject({ kind: 'visit', date: '2026-11-02', personIds: [wang.id], opportunityId: deal.id, summary: 'Budget talk', nextStepTaskId: null });
    expect(t.call('activities.listForAccount', { accountId }).map((a) => a.id)).toEqual([newer.id, older.id]);
    expect(t.call('activities.listForPerson', { personId: he.id }).map((a) => a.id)).toEqual([newer.id]);

    const edited = t.call('activities.update', { id: older.id, patch: { kind: 'call', nextStep: 'Send the price list' } });
    expect(edited).toMatchObject({ kind: 'call', nextStep: 'Send the price list', summary: 'Budget talk' });
    expect(t.call('activities.delete', { id: older.id })).toEqual({ id: older.id });
    expect(t.call('activities.listForPerson', { personId: wang.id }).map((a) => a.id)).toEqual([newer.id]);
    expect(t.call('activities.restore', { id: older.id })).toEqual({ ...edited });
  });

  it('refuses a person or an opportunity of another account, and a date that does not exist', () => {
    const other = addAccount(t, 'Harbour Bank').id;
    const stranger = addPerson(t, other, 'Stranger');
    const theirs = addDeal(t, other, 'Their deal');
    const base = { kind: 'call' as const, date: '2026-11-30', personIds: [], opportunityId: null, summary: '', nextStep: '' };
    expect(fieldOf(refusal(t, 'activities.create', { accountId, fields: { ...base, personIds: [stranger.id] } }))).toEqual({ code: 'bad_input', key: 'opportunities.errors.otherAccount', path: 'fields.personIds.0' });
    expect(fieldOf(refusal(t, 'activities.create', { accountId, fields: { ...base, opportunityId: theirs.id } })).key).toBe('plan.errors.otherAccountOpportunity');
    expect(refusal(t, 'activities.create', { accountId, fields: { ...base, date: '2026-02-29' } }).fields?.[0]?.key).toBe('plan.errors.date');
    expect(t.call('activities.listForAccount', { accountId })).toEqual([]);
  });

  it('gives each person’s last contact to the map: the latest activity on or before today, live people only', () => {
    const wang = addPerson(t, accountId, 'Wang Wei');
    const he = addPerson(t, accountId, 'He Wen');
    const li = addPerson(t, accountId, 'Li Ming');
    addActivity(t, accountId, '2026-10-01', [wang.id]);
    addActivity(t, accountId, '2026-11-15', [wang.id, he.id]);
    // Planned for next week: not a contact yet.
    addActivity(t, accountId, '2026-12-08', [he.id, li.id]);
    expect(t.call('map.get', { accountId }).lastContact).toEqual({ [wang.id]: '2026-11-15', [he.id]: '2026-11-15' });
    t.time.set('2026-12-09T09:00:00');
    expect(t.call('map.get', { accountId }).lastContact).toEqual({ [wang.id]: '2026-11-15', [he.id]: '2026-12-08', [li.id]: '2026-12-08' });
    t.call('people.delete', { ids: [li.id] });
    expect(t.call('map.get', { accountId }).lastContact[li.id]).toBeUndefined();
  });

  it('turns the next step into a task (undone by deleting the task, after which it can be turned again)', () => {
    const wang = addPerson(t, accountId, 'Wang Wei');
    const deal = addDeal(t, accountId, 'Core banking');
    const member = t.call('team.create', { fields: { name: 'Li Na', role: '' } });
    const activity = addActivity(t, accountId, '2026-11-30', [wang.id], { opportunityId: deal.id, nextStep: 'Send the reference case\nand the price list' });
    const turned = t.call('activities.nextStepToTask', { activityId: activity.id, ownerId: member.id, dueDate: '2026-12-04' });
    expect(turned.task).toMatchObject({ title: 'Send the reference case', notes: 'Send the reference case\nand the price list', personIds: [wang.id], opportunityId: deal.id, ownerId: member.id, dueDate: '2026-12-04', status: 'open' });
    expect(turned.activity.nextStepTaskId).toBe(turned.task.id);
    expect(refusal(t, 'activities.nextStepToTask', { activityId: activity.id }).key).toBe('plan.errors.nextStepTurned');

    t.call('tasks.delete', { id: turned.task.id });
    expect(t.call('activities.listForAccount', { accountId })[0]!.nextStepTaskId).toBeNull();
    expect(t.call('activities.nextStepToTask', { activityId: activity.id }).task.title).toBe('Send the reference case');

    const quiet = addActivity(t, accountId, '2026-11-30', [wang.id]);
    expect(refusal(t, 'activities.nextStepToTask', { activityId: quiet.id }).key).toBe('plan.errors.noNextStep');
    const another = addActivity(t, accountId, '2026-11-30', [wang.id], { nextStep: 'Call back' });
    expect(fieldOf(refusal(t, 'activities.nextStepToTask', { activityId: another.id, ownerId: 'nobody' })).path).toBe('ownerId');
  });
});
