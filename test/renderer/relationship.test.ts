import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../shared/contract/index.js';
import { DEFAULT_THRESHOLDS } from '../../shared/domain/anomalies/snapshot.js';
import { alignedSteps, changeKind, phaseSteps, sinceOf, stepSeries } from '../../renderer/src/features/relationship/history.js';
import { checkDraft, draftOf, sameThresholds } from '../../renderer/src/features/settings/thresholdsDraft.js';

const entry = (field: string, before: string, after: string, at: string): HistoryEntry => ({ id: `${field}-${at}`, accountId: 'a', entity: 'person', entityId: 'p', field, before, after, at });

describe('relationship phases as steps', () => {
  it('marks the phases before the current one passed and after it ahead', () => {
    expect(phaseSteps('stabilize')).toEqual([
      { phase: 'establish', status: 'passed' },
      { phase: 'stabilize', status: 'current' },
      { phase: 'strengthen', status: 'ahead' },
    ]);
    expect(phaseSteps('establish').map((s) => s.status)).toEqual(['current', 'ahead', 'ahead']);
  });
});

describe('change ranges', () => {
  const now = new Date('2026-03-10T12:00:00.000Z');
  it('counts a week and 90 days back; all time has no start', () => {
    expect(sinceOf('week', now)).toBe('2026-03-03T12:00:00.000Z');
    expect(sinceOf('quarter', now)).toBe('2025-12-10T12:00:00.000Z');
    expect(sinceOf('all', now)).toBeUndefined();
  });
  it('tells the kinds of rows apart', () => {
    expect(changeKind({ entity: 'person', field: 'relationship' })).toBe('relationship');
    expect(changeKind({ entity: 'person', field: 'attitude' })).toBe('attitude');
    expect(changeKind({ entity: 'opportunity', field: 'stageKey' })).toBe('stage');
    expect(changeKind({ entity: 'opportunity', field: 'scoreTotal' })).toBe('score');
    expect(changeKind({ entity: 'opportunity', field: 'amount' })).toBe('other');
  });
});

describe('a person over time', () => {
  const rows = [entry('relationship', 'meeting', 'trusted', '2026-03-05T09:00:00Z'), entry('attitude', 'neutral', 'supporter', '2026-02-01T09:00:00Z'), entry('relationship', 'acquainted', 'meeting', '2026-01-10T09:00:00Z')];
  it('starts from the value before the first change, then each value after, oldest first', () => {
    expect(stepSeries(rows, 'relationship', 'trusted')).toEqual([
      { at: null, value: 'acquainted' },
      { at: '2026-01-10T09:00:00Z', value: 'meeting' },
      { at: '2026-03-05T09:00:00Z', value: 'trusted' },
    ]);
    expect(stepSeries([], 'relationship', 'ally')).toEqual([{ at: null, value: 'ally' }]);
  });
  it('puts both fields on one axis, carrying each forward where it did not change', () => {
    expect(alignedSteps(rows, { relationship: 'trusted', attitude: 'supporter' })).toEqual({
      axis: [null, '2026-01-10T09:00:00Z', '2026-02-01T09:00:00Z', '2026-03-05T09:00:00Z'],
      relationship: ['acquainted', 'meeting', 'meeting', 'trusted'],
      attitude: ['neutral', 'neutral', 'supporter', 'supporter'],
    });
  });
});

describe('the thresholds form', () => {
  it('reads back the saved values unchanged', () => {
    const checked = checkDraft(draftOf(DEFAULT_THRESHOLDS));
    expect(checked).toEqual({ ok: true, value: DEFAULT_THRESHOLDS });
  });
  it('refuses a negative, a non-numeric, a blank and a fractional value at their fields', () => {
    const draft = draftOf(DEFAULT_THRESHOLDS);
    const checked = checkDraft({ ...draft, numbers: { stalledDays: '-3', noContactDays: 'abc', pathMaxHops: '', pathMaxChains: '2.5' } });
    expect(checked).toEqual({ ok: false, errors: { numbers: { stalledDays: 'errors.tooSmall', noContactDays: 'errors.number', pathMaxHops: 'errors.number', pathMaxChains: 'errors.number' }, trusted: {} } });
  });
  it('refuses a stage below the first for a process', () => {
    const draft = draftOf(DEFAULT_THRESHOLDS);
    const checked = checkDraft({ ...draft, trusted: { ...draft.trusted, six_steps: '-1' } });
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.errors.trusted).toEqual({ six_steps: 'errors.notNegative' });
  });
  it('compares values, not objects', () => {
    expect(sameThresholds(DEFAULT_THRESHOLDS, { ...DEFAULT_THRESHOLDS, trustedDecisionMakerFrom: { ...DEFAULT_THRESHOLDS.trustedDecisionMakerFrom } })).toBe(true);
    expect(sameThresholds(DEFAULT_THRESHOLDS, { ...DEFAULT_THRESHOLDS, stalledDays: 10 })).toBe(false);
  });
});
