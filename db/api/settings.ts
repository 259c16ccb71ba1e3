import { eq } from 'drizzle-orm';
import type { Settings, settingsChannels } from '../../shared/contract/index.js';
import type { ApiContext, Handlers } from './context.js';
import { LANGUAGES, type Language } from '../../shared/i18n/languages.js';
import type { Db } from '../open.js';
import { settings } from '../schema.js';

const isLanguage = (value: unknown): value is Language => LANGUAGES.includes(value as Language);

export function getSettings(db: Db): Settings {
  const row = db.select().from(settings).where(eq(settings.key, 'language')).get();
  return { language: isLanguage(row?.value) ? row.value : null };
}

export function setSettings(db: Db, input: { language: Language }): Settings {
  db.insert(settings)
    .values({ key: 'language', value: input.language })
    .onConflictDoUpdate({ target: settings.key, set: { value: input.language } })
    .run();
  return getSettings(db);
}

export const settingsHandlers = ({ db, handle, options }: ApiContext): Handlers<typeof settingsChannels> => ({
  'settings.get': () => getSettings(db),
  'settings.set': (input) => setSettings(db, input),
  'app.info': () => ({ databasePath: handle.path, version: options.version ?? '0.0.0', schemaVersion: handle.schemaVersion }),
});
