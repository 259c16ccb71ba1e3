import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AccountMap, AssessmentRecord, MapPerson } from '../../shared/contract/index.js';
import { fallingCriteria } from '../../shared/domain/scoring/history.js';
import { openTempDb, type TempDb } from '../helpers/tempDb.js';

let t: TempDb;
beforeEach(async () => {
  t = await openTempDb();
});
afterEach(() => t.cleanup());

const load = (language: 'zh-CN' | 'en') => {
  const account = t.call('sample.load', { language });
  return t.call('map.get', { accountId: account.id });
};

/** Walks up every reporting line; a cycle or a manager outside the map fails. */
function depthOf(person: MapPerson, byId: Map<string, MapPerson>): number {
  let depth = 0;
  for (let p = person; p.reportsToId !== null; depth++) {
    const up = byId.get(p.reportsToId);
    if (!up || depth > byId.size) throw new Error(`broken reporting line at ${p.name}`);
    p = up;
  }
  return depth;
}

describe('sample.load', () => {
  it.each(['zh-CN', 'en'] as const)('gives a realistic stakeholder map (%s)', (language) => {
    const map = load(language);
    const { people, links, team } = map;
    const byId = new Map(people.map((p) => [p.id, p]));

    expect(people.length).toBeGreaterThanOrEqual(15);
    expect(people.length).toBeLessThanOrEqual(25);
    expect(new Set(people.map((p) => p.department)).size).toBeGreaterThanOrEqual(6);
    expect(people.filter((p) => p.reportsToId === null)).toHaveLength(1);
    expect(Math.max(...people.map((p) => depthOf(p, byId)))).toBeGreaterThanOrEqual(3);
    expect(people.every((p) => p.x === null && p.y === null)).toBe(true);

    expect(people.filter((p) => p.roles.includes('coach'))).toHaveLength(1);
    expect(people.some((p) => p.roles.includes('decision_maker'))).toBe(true);
    expect(people.some((p) => p.attitude === 'opponent' && p.influence === 'high')).toBe(true);
    expect(new Set(people.map((p) => p.relationship)).size).toBeGreaterThanOrEqual(4);
    expect(new Set(people.map((p) => p.style).filter(Boolean)).size).toBe(4);

    const flow = links.filter((l) => l.kind === 'decision_flow');
    expect(flow.length).toBeGreaterThanOrEqual(4);
    expect(flow.every((l) => l.step !== null && l.label !== '')).toBe(true);
    expect(Math.min(...flow.map((l) => l.step ?? 0))).toBe(1);
    const pains = links.filter((l) => l.kind === 'pain_chain');
    expect(pains.length).toBeGreaterThanOrEqual(3);
    expect(pains.every((l) => l.label.length > 0)).toBe(true);
    for (const kind of ['influences', 'ally', 'conflict', 'dotted_reports_to'] as const) {
      expect(links.some((l) => l.kind === kind), kind).toBe(true);
    }
    expect(links.every((l) => byId.has(l.sourceId) && byId.has(l.targetId))).toBe(true);

    expect(team).toHaveLength(3);
    const owners = new Set(people.map((p) => p.ownerId).filter(Boolean));
    expect([...owners].sort()).toEqual(team.map((m) => m.id).sort());

    const listed = t.call('accounts.list', {});
    expect(listed[0]?.peopleCount).toBe(people.length);
  });

  it('reuses our team members that already exist, and loads once', () => {
    const wang = t.call('team.create', { fields: { name: '王磊', role: '大客户经理' } });
    const map = load('zh-CN');
    expect(map.team.map((m) => m.name).sort()).toEqual(['刘洋', '王磊', '陈静'].sort());
    expect(map.people.some((p) => p.ownerId === wang.id)).toBe(true);
    expect(map.people.some((p) => p.name === '何文' && p.roles.includes('coach'))).toBe(true);
    expect(t.dispatch('sample.load', { language: 'en' })).toMatchObject({ ok: false, error: { code: 'conflict', key: 'errors.sampleExists', params: { id: map.account.id } } });
    expect(t.call('accounts.list', {})).toHaveLength(1);
  });

  it('has the same structure in both languages', () => {
    const zh = load('zh-CN');
    t.call('accounts.delete', { id: zh.account.id });
    const en = load('en');
    const shape = (m: AccountMap) => {
      const index = new Map(m.people.map((p, i) => [p.id, i]));
      return {
        people: m.people.map((p) => [p.roles, p.attitude, p.relationship, p.influence, p.style, p.reportsToId && index.get(p.reportsToId)]),
        links: m.links.map((l) => [index.get(l.sourceId), index.get(l.targetId), l.kind, l.step]).sort(),
      };
    };
    expect(shape(en)).toEqual(shape(zh));
    expect(en.people.every((p) => /^[\x20-\x7e’]+$/.test(p.name + p.title))).toBe(true);
  });
});

describe('sample.load: opportunities and whitespace', () => {
  const loadAll = (language: 'zh-CN' | 'en') => {
    const map = load(language);
    const list = t.call('opportunities.list', { accountId: map.account.id });
    const details = list.map((o) => t.call('opportunities.get', { id: o.id }));
    const grid = t.call('whitespace.get', { accountId: map.account.id });
    return { map, list, details, grid };
  };

  it.each(['zh-CN', 'en'] as const)('gives two opportunities with influences, competitors, a plan, scorecards over months and a grid (%s)', (language) => {
    const { map, list, details, grid } = loadAll(language);
    const byId = new Map(t.call('people.list', { accountId: map.account.id }).map((p) => [p.id, p]));
    expect(list).toHaveLength(2);
    expect(list.every((o) => o.status === 'open' && o.amount !== null && o.closeDate !== null && o.closeDate > new Date().toISOString().slice(0, 10))).toBe(true);
    expect(list.every((o) => o.latest !== null)).toBe(true);

    const [core, cloud] = details;
    const coach = core!.influences.find((i) => i.role === 'coach')!;
    expect(byId.get(coach.personId)!.notes).not.toBe('');
    expect(byId.get(coach.personId)!.email).toBe('he.wen@ecub.example.cn');
    expect(core!.influences.some((i) => (i.stance ?? byId.get(i.personId)!.attitude) === 'opponent' && byId.get(i.personId)!.influence === 'high')).toBe(true);
    expect(core!.influences.every((i) => i.winResult !== '')).toBe(true);
    expect(core!.competitors.map((c) => c.position)).toEqual(['incumbent', 'shortlisted']);
    expect(core!.competitors[0]!.favouredBy.length).toBeGreaterThan(0);
    expect(core!.negotiation.updatedAt).not.toBeNull();
    expect(core!.negotiation.concessions.length).toBeGreaterThanOrEqual(2);
    expect(core!.negotiation.theirParticipants.length).toBeGreaterThan(0);
    expect(core!.negotiation.ourParticipants).toHaveLength(3);
    expect(cloud!.influences.length).toBeGreaterThan(0);
    expect(cloud!.competitors).toHaveLength(1);

    // Three or four assessments over several months, newest first, the latest within a month; one score falls.
    const assessments = core!.assessments;
    expect(assessments.length).toBeGreaterThanOrEqual(3);
    const ageDays = (at: string) => (Date.now() - Date.parse(at)) / 86_400_000;
    expect(ageDays(assessments[0]!.assessedAt)).toBeLessThan(31);
    expect(ageDays(assessments.at(-1)!.assessedAt)).toBeGreaterThan(90);
    const asSnapshot = (a: AssessmentRecord) => ({ template: a.template, assessment: a });
    expect(fallingCriteria(asSnapshot(assessments[1]!), asSnapshot(assessments[0]!)).map((f) => f.key)).toEqual(['competition']);
    expect(assessments.every((a) => a.authorId !== null && a.author !== '')).toBe(true);
    const evidencePeople = assessments.flatMap((a) => Object.values(a.scores).flatMap((s) => s.personIds));
    expect(evidencePeople.length).toBeGreaterThan(0);
    expect(evidencePeople.every((id) => byId.has(id))).toBe(true);
    expect(core!.checks.map((c) => c.id)).not.toContain('no_coach');

    expect(grid.offerings.length).toBeGreaterThanOrEqual(4);
    expect(grid.units.some((u) => u.id !== null)).toBe(true);
    expect(grid.units.filter((u) => u.peopleCount > 0).length).toBeGreaterThanOrEqual(4);
    expect(new Set(grid.cells.map((c) => c.status))).toEqual(new Set(['sold', 'in_progress', 'potential', 'not_relevant', 'competitor']));
    expect(grid.totals.annualPotential).toBe(48_000_000);
    expect(grid.totals.cells).toBeGreaterThan(0);

    expect(t.call('opportunities.listOpen', { sort: 'score', direction: 'desc' })).toHaveLength(2);
  });

  it('has the same structure in both languages and reuses offerings that exist', () => {
    t.call('offerings.create', { fields: { name: '数据中台', description: 'ours' } });
    const zh = loadAll('zh-CN');
    expect(zh.grid.offerings.filter((o) => o.name === '数据中台')).toEqual([expect.objectContaining({ description: 'ours' })]);
    t.call('accounts.delete', { id: zh.map.account.id });
    const en = loadAll('en');
    const shape = ({ map, details, grid }: ReturnType<typeof loadAll>) => {
      const person = new Map(map.people.map((p, i) => [p.id, i]));
      return {
        opportunities: details.map((d) => ({
          amount: d.opportunity.amount,
          influences: d.influences.map((i) => [person.get(i.personId), i.role, i.stance]),
          competitors: d.competitors.map((c) => [c.position, c.favouredBy.map((id) => person.get(id))]),
          assessments: d.assessments.map((a) => [a.templateKey, a.total, a.verdict, Object.values(a.scores).map((s) => [s.value, s.personIds.map((id) => person.get(id))])]),
        })),
        cells: grid.cells.map((c) => [c.status, c.amount]),
        totals: grid.totals,
      };
    };
    expect(shape(en)).toEqual(shape(zh));
  });
});

describe('sample.load: plans, tasks, activities and anomalies', () => {
  it.each(['zh-CN', 'en'] as const)('runs both deals on a plan, with overdue tasks, months of contacts and live anomalies (%s)', (language) => {
    const map = load(language);
    const accountId = map.account.id;
    const opportunities = t.call('opportunities.list', { accountId });
    expect(opportunities).toHaveLength(2);
    const plans = opportunities.map((o) => t.call('plans.get', { opportunityId: o.id }).plan!);
    expect(plans.map((p) => p.template.key).sort()).toEqual(['six_stages', 'six_steps']);
    const core = plans.find((p) => p.template.key === 'six_stages')!;
    expect(core.stageKey).toBe('proposal');
    expect(core.moves.map((m) => m.kind)).toEqual(['advance', 'override']);
    expect(core.moves[1]!.reason).not.toBe('');
    expect(plans.find((p) => p.template.key === 'six_steps')!.stageIndex).toBeGreaterThan(0);

    const today = new Date();
    const todayText = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    const tasks = t.call('tasks.listForAccount', { accountId });
    const overdue = tasks.filter((task) => task.status === 'open' && task.dueDate !== null && task.dueDate < todayText);
    expect(overdue.length).toBeGreaterThanOrEqual(2);
    expect(tasks.some((task) => task.status === 'done')).toBe(true);

    const activities = t.call('activities.listForAccount', { accountId });
    expect(activities.length).toBeGreaterThanOrEqual(10);
    const oldest = activities.at(-1)!.date;
    const days = (Date.parse(todayText) - Date.parse(oldest)) / 86_400_000;
    expect(days).toBeGreaterThanOrEqual(90);
    expect(Object.keys(map.lastContact).length).toBeGreaterThan(5);

    const { anomalies } = t.call('anomalies.forAccount', { accountId });
    expect(anomalies.some((a) => a.ruleId === 'task_overdue')).toBe(true);
    expect(anomalies.some((a) => a.ruleId === 'key_node_overridden')).toBe(true);
    const decisionMaker = anomalies.filter((a) => a.ruleId === 'decision_maker_not_trusted');
    const coach = map.people.find((p) => p.roles.includes('coach'))!;
    const throughCoach = decisionMaker.find((a) => a.suggestion.path?.path[0] === coach.id);
    expect(throughCoach, 'a way in to the decision-maker starting at the coach').toBeDefined();
    expect(throughCoach!.suggestion.key).toBe('anomalies.suggestions.askForIntroduction');

    const dashboard = t.call('dashboard.get', {});
    const row = dashboard.accounts.find((a) => a.id === accountId)!;
    expect(row.opportunities.every((o) => o.planStage !== null)).toBe(true);
    expect(row.tasksOverdue).toBe(overdue.length);
    expect(row.anomalies.high).toBeGreaterThan(0);
    expect(dashboard.changes.comparedWith).not.toBeNull();
  });
});
