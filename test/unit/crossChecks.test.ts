import { describe, expect, it } from 'vitest';
import type { Attitude, BuyingRole, RelationshipLevel } from '../../shared/domain/people.js';
import { crossCheck, crossCheckMessageKey, type CrossCheckInput, type DealInfluence } from '../../shared/domain/scoring/crossChecks.js';
import { scoreAssessment } from '../../shared/domain/scoring/score.js';
import type { ScorecardTemplate } from '../../shared/domain/scoring/types.js';
import { BUILT_IN_TEMPLATES } from '../../shared/templates/scorecards.js';
import { assess } from '../helpers/scorecards.js';

interface PersonOptions {
  relationship?: RelationshipLevel;
  stance?: Attitude | null;
  pains?: string;
  attitude?: Attitude;
  deleted?: boolean;
  roles?: BuyingRole[];
  influence?: 'high' | 'medium' | 'low';
}

const person = (personId: string, role: BuyingRole | null, options: PersonOptions = {}): DealInfluence => {
  const { relationship = 'meeting', stance = null, pains = '', attitude = 'neutral', deleted = false, roles = [], influence = 'medium' } = options;
  return { personId, role, stance, person: { relationship, roles, pains, attitude, influence, deleted } };
};

/** A coach who supports us and has a recorded pain: passes the people checks that do not depend on scores. */
const coach = person('coach', 'coach', { stance: 'supporter', pains: 'Reports take a week' });

const input = (
  template: ScorecardTemplate,
  values: Record<string, number | null>,
  influences: DealInfluence[] = [coach],
  competitors: { name: string }[] = [],
): CrossCheckInput => ({ template, score: scoreAssessment(template, assess(template, values)), influences, competitors });
const ids = (i: CrossCheckInput) => crossCheck(i).map((f) => f.id);

const keyplan = BUILT_IN_TEMPLATES.keyplan;
const meddpicc = BUILT_IN_TEMPLATES.meddpicc;

describe('crossCheck', () => {
  it('finds nothing when the map backs the scores', () => {
    const cfo = person('cfo', 'economic_buyer', { relationship: 'trusted', pains: 'Cash flow' });
    expect(ids(input(keyplan, { decision: 4, competition: 4, need: 4 }, [coach, cfo], [{ name: 'Acme' }]))).toEqual([]);
  });

  describe('decision scored high without a trusted decider', () => {
    it('fires when the decision-maker is only at 约会, pointing at them', () => {
      const ceo = person('ceo', 'decision_maker', { relationship: 'meeting' });
      const [finding] = crossCheck(input(keyplan, { decision: 3 }, [coach, ceo]));
      expect(finding).toEqual({
        id: 'decision_without_access',
        severity: 'high',
        messageKey: 'scoring.checks.decisionWithoutAccess',
        params: { criterion: 'decision' },
        criterionKey: 'decision',
        personIds: ['ceo'],
        fix: { kind: 'person', id: 'ceo' },
      });
    });

    it('fires with no decider at all, pointing at the influences', () => {
      expect(crossCheck(input(keyplan, { decision: 4 }))[0]).toMatchObject({ id: 'decision_without_access', fix: { kind: 'influences' } });
    });

    it('reads MEDDPICC’s economic buyer and decision process, and BANT’s authority', () => {
      expect(ids(input(meddpicc, { economic_buyer: 3 }))).toContain('decision_without_access');
      expect(ids(input(meddpicc, { decision_process: 3 }))).toContain('decision_without_access');
      expect(ids(input(BUILT_IN_TEMPLATES.bant, { authority: 3 }))).toContain('decision_without_access');
    });

    it('does not fire with a decider at 信赖 or 同盟, nor when the decision is scored lower', () => {
      for (const relationship of ['trusted', 'ally'] as const) {
        expect(ids(input(keyplan, { decision: 4 }, [coach, person('ceo', 'decision_maker', { relationship })]))).toEqual([]);
      }
      expect(ids(input(keyplan, { decision: 2 }))).toEqual([]);
    });

    it('falls back to the person’s own roles when the deal gives none, and ignores deleted people', () => {
      const ceo = person('ceo', null, { roles: ['decision_maker'], relationship: 'ally' });
      expect(ids(input(keyplan, { decision: 4 }, [coach, ceo]))).toEqual([]);
      const gone = person('ceo', 'decision_maker', { relationship: 'ally', deleted: true });
      expect(ids(input(keyplan, { decision: 4 }, [coach, gone]))).toEqual(['decision_without_access', 'deleted_person']);
    });
  });

  describe('competition scored high without a named competitor', () => {
    it('fires, pointing at the competitors', () => {
      expect(crossCheck(input(keyplan, { competition: 3 }))).toEqual([
        expect.objectContaining({ id: 'competition_without_competitors', severity: 'medium', fix: { kind: 'competitors' } }),
      ]);
      expect(ids(input(BUILT_IN_TEMPLATES.rww, { can_compete: 2 }, [coach], [{ name: '  ' }]))).toContain('competition_without_competitors');
    });

    it('does not fire once a competitor is named, or when scored lower', () => {
      expect(ids(input(keyplan, { competition: 4 }, [coach], [{ name: 'Acme' }]))).toEqual([]);
      expect(ids(input(keyplan, { competition: 2 }))).toEqual([]);
    });
  });

  describe('need scored high without recorded pains', () => {
    const painless = person('user', 'user');

    it('fires when nobody on the deal has a pain recorded', () => {
      const findings = crossCheck(input(meddpicc, { identify_pain: 3 }, [{ ...coach, person: { ...coach.person, pains: ' ' } }, painless]));
      expect(findings).toContainEqual(expect.objectContaining({ id: 'need_without_pains', personIds: ['coach', 'user'], fix: { kind: 'influences' } }));
    });

    it('does not fire when someone has a pain, or when need is scored lower', () => {
      expect(ids(input(keyplan, { need: 4 }, [coach, painless]))).toEqual([]);
      expect(ids(input(keyplan, { need: 2 }, [painless, { ...coach, person: { ...coach.person, pains: '' } }]))).toEqual([]);
    });
  });

  describe('champion scored without support', () => {
    const neutralCoach = { ...coach, stance: 'neutral' as const };

    it('fires when nobody is a champion or supporter', () => {
      expect(crossCheck(input(meddpicc, { champion: 1 }, [neutralCoach]))).toContainEqual(
        expect.objectContaining({ id: 'champion_without_support', severity: 'high', fix: { kind: 'criterion', id: 'champion' } }),
      );
    });

    it('does not fire with a supporter (own attitude when the deal sets no stance), or with champion at the bottom', () => {
      const fan = person('fan', 'influencer', { attitude: 'champion' });
      expect(ids(input(meddpicc, { champion: 3 }, [neutralCoach, fan]))).toEqual([]);
      expect(ids(input(meddpicc, { champion: 0 }, [neutralCoach]))).toEqual([]);
    });

    it('lets the deal’s stance override the person’s attitude', () => {
      const turned = person('fan', 'influencer', { attitude: 'champion', stance: 'opponent' });
      expect(ids(input(meddpicc, { champion: 3 }, [neutralCoach, turned]))).toContain('champion_without_support');
    });
  });

  describe('people on the deal', () => {
    it('asks for a coach when there is none', () => {
      expect(crossCheck(input(keyplan, {}, [person('cto', 'technical_evaluator')]))).toEqual([
        expect.objectContaining({ id: 'no_coach', severity: 'medium', fix: { kind: 'influences' } }),
      ]);
      expect(ids(input(keyplan, {}, [person('c', null, { roles: ['coach'] })]))).toEqual([]);
    });

    it('asks for people, not a coach, when nobody is linked', () => {
      expect(ids(input(keyplan, {}, []))).toEqual(['no_influences']);
    });

    it('warns of highly influential opponents only when the verdict is pursue', () => {
      const foe = person('foe', 'influencer', { stance: 'opponent', influence: 'high' });
      const cfo = person('cfo', 'economic_buyer', { relationship: 'trusted' });
      const pursue = { need: 4, timeline: 4, budget: 4, competition: 4, decision: 4, decision_criteria: 4, strategic_fit: 4 };
      const found = crossCheck(input(keyplan, pursue, [coach, cfo, foe], [{ name: 'Acme' }]));
      expect(found).toEqual([
        expect.objectContaining({ id: 'influential_opponent', personIds: ['foe'], params: { count: 1 }, fix: { kind: 'person', id: 'foe' } }),
      ]);
      expect(ids(input(keyplan, { need: 1 }, [coach, foe]))).toEqual([]);
    });

    it('reports deleted people last, as low', () => {
      const findings = crossCheck(input(keyplan, {}, [person('gone', 'user', { deleted: true })]));
      expect(findings.map((f) => [f.id, f.severity])).toEqual([
        ['no_influences', 'high'],
        ['deleted_person', 'low'],
      ]);
      expect(findings[1]).toMatchObject({ personIds: ['gone'], params: { count: 1 } });
    });
  });

  it('checks only the people when the opportunity has no assessment yet', () => {
    expect(ids({ template: keyplan, score: null, influences: [person('x', 'user')], competitors: [] })).toEqual(['no_coach']);
  });

  it('names its message keys after the ids', () => {
    expect(crossCheckMessageKey('competition_without_competitors')).toBe('scoring.checks.competitionWithoutCompetitors');
  });
});
