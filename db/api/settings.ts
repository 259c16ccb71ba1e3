import { eq } from 'drizzle-orm';
import type { Settings } from '../../shared/contract/index.js';
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
