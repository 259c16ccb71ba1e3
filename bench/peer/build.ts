import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { ATTITUDE_COLORS } from '../../shared/domain/mapStyle.js';
import type { GeneratedOrg } from '../../test/helpers/orgGenerator.js';
import type { PeerPerson } from './peer.js';

const here = dirname(fileURLToPath(import.meta.url));
/** Where the peer page is built and served from (dist/ is not committed). */
export const peerDir = resolve(here, '../../dist/bench-peer');

/** Bundles the peer page (d3-org-chart and the d3 modules it imports, from node_modules). */
export async function buildPeer(): Promise<string> {
  mkdirSync(peerDir, { recursive: true });
  await build({ entryPoints: [join(here, 'peer.ts')], bundle: true, format: 'esm', minify: true, outfile: join(peerDir, 'peer.js'), logLevel: 'warning' });
  copyFileSync(join(here, 'index.html'), join(peerDir, 'index.html'));
  return peerDir;
}

/** The generated org as the peer's data file (`org-<size>.json`): what its cards draw, nothing more. */
export function writePeerOrg(size: number, org: GeneratedOrg): void {
  mkdirSync(peerDir, { recursive: true });
  const people: PeerPerson[] = org.people.map((p) => ({
    id: p.id,
    parentId: p.fields.reportsToId,
    name: p.fields.name,
    title: p.fields.title,
    department: p.fields.department,
    fill: ATTITUDE_COLORS[p.fields.attitude].fill,
    border: ATTITUDE_COLORS[p.fields.attitude].border,
    roles: p.fields.roles,
    relationship: p.fields.relationship,
  }));
  writeFileSync(join(peerDir, `org-${size}.json`), JSON.stringify(people));
}
