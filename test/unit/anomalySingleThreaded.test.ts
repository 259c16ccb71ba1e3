import { describe, expect, it } from 'vitest';
import { opportunity, person, raised, snapshot } from '../helpers/anomalySnapshot.js';

describe('anomaly: single-threaded', () => {
  it('fires when only one person in play is at 约会 or closer, suggesting the most influential next', () => {
    const s = snapshot({
      people: [
        person('li', { name: 'Li', relationship: 'trusted' }),
        person('boss', { name: 'Boss', influence: 'high' }),
        person('foe', { name: 'Foe', influence: 'high', attitude: 'opponent' }),
        person('low', { influence: 'low' }),
      ],
    });
    expect(raised(s, 'single_threaded')).toEqual([
      {
        id: 'single_threaded:acc:li',
        ruleId: 'single_threaded',
        subjectKey: 'acc:li',
        severity: 'high',
        messageKey: 'anomalies.rules.single_threaded.message',
        params: { name: 'Li' },
        personIds: ['li'],
        fix: { kind: 'plan' },
        suggestion: { key: 'anomalies.suggestions.widenContactsTo', params: { name: 'Li', next: 'Boss' } },
      },
    ]);
  });

  it('reads the people of the open deals when they list any', () => {
    const people = [person('li', { relationship: 'meeting' }), person('wang', { relationship: 'ally' }), person('zhang')];
    const deal = opportunity('o1', { influences: [{ personId: 'li', role: 'user' }] });
    // Only li is in play, and nobody else is there to widen to.
    expect(raised(snapshot({ people, opportunities: [deal] }), 'single_threaded').map((a) => a.suggestion.key)).toEqual(['anomalies.suggestions.widenContacts']);
    const wider = opportunity('o1', { influences: [{ personId: 'li', role: 'user' }, { personId: 'wang', role: 'coach' }] });
    expect(raised(snapshot({ people, opportunities: [wider] }), 'single_threaded')).toEqual([]);
  });

  it('does not fire with two close contacts, or with none', () => {
    expect(raised(snapshot({ people: [person('a', { relationship: 'meeting' }), person('b', { relationship: 'ally' })] }), 'single_threaded')).toEqual([]);
    expect(raised(snapshot({ people: [person('a'), person('b')] }), 'single_threaded')).toEqual([]);
    expect(raised(snapshot(), 'single_threaded')).toEqual([]);
  });
});
