import { describe, expect, it } from 'vitest';
import { opportunity, person, raised, snapshot } from '../helpers/anomalySnapshot.js';

describe('anomaly: no coach', () => {
  it('fires for an open deal where nobody is the coach, suggesting a supporter we already meet', () => {
    const s = snapshot({
      people: [person('li', { attitude: 'supporter', relationship: 'meeting', name: 'Li' }), person('wang', { roles: ['coach'] })],
      opportunities: [opportunity('o1', { influences: [{ personId: 'li', role: 'user' }] })],
    });
    expect(raised(s, 'no_coach')).toEqual([
      {
        id: 'no_coach:o1',
        ruleId: 'no_coach',
        subjectKey: 'o1',
        severity: 'high',
        messageKey: 'anomalies.rules.no_coach.message',
        params: { opportunity: 'Deal o1' },
        personIds: [],
        opportunityId: 'o1',
        fix: { kind: 'opportunity', id: 'o1' },
        suggestion: { key: 'anomalies.suggestions.developCoachFrom', params: { name: 'Li' } },
      },
    ]);
  });

  it('does not fire when the deal has a coach, or for a closed deal', () => {
    const people = [person('li'), person('wang')];
    const withCoach = opportunity('o1', { influences: [{ personId: 'li', role: 'coach' }] });
    expect(raised(snapshot({ people, opportunities: [withCoach] }), 'no_coach')).toEqual([]);
    // A deal nobody is listed on yet reads the account-wide roles.
    const unlisted = opportunity('o2');
    expect(raised(snapshot({ people: [person('wang', { roles: ['coach'] })], opportunities: [unlisted] }), 'no_coach')).toEqual([]);
    expect(raised(snapshot({ people, opportunities: [withCoach, opportunity('o3', { status: 'won' })] }), 'no_coach')).toEqual([]);
  });

  it('checks the account itself when it has no open deal', () => {
    const none = raised(snapshot({ people: [person('li')] }), 'no_coach');
    expect(none.map((a) => [a.id, a.messageKey, a.suggestion.key])).toEqual([
      ['no_coach:account:acc', 'anomalies.rules.no_coach.account', 'anomalies.suggestions.developCoach'],
    ]);
    expect(raised(snapshot({ people: [person('li', { roles: ['coach'] })] }), 'no_coach')).toEqual([]);
    // A deleted coach is no coach.
    expect(raised(snapshot({ people: [person('li', { roles: ['coach'], deleted: true })] }), 'no_coach')).toHaveLength(1);
  });
});
