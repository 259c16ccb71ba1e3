import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeLeftovers } from '../../db/index.js';
import {
  accountToImportInto,
  brokenImports,
  buildCrashWriter,
  dataOf,
  migrationsFolder,
  missingWrites,
  reopenAndCheck,
  runUntilKilled,
  twoBackups,
  type Round,
} from '../helpers/crashRounds.js';
import { sha256 } from '../helpers/damage.js';
import { mulberry32 } from '../helpers/orgGenerator.js';
import { makeTempDir } from '../helpers/tempDb.js';

/**
 * A writer process is killed with SIGKILL at random moments; after each kill the database passes
 * integrity_check and holds every write it acknowledged. (SIGKILL loses no data the OS already has; a
 * power cut is synchronous=FULL's business and cannot be tested here.) bench/crash.bench.ts runs 100 rounds.
 */

const seed = Number(process.env.CRASH_SEED) || Date.now();
const random = mulberry32(seed);
const between = (low: number, high: number) => Math.round(low + random() * (high - low));

let dir: string;
let writer: string;
beforeAll(async () => {
  dir = makeTempDir('keyplan-crash-');
  writer = await buildCrashWriter(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A private temp folder for one writer, so what a killed restore leaves there can be looked at. */
function tempFolder(name: string): string {
  const path = join(dir, name);
  mkdirSync(path, { recursive: true });
  return path;
}

const explain = (round: Round, problems: string[]) => `seed ${seed}: ${problems.join('; ')}\n${round.stderr}`;

describe('killed at random moments', () => {
  it('keeps every acknowledged write of single calls, over 20 kills', async () => {
    const path = join(tempFolder('writes'), 'keyplan.db');
    let acknowledged = 0;
    for (let round = 0; round < 20; round++) {
      const result = await runUntilKilled(writer, [path, migrationsFolder, 'writes', `r${round}`], { killAfterMs: between(0, 250), tempDir: tempFolder('writes-tmp') });
      expect(result.exitCode, result.stderr).toBe(null);
      const { problems } = await reopenAndCheck(path, (sqlite) => missingWrites(sqlite, result.acks));
      expect(problems, explain(result, problems)).toEqual([]);
      acknowledged += result.acks.length;
    }
    // The kills came while writing, not only before the first write.
    expect(acknowledged).toBeGreaterThan(20);
  }, 90_000);

  it('keeps an import of many people all or nothing', async () => {
    const path = join(tempFolder('import'), 'keyplan.db');
    const accountId = await accountToImportInto(path);
    for (let round = 0; round < 5; round++) {
      const result = await runUntilKilled(writer, [path, migrationsFolder, 'import', `i${round}`, accountId, '2000'], { killAfterMs: between(20, 400), tempDir: tempFolder('import-tmp') });
      expect(result.exitCode, result.stderr).toBe(null);
      const { problems } = await reopenAndCheck(path, (sqlite) => brokenImports(sqlite, result.acks, `i${round}`, 2000));
      expect(problems, explain(result, problems)).toEqual([]);
    }
  }, 90_000);

  it('leaves the data of one backup or the other after a restore, never a mix, and cleans up what the kill left', async () => {
    const { t, a, b, dataA, dataB } = await twoBackups();
    const backups = join(t.dir, 'backups');
    const hashes = [a, b].map((backup) => sha256(join(backups, backup.name)));
    const temp = tempFolder('restore-tmp');

    for (let round = 0; round < 5; round++) {
      // Up to a few restores' time: some kills land inside one, some between two.
      const result = await runUntilKilled(writer, [t.path, migrationsFolder, 'restore', `x${round}`, a.name, b.name], { killAfterMs: between(0, 2000), tempDir: temp });
      expect(result.exitCode, result.stderr).toBe(null);
      const { problems } = await reopenAndCheck(t.path, (sqlite) => ([dataA, dataB].includes(dataOf(sqlite)) ? [] : ['the data is neither backup’s']));
      expect(problems, explain(result, problems)).toEqual([]);
      removeLeftovers({ backupDir: backups, tempDir: temp, olderThanMs: 0 });
      expect(readdirSync(temp).filter((name) => name.startsWith('keyplan-'))).toEqual([]);
      expect(readdirSync(backups).filter((name) => name.includes('.partial'))).toEqual([]);
    }
    expect([a, b].map((backup) => sha256(join(backups, backup.name)))).toEqual(hashes);
    t.cleanup();
  }, 90_000);
});
