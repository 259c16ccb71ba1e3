import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { errorKeyOf } from '../../../../shared/contract/fieldErrors.js';
import { competitorFields, type CompetitorFields, type MapPerson } from '../../../../shared/contract/index.js';
import { NAME_MAX, TEXT_MAX } from '../../../../shared/domain/accounts.js';
import { COMPETITOR_POSITIONS } from '../../../../shared/domain/opportunities.js';
import { Field } from '../../components/Field.js';
import { Modal } from '../../components/Modal.js';
import { Options } from '../../components/Options.js';
import { PeopleChips } from './PeopleChips.js';

interface Props {
  title: string;
  initial: CompetitorFields;
  people: MapPerson[];
  onSubmit: (fields: CompetitorFields) => Promise<unknown>;
  onClose: () => void;
}

/** A competitor: name, position, strengths and weaknesses, who on the map favours them, our counter-strategy. */
export function CompetitorDialog({ title, initial, people, onSubmit, onClose }: Props) {
  const { t } = useTranslation();
  const { register, handleSubmit, control, formState } = useForm<CompetitorFields>({
    resolver: zodResolver(competitorFields),
    defaultValues: initial,
    mode: 'onChange',
  });
  const err = (name: keyof CompetitorFields) => {
    const message = formState.errors[name]?.message;
    return message ? t(errorKeyOf(message)) : undefined;
  };
  return (
    <Modal title={title} onClose={onClose} wide>
      <form className="form" noValidate onSubmit={handleSubmit(async (fields) => void (await onSubmit(fields)))}>
        <div className="form-grid">
          <Field label={t('opportunities.competitors.name')} error={err('name')}>
            <input {...register('name')} maxLength={NAME_MAX} autoFocus autoComplete="off" />
          </Field>
          <Field label={t('opportunities.competitors.position')} error={err('position')}>
            <select {...register('position')}>
              <Options values={COMPETITOR_POSITIONS} label={(p) => t(`opportunities.competitorPositions.${p}`)} />
            </select>
          </Field>
          <Field label={t('opportunities.competitors.strengths')} error={err('strengths')}>
            <textarea {...register('strengths')} rows={3} maxLength={TEXT_MAX} />
          </Field>
          <Field label={t('opportunities.competitors.weaknesses')} error={err('weaknesses')}>
            <textarea {...register('weaknesses')} rows={3} maxLength={TEXT_MAX} />
          </Field>
          <div className="field span-2">
            <span className="field-label">{t('opportunities.competitors.favouredBy')}</span>
            <Controller
              control={control}
              name="favouredBy"
              render={({ field }) => <PeopleChips label={t('opportunities.competitors.favouredBy')} people={people} value={field.value} onChange={field.onChange} />}
            />
          </div>
          <Field label={t('opportunities.competitors.strategy')} error={err('strategy')} className="span-2">
            <textarea {...register('strategy')} rows={3} maxLength={TEXT_MAX} />
          </Field>
          <Field label={t('opportunities.competitors.notes')} error={err('notes')} className="span-2">
            <textarea {...register('notes')} rows={2} maxLength={TEXT_MAX} />
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
