import { z } from 'zod';
import { parseAmount, type AmountParse } from '../../../shared/domain/amount.js';
import type { Language } from '../../../shared/i18n/index.js';

/** The i18n key of what is wrong with a typed amount. */
export const amountRefusalKey = (reason: Exclude<AmountParse, { ok: true }>['reason']) => `opportunities.amount.refusals.${reason}`;

/**
 * A typed amount ("1200万", "1.2亿", "12m") as a form field: the text is kept as typed and checked with
 * parseAmount; empty is allowed unless `required`. `amountOf` turns the checked text into the number to save.
 */
export const amountText = (language: Language, required = false) =>
  z.string().superRefine((text, ctx) => {
    const parsed = parseAmount(text, language);
    if (parsed.ok || (!required && parsed.reason === 'empty')) return;
    ctx.addIssue({ code: 'custom', message: amountRefusalKey(parsed.reason) });
  });

export const amountOf = (text: string, language: Language): number | null => {
  const parsed = parseAmount(text, language);
  return parsed.ok ? parsed.value : null;
};

/** Is this an error message of an amount field (shown with t() as is, not through errorKeyOf)? */
export const isAmountMessage = (message: string) => message.startsWith('opportunities.amount.');
