import { describe, expect, it } from 'vitest';
import { slimPerson } from '../../shared/contract/index.js';
import { CARD_HEIGHT as H, CARD_WIDTH as W } from '../../shared/domain/mapStyle.js';
import { firstViewCollapsed, fittedFirstFold } from '../../renderer/src/features/map/firstView.js';
import { clipCurve } from '../../renderer/src/features/map/lineWindow.js';
import { clustersOf, pickLabels, type LabelPerson } from '../../renderer/src/features/map/overviewLabels.js';
import { shownPeople } from '../../renderer/src/features/map/placement.js';
import { fitting, shownBounds } from '../../renderer/src/features/map/viewport.js';
import { zoomLevel } from '../../renderer/src/features/map/zoomLevels.js';
import type { PersonNode } from '../../renderer/src/features/map/types.js';
import { generateOrg } from '../helpers/orgGenerator.js';
import { person } from './fixtures.js';

const line = (id: string, reportsToId: string | null = null) => ({ id, reportsToId });

/** ceo → (a, b); a → (a1, a2); a1 → (a11). */
const tree = [line('ceo'), line('a', 'ceo'), line('b', 'ceo'), line('a1', 'a'), line('a2', 'a'), line('a11', 'a1')];

describe('slimPerson', () => {
  it('keeps what the map draws (pains too: the pain-chain cards show them) and leaves out contacts, other long texts and stamps', () => {
    const whole = person('p', { email: 'p@example.cn', phone: '1', motivations: 'm', pains: 'p', notes: 'n', title: 'CIO', roles: ['coach'] }, { x: 1, y: 2 });
    const slim = slimPerson(whole);
    expect(slim).toEqual({
      id: 'p',
      name: 'p',
      title: 'CIO',
      department: '',
      reportsToId: null,
      roles: ['coach'],
      attitude: 'unknown',
      relationship: 'none',
      targetRelationship: null,
      influence: 'medium',
      style: null,
      ownerId: null,
      pains: 'p',
      x: 1,
      y: 2,
    });
  });
});

describe('the first view’s folding', () => {
  it('opens a large map folded to the levels that stay within about sixty cards', () => {
    const org = generateOrg({ size: 1500, seed: 4 }).people.map((p) => line(p.id, p.fields.reportsToId));
    const folded = firstViewCollapsed(org, null);
    expect(folded.size).toBeGreaterThan(0);
    expect(shownPeople(org, folded).length).toBeLessThanOrEqual(60);
    expect(firstViewCollapsed(tree, null).size).toBe(0);
  });

  it('in a laid-out tree folds deep levels until the tree fits, always showing the top and its reports', () => {
    expect(fittedFirstFold(tree, null, () => true).size).toBe(0);
    // Only two levels "fit": everyone on the second level with reports is folded.
    const twoLevels = fittedFirstFold(tree, null, (shown) => shown.length <= 3);
    expect([...twoLevels]).toEqual(['a']);
    // Nothing fits: still the top and its direct reports.
    expect([...fittedFirstFold(tree, null, () => false)]).toEqual(['a']);
    // Three levels fit: a1 is folded.
    expect([...fittedFirstFold(tree, null, (shown) => shown.length <= 5)]).toEqual(['a1']);
  });

  it('keeps the managers of the person asked for unfolded', () => {
    expect([...fittedFirstFold(tree, 'a11', (shown) => shown.length <= 3)]).toEqual([]);
  });

  it('opens only the way down to the person asked for: the other teams along it stay folded', () => {
    const org = generateOrg({ size: 10_000, seed: 10_000 }).people.map((p) => line(p.id, p.fields.reportsToId));
    const managerOf = new Map(org.map((p) => [p.id, p.reportsToId]));
    const depth = (id: string): number => (managerOf.get(id) ? 1 + depth(managerOf.get(id)!) : 0);
    const deep = org.reduce((a, b) => (depth(b.id) > depth(a.id) ? b : a));
    const folded = fittedFirstFold(org, deep.id, (shown) => shown.length <= 60);
    const shown = shownPeople(org, folded);
    expect(shown.map((p) => p.id)).toContain(deep.id);
    // The top levels, the managers' teams on the way down, and no whole branch besides.
    expect(shown.length).toBeLessThan(300);
  });
});

describe('fitting and zoom levels', () => {
  const node = (id: string, x: number, y: number) => ({ id, type: 'person', position: { x, y }, width: W, height: H, data: {} }) as unknown as PersonNode;

  it('fits what is shown, centred, at most at zoom 1, however far out that is', () => {
    const box = shownBounds([node('a', 0, 0), node('b', 100_000, 0)])!;
    expect(box).toEqual({ left: 0, top: 0, right: 100_000 + W, bottom: H });
    const far = fitting(box, { width: 1400, height: 700 });
    expect(far.zoom).toBeLessThan(0.02);
    expect(far.x + ((box.left + box.right) / 2) * far.zoom).toBeCloseTo(700);
    expect(fitting(shownBounds([node('a', 0, 0)])!, { width: 1400, height: 700 }).zoom).toBe(1);
    expect(shownBounds([])).toBeNull();
  });

  it('changes the cards’ form below 0.75 (names) and 0.3 (blocks)', () => {
    expect([1, 0.75, 0.74, 0.3, 0.29, 0.005].map(zoomLevel)).toEqual(['full', 'full', 'names', 'names', 'blocks', 'blocks']);
  });
});

describe('the overview’s labels', () => {
  const at = (id: string, reportsToId: string | null, department: string, x: number, y: number): LabelPerson => ({ id, reportsToId, name: id.toUpperCase(), department, x, y });
  const people = [
    at('ceo', null, 'Board', 1000, 0),
    at('it', 'ceo', 'IT', 0, 200),
    at('dev', 'it', 'IT', 0, 400),
    at('ops', 'it', 'IT', 300, 400),
    at('fin', 'ceo', 'Finance', 2000, 200),
    at('acc', 'fin', '', 2000, 400),
    at('clerk', 'acc', '', 2000, 600),
  ];

  it('groups people of one department under one head, and people with none under their head’s name', () => {
    const clusters = clustersOf(people);
    expect(clusters.map((c) => [c.label, c.count])).toEqual([
      ['IT', 3],
      ['ACC', 2],
      ['Board', 1],
      ['Finance', 1],
    ]);
    expect(clusters[0]).toMatchObject({ headId: 'it', left: 0, top: 200, right: 300 + W, bottom: 400 + H });
  });

  it('survives a reporting cycle', () => {
    expect(clustersOf([at('x', 'y', 'A', 0, 0), at('y', 'x', 'A', 0, 200)]).map((c) => c.count)).toEqual([2]);
  });

  it('shows no two labels on top of each other, and leaves out tiny groups', () => {
    const clusters = clustersOf(people);
    expect(pickLabels(clusters, 1).map((c) => c.label)).toEqual(['IT', 'ACC', 'Board', 'Finance']);
    // Far out the groups are specks: only those of several people keep a label, and never overlapping.
    const far = pickLabels(clusters, 0.01);
    expect(far.map((c) => c.label)).toEqual(['IT']);
  });
});

describe('clipCurve (long links drawn only near the view)', () => {
  const box = { left: 0, top: 0, right: 1000, bottom: 1000 };
  const on = (c: { start: { x: number; y: number }; control: { x: number; y: number }; end: { x: number; y: number } }, t: number) => {
    const u = 1 - t;
    return { x: u * u * c.start.x + 2 * u * t * c.control.x + t * t * c.end.x, y: u * u * c.start.y + 2 * u * t * c.control.y + t * t * c.end.y };
  };

  it('keeps a curve wholly in the window as it is, and drops one wholly outside', () => {
    const inside = { start: { x: 10, y: 10 }, control: { x: 500, y: 300 }, end: { x: 900, y: 900 } };
    expect(clipCurve(inside, box)).toBe(inside);
    expect(clipCurve({ start: { x: 2000, y: 0 }, control: { x: 2500, y: 500 }, end: { x: 3000, y: 1000 } }, box)).toBeNull();
  });

  it('cuts a 100,000 px curve down to about the window, on the same curve', () => {
    const long = { start: { x: -50_000, y: 500 }, control: { x: 500, y: 700 }, end: { x: 50_000, y: 500 } };
    const cut = clipCurve(long, box)!;
    expect(cut).not.toBeNull();
    expect(Math.abs(cut.end.x - cut.start.x)).toBeLessThan(3000);
    expect(cut.start.x).toBeLessThanOrEqual(0);
    expect(cut.end.x).toBeGreaterThanOrEqual(1000);
    // The piece's middle lies on the long curve.
    const mid = on(cut, 0.5);
    const t = (mid.x + 50_000) / 100_000;
    expect(Math.abs(on(long, t).y - mid.y)).toBeLessThan(1);
  });
});
