import { describe, expect, it } from 'vitest';
import { advance, canAdvance, moveBack, type MoveResult } from '../../shared/domain/plan/gates.js';
import { setCriterion, startPlan, type StagePlan } from '../../shared/domain/plan/stagePlan.js';
import { SIX_STAGES } from '../../shared/templates/stages.js';

const AT = '2026-12-01T08:00:00.000Z';
const planOf = (result: MoveResult): StagePlan => {
  if (!result.ok) throw new Error(`refused: ${result.refusal.code}`);
  return result.plan;
};
const tickAll = (plan: StagePlan) => plan.template.stages[plan.stageIndex]!.exitCriteria.reduce((p, c) => setCriterion(p, c.key, true), plan);

describe('key-node gates', () => {
  it('hold a plan at its stage until every exit criterion is done, reporting what is missing', () => {
    let plan = startPlan(SIX_STAGES);
    expect(canAdvance(plan)).toEqual({ allowed: false, missing: SIX_STAGES.stages[0]!.exitCriteria.map((c) => c.key), atLastStage: false });
    plan = setCriterion(plan, 'need_confirmed', true);
    plan = setCriterion(plan, 'budget_known', true);
    plan = setCriterion(plan, 'budget_known', false);
    expect(canAdvance(plan).missing).toEqual(['budget_known', 'timeline_known', 'decision_known', 'competition_known', 'strategy_fit']);
    const refused = advance(plan, {}, AT);
    expect(refused).toEqual({
      ok: false,
      refusal: { code: 'criteriaMissing', key: 'plan.gateRefusals.criteriaMissing', params: { count: 5 }, missing: canAdvance(plan).missing },
    });
  });

  it('advance when the checklist is done, recording the move, without touching the plan it was given', () => {
    const before = tickAll(startPlan(SIX_STAGES));
    const frozen = structuredClone(before);
    expect(canAdvance(before)).toEqual({ allowed: true, missing: [], atLastStage: false });
    const result = advance(before, {}, AT);
    expect(result.ok && result.move).toEqual({ from: 0, to: 1, fromKey: 'customer_development', toKey: 'initiation', at: AT, kind: 'advance' });
    const after = planOf(result);
    expect(after.stageIndex).toBe(1);
    expect(after.moves).toHaveLength(1);
    expect(before).toEqual(frozen);
    // The ticks of the stage left stay as they were: its history.
    expect(after.checklist.customer_development?.strategy_fit).toBe(true);
  });

  it('pass a key node by override only with a reason, and record what was skipped', () => {
    const plan = setCriterion(startPlan(SIX_STAGES), 'need_confirmed', true);
    for (const reason of ['', '   ']) {
      const refused = advance(plan, { override: { reason } }, AT);
      expect(!refused.ok && refused.refusal.code).toBe('overrideReasonRequired');
    }
    const result = advance(plan, { override: { reason: '  Client asked for a fast track  ' } }, AT);
    expect(result.ok && result.move).toEqual({
      from: 0,
      to: 1,
      fromKey: 'customer_development',
      toKey: 'initiation',
      at: AT,
      kind: 'override',
      reason: 'Client asked for a fast track',
      skipped: ['budget_known', 'timeline_known', 'decision_known', 'competition_known', 'strategy_fit'],
    });
    // With nothing missing an override is a plain advance.
    const done = advance(tickAll(plan), { override: { reason: 'not needed' } }, AT);
    expect(done.ok && done.move.kind).toBe('advance');
    expect(done.ok && 'reason' in done.move).toBe(false);
  });

  it('move back and record it, but never before the first stage or past the last', () => {
    expect(!moveBack(startPlan(SIX_STAGES), AT).ok && moveBack(startPlan(SIX_STAGES), AT)).toMatchObject({ refusal: { code: 'atFirstStage' } });
    let plan = planOf(advance(tickAll(startPlan(SIX_STAGES)), {}, AT));
    const back = moveBack(plan, '2026-12-02T08:00:00.000Z', ' lost the tender ');
    expect(back.ok && back.move).toEqual({ from: 1, to: 0, fromKey: 'initiation', toKey: 'customer_development', at: '2026-12-02T08:00:00.000Z', kind: 'back', reason: 'lost the tender' });
    expect(planOf(back).moves.map((m) => m.kind)).toEqual(['advance', 'back']);
    expect(planOf(moveBack(plan, AT, '  ')).moves[1]).not.toHaveProperty('reason');

    while (plan.stageIndex < SIX_STAGES.stages.length - 1) plan = planOf(advance(tickAll(plan), {}, AT));
    expect(canAdvance(tickAll(plan))).toEqual({ allowed: false, missing: [], atLastStage: true });
    const last = advance(tickAll(plan), { override: { reason: 'try' } }, AT);
    expect(!last.ok && last.refusal.code).toBe('atLastStage');
    expect(plan.moves).toHaveLength(SIX_STAGES.stages.length - 1);
  });

  it('keep its own copy of the template', () => {
    const template = structuredClone(SIX_STAGES);
    const plan = startPlan(template);
    template.stages[0]!.exitCriteria = [];
    expect(canAdvance(plan).missing).toHaveLength(6);
  });
});
