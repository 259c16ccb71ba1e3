import type { Currency } from '../domain/accounts.js';
import type { Language } from '../i18n/languages.js';

/** A date as the report's language writes it (2026年12月1日 / 1 Dec 2026); an ISO date or timestamp in. */
export function formatDate(lang: Language, iso: string): string {
  // A plain YYYY-MM-DD is a calendar day: read it as such, not as UTC midnight in another time zone.
  const day = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const date = new Date(day ? `${iso}T12:00:00` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium' }).format(date);
}

export function formatMoney(lang: Language, amount: number, currency: Currency): string {
  return new Intl.NumberFormat(lang, { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
}

/** A file size as people read it (KB below a megabyte). */
export function formatBytes(lang: Language, bytes: number): string {
  const unit = bytes >= 1_000_000 ? 'megabyte' : 'kilobyte';
  const value = bytes / (unit === 'megabyte' ? 1_000_000 : 1000);
  return new Intl.NumberFormat(lang, { style: 'unit', unit, maximumFractionDigits: 1, minimumFractionDigits: 0 }).format(Math.max(value, 0.1));
}
