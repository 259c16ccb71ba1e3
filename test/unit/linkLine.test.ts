import { describe, expect, it } from 'vitest';
import { CARD_HEIGHT as H, CARD_WIDTH as W } from '../../shared/domain/mapStyle.js';
import { LABEL_HEIGHT, STEP_RADIUS, labelWidth, linkCurve, linkLabel, linkOffsets, pointOn, routeLinks, type RouteCard, type RouteLink } from '../../shared/layout/linkLine.js';

const card = (id: string, x: number, y: number, fold = false): RouteCard => ({ id, x, y, fold });
const link = (id: string, sourceId: string, targetId: string, extra: Partial<RouteLink> = {}): RouteLink => ({
  id,
  sourceId,
  targetId,
  kind: 'influences',
  step: null,
  label: '',
  offset: 0,
  ...extra,
});
const centre = (c: RouteCard) => ({ x: c.x + W / 2, y: c.y + H / 2 });
const inside = (p: { x: number; y: number }, c: RouteCard) => p.x > c.x && p.x < c.x + W && p.y > c.y && p.y < c.y + H;
const boxOf = (at: { x: number; y: number }, width: number, height: number) => ({ x: at.x - width / 2, y: at.y - height / 2, width, height });
const overlaps = (a: { x: number; y: number; width: number; height: number }, b: { x: number; y: number; width: number; height: number }) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('link routes', () => {
  it('runs straight when nothing is in the way, with its marks at the middle', () => {
    const cards = [card('a', 0, 0), card('b', 600, 300)];
    const route = routeLinks([link('l', 'a', 'b', { kind: 'decision_flow', step: 1 })], cards).get('l')!;
    expect(route.bend).toBe(0);
    expect(route.step).toEqual({ t: 0.5, shift: 0 });
  });

  it('ends on the border of its own cards when moved aside (beside a reporting line) and bent, not beside them', () => {
    // A report below and to the right of their manager, as in the sample's first view.
    const manager = card('m', 0, 0);
    const report = card('r', 130, 170);
    const touches = (p: { x: number; y: number }, c: RouteCard) => {
      const dx = Math.abs(p.x - centre(c).x);
      const dy = Math.abs(p.y - centre(c).y);
      // At most the small gap outside the card's border.
      expect(Math.max(dx - W / 2, dy - H / 2)).toBeLessThanOrEqual(3 + 1e-9);
    };
    for (const offset of [-52, -26, 0, 26, 52, 78]) {
      for (const bend of [-120, -40, 0, 40, 120]) {
        const curve = linkCurve(centre(report), centre(manager), offset, bend);
        touches(curve.start, report);
        touches(curve.end, manager);
      }
    }
  });

  it('puts a step number on its line, further along, rather than beside it, when a card is close to the middle', () => {
    // A card just below the middle of a straight line: the number at the middle would cover it.
    const cards = [card('a', 0, 0), card('b', 1000, 0), card('c', 500, H / 2 + 10)];
    const route = routeLinks([link('l', 'a', 'b', { kind: 'decision_flow', step: 1 })], cards).get('l')!;
    expect(route.bend).toBe(0);
    expect(route.step!.shift).toBe(0);
    const curve = linkCurve(centre(cards[0]!), centre(cards[1]!), 0, 0);
    const at = pointOn(curve, route.step!.t);
    expect(overlaps(boxOf(at, STEP_RADIUS * 2, STEP_RADIUS * 2), { x: cards[2]!.x, y: cards[2]!.y, width: W, height: H })).toBe(false);
  });

  it('leaves a label with no room off a line between two cards side by side, rather than taking the line behind the card above them', () => {
    // As in the sample's first view: two vice-presidents side by side under the president, their
    // reports stacked under them, a conflict between the two; here no label fits between the rows.
    const cards = [card('top', 132, 0, true), card('a', 0, 130), card('b', 264, 130), card('c', 0, 250), card('d', 264, 250)];
    const conflict = link('l', 'b', 'a', { kind: 'conflict', label: 'Disagree on the migration risk' });
    const route = routeLinks([conflict], cards).get('l')!;
    expect(route.label).toBeNull();
    const curve = linkCurve(centre(cards[2]!), centre(cards[1]!), 0, route.bend);
    for (let k = 0; k <= 20; k++) for (const other of [cards[0]!, cards[3]!, cards[4]!]) expect(inside(pointOn(curve, k / 20), other)).toBe(false);
    // With room (the two further apart), the label is on the line.
    const apart = routeLinks([conflict], [cards[0]!, cards[1]!, card('b', 700, 130), cards[3]!]).get('l')!;
    expect(apart.label).not.toBeNull();
  });

  it('bends around a card that stands between the two it joins, so it does not seem to end there', () => {
    const cards = [card('a', 0, 0), card('b', 300, 0), card('c', 600, 0)];
    const route = routeLinks([link('l', 'a', 'c')], cards).get('l')!;
    expect(route.bend).not.toBe(0);
    const curve = linkCurve(centre(cards[0]!), centre(cards[2]!), 0, route.bend);
    for (let k = 0; k <= 40; k++) expect(inside(pointOn(curve, k / 40), cards[1]!)).toBe(false);
  });

  it('leaves a line across much of a large org straight: no bend of a card or two would take it clear', () => {
    const row = Array.from({ length: 30 }, (_, i) => card(`r${i}`, i * (W + 28), 0));
    const routes = routeLinks([link('long', 'r0', 'r29'), link('short', 'r0', 'r2')], row);
    expect(routes.get('long')!.bend).toBe(0);
    expect(routes.get('short')!.bend).not.toBe(0);
  });

  it('keeps a step number off the cards, the connection handle and the fold badge, and labels off the steps', () => {
    // Side by side (the layout's 28px gap): the middle of the line is on a's handle.
    const cards = [card('a', 0, 0, true), card('b', W + 28, 0), card('c', 0, 300)];
    const links = [
      link('side', 'a', 'b', { kind: 'decision_flow', step: 1, label: 'Budget sign-off' }),
      link('down', 'a', 'c', { kind: 'decision_flow', step: 2, label: 'Risk opinion' }),
    ];
    const routes = routeLinks(links, cards);
    const marks: { x: number; y: number; width: number; height: number }[] = [];
    for (const l of links) {
      const [from, to] = [cards.find((c) => c.id === l.sourceId)!, cards.find((c) => c.id === l.targetId)!];
      const curve = linkCurve(centre(from), centre(to), 0, routes.get(l.id)!.bend);
      const { step, label } = routes.get(l.id)!;
      marks.push(boxOf(pointOn(curve, step!.t, step!.shift), STEP_RADIUS * 2, STEP_RADIUS * 2));
      marks.push(boxOf(pointOn(curve, label!.t, label!.shift), labelWidth(linkLabel(l.label)), LABEL_HEIGHT));
    }
    const handle = { x: W - 8, y: H / 2 - 8, width: 16, height: 16 };
    const fold = { x: W / 2 - 18, y: H - 2, width: 36, height: 14 };
    for (const box of marks) {
      expect(overlaps(box, handle)).toBe(false);
      expect(overlaps(box, fold)).toBe(false);
      for (const c of cards) expect(overlaps(box, { x: c.x, y: c.y, width: W, height: H })).toBe(false);
    }
    for (let i = 0; i < marks.length; i++) for (let j = i + 1; j < marks.length; j++) expect(overlaps(marks[i]!, marks[j]!)).toBe(false);
  });

  it('spreads the lines between the same two people, clear of a reporting line between them', () => {
    const people = [
      { id: 'a', reportsToId: null },
      { id: 'b', reportsToId: 'a' },
    ];
    const offsets = linkOffsets(people, [
      { id: 'l1', sourceId: 'a', targetId: 'b' },
      { id: 'l2', sourceId: 'b', targetId: 'a' },
    ]);
    // In the same frame (from a to b) the two links run either side of the reporting line, which keeps the middle.
    const canonical = [offsets.get('l1')!, -offsets.get('l2')!];
    expect(new Set([0, ...canonical]).size).toBe(3);
    expect(linkOffsets([{ id: 'a', reportsToId: null }, { id: 'b', reportsToId: null }], [{ id: 'l', sourceId: 'a', targetId: 'b' }]).get('l')).toBe(0);
  });

  it('is deterministic and leaves out links to people not on the canvas', () => {
    const cards = [card('a', 0, 0), card('b', 300, 0), card('c', 600, 0)];
    const links = [link('l1', 'a', 'c'), link('l2', 'a', 'gone')];
    expect(routeLinks(links, cards)).toEqual(routeLinks(links, cards));
    expect(routeLinks(links, cards).has('l2')).toBe(false);
  });
});
