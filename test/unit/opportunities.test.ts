import { describe, expect, it } from 'vitest';
import { opportunityFields, emptyOpportunityFields } from '../../shared/contract/opportunities.js';
import { compareNullsLast, isCalendarDate, statusNeedsReason, whitespaceTotals, whitespaceUnits } from '../../shared/domain/opportunities.js';

describe('isCalendarDate', () => {
  it('accepts real dates written YYYY-MM-DD, leap days included', () => {
    for (const date of ['2026-01-31', '2028-02-29', '2000-02-29', '2026-12-31', '1900-01-01']) expect(isCalendarDate(date), date).toBe(true);
  });
  it('refuses days that do not exist and other spellings', () => {
    for (const date of ['2026-02-30', '2026-02-29', '1900-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00', '2026-1-05', '26-01-05', '2026/01/05', '2026-01-05T00:00', ' 2026-01-05', '']) {
      expect(isCalendarDate(date), date).toBe(false);
    }
  });
  it('is what the contract checks a close date with, under its own message', () => {
    const result = opportunityFields.safeParse({ ...emptyOpportunityFields, name: 'x', closeDate: '2026-02-30' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ['closeDate'], message: 'opportunities.errors.date' });
  });
});

describe('statusNeedsReason', () => {
  it('asks a reason of won, lost and abandoned only', () => {
    expect((['open', 'won', 'lost', 'abandoned'] as const).map(statusNeedsReason)).toEqual([false, true, true, true]);
  });
});

describe('compareNullsLast', () => {
  it('sorts in either direction with nulls last', () => {
    const values = [3, null, 1, 2, null];
    const sorted = (sign: 1 | -1) => [...values].sort((a, b) => compareNullsLast(a, b, (x, y) => x - y, sign));
    expect(sorted(1)).toEqual([1, 2, 3, null, null]);
    expect(sorted(-1)).toEqual([3, 2, 1, null, null]);
  });
});

describe('whitespaceUnits', () => {
  it('lists departments, then free units, then units only cells still name, each once, trimmed, no blanks', () => {
    expect(whitespaceUnits(['IT', ' Finance ', '', 'IT'], ['Cards', 'Finance'], ['Old unit', 'Cards'])).toEqual(['IT', 'Finance', 'Cards', 'Old unit']);
  });
});

describe('whitespaceTotals', () => {
  it('adds sold, in-progress and potential cells; an in-progress cell without an amount counts its opportunity', () => {
    const amounts: Record<string, number | null> = { deal: 30, unknown: null };
    const totals = whitespaceTotals(
      [
        { status: 'sold', amount: 2, opportunityId: null },
        { status: 'in_progress', amount: null, opportunityId: 'deal' },
        { status: 'in_progress', amount: 4, opportunityId: 'deal' },
        { status: 'in_progress', amount: null, opportunityId: 'unknown' },
        { status: 'in_progress', amount: null, opportunityId: null },
        { status: 'potential', amount: 5, opportunityId: null },
        { status: 'potential', amount: null, opportunityId: null },
        { status: 'competitor', amount: 100, opportunityId: null },
        { status: 'not_relevant', amount: 100, opportunityId: null },
      ],
      (id) => amounts[id] ?? null,
    );
    expect(totals).toEqual({ sold: 2, inProgress: 34, potential: 5, cells: 41 });
    expect(whitespaceTotals([])).toEqual({ sold: 0, inProgress: 0, potential: 0, cells: 0 });
  });
});
