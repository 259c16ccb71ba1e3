import { z } from 'zod';
import {
  accountsArchive,
  accountsById,
  accountsCreate,
  accountsList,
  accountsUpdate,
  type Account,
  type AccountSummary,
} from './accounts.js';
import { backupsRestore, type BackupEntry, type BackupRestored } from './backups.js';
import { empty } from './common.js';
import { peopleImport, type PeopleImported } from './import.js';
import {
  linksCreate,
  linksIds,
  linksUpdate,
  mapGet,
  peopleCreate,
  peopleIds,
  peopleMove,
  peopleRestore,
  peopleUpdate,
  teamById,
  teamCreate,
  teamUpdate,
  type AccountMap,
  type Link,
  type PeopleDeleted,
  type PeopleRestored,
  type Person,
  type TeamMember,
} from './people.js';
import { sampleLoad, settingsSet, type AppInfo, type Settings } from './settings.js';

/** A channel: the zod schema its input must pass, and (as a type only) what it returns. */
interface Channel<I extends z.ZodType, O> {
  input: I;
  output?: O;
}
const channel = <O>() => <I extends z.ZodType>(input: I): Channel<I, O> => ({ input });

/** The whole API, once. Electron's IPC handler, the backend and the renderer all use this map. */
export const contract = {
  'accounts.list': channel<AccountSummary[]>()(accountsList),
  'accounts.get': channel<Account>()(accountsById),
  'accounts.create': channel<Account>()(accountsCreate),
  'accounts.update': channel<Account>()(accountsUpdate),
  'accounts.archive': channel<Account>()(accountsArchive),
  /** Moves the account to the trash; `accounts.restore` undoes it. */
  'accounts.delete': channel<{ id: string }>()(accountsById),
  'accounts.restore': channel<Account>()(accountsById),
  'sample.load': channel<Account>()(sampleLoad),
  /** The account with its live people and links, and our whole team. */
  'map.get': channel<AccountMap>()(mapGet),
  'people.create': channel<Person>()(peopleCreate),
  'people.update': channel<Person>()(peopleUpdate),
  /** Saves canvas positions (all or none). */
  'people.move': channel<{ count: number }>()(peopleMove),
  /** Soft delete with their links; answers what `people.restore` needs to undo it. */
  'people.delete': channel<PeopleDeleted>()(peopleIds),
  'people.restore': channel<PeopleRestored>()(peopleRestore),
  /** Creates many people with their reporting lines, all or none (the CSV import); undone by `people.delete`. */
  'people.import': channel<PeopleImported>()(peopleImport),
  'links.create': channel<Link>()(linksCreate),
  'links.update': channel<Link>()(linksUpdate),
  'links.delete': channel<{ ids: string[] }>()(linksIds),
  'links.restore': channel<Link[]>()(linksIds),
  'team.list': channel<TeamMember[]>()(empty),
  'team.create': channel<TeamMember>()(teamCreate),
  'team.update': channel<TeamMember>()(teamUpdate),
  /** Removes the member; the people they owned get no owner. */
  'team.delete': channel<{ id: string }>()(teamById),
  'settings.get': channel<Settings>()(empty),
  'settings.set': channel<Settings>()(settingsSet),
  'app.info': channel<AppInfo>()(empty),
  /** Backups in the folder beside the database, newest first. */
  'backups.list': channel<BackupEntry[]>()(empty),
  /** Backs up the current data now (kind 'manual'). */
  'backups.create': channel<BackupEntry>()(empty),
  /** Replaces all account data with the backup's, after a safety backup of the current data; all or nothing. */
  'backups.restore': channel<BackupRestored>()(backupsRestore),
} as const;

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export type Input<C extends ChannelName> = z.input<Contract[C]['input']>;
export type ParsedInput<C extends ChannelName> = z.output<Contract[C]['input']>;
export type Output<C extends ChannelName> = NonNullable<Contract[C]['output']>;

export const CHANNELS = Object.keys(contract) as ChannelName[];
export const isChannel = (name: unknown): name is ChannelName =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);

export * from './envelope.js';
export * from './accounts.js';
export * from './settings.js';
export * from './people.js';
export * from './import.js';
export * from './backups.js';
