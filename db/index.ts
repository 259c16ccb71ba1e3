export {
  openDatabase,
  BUSY_TIMEOUT_MS,
  DamagedDatabaseError,
  MigrationError,
  NotKeyplanDatabaseError,
  defaultMigrationsFolder,
  type DbHandle,
  type OpenOptions,
} from './open.js';
export { createDispatch, failureOf, internalError, validateCall, type Dispatch, type Validated } from './dispatch.js';
export { createApi, type Api } from './api/index.js';
export { purgeTrash } from './api/accounts.js';
export {
  createAutomaticBackup,
  listBackups,
  defaultBackupDir,
  removeLeftovers,
  type BackupFile,
  type BackupOptions,
  type BackupResult,
  type LeftoverOptions,
} from './backups/index.js';
export { storageCodeOf, storageFailure, type StorageCode } from './storageErrors.js';
export { planRecovery, recoverFromBackup, type RecoveryOptions, type RecoveryPlan } from './recovery.js';
export { findInvalidRow, rowValidators, validateRows, type RowProblem, type StoredRow } from './rowValidators.js';
