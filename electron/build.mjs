// Bundles the main process and the preload for Electron, and ships the SQL migrations beside them.
import { build } from 'esbuild';
import { cpSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'electron');

rmSync(out, { recursive: true, force: true });

const common = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // better-sqlite3 is native: it stays in node_modules (rebuilt for Electron when packaging).
  external: ['electron', 'better-sqlite3'],
  logLevel: 'warning',
  // db/open.ts falls back to import.meta.url only outside CommonJS; the bundle passes its migrations folder.
  logOverride: { 'empty-import-meta': 'silent' },
  absWorkingDir: root,
};

await Promise.all([
  build({ ...common, entryPoints: ['electron/main.ts'], outfile: join(out, 'main.cjs') }),
  build({ ...common, entryPoints: ['electron/preload.ts'], outfile: join(out, 'preload.cjs') }),
]);
cpSync(join(root, 'db', 'migrations'), join(out, 'migrations'), { recursive: true });

console.log('Built dist/electron/main.cjs, dist/electron/preload.cjs and dist/electron/migrations.');
