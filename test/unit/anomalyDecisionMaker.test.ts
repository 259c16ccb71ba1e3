import { describe, expect, it } from 'vitest';
import { opportunity, person, raised, snapshot } from '../helpers/anomalySnapshot.js';

// ceo decides; the coach (同盟) reports to the cio, who reports to the ceo.
const people = [
  person('ceo', { name: 'Chen', relationship: 'acquainted' }),
  person('cio', { name: 'Zhou', reportsToId: 'ceo' }),
  person('coach', { name: 'Wu', relationship: 'ally', reportsToId: 'cio' }),
  person('cfo', { name: 'Qian', relationship: 'trusted' }),
];
const influences = [
  { personId: 'ceo', role: 'decision_maker' as const },
  { personId: 'cfo', role: 'economic_buyer' as const },
  { personId: 'coach', role: 'coach' as const },
];
const at = (stageIndex: number, templateKey = 'six_stages') => snapshot({ people, opportunities: [opportunity('o1', { stageIndex, templateKey, influences })] });

describe('anomaly: decision-maker not trusted', () => {
  it('fires from the proposal stage on, naming the way in through the coach', () => {
    const [anomaly, ...rest] = raised(at(2), 'decision_maker_not_trusted');
    expect(rest).toEqual([]);
    expect(anomaly).toMatchObject({
      id: 'decision_maker_not_trusted:o1:ceo',
      severity: 'high',
      messageKey: 'anomalies.rules.decision_maker_not_trusted.decision_maker',
      params: { opportunity: 'Deal o1', name: 'Chen' },
      personIds: ['ceo'],
      opportunityId: 'o1',
      fix: { kind: 'person', id: 'ceo' },
      suggestion: {
        key: 'anomalies.suggestions.askForIntroduction',
        params: { name: 'Chen', opener: 'Wu', chain: 'Wu → Zhou → Chen' },
        path: { path: ['coach', 'cio', 'ceo'] },
      },
    });
    expect(raised(at(5), 'decision_maker_not_trusted')).toHaveLength(1);
  });

  it('watches the economic buyer too, and says when there is no way in', () => {
    const s = snapshot({
      people: [person('cfo', { name: 'Qian', relationship: 'meeting' })],
      opportunities: [opportunity('o1', { stageIndex: 3, influences: [{ personId: 'cfo', role: 'economic_buyer' }] })],
    });
    expect(raised(s, 'decision_maker_not_trusted').map((a) => [a.messageKey, a.suggestion])).toEqual([
      ['anomalies.rules.decision_maker_not_trusted.economic_buyer', { key: 'anomalies.suggestions.findWayIn', params: { name: 'Qian' } }],
    ]);
  });

  it('does not fire before that stage, once they trust us, in an unknown process or a closed deal', () => {
    expect(raised(at(1), 'decision_maker_not_trusted')).toEqual([]);
    // In the six steps the line is 呈现价值, the fourth step.
    expect(raised(at(2, 'six_steps'), 'decision_maker_not_trusted')).toEqual([]);
    expect(raised(at(3, 'six_steps'), 'decision_maker_not_trusted')).toHaveLength(1);
    expect(raised(at(4, 'someone_elses'), 'decision_maker_not_trusted')).toEqual([]);
    const trusted = snapshot({
      people: people.map((p) => (p.id === 'ceo' ? { ...p, relationship: 'trusted' as const } : p)),
      opportunities: [opportunity('o1', { stageIndex: 2, influences })],
    });
    expect(raised(trusted, 'decision_maker_not_trusted')).toEqual([]);
    expect(raised(snapshot({ people, opportunities: [opportunity('o1', { stageIndex: 4, influences, status: 'lost' })] }), 'decision_maker_not_trusted')).toEqual([]);
  });
});
