import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { useMemo, useState } from 'react';
import { useForm, useWatch, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { errorKeyOf } from '../../../../shared/contract/fieldErrors.js';
import { accountFields, type AccountFields } from '../../../../shared/contract/index.js';
import {
  CURRENCIES,
  NAME_MAX,
  PURCHASE_PATTERNS,
  PURCHASING_MODES,
  RELATIONSHIP_PHASES,
  TEXT_MAX,
  TIERS,
} from '../../../../shared/domain/accounts.js';
import { formatAmount, parseAmount } from '../../../../shared/domain/amount.js';
import { ApiCallError } from '../../api/client.js';
import { AmountField } from '../../components/AmountField.js';
import { amountOf, amountText, isAmountMessage } from '../../components/amountText.js';
import { Field } from '../../components/Field.js';
import { Options } from '../../components/Options.js';
import { errorText } from '../../i18n/errorText.js';
import { useLanguage } from '../../i18n/useLanguage.js';

interface AccountFormProps {
  initial: AccountFields;
  onSubmit: (fields: AccountFields) => Promise<unknown>;
  onCancel: () => void;
}

const nullable = (value: unknown) => (value === '' || value === undefined ? null : value);

/** What the form edits: the contract's fields, with the annual potential as typed (1200万, 1.2亿, 12m). */
const formSchema = (language: Parameters<typeof amountText>[0]) => accountFields.extend({ annualPotential: amountText(language) });
type FormValues = z.input<ReturnType<typeof formSchema>>;

/** The account profile form: validates as the user types; a failed save keeps what was typed and says why. */
export function AccountForm({ initial, onSubmit, onCancel }: AccountFormProps) {
  const { t } = useTranslation();
  const [saveError, setSaveError] = useState<string | null>(null);
  const language = useLanguage();
  const schema = useMemo(() => formSchema(language), [language]);
  const { register, handleSubmit, setError, setValue, control, formState } = useForm<FormValues>({
    resolver: zodResolver(schema),
    defaultValues: { ...initial, annualPotential: initial.annualPotential === null ? '' : formatAmount(initial.annualPotential, null, language) },
    mode: 'onChange',
  });
  const { errors, isSubmitting } = formState;
  const err = (name: keyof FormValues) => {
    const message = errors[name]?.message;
    if (!message) return undefined;
    return t(isAmountMessage(message) ? message : errorKeyOf(message));
  };
  const [potential, currency] = useWatch({ control, name: ['annualPotential', 'currency'] });
  const potentialRegistration = register('annualPotential', {
    onChange: (event: { target: { value: string } }) => {
      const parsed = parseAmount(event.target.value, language);
      if (parsed.ok && parsed.currency && parsed.currency !== currency) setValue('currency', parsed.currency);
    },
  });

  const submit = handleSubmit(async (values) => {
    setSaveError(null);
    const fields: AccountFields = { ...values, annualPotential: amountOf(values.annualPotential, language) };
    try {
      await onSubmit(fields);
    } catch (error) {
      setSaveError(t('errors.saveFailed', { message: errorText(t, error) }));
      if (error instanceof ApiCallError) {
        if (error.error.key === 'errors.duplicateName') setError('name', { message: 'errors.nameTaken' });
        for (const field of error.error.fields ?? []) {
          const name = field.path.replace(/^fields\./, '') as FieldPath<FormValues>;
          if (name in initial) setError(name, { message: field.key });
        }
      }
    }
  });

  return (
    <form className="form" onSubmit={submit} noValidate>
      {saveError && (
        <div className="form-alert" role="alert">
          {saveError}
        </div>
      )}
      <div className="form-grid">
        <Field label={t('fields.name')} error={err('name')} className="span-2">
          <input {...register('name')} maxLength={NAME_MAX} autoFocus autoComplete="off" />
        </Field>
        <Field label={t('fields.industry')} error={err('industry')}>
          <input {...register('industry')} maxLength={NAME_MAX} />
        </Field>
        <Field label={t('fields.region')} error={err('region')}>
          <input {...register('region')} maxLength={NAME_MAX} />
        </Field>
        <Field label={t('fields.tier')} hint={t('hints.tier')} error={err('tier')}>
          <select {...register('tier')}>
            <Options values={TIERS} label={(tier) => t(`tier.${tier}`)} />
          </select>
        </Field>
        <Field label={t('fields.relationshipPhase')} error={err('relationshipPhase')}>
          <select {...register('relationshipPhase')}>
            <Options values={RELATIONSHIP_PHASES} label={(phase) => t(`relationshipPhase.${phase}`)} />
          </select>
        </Field>
        <Field label={t('fields.purchasingMode')} hint={t('hints.purchasingMode')} error={err('purchasingMode')}>
          <select {...register('purchasingMode', { setValueAs: nullable })}>
            <option value="">{t('common.notSet')}</option>
            <Options values={PURCHASING_MODES} label={(mode) => t(`purchasingMode.${mode}`)} />
          </select>
        </Field>
        <Field label={t('fields.purchasePattern')} hint={t('hints.purchasePattern')} error={err('purchasePattern')}>
          <select {...register('purchasePattern', { setValueAs: nullable })}>
            <option value="">{t('common.notSet')}</option>
            <Options values={PURCHASE_PATTERNS} label={(pattern) => t(`purchasePattern.${pattern}`)} />
          </select>
        </Field>
        <AmountField
          label={t('fields.annualPotential')}
          text={potential}
          currency={currency}
          language={language}
          error={err('annualPotential')}
          registration={potentialRegistration}
        />
        <Field label={t('fields.currency')} error={err('currency')}>
          <select {...register('currency')}>
            <Options values={CURRENCIES} label={(currency) => t(`currency.${currency}`)} />
          </select>
        </Field>
        <Field label={t('fields.strategicFit')} hint={t('hints.strategicFit')} error={err('strategicFit')} className="span-2">
          <textarea {...register('strategicFit')} rows={3} maxLength={TEXT_MAX} />
        </Field>
        <Field label={t('fields.clientPlan')} error={err('clientPlan')} className="span-2">
          <textarea {...register('clientPlan')} rows={3} maxLength={TEXT_MAX} />
        </Field>
        <Field label={t('fields.procurementProcess')} error={err('procurementProcess')} className="span-2">
          <textarea {...register('procurementProcess')} rows={3} maxLength={TEXT_MAX} />
        </Field>
        <Field label={t('fields.notes')} error={err('notes')} className="span-2">
          <textarea {...register('notes')} rows={3} maxLength={TEXT_MAX} />
        </Field>
      </div>
      <div className="modal-actions">
        <button type="button" className="btn" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="btn btn-primary" disabled={isSubmitting}>
          {isSubmitting ? t('common.saving') : t('common.save')}
        </button>
      </div>
    </form>
  );
}
