import type { LinkKind } from './people.js';

/** The map's views: the org chart, the decision chain, the pain chain and our coverage. The canvas and the export show each alike. */
export const MAP_VIEWS = ['org', 'decision', 'pain', 'coverage'] as const;
export type MapView = (typeof MAP_VIEWS)[number];

/** The kind of link a view is about, and so the people it emphasises. */
export const viewKind = (view: MapView): LinkKind | null => (view === 'decision' ? 'decision_flow' : view === 'pain' ? 'pain_chain' : null);

/** The people on the view's links (null: the view emphasises nobody, so nobody is dimmed). */
export function involvedIn(links: readonly { kind: string; sourceId: string; targetId: string }[], kind: string | null): Set<string> | null {
  if (!kind) return null;
  const ids = new Set<string>();
  for (const l of links) if (l.kind === kind) ids.add(l.sourceId).add(l.targetId);
  return ids;
}
