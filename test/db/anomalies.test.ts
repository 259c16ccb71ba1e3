import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS } from '../../shared/domain/anomalies/snapshot.js';
import { addAccount, addActivity, addDeal, addPerson, addTask, openPlanDb } from '../helpers/planFixtures.js';
import { fieldOf, refusal } from '../helpers/tempDb.js';

let t: Awaited<ReturnType<typeof openPlanDb>>;
let accountId: string;
beforeEach(async () => {
  t = await openPlanDb('2026-12-01T10:00:00');
  accountId = addAccount(t, 'Pacific Grid').id;
});
afterEach(() => t.cleanup());

const anomalies = () => t.call('anomalies.forAccount', { accountId }).anomalies;
const ofRule = (ruleId: string) => anomalies().filter((a) => a.ruleId === ruleId);

/** A deal at 提案 on a six-stage plan, with the decision-maker below 信赖 and the coach, who reports to them, trusted. */
function proposalWithUntrustedDecisionMaker() {
  const zhang = addPerson(t, accountId, 'Zhang Wei', { roles: ['decision_maker'], relationship: 'acquainted', influence: 'high', attitude: 'neutral' });
  const he = addPerson(t, accountId, 'He Wen', { roles: ['coach'], relationship: 'trusted', reportsToId: zhang.id, attitude: 'champion' });
  const deal = addDeal(t, accountId, 'Core banking', { stage: 'proposal' });
  t.call('influences.create', { opportunityId: deal.id, personId: zhang.id, fields: {} });
  t.call('influences.create', { opportunityId: deal.id, personId: he.id, fields: {} });
  t.call('plans.create', { opportunityId: deal.id, templateKey: 'six_stages' });
  return { zhang, he, deal };
}

describe('anomalies of an account', () => {
  it('raise an overdue task once its day has passed, and drop it when the task is done', () => {
    const task = addTask(t, accountId, 'Send the proposal', { dueDate: '2026-12-01' });
    expect(ofRule('task_overdue')).toEqual([]);
    t.time.advanceDays(2);
    expect(ofRule('task_overdue')).toMatchObject([{ id: `task_overdue:${task.id}`, severity: 'medium', params: { title: 'Send the proposal', due: '2026-12-01', days: 2 }, fix: { kind: 'tasks', id: task.id } }]);
    t.call('tasks.update', { id: task.id, patch: { status: 'done' } });
    expect(ofRule('task_overdue')).toEqual([]);
  });

  it('raise a high-influence person with no contact, drop it after a visit, and raise it again a month later', () => {
    const li = addPerson(t, accountId, 'Li Ming', { influence: 'high' });
    expect(ofRule('no_recent_contact')).toMatchObject([{ subjectKey: `${li.id}:never`, messageKey: 'anomalies.rules.no_recent_contact.never' }]);
    addActivity(t, accountId, '2026-12-01', [li.id]);
    expect(ofRule('no_recent_contact')).toEqual([]);
    t.time.advanceDays(31);
    expect(ofRule('no_recent_contact')).toMatchObject([{ subjectKey: `${li.id}:2026-12-01`, params: { days: 31, last: '2026-12-01' } }]);
  });

  it('raise the decision-maker below 信赖 at 提案, with the way in through the coach; it goes once they trust us', () => {
    const { zhang, he, deal } = proposalWithUntrustedDecisionMaker();
    const [found] = ofRule('decision_maker_not_trusted');
    expect(found).toMatchObject({
      severity: 'high',
      subjectKey: `${deal.id}:${zhang.id}`,
      opportunityId: deal.id,
      personIds: [zhang.id],
      suggestion: { key: 'anomalies.suggestions.askForIntroduction', params: { name: 'Zhang Wei', opener: 'He Wen', chain: 'He Wen → Zhang Wei' }, path: { path: [he.id, zhang.id] } },
    });
    const paths = t.call('paths.toPerson', { personId: zhang.id });
    expect(paths.chains).toEqual([found!.suggestion.path]);
    expect(paths.people[he.id]).toEqual({ id: he.id, name: 'He Wen', relationship: 'trusted' });

    t.call('people.update', { id: zhang.id, patch: { relationship: 'trusted' } });
    expect(ofRule('decision_maker_not_trusted')).toEqual([]);
    expect(t.call('paths.toPerson', { personId: zhang.id }).chains).toEqual([]);
    expect(t.call('history.forPerson', { personId: zhang.id })).toMatchObject([{ entity: 'person', field: 'relationship', before: 'acquainted', after: 'trusted' }]);
  });

  it('record attitude and relationship changes, one row per changed field, nothing when unchanged', () => {
    const li = addPerson(t, accountId, 'Li Ming');
    t.call('people.update', { id: li.id, patch: { attitude: 'supporter', relationship: 'meeting', title: 'CIO' } });
    t.call('people.update', { id: li.id, patch: { attitude: 'supporter' } });
    expect(t.call('history.forPerson', { personId: li.id }).map((h) => [h.field, h.before, h.after]).sort()).toEqual([
      ['attitude', 'unknown', 'supporter'],
      ['relationship', 'none', 'meeting'],
    ]);
  });

  it('raise a fall of the scorecard total and record each score change', () => {
    const deal = addDeal(t, accountId, 'Core banking');
    const assess = (value: number, at: string) =>
      t.call('assessments.create', { opportunityId: deal.id, templateKey: 'keyplan', scores: { need: { value, evidence: 'Said so', personIds: [] } }, author: 'Me', authorId: null, assessedAt: at });
    const first = assess(4, '2026-10-01T09:00:00Z');
    const second = assess(2, '2026-11-01T09:00:00Z');
    expect(ofRule('score_fell')).toMatchObject([{ subjectKey: `${deal.id}:${second.id}`, params: { before: first.total!, after: second.total! } }]);
    // The scorecard's own cross-checks come through too (nobody is listed on the deal).
    expect(ofRule('scorecard_check').map((a) => a.subjectKey)).toContain(`${deal.id}:no_influences`);
    expect(t.call('history.forAccount', { accountId }).filter((h) => h.field === 'scoreTotal').map((h) => [h.before, h.after])).toEqual([
      [first.total, second.total],
      [null, first.total],
    ]);
    t.call('assessments.delete', { id: second.id });
    expect(ofRule('score_fell')).toEqual([]);
  });

  it('dismiss one with a reason (kept listed, marked, not counted) and restore it; a blank reason or a quiet anomaly is refused', () => {
    const task = addTask(t, accountId, 'Send the proposal', { dueDate: '2026-11-20' });
    const id = `task_overdue:${task.id}`;
    expect(t.call('anomalies.forAccount', { accountId }).counts.medium).toBe(1);
    expect(refusal(t, 'anomalies.dismiss', { accountId, ruleId: 'task_overdue', subjectKey: task.id, reason: '  ' }).fields?.[0]?.key).toBe('anomalies.errors.reasonRequired');
    expect(refusal(t, 'anomalies.dismiss', { accountId, ruleId: 'no_coach', subjectKey: 'nothing', reason: 'x' }).key).toBe('anomalies.errors.notFound');

    const dismissal = t.call('anomalies.dismiss', { accountId, ruleId: 'task_overdue', subjectKey: task.id, reason: ' Waiting for the client ' });
    expect(dismissal).toMatchObject({ reason: 'Waiting for the client' });
    const after = t.call('anomalies.forAccount', { accountId });
    expect(after.anomalies.find((a) => a.id === id)!.dismissed).toEqual({ reason: 'Waiting for the client' });
    expect(after.counts.medium).toBe(0);
    expect(after.dismissedCount).toBe(1);

    expect(t.call('anomalies.restore', { accountId, ruleId: 'task_overdue', subjectKey: task.id })).toEqual(dismissal);
    expect(anomalies().find((a) => a.id === id)!.dismissed).toBeUndefined();
    expect(refusal(t, 'anomalies.restore', { accountId, ruleId: 'task_overdue', subjectKey: task.id }).key).toBe('anomalies.errors.notDismissed');
  });

  it('use the thresholds from the settings: a stage stalls after the days set there', () => {
    expect(t.call('anomalyThresholds.get')).toEqual(DEFAULT_THRESHOLDS);
    const deal = addDeal(t, accountId, 'Core banking');
    t.call('plans.create', { opportunityId: deal.id, templateKey: 'six_stages' });
    t.time.advanceDays(20);
    expect(ofRule('stage_stalled')).toEqual([]);
    expect(t.call('anomalyThresholds.set', { thresholds: { ...DEFAULT_THRESHOLDS, stalledDays: 14 } }).stalledDays).toBe(14);
    expect(ofRule('stage_stalled')).toMatchObject([{ opportunityId: deal.id, params: { days: 20 } }]);
    expect(fieldOf(refusal(t, 'anomalyThresholds.set', { thresholds: { ...DEFAULT_THRESHOLDS, stalledDays: 0 } })).path).toBe('thresholds.stalledDays');
    expect(t.call('anomalyThresholds.get').stalledDays).toBe(14);
  });

  it('keep an override visible until the deal goes back before that key node', () => {
    const deal = addDeal(t, accountId, 'Core banking');
    t.call('plans.create', { opportunityId: deal.id, templateKey: 'six_stages' });
    t.call('plans.advance', { opportunityId: deal.id, override: { reason: 'Urgent' } });
    expect(ofRule('key_node_overridden')).toMatchObject([{ params: { reason: 'Urgent', count: 6 }, fix: { kind: 'plan', id: deal.id } }]);
    t.call('plans.moveBack', { opportunityId: deal.id });
    expect(ofRule('key_node_overridden')).toEqual([]);
  });
});
