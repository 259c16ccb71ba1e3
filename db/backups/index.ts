export {
  backUpNow,
  createAutomaticBackup,
  createManualBackup,
  defaultBackupDir,
  isBackupName,
  listBackupEntries,
  listBackups,
  writeBackupNow,
  type BackupFile,
  type BackupOptions,
  type BackupResult,
} from './files.js';
export { restoreBackup } from './restore.js';
