import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { createDispatch, defaultMigrationsFolder, openDatabase } from '../../db/index.js';
import { emptyAccountFields, type Account, type BackupEntry } from '../../shared/contract/index.js';
import { generateOrg, insertOrgFast } from './orgGenerator.js';
import { openTempDb, type TempDb } from './tempDb.js';

/** Killing a writer at random moments: shared by test/db/crash.test.ts (a few rounds) and bench/crash.bench.ts (100). */

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '..', '..');
export const migrationsFolder = defaultMigrationsFolder();

/** Bundles test/helpers/crashWriter.ts into `dir` (better-sqlite3 stays external, found through NODE_PATH). */
export async function buildCrashWriter(dir: string): Promise<string> {
  const outfile = join(dir, 'crashWriter.cjs');
  await build({
    entryPoints: [join(here, 'crashWriter.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['better-sqlite3'],
    outfile,
    logLevel: 'warning',
    logOverride: { 'empty-import-meta': 'silent' },
  });
  return outfile;
}

export interface Round {
  /** What the writer acknowledged before it died, in order ('ready' first). */
  acks: string[];
  stderr: string;
  /** The writer stopped by itself (an error) instead of being killed. */
  exitCode: number | null;
}

/** Starts the writer, kills it with SIGKILL `killAfterMs` after it reported ready, and returns what it acknowledged. */
export function runUntilKilled(writer: string, args: string[], options: { killAfterMs: number; tempDir: string }): Promise<Round> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NODE_PATH: join(root, 'node_modules'), TMPDIR: options.tempDir },
    });
    let out = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    const guard = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      if (timer === undefined && out.startsWith('ready\n')) timer = setTimeout(() => child.kill('SIGKILL'), options.killAfterMs);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(guard);
      clearTimeout(timer);
      // A line cut off by the kill was not acknowledged.
      resolve({ acks: out.split('\n').slice(0, -1), stderr, exitCode: code });
    });
  });
}

/** Opens the database as the app would after the crash, and says what is wrong with it (nothing, one hopes). */
export async function reopenAndCheck(path: string, check: (sqlite: Database.Database) => string[]): Promise<{ problems: string[]; reopenMs: number }> {
  const started = performance.now();
  const handle = await openDatabase(path, { migrationsFolder });
  const reopenMs = performance.now() - started;
  try {
    const integrity = handle.sqlite.pragma('integrity_check', { simple: true });
    return { problems: [...(integrity === 'ok' ? [] : [`integrity_check: ${String(integrity)}`]), ...check(handle.sqlite)], reopenMs };
  } finally {
    handle.close();
  }
}

/** Acknowledged writes of the 'writes' mode that are missing. */
export function missingWrites(sqlite: Database.Database, acks: string[]): string[] {
  const accounts = new Set(sqlite.prepare('select name from accounts').pluck().all() as string[]);
  const people = new Set(sqlite.prepare('select name from people').pluck().all() as string[]);
  return acks.flatMap((ack) => {
    if (ack.startsWith('account ')) return accounts.has(ack.slice(8)) ? [] : [`lost ${ack}`];
    if (ack.startsWith('person ')) return people.has(ack.slice(7)) ? [] : [`lost ${ack}`];
    return [];
  });
}

/** Imports of the 'import' mode that went in partly, or were acknowledged and are missing. */
export function brokenImports(sqlite: Database.Database, acks: string[], prefix: string, batchSize: number): string[] {
  const byBatch = new Map<string, number>();
  for (const name of sqlite.prepare('select name from people where name like ?').pluck().all(`${prefix} b%`) as string[]) {
    const batch = name.slice(0, name.lastIndexOf(' '));
    byBatch.set(batch, (byBatch.get(batch) ?? 0) + 1);
  }
  const partial = [...byBatch].filter(([, n]) => n !== batchSize).map(([batch, n]) => `${batch}: ${n} of ${batchSize} people`);
  const lost = acks.filter((ack) => ack.startsWith('batch ') && byBatch.get(ack.slice(6)) !== batchSize).map((ack) => `lost ${ack}`);
  return [...partial, ...lost];
}

const DATA_TABLES = ['accounts', 'people', 'links', 'team_members'];

/** Every row of the account data, in a stable order, as JSON: what a restore must bring back exactly. */
export const dataOf = (sqlite: Database.Database): string =>
  JSON.stringify(DATA_TABLES.map((table) => sqlite.prepare(`select * from ${table} order by id`).all()));

/** A new database at `path` with one account for the 'import' mode to import into; returns its id. */
export async function accountToImportInto(path: string): Promise<string> {
  const handle = await openDatabase(path);
  try {
    const created = createDispatch(handle)('accounts.create', { fields: { ...emptyAccountFields, name: 'Imported into' } });
    if (!created.ok) throw new Error(created.error.message);
    return (created.data as Account).id;
  } finally {
    handle.close();
  }
}

export interface TwoBackups {
  t: TempDb;
  a: BackupEntry;
  b: BackupEntry;
  /** dataOf() of each backup: after a restore the data is exactly one of them. */
  dataA: string;
  dataB: string;
}

/**
 * A closed database with two different backups for the 'restore' mode: A (the sample and an account of
 * 800 people) and B (the same without the large account), the data as B.
 */
export async function twoBackups(): Promise<TwoBackups> {
  const t = await openTempDb();
  t.call('sample.load', { language: 'zh-CN' });
  const big = t.call('accounts.create', { fields: { ...emptyAccountFields, name: 'Large client' } });
  insertOrgFast(t.handle.sqlite, big.id, generateOrg({ size: 800, seed: 3 }));
  const a = t.call('backups.create');
  const dataA = dataOf(t.handle.sqlite);
  t.call('accounts.delete', { id: big.id });
  const b = t.call('backups.create');
  const dataB = dataOf(t.handle.sqlite);
  t.handle.close();
  return { t, a, b, dataA, dataB };
}
