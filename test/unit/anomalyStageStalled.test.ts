import { describe, expect, it } from 'vitest';
import { opportunity, raised, snapshot } from '../helpers/anomalySnapshot.js';

// Today is 2026-12-01; noon UTC is the same calendar day in every zone from UTC−11 to UTC+11.
const entered = (day: string) => `${day}T12:00:00.000Z`;

describe('anomaly: stage stalled', () => {
  it('fires after more than stalledDays in the same stage', () => {
    const s = snapshot({ opportunities: [opportunity('o1', { stageKey: 'proposal', stageIndex: 2, stageEnteredAt: entered('2026-10-16') })] });
    expect(raised(s, 'stage_stalled')).toEqual([
      {
        id: 'stage_stalled:o1:proposal:2026-10-16T12:00:00.000Z',
        ruleId: 'stage_stalled',
        subjectKey: 'o1:proposal:2026-10-16T12:00:00.000Z',
        severity: 'medium',
        messageKey: 'anomalies.rules.stage_stalled.message',
        params: { opportunity: 'Deal o1', days: 46 },
        personIds: [],
        opportunityId: 'o1',
        fix: { kind: 'plan', id: 'o1' },
        suggestion: { key: 'anomalies.suggestions.unblockStage', params: { opportunity: 'Deal o1' } },
      },
    ]);
  });

  it('does not fire on day 45, with a longer threshold, for a closed deal or an unreadable date', () => {
    expect(raised(snapshot({ opportunities: [opportunity('o1', { stageEnteredAt: entered('2026-10-17') })] }), 'stage_stalled')).toEqual([]);
    const thresholds = { ...snapshot().thresholds, stalledDays: 60 };
    expect(raised(snapshot({ thresholds, opportunities: [opportunity('o1', { stageEnteredAt: entered('2026-10-16') })] }), 'stage_stalled')).toEqual([]);
    expect(raised(snapshot({ opportunities: [opportunity('o1', { status: 'abandoned', stageEnteredAt: entered('2026-01-01') })] }), 'stage_stalled')).toEqual([]);
    expect(raised(snapshot({ opportunities: [opportunity('o1', { stageEnteredAt: 'not a time' })] }), 'stage_stalled')).toEqual([]);
  });
});
