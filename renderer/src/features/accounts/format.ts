import type { Account } from '../../../../shared/contract/index.js';
import { formatAmount, formatAmountCompact } from '../../../../shared/domain/amount.js';
import { languageFromLocales } from '../../../../shared/i18n/languages.js';

/** Short, for lists ("¥1,200万", "CN¥12M"): the one amount formatter, in the UI language. */
export const formatMoney = (amount: number | null, currency: Account['currency'], language: string): string | null =>
  amount === null ? null : formatAmountCompact(amount, currency, languageFromLocales([language]));

/** Every digit ("¥1,200万", "CN¥12,000,000"), for the profile. */
export const formatFullMoney = (amount: number | null, currency: Account['currency'], language: string): string | null =>
  amount === null ? null : formatAmount(amount, currency, languageFromLocales([language]));

export const formatDate = (iso: string, language: string) =>
  new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(new Date(iso));
