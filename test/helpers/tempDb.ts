import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ApiError } from '../../shared/contract/index.js';
import { createDispatch, openDatabase, type DbHandle, type Dispatch } from '../../db/index.js';

export interface TempDb {
  dir: string;
  path: string;
  handle: DbHandle;
  dispatch: Dispatch;
  /** Calls a channel and returns its data, failing the test on an error envelope. */
  call<T = unknown>(channel: string, input?: unknown): T;
  cleanup(): void;
}

export const makeTempDir = (prefix = 'keyplan-test-') => mkdtempSync(join(tmpdir(), prefix));

/** A real SQLite file in a fresh temp folder, migrated, with the real dispatch over it. */
export async function openTempDb(): Promise<TempDb> {
  const dir = makeTempDir();
  const path = join(dir, 'keyplan.db');
  const handle = await openDatabase(path);
  const dispatch = createDispatch(handle, { onInternalError: () => {} });
  return {
    dir,
    path,
    handle,
    dispatch,
    call<T>(channel: string, input: unknown = {}): T {
      const result = dispatch(channel, input);
      if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message}`);
      return result.data as T;
    },
    cleanup() {
      try {
        handle.close();
      } catch {
        /* already closed */
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Calls a channel that must refuse, and returns its error (failing the test if it succeeds). */
export function refusal(t: Pick<TempDb, 'dispatch'>, channel: string, input: unknown): ApiError {
  const result = t.dispatch(channel, input);
  if (result.ok) throw new Error(`${channel} unexpectedly succeeded`);
  return result.error;
}

/** What a refusal says about its first field: code, key and path. */
export const fieldOf = (error: ApiError) => ({ code: error.code, key: error.key, path: error.fields?.[0]?.path });
