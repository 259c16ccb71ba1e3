import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AccountMap, MapPerson } from '../../shared/contract/index.js';
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
    expect(t.dispatch('sample.load', { language: 'en' })).toMatchObject({ ok: false, error: { code: 'conflict', key: 'errors.sampleExists' } });
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
