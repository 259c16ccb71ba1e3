import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeBackupNow } from '../db/backups/index.js';
import { openDatabase } from '../db/index.js';
import { emptyAccountFields, } from '../shared/contract/index.js';
import { generateOrg, insertOrgFast } from '../test/helpers/orgGenerator.js';
import { openTempDb, type TempDb } from '../test/helpers/tempDb.js';
import { medianMs } from './measure.js';
import type { Bench } from './types.js';

const PEOPLE = 100_000;
const ACCOUNTS = 20;

/** One database of 100,000 people (20 accounts of 5,000, with links), shared by the figures below. */
let fixture: Promise<TempDb> | null = null;
function database(): Promise<TempDb> {
  fixture ??= (async () => {
    const t = await openTempDb();
    t.handle.sqlite.pragma('synchronous = OFF'); // seeding speed is not what we measure
    for (let i = 0; i < ACCOUNTS; i++) {
      const account = t.call('accounts.create', { fields: { ...emptyAccountFields, name: `Account ${i}` } });
      insertOrgFast(t.handle.sqlite, account.id, generateOrg({ size: PEOPLE / ACCOUNTS, seed: i + 1, idPrefix: `a${i}-` }));
    }
    t.handle.sqlite.pragma('synchronous = FULL');
    t.handle.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    process.on('exit', () => t.cleanup());
    return t;
  })();
  return fixture;
}

/** The automatic backup: SQLite's online backup API while the app keeps its connection. */
async function onlineBackupMs(): Promise<number> {
  const t = await database();
  const target = join(t.dir, 'online-backup.db');
  return medianMs(async () => {
    rmSync(target, { force: true });
    await t.handle.sqlite.backup(target);
  }, 5, 1);
}

/** A manual backup or the safety copy before a restore: VACUUM INTO, synchronous. */
async function vacuumIntoMs(): Promise<number> {
  const t = await database();
  const dir = join(t.dir, 'vacuum-into');
  return medianMs(() => {
    rmSync(dir, { recursive: true, force: true });
    writeBackupNow(t.handle.sqlite, dir, 'manual');
  }, 5, 1);
}

/** Opening at start: the read-only look (quick_check) and the pragmas, no migration. */
async function openMs(): Promise<number> {
  const t = await database();
  return medianMs(async () => {
    const handle = await openDatabase(t.path);
    handle.close();
  }, 5, 1);
}

/** backups.restore of the whole database: copy, integrity_check, every row validated, safety backup, swap. */
async function restoreMs(): Promise<number> {
  const t = await database();
  const backup = t.call('backups.create');
  return medianMs(() => t.call('backups.restore', { name: backup.name }), 3, 0);
}

export const benches: Bench[] = [
  { name: 'backup.100k.ms', unit: 'ms', run: onlineBackupMs },
  { name: 'backup.vacuum_into.100k.ms', unit: 'ms', run: vacuumIntoMs },
  { name: 'db.open.100k.ms', unit: 'ms', run: openMs },
  { name: 'backup.restore.100k.ms', unit: 'ms', run: restoreMs },
];
