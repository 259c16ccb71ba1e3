import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { useForm, useWatch, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { z } from 'zod';
import { errorKeyOf } from '../../../../shared/contract/fieldErrors.js';
import { opportunityFields, type OpportunityFields } from '../../../../shared/contract/index.js';
import { CURRENCIES, NAME_MAX, TEXT_MAX } from '../../../../shared/domain/accounts.js';
import { formatAmount, parseAmount } from '../../../../shared/domain/amount.js';
import { OPPORTUNITY_STATUSES, SALES_STAGES, statusNeedsReason } from '../../../../shared/domain/opportunities.js';
import { ApiCallError } from '../../api/client.js';
import { AmountField } from '../../components/AmountField.js';
import { amountOf, amountText, isAmountMessage } from '../../components/amountText.js';
import { Field } from '../../components/Field.js';
import { Options } from '../../components/Options.js';
import { errorText } from '../../i18n/errorText.js';
import { useLanguage } from '../../i18n/useLanguage.js';

/** While an opportunity has a stage plan, the plan owns its stage: the form shows it, with the way to the plan. */
export interface StageLock {
  /** The plan's current stage, in the UI language; null while the plan is still loading. */
  planStage: string | null;
  planUrl: string;
  onOpenPlan: () => void;
}

interface OpportunityFormProps {
  initial: OpportunityFields;
  /** Present while the stage follows a stage plan (or while it is still being looked up). */
  stageLock?: StageLock | undefined;
  onSubmit: (fields: OpportunityFields) => Promise<unknown>;
  onCancel: () => void;
}

/** What the form edits: the contract's fields, with the amount as typed and the date as the date input gives it. */
const formSchema = (language: Parameters<typeof amountText>[0]) =>
  opportunityFields
    .extend({ amount: amountText(language), closeDate: z.string() })
    .superRefine((fields, ctx) => {
      if (fields.closeDate !== '' && !opportunityFields.shape.closeDate.safeParse(fields.closeDate).success) {
        ctx.addIssue({ code: 'custom', path: ['closeDate'], message: 'opportunities.errors.date' });
      }
      if (statusNeedsReason(fields.status) && fields.statusReason.trim() === '') {
        ctx.addIssue({ code: 'custom', path: ['statusReason'], message: 'opportunities.errors.reasonRequired' });
      }
    });
type FormValues = z.input<ReturnType<typeof formSchema>>;

/** Name, amount (typed as people say it), close date, status (with its reason), stage, value proposition, references, notes. */
export function OpportunityForm({ initial, stageLock, onSubmit, onCancel }: OpportunityFormProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [saveError, setSaveError] = useState<string | null>(null);
  const schema = useMemo(() => formSchema(language), [language]);
  const defaultValues: FormValues = {
    ...initial,
    amount: initial.amount === null ? '' : formatAmount(initial.amount, null, language),
    closeDate: initial.closeDate ?? '',
  };
  const { register, handleSubmit, setError, setValue, control, formState } = useForm<FormValues>({
    resolver: zodResolver(schema),
    defaultValues,
    mode: 'onChange',
  });
  const { errors, isSubmitting } = formState;
  const err = (name: keyof FormValues) => {
    const message = errors[name]?.message;
    if (!message) return undefined;
    return t(isAmountMessage(message) ? message : errorKeyOf(message));
  };
  const [status, amount, currency] = useWatch({ control, name: ['status', 'amount', 'currency'] });

  const submit = handleSubmit(async (values) => {
    setSaveError(null);
    const fields: OpportunityFields = {
      ...values,
      amount: amountOf(values.amount, language),
      closeDate: values.closeDate === '' ? null : values.closeDate,
      statusReason: statusNeedsReason(values.status) ? values.statusReason : '',
    };
    try {
      await onSubmit(fields);
    } catch (error) {
      setSaveError(t('errors.saveFailed', { message: errorText(t, error) }));
      if (error instanceof ApiCallError) {
        for (const field of error.error.fields ?? []) {
          const name = field.path.replace(/^(fields|patch)\./, '') as FieldPath<FormValues>;
          if (name in defaultValues) setError(name, { message: field.key });
        }
      }
    }
  });

  const amountRegistration = register('amount', {
    onChange: (event: { target: { value: string } }) => {
      const parsed = parseAmount(event.target.value, language);
      if (parsed.ok && parsed.currency && parsed.currency !== currency) setValue('currency', parsed.currency);
    },
  });

  return (
    <form className="form" onSubmit={submit} noValidate>
      {saveError && (
        <div className="form-alert" role="alert">
          {saveError}
        </div>
      )}
      <div className="form-grid">
        <Field label={t('opportunities.fields.name')} error={err('name')} className="span-2">
          <input {...register('name')} maxLength={NAME_MAX} autoFocus autoComplete="off" />
        </Field>
        <AmountField
          label={t('opportunities.fields.amount')}
          text={amount}
          currency={currency}
          language={language}
          error={err('amount')}
          registration={amountRegistration}
        />
        <Field label={t('opportunities.fields.currency')} error={err('currency')}>
          <select {...register('currency')}>
            <Options values={CURRENCIES} label={(c) => t(`currency.${c}`)} />
          </select>
        </Field>
        <Field label={t('opportunities.fields.closeDate')} error={err('closeDate')}>
          <input type="date" {...register('closeDate')} min="1900-01-01" max="9999-12-31" />
        </Field>
        {stageLock ? (
          <div className="stage-locked">
            <Field label={t('opportunities.fields.stage')} hint={stageLock.planStage === null ? undefined : t('stagePlan.stageLocked')} error={err('stage')}>
              <input readOnly value={t(`opportunities.stages.${initial.stage}`)} />
            </Field>
            {stageLock.planStage !== null && (
              <p className="stage-locked-link">
                <span className="muted small">{t('stagePlan.planStage', { stage: stageLock.planStage })}</span>{' '}
                <Link to={stageLock.planUrl} onClick={stageLock.onOpenPlan}>
                  {t('stagePlan.openPlan')}
                </Link>
              </p>
            )}
          </div>
        ) : (
          <Field label={t('opportunities.fields.stage')} error={err('stage')}>
            <select {...register('stage')}>
              <Options values={SALES_STAGES} label={(s) => t(`opportunities.stages.${s}`)} />
            </select>
          </Field>
        )}
        <Field label={t('opportunities.fields.status')} error={err('status')}>
          <select {...register('status')}>
            <Options values={OPPORTUNITY_STATUSES} label={(s) => t(`opportunities.statuses.${s}`)} />
          </select>
        </Field>
        {statusNeedsReason(status) ? (
          <Field label={t('opportunities.fields.statusReason', { status: t(`opportunities.statuses.${status}`) })} error={err('statusReason')}>
            <input {...register('statusReason')} maxLength={TEXT_MAX} autoComplete="off" />
          </Field>
        ) : (
          <div aria-hidden="true" />
        )}
        <Field label={t('opportunities.fields.valueProposition')} hint={t('opportunities.hints.valueProposition')} error={err('valueProposition')} className="span-2">
          <textarea {...register('valueProposition')} rows={3} maxLength={TEXT_MAX} />
        </Field>
        <Field label={t('opportunities.fields.referenceCases')} hint={t('opportunities.hints.referenceCases')} error={err('referenceCases')} className="span-2">
          <textarea {...register('referenceCases')} rows={2} maxLength={TEXT_MAX} />
        </Field>
        <Field label={t('opportunities.fields.notes')} error={err('notes')} className="span-2">
          <textarea {...register('notes')} rows={2} maxLength={TEXT_MAX} />
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
