import type { AccountPlanData, ExportSummary } from '../contract/report.js';
import type { Attitude, RelationshipLevel } from '../domain/people.js';
import { relationshipRank } from '../domain/people.js';
import { isKeyPerson, relationshipStanding } from './keyPeople.js';

/** The account as it is, in the few numbers and names the next export compares against. */
export function exportSummary(data: Pick<AccountPlanData, 'account' | 'people' | 'links' | 'opportunities' | 'anomalies'>): ExportSummary {
  const standing = relationshipStanding(data.people);
  const key: ExportSummary['key'] = {};
  for (const p of data.people) if (isKeyPerson(p)) key[p.id] = { name: p.name, relationship: p.relationship, attitude: p.attitude };
  return {
    tier: data.account.tier,
    phase: data.account.relationshipPhase,
    annualPotential: data.account.annualPotential,
    peopleCount: data.people.length,
    linkCount: data.links.length,
    keyCount: standing.keyCount,
    trustedOrAbove: standing.trustedOrAbove,
    key,
    ...(data.opportunities ? { openOpportunities: data.opportunities.length } : {}),
    ...(data.anomalies ? { openAnomalies: data.anomalies.filter((a) => !a.dismissed).length } : {}),
  };
}

/** One thing that changed since the last export, for the one-page view to word. */
export type Change =
  | { kind: 'tier'; from: string; to: string }
  | { kind: 'phase'; from: string; to: string }
  | { kind: 'potential'; from: number | null; to: number | null }
  | { kind: 'people'; from: number; to: number }
  | { kind: 'links'; from: number; to: number }
  | { kind: 'trusted'; from: number; to: number }
  | { kind: 'keyAdded'; name: string }
  | { kind: 'keyRemoved'; name: string }
  | { kind: 'relationship'; name: string; from: RelationshipLevel; to: RelationshipLevel; up: boolean }
  | { kind: 'attitude'; name: string; from: Attitude; to: Attitude }
  | { kind: 'opportunities'; from: number; to: number }
  | { kind: 'anomalies'; from: number; to: number };

/** What differs between the summary of the last export and now: account first, then counts, then people. */
export function changesSince(before: ExportSummary, now: ExportSummary): Change[] {
  const out: Change[] = [];
  if (before.tier !== now.tier) out.push({ kind: 'tier', from: before.tier, to: now.tier });
  if (before.phase !== now.phase) out.push({ kind: 'phase', from: before.phase, to: now.phase });
  if (before.annualPotential !== now.annualPotential) out.push({ kind: 'potential', from: before.annualPotential, to: now.annualPotential });
  const count = (kind: 'people' | 'links' | 'trusted' | 'opportunities' | 'anomalies', from?: number, to?: number) => {
    if (from !== undefined && to !== undefined && from !== to) out.push({ kind, from, to });
  };
  count('people', before.peopleCount, now.peopleCount);
  count('links', before.linkCount, now.linkCount);
  count('trusted', before.trustedOrAbove, now.trustedOrAbove);
  count('opportunities', before.openOpportunities, now.openOpportunities);
  count('anomalies', before.openAnomalies, now.openAnomalies);
  for (const [id, person] of Object.entries(now.key)) {
    const then = before.key[id];
    if (!then) {
      out.push({ kind: 'keyAdded', name: person.name });
      continue;
    }
    if (then.relationship !== person.relationship) {
      const up = relationshipRank(person.relationship) > relationshipRank(then.relationship);
      out.push({ kind: 'relationship', name: person.name, from: then.relationship, to: person.relationship, up });
    }
    if (then.attitude !== person.attitude) out.push({ kind: 'attitude', name: person.name, from: then.attitude, to: person.attitude });
  }
  for (const [id, person] of Object.entries(before.key)) if (!now.key[id]) out.push({ kind: 'keyRemoved', name: person.name });
  return out;
}
