import type { Currency } from '../../../../shared/domain/accounts.js';
import { formatAmountCompact } from '../../../../shared/domain/amount.js';
import type { Language } from '../../../../shared/i18n/index.js';

/** An amount as a list shows it: 1,200万 / ¥12M; null stays null (the caller shows a dash). */
export const amountShort = (amount: number | null, currency: Currency, language: Language) =>
  amount === null ? null : formatAmountCompact(amount, currency, language);

/** A calendar date 'YYYY-MM-DD' in the UI language, read as that calendar day wherever the user is. */
const dayFormats = new Map<string, Intl.DateTimeFormat>();
export const calendarDay = (date: string, language: Language) => {
  let format = dayFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' });
    dayFormats.set(language, format);
  }
  return format.format(new Date(`${date}T00:00:00Z`));
};

/** A moment (ISO date-time) in the UI language, date and time. */
export const moment = (iso: string, language: Language) => new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

/** A total 0–100 as shown (rounded); null → null. */
export const shownTotal = (total: number | null) => (total === null ? null : Math.round(total));
