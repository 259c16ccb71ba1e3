import { describe, expect, it } from 'vitest';
import { CARD_HEIGHT as H, CARD_WIDTH as W } from '../../shared/domain/mapStyle.js';
import { layoutAll, placeUnplaced, type LayoutPerson } from '../../renderer/src/features/map/placement.js';
import type { XY } from '../../renderer/src/features/map/types.js';

const p = (id: string, reportsToId: string | null = null, at: XY | null = null): LayoutPerson => ({ id, reportsToId, x: at?.x ?? null, y: at?.y ?? null });

/** Whether two cards at these top-left corners overlap. */
const overlap = (a: XY, b: XY) => Math.abs(a.x - b.x) < W && Math.abs(a.y - b.y) < H;
function expectNoOverlaps(cards: XY[]) {
  for (let i = 0; i < cards.length; i++) {
    for (let j = i + 1; j < cards.length; j++) expect(overlap(cards[i]!, cards[j]!), `cards ${i} and ${j} overlap`).toBe(false);
  }
}
const placedAt = (people: LayoutPerson[]) => people.filter((q) => q.x !== null && q.y !== null).map((q) => ({ x: q.x!, y: q.y! }));

describe('layoutAll', () => {
  it('puts managers above their reports, with no two cards on top of each other', () => {
    const people = [p('ceo'), p('cio', 'ceo'), p('cfo', 'ceo'), p('dev', 'cio')];
    const at = layoutAll(people);
    expect(Object.keys(at).sort()).toEqual(['ceo', 'cfo', 'cio', 'dev']);
    expect(at.cio!.y).toBeGreaterThan(at.ceo!.y);
    expect(at.dev!.y).toBeGreaterThan(at.cio!.y);
    expect(at.cio!.y).toBe(at.cfo!.y);
    expectNoOverlaps(Object.values(at));
  });

  it('gives no place to the people folded under a manager', () => {
    const at = layoutAll([p('ceo'), p('cio', 'ceo'), p('dev', 'cio')], ['cio']);
    expect(Object.keys(at).sort()).toEqual(['ceo', 'cio']);
  });
});

describe('placeUnplaced', () => {
  it('leaves a map where everyone is placed alone', () => {
    expect(placeUnplaced([p('a', null, { x: 0, y: 0 }), p('b', 'a', { x: 0, y: 300 })])).toEqual({});
  });

  it('lays out a map where nobody is placed as the tidy tree', () => {
    const people = [p('ceo'), p('cio', 'ceo'), p('cfo', 'ceo')];
    expect(placeUnplaced(people)).toEqual(layoutAll(people));
  });

  it('hangs a new report below their manager, without covering anyone placed by hand, and moves no one placed', () => {
    const people = [p('boss', null, { x: 0, y: 0 }), p('old', 'boss', { x: 0, y: H + 64 }), p('new', 'boss')];
    const out = placeUnplaced(people);
    expect(Object.keys(out)).toEqual(['new']);
    expect(out.new!.y).toBeGreaterThanOrEqual(H);
    expectNoOverlaps([...placedAt(people), out.new!]);
  });

  it('places a new manager and their new reports as a small tree, the reports below the manager', () => {
    const people = [p('boss', null, { x: 0, y: 0 }), p('lead', 'boss'), p('r1', 'lead'), p('r2', 'lead')];
    const out = placeUnplaced(people);
    expect(Object.keys(out).sort()).toEqual(['lead', 'r1', 'r2']);
    expect(out.r1!.y).toBeGreaterThan(out.lead!.y);
    expect(out.lead!.y).toBeGreaterThan(0);
    expectNoOverlaps([...placedAt(people), ...Object.values(out)]);
  });

  it('puts people with no manager and no reports right of everything, not on top of anyone', () => {
    const people = [p('a', null, { x: 0, y: 0 }), p('b', 'a', { x: 400, y: 300 }), p('loner1'), p('loner2'), p('loner3')];
    const out = placeUnplaced(people);
    const rightEdge = 400 + W;
    for (const id of ['loner1', 'loner2', 'loner3']) expect(out[id]!.x).toBeGreaterThan(rightEdge);
    expectNoOverlaps([...placedAt(people), ...Object.values(out)]);
  });

  it('in a compact map, one more report of a manager whose reports stand in a column joins the foot of that column', () => {
    const column = [0, 1, 2].map((i) => p(`r${i}`, 'boss', { x: 40, y: 200 + i * (H + 16) }));
    const people = [p('boss', null, { x: 0, y: 0 }), ...column, p('new', 'boss')];
    const out = placeUnplaced(people, true);
    expect(out.new).toEqual({ x: 40, y: 200 + 3 * (H + 16) });
    // Not compact: the newcomer is hung as a tree, not added to the column.
    expect(placeUnplaced(people, false).new!.x).not.toBe(40);
  });
});
