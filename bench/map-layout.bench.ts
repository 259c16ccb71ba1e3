import { CARD_HEIGHT, CARD_WIDTH, LAYOUT_GAP_X, LAYOUT_GAP_Y } from '../shared/domain/mapStyle.js';
import { layoutOrgTree, type OrgTreeNode } from '../shared/layout/orgTree.js';
import { generateOrg } from '../test/helpers/orgGenerator.js';
import { medianMs } from './measure.js';
import type { Bench } from './types.js';

/**
 * The org-chart layout alone, for a generated org of `size`: compact (what the map's Web Worker runs
 * by default) or the plain tidy tree (the "Compact" toggle off).
 */
async function layoutMs(size: number, compact: boolean): Promise<number> {
  const org = generateOrg({ size, seed: 1500, extraLinks: 300 });
  const nodes: OrgTreeNode[] = org.people.map((p) => ({ id: p.id, reportsToId: p.fields.reportsToId, width: CARD_WIDTH, height: CARD_HEIGHT }));
  const options = { gapX: LAYOUT_GAP_X, gapY: LAYOUT_GAP_Y, compact };
  return medianMs(() => {
    const layout = layoutOrgTree(nodes, options);
    if (Object.keys(layout.positions).length !== size) throw new Error('layout lost people');
  }, 21, 5);
}

export const benches: Bench[] = [
  { name: 'map.layout.1500.ms', unit: 'ms', run: () => layoutMs(1500, true) },
  { name: 'map.layout.1500.tidy.ms', unit: 'ms', run: () => layoutMs(1500, false) },
];
