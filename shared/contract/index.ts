import type { z } from 'zod';
import { accountsChannels } from './accounts.js';
import { activitiesChannels } from './activities.js';
import { anomaliesChannels } from './anomalies.js';
import { backupsChannels } from './backups.js';
import type { ChannelSide } from './channel.js';
import { exchangeChannels } from './exchange.js';
import { dashboardChannels } from './dashboard.js';
import { filesChannels } from './files.js';
import { importChannels } from './import.js';
import { linksChannels } from './links.js';
import { mapChannels } from './map.js';
import { opportunitiesChannels } from './opportunities.js';
import { peopleChannels } from './people.js';
import { reportChannels } from './report.js';
import { plansChannels } from './plans.js';
import { sampleChannels } from './sample.js';
import { scorecardsChannels } from './scorecards.js';
import { settingsChannels } from './settings.js';
import { relationshipChannels, tasksChannels } from './tasks.js';
import { teamChannels } from './team.js';
import { whitespaceChannels } from './whitespace.js';

/**
 * The whole API, once: each module's slice of channels (name → input schema → output type, where it
 * is served, what it reads and writes). Electron's IPC handler, the backend, the main-process services
 * and the renderer all use this map. A new feature adds its slice here and nothing else.
 */
export const contract = {
  ...accountsChannels,
  ...sampleChannels,
  ...mapChannels,
  ...peopleChannels,
  ...importChannels,
  ...exchangeChannels,
  ...linksChannels,
  ...teamChannels,
  ...settingsChannels,
  ...backupsChannels,
  ...filesChannels,
  ...reportChannels,
  ...opportunitiesChannels,
  ...scorecardsChannels,
  ...whitespaceChannels,
  ...plansChannels,
  ...tasksChannels,
  ...relationshipChannels,
  ...activitiesChannels,
  ...anomaliesChannels,
  ...dashboardChannels,
} as const;

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export type Input<C extends ChannelName> = z.input<Contract[C]['input']>;
export type ParsedInput<C extends ChannelName> = z.output<Contract[C]['input']>;
export type Output<C extends ChannelName> = NonNullable<Contract[C]['output']>;

type ChannelsOn<S extends ChannelSide> = { [C in ChannelName]: Contract[C]['side'] extends S ? C : never }[ChannelName];
/** Channels the backend in db/ serves (synchronously, one transaction each). */
export type DbChannelName = ChannelsOn<'db'>;
/** Channels only the main process can serve (dialogs, printing, the file manager). */
export type HostChannelName = ChannelsOn<'host'>;

export const CHANNELS = Object.keys(contract) as ChannelName[];
export const isChannel = (name: unknown): name is ChannelName =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
export const isHostChannel = (name: unknown): name is HostChannelName => isChannel(name) && contract[name].side === 'host';

export * from './channel.js';
export * from './envelope.js';
export * from './accounts.js';
export * from './settings.js';
export * from './sample.js';
export * from './map.js';
export * from './people.js';
export * from './links.js';
export * from './team.js';
export * from './import.js';
export * from './exchange.js';
export * from './backups.js';
export * from './files.js';
export * from './report.js';
export * from './opportunities.js';
export * from './scorecards.js';
export * from './whitespace.js';
export * from './plans.js';
export * from './tasks.js';
export * from './activities.js';
export * from './anomalies.js';
export * from './dashboard.js';
