import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { errorKeyOf } from '../../../../shared/contract/fieldErrors.js';
import { taskFields, type MapPerson, type TaskFields, type TeamMember } from '../../../../shared/contract/index.js';
import { NAME_MAX, TEXT_MAX } from '../../../../shared/domain/accounts.js';
import { TASK_STATUSES } from '../../../../shared/domain/plan/tasks.js';
import { Field } from '../../components/Field.js';
import { Modal } from '../../components/Modal.js';
import { Options } from '../../components/Options.js';
import { PeopleChips } from '../opportunities/PeopleChips.js';

interface Props {
  title: string;
  initial: TaskFields;
  people: MapPerson[];
  team: TeamMember[];
  opportunities: { id: string; name: string }[];
  onSubmit: (fields: TaskFields) => Promise<unknown>;
  onClose: () => void;
}

/** A task: title, owner from our team, dates, status, the people and opportunity it concerns, notes. */
export function TaskDialog({ title, initial, people, team, opportunities, onSubmit, onClose }: Props) {
  const { t } = useTranslation();
  const schema = taskFields.refine((f) => !f.startDate || !f.dueDate || f.dueDate >= f.startDate, { path: ['dueDate'], error: 'plan.errors.dueBeforeStart' });
  const { register, handleSubmit, control, formState } = useForm<TaskFields>({ resolver: zodResolver(schema), defaultValues: initial, mode: 'onSubmit' });
  const err = (name: keyof TaskFields) => {
    const message = formState.errors[name]?.message;
    return message ? t(errorKeyOf(message)) : undefined;
  };
  const nullable = { setValueAs: (value: unknown) => (value === '' || value === null ? null : value) };
  return (
    <Modal title={title} onClose={onClose} wide>
      <form className="form" noValidate onSubmit={handleSubmit(async (fields) => void (await onSubmit(fields)))}>
        <div className="form-grid">
          <Field label={t('tasks.title')} error={err('title')} className="span-2">
            <input {...register('title')} maxLength={NAME_MAX} autoFocus autoComplete="off" />
          </Field>
          <Field label={t('tasks.owner')} error={err('ownerId')}>
            <select {...register('ownerId', nullable)}>
              <option value="">{t('tasks.noOwner')}</option>
              {team.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('tasks.status')} error={err('status')}>
            <select {...register('status')}>
              <Options values={TASK_STATUSES} label={(s) => t(`plan.taskStatus.${s}`)} />
            </select>
          </Field>
          <Field label={t('tasks.startDate')} error={err('startDate')}>
            <input type="date" {...register('startDate', nullable)} />
          </Field>
          <Field label={t('tasks.dueDate')} error={err('dueDate')}>
            <input type="date" {...register('dueDate', nullable)} />
          </Field>
          <Field label={t('tasks.opportunity')} error={err('opportunityId')}>
            <select {...register('opportunityId', nullable)}>
              <option value="">{t('tasks.noOpportunity')}</option>
              {opportunities.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          </Field>
          <div className="field span-2">
            <span className="field-label">{t('tasks.people')}</span>
            <Controller control={control} name="personIds" render={({ field }) => <PeopleChips label={t('tasks.people')} people={people} value={field.value} onChange={field.onChange} />} />
          </div>
          <Field label={t('tasks.notes')} error={err('notes')} className="span-2">
            <textarea {...register('notes')} rows={3} maxLength={TEXT_MAX} />
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
