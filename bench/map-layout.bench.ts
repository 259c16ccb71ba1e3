import { layoutOrgTree, type OrgTreeNode } from '../shared/layout/orgTree.js';
import { generateOrg } from '../test/helpers/orgGenerator.js';
import { medianMs } from './measure.js';
import type { Bench } from './types.js';

/** The tidy org-chart layout alone (what the map's Web Worker runs), for a generated org of `size`. */
async function layoutMs(size: number): Promise<number> {
  const org = generateOrg({ size, seed: 1500, extraLinks: 300 });
  const nodes: OrgTreeNode[] = org.people.map((p) => ({ id: p.id, reportsToId: p.fields.reportsToId, width: 220, height: 96 }));
  return medianMs(() => {
    const layout = layoutOrgTree(nodes);
    if (Object.keys(layout.positions).length !== size) throw new Error('layout lost people');
  }, 21, 5);
}

export const benches: Bench[] = [{ name: 'map.layout.1500.ms', unit: 'ms', run: () => layoutMs(1500) }];
