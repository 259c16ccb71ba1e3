import { isAbsolute, join, resolve } from 'node:path';
import { MigrationError, NotKeyplanDatabaseError, type RecoveryPlan } from '../db/index.js';
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
  if (error instanceof NotKeyplanDatabaseError) {
    return { title: text.notKeyplanTitle, body: [text.notKeyplan, fill(text.databaseAt, { path: error.databasePath })].join('\n\n') };
  }
  return {
    title: text.openFailedTitle,
    body: [text.openFailed, fill(text.reason, { reason }), fill(text.databaseAt, { path: dbPath })].join('\n\n'),
  };
}

/** A backup's time as the user reads it. */
const when = (iso: string, language: string) => new Date(iso).toLocaleString(language);

export interface DamagedPrompt {
  title: string;
  message: string;
  detail: string;
  buttons: string[];
  /** The button that restores the plan's backup; null when there is none (the only button quits). */
  restoreButton: number | null;
}

/** The question asked when the database file is damaged: restore the newest intact backup, or quit. */
export function damagedPrompt(plan: RecoveryPlan, reason: string, text: Messages['startup'], language: string): DamagedPrompt {
  const facts = [fill(text.reason, { reason }), fill(text.databaseAt, { path: plan.databasePath })];
  if (!plan.backup) {
    const none = fill(text.damagedNoBackup, { folder: plan.backupDir });
    return { title: text.damagedTitle, message: text.damaged, detail: [none, ...facts].join('\n\n'), buttons: [text.quit], restoreButton: null };
  }
  const date = when(plan.backup.createdAt, language);
  return {
    title: text.damagedTitle,
    message: text.damaged,
    detail: [fill(text.damagedRestore, { date, path: plan.damagedPath }), ...facts].join('\n\n'),
    buttons: [fill(text.restoreBackup, { date }), text.quit],
    restoreButton: 0,
  };
}

/** Said once the backup is in place. */
export function recoveredNotice(plan: RecoveryPlan, text: Messages['startup'], language: string): { title: string; message: string } {
  const date = plan.backup ? when(plan.backup.createdAt, language) : '';
  return { title: text.recoveredTitle, message: fill(text.recovered, { date, path: plan.damagedPath }) };
}
