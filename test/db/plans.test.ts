import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyTaskFields } from '../../shared/contract/index.js';
import { SIX_STAGES, SIX_STEPS } from '../../shared/templates/stages.js';
import { addAccount, addDeal, openPlanDb } from '../helpers/planFixtures.js';
import { fieldOf, refusal, type TempDb } from '../helpers/tempDb.js';

let t: TempDb & Awaited<ReturnType<typeof openPlanDb>>;
let accountId: string;
beforeEach(async () => {
  t = await openPlanDb();
  accountId = addAccount(t, 'Pacific Grid').id;
});
afterEach(() => t.cleanup());

const tickAll = (opportunityId: string, stageKey: string) => {
  const stage = SIX_STAGES.stages.find((s) => s.key === stageKey)!;
  for (const c of stage.exitCriteria) t.call('plans.setCriterion', { opportunityId, stageKey, criterionKey: c.key, done: true });
};

describe('stage templates', () => {
  it('lists the built-ins first, copies one as a versioned user template and keeps every version', () => {
    expect(t.call('stageTemplates.list').map((e) => [e.template.key, e.builtIn])).toEqual([
      ['six_stages', true],
      ['six_steps', true],
    ]);
    const copy = t.call('stageTemplates.copy', { key: 'six_steps' });
    expect(copy.template).toMatchObject({ version: 1, basedOn: { key: 'six_steps', version: 1 }, name: { en: 'Six steps of key-account selling (copy)' } });
    const { key } = copy.template;
    const stages = copy.template.stages.slice(0, 3);
    const edited = t.call('stageTemplates.update', { key, template: { name: { 'zh-CN': '三步', en: 'Three steps' }, stages } });
    expect(edited.template.version).toBe(2);
    // Saving the same content again makes no new version.
    expect(t.call('stageTemplates.update', { key, template: { name: { 'zh-CN': '三步', en: 'Three steps' }, stages } }).template.version).toBe(2);
    expect(t.call('stageTemplates.versions', { key }).map((e) => e.template.version)).toEqual([2, 1]);
    expect(t.call('stageTemplates.list').at(-1)!.template.stages).toHaveLength(3);
  });

  it('refuses to edit a built-in, and a template that fails validateStageTemplate, at the field', () => {
    expect(refusal(t, 'stageTemplates.update', { key: 'six_stages', template: { name: SIX_STAGES.name, stages: SIX_STAGES.stages } }).key).toBe('plan.errors.builtInReadOnly');
    const { key } = t.call('stageTemplates.copy', { key: 'six_stages' }).template;
    const stages = SIX_STAGES.stages.map((s, i) => (i === 1 ? { ...s, name: { 'zh-CN': ' ', en: '' } } : s));
    const error = refusal(t, 'stageTemplates.update', { key, template: { name: SIX_STAGES.name, stages } });
    expect(fieldOf(error)).toEqual({ code: 'bad_input', key: 'plan.templateProblems.emptyStageName', path: 'template.stages.1.name' });
    expect(fieldOf(refusal(t, 'stageTemplates.update', { key, template: { name: SIX_STAGES.name, stages: [] } })).key).toBe('plan.templateProblems.noStages');
    expect(t.call('stageTemplates.versions', { key })).toHaveLength(1);
  });

  it('deletes a user template (plans on it keep their snapshot) and restores it', () => {
    const { key } = t.call('stageTemplates.copy', { key: 'six_stages' }).template;
    const deal = addDeal(t, accountId, 'Core banking');
    t.call('plans.create', { opportunityId: deal.id, templateKey: key });
    expect(t.call('stageTemplates.delete', { key })).toEqual({ key });
    expect(t.call('stageTemplates.list').some((e) => e.template.key === key)).toBe(false);
    expect(t.call('plans.get', { opportunityId: deal.id }).plan!.template.key).toBe(key);
    expect(refusal(t, 'plans.create', { opportunityId: addDeal(t, accountId, 'Other').id, templateKey: key }).key).toBe('plan.errors.templateNotFound');
    expect(t.call('stageTemplates.restore', { key }).template.key).toBe(key);
    expect(refusal(t, 'stageTemplates.delete', { key: 'six_steps' }).key).toBe('plan.errors.builtInReadOnly');
  });
});

describe('a stage plan', () => {
  it('is made from each built-in template, with its default tasks, starting where the opportunity stands', () => {
    const a = addDeal(t, accountId, 'Core banking');
    const detail = t.call('plans.create', { opportunityId: a.id, templateKey: 'six_stages' });
    expect(detail.plan).toMatchObject({ stageIndex: 0, stageKey: 'customer_development', processKey: 'six_stages', moves: [], gate: { allowed: false, atLastStage: false } });
    expect(detail.plan!.gate.missing).toEqual(SIX_STAGES.stages[0]!.exitCriteria.map((c) => c.key));
    expect(detail.tasks).toHaveLength(SIX_STAGES.stages.flatMap((s) => s.tasks).length);
    expect(detail.tasks.every((task) => task.status === 'open' && task.ownerId === null && task.dueDate === null && task.stageKey !== null && task.templateTaskKey !== null)).toBe(true);
    expect(detail.plan!.stages.map((s) => s.status)).toEqual(['current', 'upcoming', 'upcoming', 'upcoming', 'upcoming', 'upcoming']);
    expect(detail.plan!.stages[0]!.enteredAt).toBe(detail.plan!.createdAt);

    const b = addDeal(t, accountId, 'Cloud', { stage: 'proposal' });
    const steps = t.call('plans.create', { opportunityId: b.id, templateKey: 'six_steps' });
    expect(steps.plan).toMatchObject({ stageKey: 'present_value', processKey: 'six_steps' });
    expect(steps.opportunity.stage).toBe('proposal');
    expect(steps.tasks).toHaveLength(SIX_STEPS.stages.flatMap((s) => s.tasks).length);

    expect(refusal(t, 'plans.create', { opportunityId: a.id, templateKey: 'six_steps' }).key).toBe('plan.errors.planExists');
    expect(refusal(t, 'plans.create', { opportunityId: addDeal(t, accountId, 'Third').id, templateKey: 'six_stages', templateVersion: 9 }).key).toBe('plan.errors.templateVersionNotFound');
    expect(t.call('plans.get', { opportunityId: addDeal(t, accountId, 'No plan').id }).plan).toBeNull();
  });

  it('advances only through the key node: refused with criteria open, overridden with a reason, recorded; the opportunity follows', () => {
    const deal = addDeal(t, accountId, 'Core banking');
    t.call('plans.create', { opportunityId: deal.id, templateKey: 'six_stages' });
    const missing = refusal(t, 'plans.advance', { opportunityId: deal.id });
    expect(missing).toMatchObject({ code: 'conflict', key: 'plan.gateRefusals.criteriaMissing', params: { count: 6 } });
    expect(refusal(t, 'plans.advance', { opportunityId: deal.id, override: { reason: '   ' } }).key).toBe('plan.gateRefusals.overrideReasonRequired');
    expect(t.call('plans.get', { opportunityId: deal.id }).plan!.stageIndex).toBe(0);

    tickAll(deal.id, 'customer_development');
    t.time.advanceDays(3);
    const moved = t.call('plans.advance', { opportunityId: deal.id });
    expect(moved.move).toMatchObject({ from: 0, to: 1, kind: 'advance', fromKey: 'customer_development', toKey: 'initiation' });
    expect(moved.opportunity.stage).toBe('initiation');
    expect(moved.plan.stageEnteredAt).toBe(moved.move.at);

    t.time.advanceDays(1);
    const overridden = t.call('plans.advance', { opportunityId: deal.id, override: { reason: 'The client asked for the proposal now' } });
    expect(overridden.move).toMatchObject({ kind: 'override', reason: 'The client asked for the proposal now', skipped: ['approval_granted', 'team_formed', 'sales_plan_ready'] });
    expect(overridden.opportunity.stage).toBe('proposal');
    expect(overridden.plan.stages.map((s) => s.status)).toEqual(['done', 'done', 'current', 'upcoming', 'upcoming', 'upcoming']);
    expect(overridden.plan.stages[1]).toMatchObject({ enteredAt: moved.move.at, leftAt: overridden.move.at });
    expect(t.call('opportunities.get', { id: deal.id }).opportunity.stage).toBe('proposal');

    const history = t.call('history.forAccount', { accountId });
    expect(history.map((h) => [h.field, h.before, h.after])).toEqual([
      ['stageKey', 'initiation', 'proposal'],
      ['stageKey', 'customer_development', 'initiation'],
    ]);
  });

  it('moves back (recorded, with its reason), and undoes a move exactly; a stale undo is refused', () => {
    const deal = addDeal(t, accountId, 'Core banking', { stage: 'tender' });
    t.call('plans.create', { opportunityId: deal.id, templateKey: 'six_stages' });
    const back = t.call('plans.moveBack', { opportunityId: deal.id, reason: 'Tender cancelled' });
    expect(back.move).toMatchObject({ from: 3, to: 2, kind: 'back', reason: 'Tender cancelled' });
    expect(back.opportunity.stage).toBe('proposal');
    expect(t.call('history.forAccount', { accountId })).toHaveLength(1);

    const undone = t.call('plans.undoMove', { opportunityId: deal.id, at: back.move.at });
    expect(undone.plan).toMatchObject({ stageIndex: 3, moves: [] });
    expect(undone.plan!.stageEnteredAt).toBe(undone.plan!.createdAt);
    expect(undone.opportunity.stage).toBe('tender');
    expect(t.call('history.forAccount', { accountId })).toEqual([]);
    expect(refusal(t, 'plans.undoMove', { opportunityId: deal.id, at: back.move.at }).key).toBe('plan.errors.staleMove');

    const first = addDeal(t, accountId, 'New');
    t.call('plans.create', { opportunityId: first.id, templateKey: 'six_steps' });
    expect(refusal(t, 'plans.moveBack', { opportunityId: first.id }).key).toBe('plan.gateRefusals.atFirstStage');
  });

  it('keeps the opportunity stage to its plan: editing it directly is refused while a plan exists, and is history without one', () => {
    const deal = addDeal(t, accountId, 'Core banking');
    t.call('opportunities.update', { id: deal.id, patch: { stage: 'initiation' } });
    expect(t.call('history.forAccount', { accountId })[0]).toMatchObject({ entity: 'opportunity', entityId: deal.id, field: 'stageKey', before: 'development', after: 'initiation' });
    t.call('plans.create', { opportunityId: deal.id, templateKey: 'six_stages' });
    expect(fieldOf(refusal(t, 'opportunities.update', { id: deal.id, patch: { stage: 'tender' } }))).toEqual({ code: 'conflict', key: 'plan.errors.stageFollowsPlan', path: 'patch.stage' });
    expect(t.call('opportunities.update', { id: deal.id, patch: { stage: 'initiation', notes: 'same stage is fine' } }).notes).toBe('same stage is fine');
  });

  it('ticks and unticks criteria of a stage, plans dates (end not before start) and the stage’s own objectives', () => {
    const deal = addDeal(t, accountId, 'Core banking');
    t.call('plans.create', { opportunityId: deal.id, templateKey: 'six_stages' });
    const ticked = t.call('plans.setCriterion', { opportunityId: deal.id, stageKey: 'customer_development', criterionKey: 'need_confirmed', done: true });
    expect(ticked.checklist).toEqual({ customer_development: { need_confirmed: true } });
    expect(ticked.gate.missing).not.toContain('need_confirmed');
    expect(t.call('plans.setCriterion', { opportunityId: deal.id, stageKey: 'customer_development', criterionKey: 'need_confirmed', done: false }).gate.missing).toContain('need_confirmed');
    expect(fieldOf(refusal(t, 'plans.setCriterion', { opportunityId: deal.id, stageKey: 'customer_development', criterionKey: 'nope', done: true })).key).toBe('plan.errors.criterionNotFound');
    expect(fieldOf(refusal(t, 'plans.setCriterion', { opportunityId: deal.id, stageKey: 'nope', criterionKey: 'paid', done: true })).key).toBe('plan.errors.stageNotFound');

    const dated = t.call('plans.setDates', { opportunityId: deal.id, stageKey: 'proposal', plannedStart: '2027-01-04', plannedEnd: '2027-02-26' });
    expect(dated.stages[2]).toMatchObject({ plannedStart: '2027-01-04', plannedEnd: '2027-02-26' });
    expect(fieldOf(refusal(t, 'plans.setDates', { opportunityId: deal.id, stageKey: 'proposal', plannedStart: '2027-03-01', plannedEnd: '2027-02-26' }))).toEqual({
      code: 'bad_input',
      key: 'plan.errors.endBeforeStart',
      path: 'plannedEnd',
    });
    expect(refusal(t, 'plans.setDates', { opportunityId: deal.id, stageKey: 'proposal', plannedStart: '2027-02-30', plannedEnd: null }).fields?.[0]).toMatchObject({ key: 'plan.errors.date', path: 'plannedStart' });
    expect(t.call('plans.setObjectives', { opportunityId: deal.id, stageKey: 'proposal', objectives: ['Win the CIO'] }).stages[2]!.objectives).toEqual(['Win the CIO']);
    expect(t.call('plans.get', { opportunityId: deal.id }).plan!.stages[2]).toMatchObject({ plannedStart: '2027-01-04', objectives: ['Win the CIO'] });
  });

  it('is deleted with its stage tasks and restored exactly (the delete answers what the restore needs)', () => {
    const deal = addDeal(t, accountId, 'Core banking');
    const made = t.call('plans.create', { opportunityId: deal.id, templateKey: 'six_stages' });
    const own = t.call('tasks.create', { accountId, fields: { ...emptyTaskFields, title: 'Not a stage task', opportunityId: deal.id } });
    const deleted = t.call('plans.delete', { opportunityId: deal.id });
    expect(deleted).toEqual({ opportunityId: deal.id, planId: made.plan!.id, taskIds: made.tasks.map((task) => task.id) });
    const after = t.call('plans.get', { opportunityId: deal.id });
    expect(after.plan).toBeNull();
    expect(after.tasks.map((task) => task.id)).toEqual([own.id]);
    expect(refusal(t, 'plans.advance', { opportunityId: deal.id }).key).toBe('plan.errors.noPlan');
    const restored = t.call('plans.restore', { planId: deleted.planId, taskIds: deleted.taskIds });
    expect(restored.plan).toEqual(made.plan);
    expect(restored.tasks).toHaveLength(made.tasks.length + 1);
    expect(refusal(t, 'plans.restore', { planId: deleted.planId, taskIds: [] }).key).toBe('plan.errors.planNotFound');
  });

  it('is hidden with its opportunity: a deleted opportunity has no plan to move', () => {
    const deal = addDeal(t, accountId, 'Core banking');
    t.call('plans.create', { opportunityId: deal.id, templateKey: 'six_stages' });
    t.call('opportunities.delete', { id: deal.id });
    expect(refusal(t, 'plans.get', { opportunityId: deal.id }).key).toBe('opportunities.errors.notFound');
    expect(t.call('tasks.listForAccount', { accountId })).toEqual([]);
    t.call('opportunities.restore', { id: deal.id });
    expect(t.call('plans.get', { opportunityId: deal.id }).plan).not.toBeNull();
  });
});
