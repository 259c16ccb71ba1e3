import type { StageMove, StagePlan } from './stagePlan.js';

/**
 * The key-node gate between stages: a plan moves on once every exit criterion of its stage is done,
 * or by an override with a stated reason, which is recorded so the risk stays visible. Moving back
 * is always allowed and recorded too. Pure: every move returns a new plan.
 */

export interface GateCheck {
  allowed: boolean;
  /** Exit criteria of the current stage not done yet, in template order. */
  missing: string[];
  /** No stage after this one: nothing to advance to, whatever the checklist says. */
  atLastStage: boolean;
}

export const GATE_REFUSAL_CODES = ['criteriaMissing', 'overrideReasonRequired', 'atLastStage', 'atFirstStage'] as const;
export type GateRefusalCode = (typeof GATE_REFUSAL_CODES)[number];

export interface GateRefusal {
  code: GateRefusalCode;
  /** i18n key of the refusal. */
  key: `plan.gateRefusals.${GateRefusalCode}`;
  /** For the message: count of `missing`. */
  params: { count: number };
  /** criteriaMissing (and overrideReasonRequired): the criteria still open. */
  missing: string[];
}

export type MoveResult = { ok: true; plan: StagePlan; move: StageMove } | { ok: false; refusal: GateRefusal };

const refuse = (code: GateRefusalCode, missing: string[] = []): MoveResult => ({ ok: false, refusal: { code, key: `plan.gateRefusals.${code}`, params: { count: missing.length }, missing } });

export function canAdvance(plan: StagePlan): GateCheck {
  const stage = plan.template.stages[plan.stageIndex];
  const atLastStage = plan.stageIndex < 0 || plan.stageIndex >= plan.template.stages.length - 1;
  const done = (stage && plan.checklist[stage.key]) ?? {};
  const missing = (stage?.exitCriteria ?? []).filter((criterion) => done[criterion.key] !== true).map((criterion) => criterion.key);
  return { allowed: !atLastStage && missing.length === 0, missing, atLastStage };
}

function moveTo(plan: StagePlan, to: number, move: Omit<StageMove, 'from' | 'to' | 'fromKey' | 'toKey'>): MoveResult {
  const recorded: StageMove = {
    from: plan.stageIndex,
    to,
    fromKey: plan.template.stages[plan.stageIndex]!.key,
    toKey: plan.template.stages[to]!.key,
    ...move,
  };
  return { ok: true, plan: { ...plan, stageIndex: to, moves: [...plan.moves, recorded] }, move: recorded };
}

/**
 * To the next stage, at `at` (UTC ISO). With criteria missing only by `override`, whose reason must
 * not be blank; an override asked for with a blank reason is refused even when nothing is missing.
 * When nothing is missing the move is a plain advance and the override is not recorded.
 */
export function advance(plan: StagePlan, options: { override?: { reason: string } }, at: string): MoveResult {
  const gate = canAdvance(plan);
  if (gate.atLastStage) return refuse('atLastStage');
  const reason = options.override?.reason.trim();
  if (options.override && !reason) return refuse('overrideReasonRequired', gate.missing);
  if (gate.missing.length === 0) return moveTo(plan, plan.stageIndex + 1, { at, kind: 'advance' });
  if (!reason) return refuse('criteriaMissing', gate.missing);
  return moveTo(plan, plan.stageIndex + 1, { at, kind: 'override', reason, skipped: gate.missing });
}

/** Back to the previous stage (a lost tender reopens the proposal); its checklist is kept as it was. */
export function moveBack(plan: StagePlan, at: string, reason?: string): MoveResult {
  if (plan.stageIndex <= 0 || plan.stageIndex >= plan.template.stages.length) return refuse('atFirstStage');
  const why = reason?.trim();
  return moveTo(plan, plan.stageIndex - 1, why ? { at, kind: 'back', reason: why } : { at, kind: 'back' });
}
