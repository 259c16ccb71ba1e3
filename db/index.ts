export { openDatabase, MigrationError, defaultMigrationsFolder, type DbHandle, type OpenOptions } from './open.js';
export { createDispatch, type Dispatch } from './dispatch.js';
export { createApi, type Api } from './api/index.js';
export { purgeTrash } from './api/accounts.js';
export { createAutomaticBackup, listBackups, defaultBackupDir, type BackupFile, type BackupOptions, type BackupResult } from './backups.js';
