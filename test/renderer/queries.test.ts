import { describe, expect, it } from 'vitest';
import { moveInMap, removeLinks, removePeople, upsertLinks, upsertPeople } from '../../renderer/src/features/stakeholders/queries.js';
import { accountMap, link, person } from './fixtures.js';

/** The cached map's patches after a save: what the canvas and the table show until the next fetch. */
const map = () =>
  accountMap(
    [person('boss', {}, { x: 0, y: 0 }), person('mid', { reportsToId: 'boss' }, { x: 0, y: 200 }), person('leaf', { reportsToId: 'mid' }), person('peer')],
    [link('l1', 'mid', 'peer', 'ally'), link('l2', 'peer', 'boss', 'influences'), link('l3', 'leaf', 'boss', 'decision_flow')],
  );

describe('upsertPeople', () => {
  it('replaces the saved people in place, keeps every other person object as it was, and adds new people at the end', () => {
    const before = map();
    const saved = { ...before.people[1]!, title: 'Head of IT' };
    const added = person('new', { reportsToId: 'boss' });
    const after = upsertPeople([saved, added])(before);
    expect(after.people.map((p) => p.id)).toEqual(['boss', 'mid', 'leaf', 'peer', 'new']);
    expect(after.people[1]).toBe(saved);
    expect(after.people[0]).toBe(before.people[0]);
    expect(after.people[2]).toBe(before.people[2]);
    expect(after.people[3]).toBe(before.people[3]);
    expect(after.links).toBe(before.links);
    expect(before.people.map((p) => p.title)).toEqual(['', '', '', '']);
  });
});

describe('upsertLinks', () => {
  it('replaces a saved link in place and adds new links at the end, keeping the others', () => {
    const before = map();
    const edited = { ...before.links[0]!, label: 'golf' };
    const after = upsertLinks([edited, link('l4', 'boss', 'leaf', 'conflict')])(before);
    expect(after.links.map((l) => [l.id, l.label])).toEqual([
      ['l1', 'golf'],
      ['l2', ''],
      ['l3', ''],
      ['l4', ''],
    ]);
    expect(after.links[1]).toBe(before.links[1]);
    expect(after.people).toBe(before.people);
  });
});

describe('removePeople', () => {
  it('removes the people with their links, and their reports lose their manager, as the backend answered', () => {
    const before = map();
    const after = removePeople({ ids: ['mid'], linkIds: ['l1'], detached: [{ id: 'leaf', reportsToId: 'mid' }] })(before);
    expect(after.people.map((p) => p.id)).toEqual(['boss', 'leaf', 'peer']);
    expect(after.people.find((p) => p.id === 'leaf')?.reportsToId).toBeNull();
    expect(after.links.map((l) => l.id)).toEqual(['l2', 'l3']);
    // Untouched people keep their object.
    expect(after.people[0]).toBe(before.people[0]);
    expect(after.people[2]).toBe(before.people[3]);
  });

  it('drops exactly the links the backend reported deleted with them', () => {
    const after = removePeople({ ids: ['peer'], linkIds: ['l1', 'l2'], detached: [] })(map());
    expect(after.links.map((l) => l.id)).toEqual(['l3']);
  });
});

describe('removeLinks', () => {
  it('removes exactly the given links and nobody', () => {
    const before = map();
    const after = removeLinks(['l1', 'l3'])(before);
    expect(after.links.map((l) => l.id)).toEqual(['l2']);
    expect(after.people).toBe(before.people);
  });
});

describe('moveInMap', () => {
  it('moves the given people and keeps the others’ objects', () => {
    const before = map();
    const after = moveInMap([
      { id: 'leaf', x: 40, y: 400 },
      { id: 'boss', x: -10.5, y: 0 },
    ])(before);
    expect(after.people.map((p) => [p.id, p.x, p.y])).toEqual([
      ['boss', -10.5, 0],
      ['mid', 0, 200],
      ['leaf', 40, 400],
      ['peer', null, null],
    ]);
    expect(after.people[1]).toBe(before.people[1]);
    expect(after.people[3]).toBe(before.people[3]);
    expect(before.people[2]).toMatchObject({ x: null, y: null });
  });
});
