import { isAbsolute, join, resolve } from 'node:path';
import { MigrationError } from '../db/index.js';
import type { Messages } from '../shared/i18n/index.js';

/** userData/keyplan.db, unless KEYPLAN_DB names another file (tests and power users). */
export function databasePath(env: NodeJS.ProcessEnv, userDataDir: string): string {
  const override = env.KEYPLAN_DB?.trim();
  if (!override) return join(userDataDir, 'keyplan.db');
  return isAbsolute(override) ? override : resolve(override);
}

const fill = (template: string, params: Record<string, string>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => params[name] ?? '');

/** The error dialog shown when Keyplan cannot start (`dbPath` null: before the database was reached). It says what failed and where the data is. */
export function startupFailure(error: unknown, dbPath: string | null, text: Messages['startup']): { title: string; body: string } {
  const reason = error instanceof Error ? error.message : String(error);
  if (dbPath === null) return { title: text.startFailedTitle, body: [text.startFailed, fill(text.reason, { reason })].join('\n\n') };
  if (error instanceof MigrationError) {
    const backup = error.backupPath ? fill(text.backupAt, { path: error.backupPath }) : text.noBackup;
    return {
      title: text.migrationFailedTitle,
      body: [text.migrationFailed, fill(text.reason, { reason }), fill(text.databaseAt, { path: error.databasePath }), backup].join('\n\n'),
    };
  }
  return {
    title: text.openFailedTitle,
    body: [text.openFailed, fill(text.reason, { reason }), fill(text.databaseAt, { path: dbPath })].join('\n\n'),
  };
}
