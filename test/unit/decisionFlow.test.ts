import { describe, expect, it } from 'vitest';
import { nextDecisionStep } from '../../shared/domain/decisionFlow.js';
import { DECISION_STEP_MAX, type LinkKind } from '../../shared/domain/people.js';

const link = (id: string, step: number | null, kind: LinkKind = 'decision_flow') => ({ id, kind, step });

describe('nextDecisionStep', () => {
  it('starts at 1 with no decision flow yet', () => {
    expect(nextDecisionStep([])).toBe(1);
    expect(nextDecisionStep([link('x', 7, 'influences')])).toBe(1);
  });

  it('goes after the highest step, keeping a gap in the steps (1, 2, 5 → 6)', () => {
    expect(nextDecisionStep([link('a', 1), link('b', 2), link('c', 5)])).toBe(6);
    expect(nextDecisionStep([link('c', 5), link('a', 1)])).toBe(6);
  });

  it('counts a shared step (parallel approvals) once, and skips links without a step', () => {
    expect(nextDecisionStep([link('a', 2), link('b', 2), link('c', null)])).toBe(3);
  });

  it('leaves out the link being renumbered', () => {
    expect(nextDecisionStep([link('a', 1), link('b', 5)], 'b')).toBe(2);
  });

  it('never goes above the highest step allowed', () => {
    expect(nextDecisionStep([link('a', DECISION_STEP_MAX)])).toBe(DECISION_STEP_MAX);
    expect(nextDecisionStep([link('a', DECISION_STEP_MAX - 1)])).toBe(DECISION_STEP_MAX);
  });
});
