import { describe, expect, it } from 'vitest';
import { pathsToPerson, type PathLink, type PathPerson } from '../../shared/domain/plan/pathToPerson.js';

const person = (id: string, relationship: PathPerson['relationship'], reportsToId: string | null = null, name = id): PathPerson => ({
  id,
  name,
  relationship,
  reportsToId,
});
const link = (sourceId: string, kind: PathLink['kind'], targetId: string): PathLink => ({ sourceId, targetId, kind });

// The client:             ceo (decision-maker, only 认识)
//                  ┌───────┴────────┐
//                 cio              cfo ── conflict ── coach
//            ┌─────┴─────┐
//       it_manager    architect (ally with coach)
//            │
//          coach (向导, 同盟 with us)   engineer (信赖) influences cfo
const org: PathPerson[] = [
  person('ceo', 'acquainted'),
  person('cio', 'meeting', 'ceo'),
  person('cfo', 'none', 'ceo'),
  person('it_manager', 'acquainted', 'cio'),
  person('architect', 'meeting', 'cio'),
  person('coach', 'ally', 'it_manager', 'Coach'),
  person('engineer', 'trusted', null, 'Engineer'),
];
const links: PathLink[] = [link('coach', 'ally', 'architect'), link('cfo', 'conflict', 'coach'), link('engineer', 'influences', 'cfo')];

describe('ways in to a person', () => {
  it('finds the coach’s chain to the decision-maker, after a shorter one, with each step’s direction', () => {
    const paths = pathsToPerson(org, links, 'ceo');
    expect(paths).toEqual([
      {
        path: ['engineer', 'cfo', 'ceo'],
        via: [
          { kind: 'influences', direction: 'forward' },
          { kind: 'reports_to', direction: 'forward' },
        ],
      },
      {
        // coach → it_manager → cio → ceo and coach → architect → cio → ceo are both 3 hops: the
        // closer relationship (architect, 约会) is the way through.
        path: ['coach', 'architect', 'cio', 'ceo'],
        via: [
          { kind: 'ally', direction: 'mutual' },
          { kind: 'reports_to', direction: 'forward' },
          { kind: 'reports_to', direction: 'forward' },
        ],
      },
    ]);
  });

  it('reports a link followed against its direction as backward', () => {
    const paths = pathsToPerson(org, links, 'it_manager');
    expect(paths[0]).toEqual({ path: ['coach', 'it_manager'], via: [{ kind: 'reports_to', direction: 'forward' }] });
    const down = pathsToPerson([person('boss', 'trusted'), person('report', 'none', 'boss')], [], 'report');
    expect(down).toEqual([{ path: ['boss', 'report'], via: [{ kind: 'reports_to', direction: 'backward' }] }]);
  });

  it('never goes over a conflict, decision-flow or pain-chain link', () => {
    const people = [person('us', 'trusted'), person('them', 'none')];
    for (const kind of ['conflict', 'decision_flow', 'pain_chain'] as const) expect(pathsToPerson(people, [link('us', kind, 'them')], 'them')).toEqual([]);
    expect(pathsToPerson(people, [link('us', 'dotted_reports_to', 'them')], 'them')[0]!.via).toEqual([{ kind: 'dotted_reports_to', direction: 'forward' }]);
  });

  it('breaks ties by the stronger relationship, then by name, and caps chains and hops', () => {
    const people = [person('t', 'none'), person('b', 'trusted', 't', 'Bai'), person('a', 'trusted', 't', 'An'), person('z', 'ally', 't', 'Zhao')];
    expect(pathsToPerson(people, [], 't').map((p) => p.path[0])).toEqual(['z', 'a', 'b']);
    expect(pathsToPerson(people, [], 't', { maxChains: 2 }).map((p) => p.path[0])).toEqual(['z', 'a']);
    // A chain of five hops is out of reach at the default four.
    const chain = [person('p0', 'ally'), ...[1, 2, 3, 4, 5].map((i) => person(`p${i}`, 'none', `p${i - 1}`))];
    expect(pathsToPerson(chain, [], 'p4')[0]!.path).toHaveLength(5);
    expect(pathsToPerson(chain, [], 'p5')).toEqual([]);
    expect(pathsToPerson(chain, [], 'p5', { maxHops: 5 })[0]!.path).toEqual(['p0', 'p1', 'p2', 'p3', 'p4', 'p5']);
  });

  it('does not lead through another door-opener or a deleted person, and has nothing for someone already trusted', () => {
    const people = [person('t', 'none'), person('near', 'trusted', 't'), person('far', 'ally', 'near')];
    expect(pathsToPerson(people, [], 't').map((p) => p.path)).toEqual([['near', 't']]);
    expect(pathsToPerson([...people.slice(0, 2).map((p) => (p.id === 'near' ? { ...p, deleted: true } : p)), people[2]!], [], 't')).toEqual([]);
    expect(pathsToPerson(people, [], 'near')).toEqual([]);
    expect(pathsToPerson(people, [], 'missing')).toEqual([]);
  });

  it('survives a reporting cycle in damaged data', () => {
    const people = [person('a', 'trusted', 'b'), person('b', 'none', 'c'), person('c', 'none', 'a')];
    expect(pathsToPerson(people, [], 'c').map((p) => p.path)).toEqual([['a', 'c']]);
  });
});
