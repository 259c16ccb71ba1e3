/**
 * Cross-checks of a scorecard against the stakeholder map: a high score the map does not back is a guess.
 * Criteria are tied to checks by key (CHECKED_CRITERIA), so copies of the built-in templates are checked too.
 */
import { relationshipRank, type Attitude, type BuyingRole, type Influence, type RelationshipLevel } from '../people.js';
import type { ScoreResult } from './score.js';
import type { ScorecardTemplate } from './types.js';

/** Normalised score from which a criterion counts as "scored high". */
export const HIGH_SCORE = 0.75;

/** Which criterion keys each check reads, across the built-in templates. */
export const CHECKED_CRITERIA = {
  decision: ['decision', 'economic_buyer', 'decision_process', 'authority'],
  competition: ['competition', 'can_compete'],
  need: ['need', 'identify_pain', 'real_need'],
  champion: ['champion'],
} as const satisfies Record<string, readonly string[]>;
export type CheckTopic = keyof typeof CHECKED_CRITERIA;

export interface MapPerson {
  relationship: RelationshipLevel;
  roles: BuyingRole[];
  /** 痛点 recorded on the map (free text). */
  pains: string;
  attitude: Attitude;
  influence: Influence;
  deleted?: boolean;
}

/** A person linked to the opportunity, with the role and stance they have in this deal (null: take the person's own). */
export interface DealInfluence {
  personId: string;
  role: BuyingRole | null;
  stance: Attitude | null;
  person: MapPerson;
}

export interface CrossCheckInput {
  template: ScorecardTemplate;
  /** scoreAssessment of the latest assessment; null if the opportunity has none yet. */
  score: ScoreResult | null;
  influences: DealInfluence[];
  competitors: { name: string }[];
}

export const CROSS_CHECK_IDS = [
  'decision_without_access',
  'competition_without_competitors',
  'need_without_pains',
  'champion_without_support',
  'no_coach',
  'no_influences',
  'influential_opponent',
  'deleted_person',
] as const;
export type CrossCheckId = (typeof CROSS_CHECK_IDS)[number];

export const SEVERITIES = ['high', 'medium', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Where the user goes to fix it: a person's card, the opportunity's influences, its competitors, or one criterion's score. */
export type FixTarget = { kind: 'person'; id: string } | { kind: 'influences' } | { kind: 'competitors' } | { kind: 'criterion'; id: string };

export interface CrossCheckFinding {
  id: CrossCheckId;
  severity: Severity;
  /** `scoring.checks.<id in camelCase>`. */
  messageKey: string;
  /** `criterion` holds a criterion key (see criterionParams); `count` a number of people. */
  params: Record<string, string | number>;
  criterionKey?: string;
  personIds: string[];
  fix: FixTarget;
}

export const crossCheckMessageKey = (id: CrossCheckId) => `scoring.checks.${id.replace(/_(\w)/g, (_, c: string) => c.toUpperCase())}`;

const rolesOf = (i: DealInfluence): BuyingRole[] => (i.role ? [i.role] : i.person.roles);
const stanceOf = (i: DealInfluence): Attitude => i.stance ?? i.person.attitude;
const SUPPORTIVE: readonly Attitude[] = ['champion', 'supporter'];
const DECIDERS: readonly BuyingRole[] = ['decision_maker', 'economic_buyer'];

/** Every finding for the opportunity, most severe first. Deleted people count for nothing but their own finding. */
export function crossCheck(input: CrossCheckInput): CrossCheckFinding[] {
  const findings: CrossCheckFinding[] = [];
  const add = (id: CrossCheckId, severity: Severity, fix: FixTarget, personIds: string[] = [], criterionKey?: string, params = {}) =>
    findings.push({
      id,
      severity,
      messageKey: crossCheckMessageKey(id),
      params: criterionKey ? { criterion: criterionKey, ...params } : params,
      ...(criterionKey ? { criterionKey } : {}),
      personIds,
      fix,
    });

  const deleted = input.influences.filter((i) => i.person.deleted);
  const people = input.influences.filter((i) => !i.person.deleted);
  /** The key of the first criterion of a topic whose normalised score passes `test`. */
  const scored = (topic: CheckTopic, test: (normalised: number) => boolean) =>
    input.score?.perCriterion.find(
      (c) => (CHECKED_CRITERIA[topic] as readonly string[]).includes(c.key) && c.normalised !== null && test(c.normalised),
    )?.key;
  const high = (n: number) => n >= HIGH_SCORE;

  const decision = scored('decision', high);
  if (decision) {
    const deciders = people.filter((i) => rolesOf(i).some((role) => DECIDERS.includes(role)));
    if (!deciders.some((i) => relationshipRank(i.person.relationship) >= relationshipRank('trusted'))) {
      const ids = deciders.map((i) => i.personId);
      add('decision_without_access', 'high', ids[0] ? { kind: 'person', id: ids[0] } : { kind: 'influences' }, ids, decision);
    }
  }

  const competition = scored('competition', high);
  if (competition && !input.competitors.some((c) => c.name.trim() !== '')) add('competition_without_competitors', 'medium', { kind: 'competitors' }, [], competition);

  const need = scored('need', high);
  if (need && !people.some((i) => i.person.pains.trim() !== '')) {
    add('need_without_pains', 'medium', { kind: 'influences' }, people.map((i) => i.personId), need);
  }

  // Anything above the bottom of the scale claims some champion.
  const champion = scored('champion', (n) => n > 0);
  if (champion && !people.some((i) => SUPPORTIVE.includes(stanceOf(i)))) add('champion_without_support', 'high', { kind: 'criterion', id: champion }, [], champion);

  if (people.length === 0) add('no_influences', 'high', { kind: 'influences' });
  else if (!people.some((i) => rolesOf(i).includes('coach'))) add('no_coach', 'medium', { kind: 'influences' });

  const opponents = people.filter((i) => stanceOf(i) === 'opponent' && i.person.influence === 'high');
  if (input.score?.verdict === 'pursue' && opponents.length > 0) {
    const ids = opponents.map((i) => i.personId);
    add('influential_opponent', 'medium', { kind: 'person', id: ids[0]! }, ids, undefined, { count: ids.length });
  }

  if (deleted.length > 0) add('deleted_person', 'low', { kind: 'influences' }, deleted.map((i) => i.personId), undefined, { count: deleted.length });

  return findings.sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
}
