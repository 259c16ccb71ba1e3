import type { z } from 'zod';
import type { Channel, ChannelMap } from '../../shared/contract/index.js';
import type { Clock } from '../../shared/domain/plan/calendarDate.js';
import type { DbHandle } from '../open.js';

export interface ApiOptions {
  version?: string;
  /** Migrations a restored copy is brought up to (defaults to db/migrations). */
  migrationsFolder?: string;
  /** better-sqlite3 compiled for Electron, for the second connection that upgrades a restored copy. */
  nativeBinding?: string;
  /** What tells the time for "today" and the moments recorded (the machine's clock unless a test sets one). */
  clock?: Clock;
  /** Where a restore makes its private working copy (defaults to the system's temp folder). */
  tempDir?: string;
}

/** What every module's handlers get: the open database and the app's options. */
export interface ApiContext {
  handle: DbHandle;
  db: DbHandle['db'];
  options: ApiOptions;
}

/** One plain, synchronous function per channel of a module's contract slice, checked by the compiler. */
export type Handlers<M extends ChannelMap> = {
  [C in keyof M]: (input: z.output<M[C]['input']>) => NonNullable<M[C]['output']>;
};

/** The slice of a contract map that one side serves. */
export type ServedBy<M extends ChannelMap, S extends Channel['side']> = {
  [C in keyof M as M[C]['side'] extends S ? C : never]: M[C];
};
