import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { errorKeyOf } from '../../../../shared/contract/fieldErrors.js';
import { activityFields, type ActivityFields, type MapPerson } from '../../../../shared/contract/index.js';
import { TEXT_MAX } from '../../../../shared/domain/accounts.js';
import { ACTIVITY_KINDS } from '../../../../shared/domain/plan/activities.js';
import { Field } from '../../components/Field.js';
import { Modal } from '../../components/Modal.js';
import { Options } from '../../components/Options.js';
import { PeopleChips } from '../opportunities/PeopleChips.js';

interface Props {
  title: string;
  initial: ActivityFields;
  people: MapPerson[];
  opportunities: { id: string; name: string }[];
  onSubmit: (fields: ActivityFields) => Promise<unknown>;
  onClose: () => void;
}

/** One contact: date, kind, the people met, the opportunity, what was said and the next step agreed. */
export function ActivityDialog({ title, initial, people, opportunities, onSubmit, onClose }: Props) {
  const { t } = useTranslation();
  const { register, handleSubmit, control, formState } = useForm<ActivityFields>({ resolver: zodResolver(activityFields), defaultValues: initial });
  const err = (name: keyof ActivityFields) => {
    const message = formState.errors[name]?.message;
    return message ? t(errorKeyOf(message)) : undefined;
  };
  return (
    <Modal title={title} onClose={onClose} wide>
      <form className="form" noValidate onSubmit={handleSubmit(async (fields) => void (await onSubmit(fields)))}>
        <div className="form-grid">
          <Field label={t('activities.date')} error={err('date')}>
            <input type="date" {...register('date')} autoFocus />
          </Field>
          <Field label={t('activities.kind')} error={err('kind')}>
            <select {...register('kind')}>
              <Options values={ACTIVITY_KINDS} label={(k) => t(`plan.activityKinds.${k}`)} />
            </select>
          </Field>
          <div className="field span-2">
            <span className="field-label">{t('activities.people')}</span>
            <Controller control={control} name="personIds" render={({ field }) => <PeopleChips label={t('activities.people')} people={people} value={field.value} onChange={field.onChange} />} />
          </div>
          <Field label={t('activities.opportunity')} error={err('opportunityId')}>
            <select {...register('opportunityId', { setValueAs: (v: unknown) => (v === '' || v === null ? null : v) })}>
              <option value="">{t('activities.noOpportunity')}</option>
              {opportunities.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('activities.summary')} error={err('summary')} className="span-2">
            <textarea {...register('summary')} rows={3} maxLength={TEXT_MAX} />
          </Field>
          <Field label={t('activities.nextStep')} error={err('nextStep')} className="span-2">
            <input {...register('nextStep')} maxLength={TEXT_MAX} autoComplete="off" />
          </Field>
        </div>
        <div className="modal-actions">
          <button type="button" className="btn" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="btn btn-primary" disabled={formState.isSubmitting}>
            {t('common.save')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
