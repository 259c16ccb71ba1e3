import type { Account } from '../../../../shared/contract/index.js';

export function formatMoney(amount: number | null, currency: Account['currency'], language: string): string | null {
  if (amount === null) return null;
  return new Intl.NumberFormat(language, { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1 }).format(amount);
}

export function formatFullMoney(amount: number | null, currency: Account['currency'], language: string): string | null {
  if (amount === null) return null;
  return new Intl.NumberFormat(language, { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
}

export const formatDate = (iso: string, language: string) =>
  new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(new Date(iso));
