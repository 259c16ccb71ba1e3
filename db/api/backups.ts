import type { backupsChannels } from '../../shared/contract/index.js';
import { createManualBackup, listBackupEntries, restoreBackup } from '../backups/index.js';
import type { ApiContext, Handlers } from './context.js';

export const backupsHandlers = ({ handle, options }: ApiContext): Handlers<typeof backupsChannels> => ({
  'backups.list': () => listBackupEntries(handle),
  'backups.create': () => createManualBackup(handle),
  'backups.restore': ({ name }) => restoreBackup(handle, name, options),
});
