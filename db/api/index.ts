import type { ChannelName, Output, ParsedInput } from '../../shared/contract/index.js';
import { sampleAccount } from '../../shared/sample/sampleAccount.js';
import type { DbHandle } from '../open.js';
import {
  archiveAccount,
  createAccount,
  deleteAccount,
  getAccount,
  listAccounts,
  liveSampleExists,
  restoreAccount,
  updateAccount,
} from './accounts.js';
import { conflict } from './failure.js';
import { getSettings, setSettings } from './settings.js';

export type Api = { [C in ChannelName]: (input: ParsedInput<C>) => Output<C> };

export interface ApiOptions {
  version?: string;
}

/** One plain, synchronous function per contract channel. Dispatch wraps each call in a transaction. */
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
    'sample.load': ({ language }) => {
      if (liveSampleExists(db)) throw conflict('errors.sampleExists');
      return createAccount(db, sampleAccount[language], { isSample: true });
    },
    'settings.get': () => getSettings(db),
    'settings.set': (input) => setSettings(db, input),
    'app.info': () => ({ databasePath: handle.path, version: options.version ?? '0.0.0', schemaVersion: handle.schemaVersion }),
  };
}
