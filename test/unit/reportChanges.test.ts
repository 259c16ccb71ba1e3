import { describe, expect, it } from 'vitest';
import { changesSince, exportSummary } from '../../shared/report/changes.js';
import { relationshipStanding } from '../../shared/report/keyPeople.js';
import { account, planData } from '../helpers/reportData.js';

describe('what changed since the last export', () => {
  it('summarises the account as the next export compares it: counts and the key people only', () => {
    const summary = exportSummary(planData());
    expect(summary).toMatchObject({ tier: 'B', phase: 'establish', peopleCount: 5, linkCount: 3, keyCount: 3, trustedOrAbove: 2 });
    expect(Object.keys(summary.key).sort()).toEqual(['arch', 'ceo', 'cfo']);
    expect(summary).not.toHaveProperty('openOpportunities');
    expect(exportSummary(planData({ opportunities: [], anomalies: [{ id: 'a', severity: 'low', message: 'x', dismissed: true }] }))).toMatchObject({ openOpportunities: 0, openAnomalies: 0 });
  });

  it('lists account changes first, then counts, then people added, changed and no longer key', () => {
    const before = exportSummary(planData());
    const data = planData();
    const now = exportSummary({
      ...data,
      account: account({ relationshipPhase: 'stabilize', annualPotential: 5_000_000 }),
      people: data.people
        .filter((p) => p.id !== 'arch')
        .map((p) => (p.id === 'cfo' ? { ...p, relationship: 'meeting' as const, attitude: 'opponent' as const } : p.id === 'cio' ? { ...p, influence: 'high' as const } : p)),
    });
    expect(changesSince(before, now)).toEqual([
      { kind: 'phase', from: 'establish', to: 'stabilize' },
      { kind: 'potential', from: null, to: 5_000_000 },
      { kind: 'people', from: 5, to: 4 },
      { kind: 'trusted', from: 2, to: 0 },
      { kind: 'relationship', name: 'Fang CFO', from: 'trusted', to: 'meeting', up: false },
      { kind: 'attitude', name: 'Fang CFO', from: 'supporter', to: 'opponent' },
      { kind: 'keyAdded', name: 'Ivy CIO' },
      { kind: 'keyRemoved', name: 'Andy Architect' },
    ]);
    expect(changesSince(before, before)).toEqual([]);
  });

  it('counts key people at Trusted or above against the target, and lists who is below it, highest influence first', () => {
    expect(relationshipStanding(planData().people)).toEqual({ keyCount: 3, trustedOrAbove: 2, targetTrustedOrAbove: 2, belowTarget: ['ceo', 'cfo'] });
  });
});
