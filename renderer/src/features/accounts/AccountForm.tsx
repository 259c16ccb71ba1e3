import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Controller, useForm, useWatch, type FieldPath } from 'react-hook-form';
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
import { ApiCallError } from '../../api/client.js';
import { AmountInput } from '../../components/AmountInput.js';
import { Field } from '../../components/Field.js';
import { Options } from '../../components/Options.js';
import { errorText } from '../../i18n/errorText.js';

interface AccountFormProps {
  initial: AccountFields;
  onSubmit: (fields: AccountFields) => Promise<unknown>;
  onCancel: () => void;
}

const nullable = (value: unknown) => (value === '' || value === undefined ? null : value);

/** The account profile form: validates as the user types; a failed save keeps what was typed and says why. */
export function AccountForm({ initial, onSubmit, onCancel }: AccountFormProps) {
  const { t } = useTranslation();
  const [saveError, setSaveError] = useState<string | null>(null);
  const { register, handleSubmit, setError, setValue, control, formState } = useForm<AccountFields>({
    resolver: zodResolver(accountFields),
    defaultValues: initial,
    mode: 'onChange',
  });
  const { errors, isSubmitting } = formState;
  const currency = useWatch({ control, name: 'currency' });
  const err = (name: keyof AccountFields) => {
    const message = errors[name]?.message;
    return message ? t(errorKeyOf(message)) : undefined;
  };

  const submit = handleSubmit(async (fields) => {
    setSaveError(null);
    try {
      await onSubmit(fields);
    } catch (error) {
      setSaveError(t('errors.saveFailed', { message: errorText(t, error) }));
      if (error instanceof ApiCallError) {
        if (error.error.key === 'errors.duplicateName') setError('name', { message: 'errors.nameTaken' });
        for (const field of error.error.fields ?? []) {
          const name = field.path.replace(/^fields\./, '') as FieldPath<AccountFields>;
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
        <Controller
          control={control}
          name="annualPotential"
          render={({ field }) => (
            // Text that is not an amount is explained by the field itself; the form's own message is for the rest.
            <Field label={t('fields.annualPotential')} hint={t('hints.annualPotential')} error={typeof field.value === 'string' ? undefined : err('annualPotential')}>
              <AmountInput
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                currency={currency}
                onCurrency={(currency) => setValue('currency', currency, { shouldValidate: true })}
              />
            </Field>
          )}
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
