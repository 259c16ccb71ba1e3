import { z } from 'zod';
import { ENTITIES, mutation, query, type Entity } from './channel.js';
import { empty } from './common.js';

/** A restore replaces every kind of account data (settings stay: they belong to this installation). */
const RESTORED_ENTITIES: readonly Entity[] = ENTITIES.filter((entity) => entity !== 'settings' && entity !== 'files');

export const BACKUP_KINDS = ['automatic', 'manual', 'before-migration', 'before-restore'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

/** One backup file in the `backups/` folder beside the database. */
export interface BackupEntry {
  /** The file name (never a path): what `backups.restore` takes. */
  name: string;
  /** When it was taken, ISO 8601 UTC. */
  createdAt: string;
  sizeBytes: number;
  kind: BackupKind;
}

export interface BackupRestored {
  /** The backup whose data is now the current data. */
  restored: string;
  /** The backup of the data as it was just before, in the list as kind 'before-restore'. */
  safetyBackup: string;
}

/** Only a name from `backups.list`; the backend refuses anything else (paths, other folders). */
export const backupsRestore = z.strictObject({
  name: z.string({ error: 'errors.required' }).min(1, { error: 'errors.required' }).max(255, { error: 'errors.tooLong' }),
});

export const backupsChannels = {
  /** Backups in the folder beside the database, newest first. */
  'backups.list': query<BackupEntry[]>()(empty, ['backups']),
  /** Backs up the current data now (kind 'manual'). */
  'backups.create': mutation<BackupEntry>()(empty, ['backups'], { ownTransaction: true }),
  /** Replaces all account data with the backup's, after a safety backup of the current data; all or nothing. */
  'backups.restore': mutation<BackupRestored>()(backupsRestore, [...RESTORED_ENTITIES, 'backups'], { ownTransaction: true }),
};
