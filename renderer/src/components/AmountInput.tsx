import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Currency } from '../../../shared/domain/accounts.js';
import { AMOUNT_MAX, formatAmount, parseAmount } from '../../../shared/domain/amount.js';
import { languageFromLocales } from '../../../shared/i18n/languages.js';

/** What the field holds: a whole amount, nothing (null), or text that is not an amount (so a schema refuses it). */
export type AmountValue = number | null | string;

interface AmountInputProps {
  value: AmountValue;
  onChange: (value: AmountValue) => void;
  onBlur?: () => void;
  /** The currency shown with the understood value. */
  currency?: Currency | null;
  /** Called when the text names a currency ("¥1000万", "12m USD"). */
  onCurrency?: (currency: Currency) => void;
  // Wired by <Field> (label, hint and error).
  id?: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
}

/**
 * An amount as people type it — "1000万", "1.2亿", "¥12,000,000", "12m" — read with the one parser
 * (shared/domain/amount.ts). Under the field it says what it understood, in the UI language's form,
 * or why the text is not an amount. The text typed stays as typed; a stored value shows formatted.
 */
export function AmountInput({ value, onChange, onBlur, currency = null, onCurrency, id, 'aria-describedby': describedBy, 'aria-invalid': invalid }: AmountInputProps) {
  const { t, i18n } = useTranslation();
  const language = languageFromLocales([i18n.language]);
  const [text, setText] = useState(() => (typeof value === 'number' ? formatAmount(value, null, language) : (value ?? '')));
  const statusId = useId();
  const parsed = parseAmount(text, language);
  const refused = !parsed.ok && parsed.reason !== 'empty' ? parsed.reason : null;
  const status = parsed.ok
    ? t('amount.understood', { value: formatAmount(parsed.value, parsed.currency ?? currency, language) })
    : refused
      ? t(`amount.errors.${refused}`, { max: formatAmount(AMOUNT_MAX, null, language) })
      : null;

  return (
    <span className="amount-input">
      <input
        id={id}
        value={text}
        inputMode="decimal"
        autoComplete="off"
        placeholder={t('amount.placeholder')}
        aria-invalid={invalid || refused !== null || undefined}
        aria-describedby={[describedBy, status ? statusId : null].filter(Boolean).join(' ') || undefined}
        onBlur={onBlur}
        onChange={(event) => {
          const next = event.target.value;
          setText(next);
          const read = parseAmount(next, language);
          onChange(read.ok ? read.value : read.reason === 'empty' ? null : next);
          if (read.ok && read.currency) onCurrency?.(read.currency);
        }}
      />
      {status && (
        <span id={statusId} className={refused ? 'field-error' : 'field-hint amount-understood'} role={refused ? 'alert' : undefined} aria-live={refused ? undefined : 'polite'}>
          {status}
        </span>
      )}
    </span>
  );
}
