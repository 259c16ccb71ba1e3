import type { ChannelName, Output, ParsedInput } from '../../shared/contract/index.js';
import type { DbHandle } from '../open.js';
import {
  archiveAccount,
  createAccount,
  deleteAccount,
  getAccount,
  listAccounts,
  restoreAccount,
  updateAccount,
} from './accounts.js';
import { createManualBackup, listBackupEntries, restoreBackup, type BackupApiOptions } from './backups.js';
import { importPeople } from './import.js';
import { createLink, deleteLinks, restoreLinks, updateLink } from './links.js';
import { getMap } from './map.js';
import { createPerson, deletePeople, movePeople, restorePeople, updatePerson } from './people.js';
import { loadSample } from './sample.js';
import { getSettings, setSettings } from './settings.js';
import { createTeamMember, deleteTeamMember, listTeam, updateTeamMember } from './team.js';

export type Api = { [C in ChannelName]: (input: ParsedInput<C>) => Output<C> };

export interface ApiOptions extends BackupApiOptions {
  version?: string;
}

export { OWN_TRANSACTION_CHANNELS } from './backups.js';

/** One plain, synchronous function per contract channel. Dispatch wraps each call in a transaction (but OWN_TRANSACTION_CHANNELS). */
export function createApi(handle: DbHandle, options: ApiOptions = {}): Api {
  const { db } = handle;
  return {
    'accounts.list': (input) => listAccounts(db, input),
    'accounts.get': ({ id }) => getAccount(db, id),
    'accounts.create': ({ fields }) => createAccount(db, fields),
    'accounts.update': ({ id, fields }) => updateAccount(db, id, fields),
    'accounts.archive': ({ id, archived }) => archiveAccount(db, id, archived),
    'accounts.delete': ({ id }) => deleteAccount(db, id),
    'accounts.restore': ({ id }) => restoreAccount(db, id),
    'sample.load': ({ language }) => loadSample(db, language),
    'map.get': ({ accountId }) => getMap(db, accountId),
    'people.create': (input) => createPerson(db, input),
    'people.update': ({ id, patch }) => updatePerson(db, id, patch),
    'people.move': ({ moves }) => movePeople(db, moves),
    'people.delete': ({ ids }) => deletePeople(db, ids),
    'people.restore': (input) => restorePeople(db, input),
    'people.import': (input) => importPeople(db, input),
    'links.create': (input) => createLink(db, input),
    'links.update': ({ id, patch }) => updateLink(db, id, patch),
    'links.delete': ({ ids }) => deleteLinks(db, ids),
    'links.restore': ({ ids }) => restoreLinks(db, ids),
    'team.list': () => listTeam(db),
    'team.create': ({ fields }) => createTeamMember(db, fields),
    'team.update': ({ id, fields }) => updateTeamMember(db, id, fields),
    'team.delete': ({ id }) => deleteTeamMember(db, id),
    'settings.get': () => getSettings(db),
    'settings.set': (input) => setSettings(db, input),
    'app.info': () => ({ databasePath: handle.path, version: options.version ?? '0.0.0', schemaVersion: handle.schemaVersion }),
    'backups.list': () => listBackupEntries(handle),
    'backups.create': () => createManualBackup(handle),
    'backups.restore': ({ name }) => restoreBackup(handle, name, options),
  };
}
