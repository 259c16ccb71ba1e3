import type { TFunction } from 'i18next';
import type { HistoryEntry } from '../../../../shared/contract/index.js';
import type { Attitude, RelationshipLevel } from '../../../../shared/domain/people.js';
import type { Language } from '../../../../shared/i18n/languages.js';
import { attitudeLabel, relationshipLabel } from '../../../../shared/i18n/vocabLabels.js';

const dayFormats = new Map<Language, Intl.DateTimeFormat>();

/** The local day of a UTC instant, as the history lists show it. */
export function dayOf(at: string, language: Language): string {
  let format = dayFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language, { dateStyle: 'medium' });
    dayFormats.set(language, format);
  }
  return format.format(new Date(at));
}

/** A person's relationship or attitude value in words (the code itself if unknown). */
export function personValue(t: TFunction, field: string, value: HistoryEntry['before']): string {
  if (value === null) return t('relationship.changes.nothing');
  const text = String(value);
  if (field === 'relationship') return relationshipLabel(t, text as RelationshipLevel);
  if (field === 'attitude') return attitudeLabel(t, text as Attitude);
  return text;
}
