import type { Link } from '../../../../shared/contract/index.js';
import { CARD_HEIGHT as H, CARD_WIDTH as W } from '../../../../shared/domain/mapStyle.js';
import { layoutDecisionChain } from '../../../../shared/layout/decisionChain.js';
import { routeLinks, type LinkRoute, type RouteCard, type RouteLink } from '../../../../shared/layout/linkLine.js';
import { layoutAll, placeUnplaced, type LayoutPerson } from './placement.js';
import type { XY } from './types.js';

/** Messages to and from layout.worker.ts (plain data only). */
export type LayoutRequest =
  /** Positions for the people without one (`compact`: new groups in the compact arrangement). */
  | { id: number; kind: 'place'; people: LayoutPerson[]; compact?: boolean }
  /** A fresh tidy tree for everyone (but the people folded under `collapsed` managers), compact or not. */
  | { id: number; kind: 'tree'; people: LayoutPerson[]; collapsed?: string[]; compact?: boolean }
  /** Layered positions for the people on the decision flow. */
  | { id: number; kind: 'chain'; people: LayoutPerson[]; links: Pick<Link, 'sourceId' | 'targetId' | 'step'>[] }
  /** How the links among these cards run (a large map's lines are routed here, off the UI thread). */
  | { id: number; kind: 'routes'; links: RouteLink[]; cards: RouteCard[] };

export type LayoutResponse = { id: number; result: Record<string, XY> | Record<string, LinkRoute> } | { id: number; error: string };

export const runRoutes = (links: RouteLink[], cards: RouteCard[]): Record<string, LinkRoute> => Object.fromEntries(routeLinks(links, cards));

export async function runJob(request: LayoutRequest): Promise<Record<string, XY> | Record<string, LinkRoute>> {
  return request.kind === 'routes' ? runRoutes(request.links, request.cards) : runLayout(request);
}

export async function runLayout(request: Exclude<LayoutRequest, { kind: 'routes' }>): Promise<Record<string, XY>> {
  switch (request.kind) {
    case 'place':
      return placeUnplaced(request.people, request.compact);
    case 'tree':
      return layoutAll(request.people, request.collapsed, request.compact);
    case 'chain': {
      const onChain = new Set(request.links.flatMap((l) => [l.sourceId, l.targetId]));
      const ordered = [...request.links].sort((a, b) => (a.step ?? Infinity) - (b.step ?? Infinity));
      const layout = await layoutDecisionChain(
        request.people.filter((p) => onChain.has(p.id)).map((p) => ({ id: p.id, width: W, height: H })),
        ordered.map((l) => ({ source: l.sourceId, target: l.targetId })),
        { direction: 'RIGHT', nodeGap: 48, layerGap: 110 },
      );
      return layout.positions;
    }
  }
}
