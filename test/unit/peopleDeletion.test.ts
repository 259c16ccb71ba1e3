import { describe, expect, it } from 'vitest';
import { applyPeopleDeletion, deletionOf } from '../../shared/domain/peopleDeletion.js';

const person = (id: string, reportsToId: string | null) => ({ id, reportsToId });
const link = (id: string, sourceId: string, targetId: string) => ({ id, sourceId, targetId });

// ceo ─┬─ cto ─┬─ dev
//      │       └─ ops
//      └─ cfo
const people = [person('ceo', null), person('cto', 'ceo'), person('cfo', 'ceo'), person('dev', 'cto'), person('ops', 'cto')];
const links = [link('l1', 'dev', 'cfo'), link('l2', 'cfo', 'ceo'), link('l3', 'ops', 'cto')];

describe('deleting people', () => {
  it('takes their links and detaches their direct reports who stay', () => {
    expect(deletionOf(people, links, ['cto', 'cto'])).toEqual({
      ids: ['cto'],
      linkIds: ['l3'],
      detached: [
        { id: 'dev', reportsToId: 'cto' },
        { id: 'ops', reportsToId: 'cto' },
      ],
    });
  });

  it('does not detach someone deleted with their manager', () => {
    expect(deletionOf(people, links, ['cto', 'dev'])).toEqual({ ids: ['cto', 'dev'], linkIds: ['l1', 'l3'], detached: [{ id: 'ops', reportsToId: 'cto' }] });
  });

  it('applies exactly the answer, keeping untouched people and links as they were', () => {
    const map = { accountId: 'acc', people, links };
    const after = applyPeopleDeletion(map, { ids: ['cto'], linkIds: ['l3'], detached: [{ id: 'dev', reportsToId: 'cto' }] });
    expect(after.accountId).toBe('acc');
    expect(after.people).toEqual([person('ceo', null), person('cfo', 'ceo'), person('dev', null), person('ops', 'cto')]);
    expect(after.people[0]).toBe(people[0]);
    expect(after.links).toEqual([links[0], links[1]]);
    // What the answer did not say stays: nothing is recomputed on this side.
    expect(after.people.find((p) => p.id === 'ops')).toBe(people[4]);
  });

  it('round-trips: applying what deletionOf worked out leaves no line to anyone gone', () => {
    const deletion = deletionOf(people, links, ['ceo']);
    const after = applyPeopleDeletion({ people, links }, deletion);
    expect(after.people.map((p) => p.id)).toEqual(['cto', 'cfo', 'dev', 'ops']);
    expect(after.people.filter((p) => p.reportsToId === 'ceo')).toEqual([]);
    expect(after.links.map((l) => l.id)).toEqual(['l1', 'l3']);
  });
});
