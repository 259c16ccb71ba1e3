import { useTranslation } from 'react-i18next';
import type { UseFormRegisterReturn } from 'react-hook-form';
import type { Currency } from '../../../shared/domain/accounts.js';
import { formatAmount, parseAmount } from '../../../shared/domain/amount.js';
import type { Language } from '../../../shared/i18n/index.js';
import { Field } from './Field.js';

interface AmountFieldProps {
  label: string;
  text: string;
  currency: Currency;
  language: Language;
  error?: string;
  registration: UseFormRegisterReturn;
  className?: string;
}

/**
 * An amount typed as people say it (1200万, 1.2亿, 12,000,000, 12m), with what was understood shown
 * beside it as the user types, in full, so a slip (12万 for 1200万) is seen before saving.
 */
export function AmountField({ label, text, currency, language, error, registration, className }: AmountFieldProps) {
  const { t } = useTranslation();
  const parsed = parseAmount(text, language);
  const understood = parsed.ok ? t('opportunities.amount.understood', { value: formatAmount(parsed.value, parsed.currency ?? currency, language) }) : '';
  return (
    <Field label={label} hint={error ? undefined : t('opportunities.hints.amount')} error={error} className={className}>
      <AmountInput registration={registration} understood={understood} />
    </Field>
  );
}

/** The input and its echo in one element, so Field can wire its label, hint and error to the input. */
function AmountInput({ registration, understood, ...wired }: { registration: UseFormRegisterReturn; understood: string } & Record<string, unknown>) {
  return (
    <span className="amount-input">
      <input {...wired} {...registration} inputMode="decimal" autoComplete="off" />
      <output className="amount-echo" aria-live="polite">
        {understood}
      </output>
    </span>
  );
}
