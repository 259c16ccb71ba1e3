import Database from 'better-sqlite3';
import type { ErrorCode } from '../shared/contract/index.js';
import { ApiFailure } from './api/failure.js';

/** The error codes that say the file or the disk refused, not that Keyplan has a bug. */
export type StorageCode = Extract<ErrorCode, 'busy' | 'read_only' | 'disk_full' | 'io_error'>;

const KEYS: Record<StorageCode, string> = {
  busy: 'errors.busy',
  read_only: 'errors.readOnly',
  disk_full: 'errors.diskFull',
  io_error: 'errors.ioError',
};

// Extended result codes (SQLITE_IOERR_FSYNC, SQLITE_READONLY_DBMOVED…) share their primary code's prefix.
const SQLITE_CODES: [prefix: string, code: StorageCode][] = [
  ['SQLITE_BUSY', 'busy'],
  ['SQLITE_LOCKED', 'busy'],
  ['SQLITE_READONLY', 'read_only'],
  ['SQLITE_FULL', 'disk_full'],
  ['SQLITE_IOERR', 'io_error'],
];

// What Node's fs answers when a backup or a saved file cannot be written.
const ERRNO_CODES: Record<string, StorageCode> = {
  ENOSPC: 'disk_full',
  EDQUOT: 'disk_full',
  EROFS: 'read_only',
  EACCES: 'read_only',
  EPERM: 'read_only',
  EIO: 'io_error',
  EBUSY: 'busy',
};

/** Which storage problem `error` is (SQLite's or the file system's), or null for anything else. */
export function storageCodeOf(error: unknown): StorageCode | null {
  if (error instanceof Database.SqliteError) {
    const code = error.code;
    return SQLITE_CODES.find(([prefix]) => code === prefix || code.startsWith(`${prefix}_`))?.[1] ?? null;
  }
  if (error instanceof Error && 'syscall' in error && 'code' in error && typeof error.code === 'string') {
    return ERRNO_CODES[error.code] ?? null;
  }
  return null;
}

/** The failure to answer for a storage error (its own code and message), or null for anything else. */
export function storageFailure(error: unknown): ApiFailure | null {
  const code = storageCodeOf(error);
  return code ? new ApiFailure(code, KEYS[code]) : null;
}
