import { describe, expect, it } from 'vitest';
import { CARD_HEIGHT as H, CARD_WIDTH as W } from '../../shared/domain/mapStyle.js';
import { aroundCell, nearView, viewCell } from '../../renderer/src/features/map/nearView.js';
import type { MapEdge, MapNode } from '../../renderer/src/features/map/types.js';

const card = (id: string, x: number, y: number, extra: Partial<MapNode> = {}) => ({ id, type: 'person', position: { x, y }, width: W, height: H, data: {}, ...extra }) as MapNode;
const line = (source: string, target: string, extra: Partial<MapEdge> = {}) => ({ id: `${source}-${target}`, source, target, type: 'link', data: {}, ...extra }) as MapEdge;
const ids = (items: readonly { id: string }[]) => items.map((i) => i.id).sort();

describe('viewCell and aroundCell', () => {
  it('the area of the view’s cell holds the whole view with room to spare, at any pan and zoom', () => {
    const width = 1200;
    const height = 700;
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let i = 0; i < 2000; i++) {
      const zoom = 0.05 * 2 ** (random() * 6);
      const x = (random() - 0.5) * 200_000 * zoom;
      const y = (random() - 0.5) * 100_000 * zoom;
      const area = aroundCell(viewCell([x, y, zoom], width, height))!;
      const view = { left: -x / zoom, top: -y / zoom, right: (width - x) / zoom, bottom: (height - y) / zoom };
      const room = Math.min(view.right - view.left, view.bottom - view.top) * 0.6;
      expect(area.left).toBeLessThanOrEqual(view.left - room);
      expect(area.top).toBeLessThanOrEqual(view.top - room);
      expect(area.right).toBeGreaterThanOrEqual(view.right + room);
      expect(area.bottom).toBeGreaterThanOrEqual(view.bottom + room);
    }
  });

  it('stays the same over a small pan or zoom, and changes after a pan of a view’s width', () => {
    const at = (x: number, zoom = 1) => viewCell([x, 0, zoom], 1000, 600);
    expect(at(-10)).toBe(at(-60));
    expect(at(-10, 1.02)).toBe(at(-10, 1));
    expect(at(-10)).not.toBe(at(-1010));
  });

  it('has no area while the canvas has no size', () => {
    expect(aroundCell(viewCell([0, 0, 1], 0, 0))).toBeNull();
  });
});

describe('nearView', () => {
  const area = { left: 0, top: 0, right: 1000, bottom: 1000 };
  const nodes = [card('in', 100, 100), card('edge', 990, 500), card('far', 5000, 5000), card('farther', 9000, 9000), card('chosen', -8000, 0, { selected: true })];

  it('keeps the cards in or touching the area and the selected ones, and the lines between them', () => {
    const edges = [line('in', 'edge'), line('far', 'farther')];
    const near = nearView(nodes, edges, area);
    expect(ids(near.nodes)).toEqual(['chosen', 'edge', 'in']);
    expect(ids(near.edges)).toEqual(['in-edge']);
  });

  it('keeps both ends of a line that may cross the area, even when neither end is in it', () => {
    const across = line('chosen', 'far');
    const outside = line('far', 'farther');
    const back = line('in', 'chosen');
    const near = nearView(nodes, [across, outside, back], { left: -100, top: -100, right: 50, bottom: 50 });
    expect(ids(near.edges)).toEqual(['chosen-far', 'in-chosen']);
    expect(ids(near.nodes)).toEqual(['chosen', 'far', 'in']);
  });

  it('keeps a dragged card and a selected line with its ends', () => {
    const dragged = card('dragged', 7000, 7000, { dragging: true });
    const near = nearView([...nodes, dragged], [line('far', 'farther', { selected: true })], area);
    expect(ids(near.nodes)).toEqual(['chosen', 'dragged', 'edge', 'far', 'farther', 'in']);
  });

  it('hands everything back as it was without an area, or when all of it is near', () => {
    const edges = [line('in', 'far')];
    expect(nearView(nodes, edges, null)).toEqual({ nodes, edges });
    const all = nearView(nodes, edges, { left: -1e6, top: -1e6, right: 1e6, bottom: 1e6 });
    expect(all.nodes).toBe(nodes);
    expect(all.edges).toBe(edges);
  });
});
