import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { TempDb } from './tempDb.js';

/** The database file's sha256 after a checkpoint has moved the write-ahead log into it: equal means byte for byte unchanged. */
export function dbFileHash(t: TempDb): string {
  t.handle.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  return createHash('sha256').update(readFileSync(t.path)).digest('hex');
}
