import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDispatch, openDatabase } from '../../db/index.js';
import { emptyAccountFields, type Account } from '../../shared/contract/index.js';
import { generateOrg, insertOrgFast } from './orgGenerator.js';

export const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** The hashes of a database file and of the -wal/-shm beside it (null where there is none). */
export const fileState = (path: string) => ['', '-wal', '-shm'].map((suffix) => (existsSync(path + suffix) ? sha256(path + suffix) : null));

/** A Keyplan database at the current schema with one account of `size` people, closed cleanly. */
export async function keyplanFile(dir: string, name = 'keyplan.db', size = 1500): Promise<string> {
  const path = join(dir, name);
  const handle = await openDatabase(path);
  const created = createDispatch(handle)('accounts.create', { fields: { ...emptyAccountFields, name: 'Bank of Nowhere' } });
  if (!created.ok) throw new Error(created.error.message);
  const accountId = (created.data as Account).id;
  insertOrgFast(handle.sqlite, accountId, generateOrg({ size, seed: 7 }));
  handle.close();
  return path;
}

/**
 * Flips 64 bytes at the start of the page in the middle of the file: a b-tree page header, which
 * quick_check notices (bytes flipped inside a row's text would just be different text).
 */
export function flipMiddlePage(path: string): void {
  const bytes = readFileSync(path);
  const pageSize = bytes.readUInt16BE(16) === 1 ? 65536 : bytes.readUInt16BE(16);
  const pages = Math.floor(bytes.length / pageSize);
  const offset = Math.floor(pages / 2) * pageSize;
  for (let i = 0; i < 64; i++) bytes[offset + i] = bytes[offset + i]! ^ 0xa5;
  writeFileSync(path, bytes);
}

/** Whether the file header says WAL (bytes 18 and 19 are 2) rather than a rollback journal (1). */
export const headerSaysWal = (path: string) => readFileSync(path).subarray(18, 20).equals(Buffer.from([2, 2]));

/** Another program's SQLite file: its own tables, no Keyplan bookkeeping. */
export function foreignFile(path: string, wal = false): void {
  const other = new Database(path);
  if (wal) other.pragma('journal_mode = WAL');
  other.exec("create table notes (id integer primary key, body text); insert into notes (body) values ('not Keyplan')");
  other.close();
}
