export {
  backUpNow,
  createAutomaticBackup,
  createManualBackup,
  defaultBackupDir,
  isBackupName,
  listBackupEntries,
  listBackups,
  pruneBackups,
  writeBackupNow,
  type BackupFile,
  type BackupOptions,
  type BackupResult,
} from './files.js';
export { restoreBackup } from './restore.js';
export { removeLeftovers, type LeftoverOptions } from './leftovers.js';
