import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyTaskFields } from '../../shared/contract/index.js';
import { RELATIONSHIP_PLAN_TEMPLATES } from '../../shared/templates/stages.js';
import { addAccount, addDeal, addPerson, addTask, openPlanDb } from '../helpers/planFixtures.js';
import { fieldOf, refusal } from '../helpers/tempDb.js';

let t: Awaited<ReturnType<typeof openPlanDb>>;
let accountId: string;
let otherId: string;
let memberId: string;
beforeEach(async () => {
  // Tuesday 1 December 2026: the week is Monday 30 November to Sunday 6 December.
  t = await openPlanDb('2026-12-01T10:00:00');
  accountId = addAccount(t, 'Pacific Grid').id;
  otherId = addAccount(t, 'Harbour Bank').id;
  memberId = t.call('team.create', { fields: { name: 'Li Na', role: 'AM' } }).id;
});
afterEach(() => t.cleanup());

describe('tasks', () => {
  it('creates a task with its owner, dates, people and opportunity, and returns it as saved', () => {
    const person = addPerson(t, accountId, 'Wang Wei');
    const deal = addDeal(t, accountId, 'Core banking');
    const task = addTask(t, accountId, '  Visit the CIO  ', { ownerId: memberId, startDate: '2026-12-02', dueDate: '2026-12-04', personIds: [person.id, person.id], opportunityId: deal.id, notes: 'Bring the case study' });
    expect(task).toMatchObject({ title: 'Visit the CIO', status: 'open', ownerId: memberId, startDate: '2026-12-02', dueDate: '2026-12-04', personIds: [person.id], opportunityId: deal.id, completedAt: null });
    expect(t.call('tasks.listForAccount', { accountId })).toEqual([task]);
  });

  it('refuses, at the field and with nothing saved: a due date before the start, an owner who does not exist, a person or opportunity of another account', () => {
    const stranger = addPerson(t, otherId, 'Stranger');
    const foreignDeal = addDeal(t, otherId, 'Their deal');
    const create = (fields: Partial<typeof emptyTaskFields>) => refusal(t, 'tasks.create', { accountId, fields: { ...emptyTaskFields, title: 'Call', ...fields } });
    expect(fieldOf(create({ startDate: '2026-12-10', dueDate: '2026-12-09' }))).toEqual({ code: 'bad_input', key: 'plan.errors.dueBeforeStart', path: 'fields.dueDate' });
    expect(fieldOf(create({ ownerId: 'nobody' }))).toEqual({ code: 'not_found', key: 'errors.teamMemberNotFound', path: 'fields.ownerId' });
    expect(fieldOf(create({ personIds: [stranger.id] }))).toEqual({ code: 'bad_input', key: 'opportunities.errors.otherAccount', path: 'fields.personIds.0' });
    expect(fieldOf(create({ opportunityId: foreignDeal.id }))).toEqual({ code: 'bad_input', key: 'plan.errors.otherAccountOpportunity', path: 'fields.opportunityId' });
    expect(fieldOf(create({ stageKey: 'proposal' }))).toMatchObject({ key: 'plan.errors.stageWithoutPlan' });
    expect(create({ dueDate: '2026-13-01' }).fields?.[0]).toMatchObject({ key: 'plan.errors.date', path: 'fields.dueDate' });
    const deal = addDeal(t, accountId, 'Core banking');
    t.call('plans.create', { opportunityId: deal.id, templateKey: 'six_stages' });
    expect(fieldOf(create({ opportunityId: deal.id, stageKey: 'proposal', phase: 'establish' })).key).toBe('plan.errors.stageAndPhase');
    expect(fieldOf(refusal(t, 'tasks.create', { accountId, fields: { ...emptyTaskFields, title: 'x', phase: 'establish' }, templateTaskKey: 'nope' })).key).toBe('plan.errors.templateTaskNotFound');
    expect(t.call('tasks.listForAccount', { accountId }).filter((task) => task.stageKey === null)).toEqual([]);
  });

  it('updates against the whole task (the start cannot pass the due date), marks done with the moment, and reopens', () => {
    const task = addTask(t, accountId, 'Call', { dueDate: '2026-12-04' });
    expect(fieldOf(refusal(t, 'tasks.update', { id: task.id, patch: { startDate: '2026-12-05' } })).key).toBe('plan.errors.dueBeforeStart');
    const done = t.call('tasks.update', { id: task.id, patch: { status: 'done' } });
    expect(done.completedAt).toBe(new Date('2026-12-01T10:00:00').toISOString());
    t.time.advanceDays(1);
    expect(t.call('tasks.update', { id: task.id, patch: { notes: 'still done' } }).completedAt).toBe(done.completedAt);
    expect(t.call('tasks.update', { id: task.id, patch: { status: 'open' } })).toMatchObject({ status: 'open', completedAt: null });
  });

  it('deletes and restores exactly; a deleted person is hidden on the task and comes back with them', () => {
    const person = addPerson(t, accountId, 'Wang Wei');
    const task = addTask(t, accountId, 'Call', { personIds: [person.id] });
    const { ids, linkIds, detached } = t.call('people.delete', { ids: [person.id] });
    expect(t.call('tasks.listForAccount', { accountId })[0]!.personIds).toEqual([]);
    t.call('tasks.update', { id: task.id, patch: { title: 'Call again' } });
    t.call('people.restore', { ids, linkIds, detached });
    expect(t.call('tasks.listForAccount', { accountId })[0]!.personIds).toEqual([person.id]);

    expect(t.call('tasks.delete', { id: task.id })).toEqual({ id: task.id });
    expect(t.call('tasks.listForAccount', { accountId })).toEqual([]);
    expect(refusal(t, 'tasks.update', { id: task.id, patch: { title: 'x' } }).key).toBe('plan.errors.taskNotFound');
    expect(t.call('tasks.restore', { id: task.id })).toMatchObject({ id: task.id, title: 'Call again', personIds: [person.id] });
    expect(refusal(t, 'tasks.restore', { id: task.id }).key).toBe('plan.errors.taskNotFound');
  });

  it('lists open tasks first by due date (undated last), then done ones', () => {
    const later = addTask(t, accountId, 'Later', { dueDate: '2026-12-20' });
    const undated = addTask(t, accountId, 'Undated');
    const soon = addTask(t, accountId, 'Soon', { dueDate: '2026-12-02' });
    const done = addTask(t, accountId, 'Done', { dueDate: '2026-11-01', status: 'done' });
    expect(t.call('tasks.listForAccount', { accountId }).map((task) => task.id)).toEqual([soon.id, later.id, undated.id, done.id]);
  });

  it('“my week” across accounts: overdue, due from today to Sunday, done this week; by owner; archived accounts left out', () => {
    addTask(t, accountId, 'Overdue', { dueDate: '2026-11-30' });
    addTask(t, otherId, 'Today', { dueDate: '2026-12-01', ownerId: memberId });
    addTask(t, accountId, 'Sunday', { dueDate: '2026-12-06' });
    addTask(t, accountId, 'Next week', { dueDate: '2026-12-07' });
    addTask(t, accountId, 'Undated');
    const finished = addTask(t, accountId, 'Finished', { dueDate: '2026-12-03' });
    t.call('tasks.update', { id: finished.id, patch: { status: 'done' } });
    const archived = addAccount(t, 'Old Co').id;
    addTask(t, archived, 'Archived', { dueDate: '2026-12-02' });
    t.call('accounts.archive', { id: archived, archived: true });

    const week = t.call('tasks.myWeek', {});
    expect(week.today).toBe('2026-12-01');
    expect(week.week).toEqual({ start: '2026-11-30', end: '2026-12-06' });
    expect(week.overdue.map((x) => x.title)).toEqual(['Overdue']);
    expect(week.dueThisWeek.map((x) => [x.title, x.accountName, x.ownerName])).toEqual([
      ['Today', 'Harbour Bank', 'Li Na'],
      ['Sunday', 'Pacific Grid', null],
    ]);
    expect(week.doneThisWeek.map((x) => x.title)).toEqual(['Finished']);
    expect(t.call('tasks.myWeek', { ownerId: memberId }).dueThisWeek.map((x) => x.title)).toEqual(['Today']);

    // Next Monday the finished task is last week's, and Sunday's is overdue.
    t.time.set('2026-12-07T09:00:00');
    const next = t.call('tasks.myWeek', {});
    expect(next.doneThisWeek).toEqual([]);
    expect(next.overdue.map((x) => x.title)).toEqual(['Overdue', 'Today', 'Sunday']);
  });
});

describe('the account relationship plan', () => {
  it('gives the phase with its objectives and the default tasks not added yet; moves phase, and back', () => {
    const plan = t.call('relationship.get', { accountId });
    expect(plan.phase).toBe('establish');
    expect(plan.template).toEqual(RELATIONSHIP_PLAN_TEMPLATES.establish);
    expect(plan.offered).toEqual(RELATIONSHIP_PLAN_TEMPLATES.establish.tasks);
    const first = RELATIONSHIP_PLAN_TEMPLATES.establish.tasks[0]!;
    const task = t.call('tasks.create', { accountId, fields: { ...emptyTaskFields, title: first.label.en, phase: 'establish' }, templateTaskKey: first.key });
    const after = t.call('relationship.get', { accountId });
    expect(after.tasks.map((x) => x.id)).toEqual([task.id]);
    expect(after.offered.map((x) => x.key)).not.toContain(first.key);
    // A deleted default task counts as added: the plan does not offer it twice.
    t.call('tasks.delete', { id: task.id });
    expect(t.call('relationship.get', { accountId }).offered.map((x) => x.key)).not.toContain(first.key);

    expect(t.call('relationship.setPhase', { accountId, phase: 'strengthen' }).relationshipPhase).toBe('strengthen');
    expect(t.call('relationship.get', { accountId }).offered).toEqual(RELATIONSHIP_PLAN_TEMPLATES.strengthen.tasks);
    expect(t.call('relationship.setPhase', { accountId, phase: 'establish' }).relationshipPhase).toBe('establish');
  });
});
