import { DECISION_STEP_MAX, type LinkKind } from './people.js';

/**
 * The step a new decision-flow link gets when none is given: one after the highest step of the
 * account's decision flow, so gaps are kept, not filled (steps 1, 2, 5 → 6), and never above
 * DECISION_STEP_MAX (several links may share a step: parallel approvals). `exceptId` leaves out the
 * link being renumbered itself.
 */
export function nextDecisionStep(links: readonly { id: string; kind: LinkKind; step: number | null }[], exceptId?: string): number {
  let last = 0;
  for (const link of links) {
    if (link.kind === 'decision_flow' && link.id !== exceptId && link.step !== null && link.step > last) last = link.step;
  }
  return Math.min(last + 1, DECISION_STEP_MAX);
}
