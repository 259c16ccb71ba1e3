import { describe, expect, it } from 'vitest';
import { activity, person, raised, snapshot } from '../helpers/anomalySnapshot.js';

const boss = person('boss', { name: 'Boss', influence: 'high' });

describe('anomaly: no recent contact', () => {
  it('fires when the last contact with a high-influence person is more than noContactDays ago', () => {
    const s = snapshot({ people: [boss], activities: [activity('a1', '2026-10-01', ['boss']), activity('a2', '2026-10-31', ['boss', 'x'])] });
    expect(raised(s, 'no_recent_contact')).toEqual([
      {
        id: 'no_recent_contact:boss:2026-10-31',
        ruleId: 'no_recent_contact',
        subjectKey: 'boss:2026-10-31',
        severity: 'medium',
        messageKey: 'anomalies.rules.no_recent_contact.message',
        params: { name: 'Boss', days: 31, last: '2026-10-31' },
        personIds: ['boss'],
        fix: { kind: 'person', id: 'boss' },
        suggestion: { key: 'anomalies.suggestions.planContact', params: { name: 'Boss' } },
      },
    ]);
  });

  it('fires when there has never been contact; a planned meeting is not contact', () => {
    const s = snapshot({ people: [boss], activities: [activity('a1', '2026-12-10', ['boss'])] });
    expect(raised(s, 'no_recent_contact').map((a) => [a.id, a.messageKey, a.params])).toEqual([
      ['no_recent_contact:boss:never', 'anomalies.rules.no_recent_contact.never', { name: 'Boss' }],
    ]);
  });

  it('does not fire within noContactDays, or for people of lesser influence', () => {
    expect(raised(snapshot({ people: [boss], activities: [activity('a1', '2026-11-01', ['boss'])] }), 'no_recent_contact')).toEqual([]);
    expect(raised(snapshot({ people: [{ ...boss, influence: 'medium' }] }), 'no_recent_contact')).toEqual([]);
    expect(raised(snapshot({ people: [{ ...boss, deleted: true }] }), 'no_recent_contact')).toEqual([]);
  });
});
