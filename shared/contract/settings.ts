import { z } from 'zod';
import { LANGUAGES } from '../i18n/languages.js';
import { mutation, query } from './channel.js';
import { empty } from './common.js';

export const settingsSet = z.strictObject({ language: z.enum(LANGUAGES, { error: 'errors.choose' }) });

/** `language` is null until the user picks one: then the UI follows the OS locale. */
export interface Settings {
  language: (typeof LANGUAGES)[number] | null;
}

export interface AppInfo {
  databasePath: string;
  version: string;
  schemaVersion: number;
}

export const settingsChannels = {
  'settings.get': query<Settings>()(empty, ['settings']),
  'settings.set': mutation<Settings>()(settingsSet, ['settings']),
  'app.info': query<AppInfo>()(empty, []),
};
