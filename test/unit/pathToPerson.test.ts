import { describe, expect, it } from 'vitest';
import { pathsToPerson } from '../../shared/domain/pathToPerson.js';
import type { LinkKind, RelationshipLevel } from '../../shared/domain/people.js';

const p = (id: string, reportsToId: string | null, relationship: RelationshipLevel = 'none') => ({ id, reportsToId, relationship });
const l = (sourceId: string, targetId: string, kind: LinkKind) => ({ sourceId, targetId, kind });

describe('pathsToPerson: the ways in to someone through people we trust', () => {
  const people = [
    p('ceo', null),
    p('cfo', 'ceo', 'trusted'),
    p('cio', 'ceo'),
    p('arch', 'cio', 'ally'),
    p('dev', 'cio', 'trusted'),
    p('far', null, 'ally'),
    p('alone', null, 'trusted'),
  ];
  const links = [l('arch', 'ceo', 'influences'), l('far', 'cfo', 'ally'), l('dev', 'ceo', 'pain_chain'), l('alone', 'ceo', 'conflict')];

  it('gives the shortest chain from each trusted person, shortest first, the closer relationship first among equals', () => {
    const ways = pathsToPerson(people, links, 'ceo');
    expect(ways.map((w) => w.fromId)).toEqual(['arch', 'cfo', 'far', 'dev']);
    expect(ways[0]).toEqual({ fromId: 'arch', steps: [{ personId: 'ceo', tie: 'influences' }] });
    expect(ways[3]).toEqual({ fromId: 'dev', steps: [{ personId: 'cio', tie: 'reports_to' }, { personId: 'ceo', tie: 'reports_to' }] });
    expect(ways[2]!.steps).toEqual([{ personId: 'cfo', tie: 'ally' }, { personId: 'ceo', tie: 'reports_to' }]);
  });

  it('ignores pain-chain, conflict and decision links, and people beyond maxSteps; honours the limit', () => {
    expect(pathsToPerson(people, links, 'ceo').some((w) => w.fromId === 'alone')).toBe(false);
    expect(pathsToPerson(people, links, 'ceo', { maxSteps: 1 }).map((w) => w.fromId)).toEqual(['arch', 'cfo']);
    expect(pathsToPerson(people, links, 'ceo', { limit: 1 })).toHaveLength(1);
  });

  it('the person themselves is never a way in; an unknown person has none; cycles cannot hang it', () => {
    expect(pathsToPerson(people, links, 'cfo').map((w) => w.fromId)).not.toContain('cfo');
    expect(pathsToPerson(people, links, 'nobody')).toEqual([]);
    const loop = [p('a', 'b'), p('b', 'a', 'trusted')];
    expect(pathsToPerson(loop, [], 'a')).toEqual([{ fromId: 'b', steps: [{ personId: 'a', tie: 'reports_to' }] }]);
  });
});
