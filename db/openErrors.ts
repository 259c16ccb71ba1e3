/** Why openDatabase refused a file. Each leaves the file as it was; electron/startup.ts says so to the user. */

/** A migration could not be applied, or the file is from a newer or different build. The original file is untouched; `backupPath` holds a copy. */
export class MigrationError extends Error {
  constructor(
    message: string,
    readonly databasePath: string,
    readonly backupPath: string | null,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'MigrationError';
  }
}

/** The file fails SQLite's quick_check (or is not an SQLite file at all). Nothing was written to it. */
export class DamagedDatabaseError extends Error {
  constructor(
    readonly databasePath: string,
    /** What quick_check reported (at most a few lines). */
    readonly problems: string[],
    options?: { cause?: unknown },
  ) {
    super(`The database file is damaged: ${problems.join('; ').slice(0, 300)}`, options);
    this.name = 'DamagedDatabaseError';
  }
}

/** An SQLite file with tables but no Keyplan bookkeeping: another program's. Left as it was. */
export class NotKeyplanDatabaseError extends Error {
  constructor(readonly databasePath: string) {
    super('This file is an SQLite database of another program, not a Keyplan database.');
    this.name = 'NotKeyplanDatabaseError';
  }
}
