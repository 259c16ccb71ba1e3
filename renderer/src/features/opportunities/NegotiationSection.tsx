import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { Controller, useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { negotiationFields, type NegotiationFields } from '../../../../shared/contract/index.js';
import { TEXT_MAX } from '../../../../shared/domain/accounts.js';
import { Field } from '../../components/Field.js';
import { toast } from '../../components/toastStore.js';
import { useLanguage } from '../../i18n/useLanguage.js';
import { negotiationFieldsOf } from './commands.js';
import { moment } from './format.js';
import { PeopleChips } from './PeopleChips.js';
import type { SectionProps } from './sectionProps.js';

/** 谈判计划表: goal and walk-away point, give-and-take, their demands and our answers, who sits at the table, 开局/中场/终局, open points. */
export function NegotiationSection({ detail, commands }: SectionProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const plan = detail.negotiation;
  const saved = negotiationFieldsOf(plan);
  const { register, control, handleSubmit, reset, formState } = useForm<NegotiationFields>({ resolver: zodResolver(negotiationFields), defaultValues: saved });
  const concessions = useFieldArray({ control, name: 'concessions' });
  const demands = useFieldArray({ control, name: 'demands' });
  // An undo (or a save elsewhere) brings a new plan: show it unless the user is typing over it.
  const savedJson = JSON.stringify(saved);
  useEffect(() => {
    if (!formState.isDirty) reset(JSON.parse(savedJson) as NegotiationFields);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new saved plan should reset the form
  }, [savedJson]);

  const submit = handleSubmit(async (fields) => {
    const result = await commands.saveNegotiation(plan, fields);
    if (result) {
      reset(negotiationFieldsOf(result));
      toast(t('opportunities.negotiation.saved'));
    }
  });
  const n = 'opportunities.negotiation';

  return (
    <form className="section negotiation" aria-labelledby="negotiation-title" onSubmit={submit} noValidate>
      <div className="section-bar">
        <h3 id="negotiation-title">{t(`${n}.title`)}</h3>
        <span className="muted small">
          {formState.isDirty ? t(`${n}.unsaved`) : plan.updatedAt ? t(`${n}.lastSaved`, { date: moment(plan.updatedAt, language) }) : t(`${n}.notSaved`)}
        </span>
        <span className="spacer" />
        <button type="submit" className="btn btn-primary" disabled={formState.isSubmitting}>
          {t(`${n}.save`)}
        </button>
      </div>
      <div className="form-grid plain">
        <Field label={t(`${n}.goal`)}>
          <textarea {...register('goal')} rows={2} maxLength={TEXT_MAX} />
        </Field>
        <Field label={t(`${n}.walkAway`)}>
          <textarea {...register('walkAway')} rows={2} maxLength={TEXT_MAX} />
        </Field>
      </div>

      <fieldset className="rows-block">
        <legend>{t(`${n}.concessions`)}</legend>
        <table className="table rows-table">
          <thead>
            <tr>
              <th scope="col">{t(`${n}.give`)}</th>
              <th scope="col">{t(`${n}.ask`)}</th>
              <th scope="col">
                <span className="visually-hidden">{t('common.delete')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {concessions.fields.map((row, i) => (
              <tr key={row.id}>
                <td>
                  <textarea {...register(`concessions.${i}.give`)} rows={2} aria-label={`${t(`${n}.give`)} ${i + 1}`} maxLength={TEXT_MAX} />
                </td>
                <td>
                  <textarea {...register(`concessions.${i}.ask`)} rows={2} aria-label={`${t(`${n}.ask`)} ${i + 1}`} maxLength={TEXT_MAX} />
                </td>
                <td className="row-actions">
                  <button type="button" className="btn btn-small btn-danger-quiet" onClick={() => concessions.remove(i)} aria-label={`${t(`${n}.concessions`)}: ${t(`${n}.removeRow`, { n: i + 1 })}`}>
                    ×
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <button type="button" className="btn btn-small" onClick={() => concessions.append({ give: '', ask: '' })}>
          {t(`${n}.addConcession`)}
        </button>
      </fieldset>

      <fieldset className="rows-block">
        <legend>{t(`${n}.demands`)}</legend>
        <table className="table rows-table">
          <thead>
            <tr>
              <th scope="col">{t(`${n}.demand`)}</th>
              <th scope="col">{t(`${n}.answer`)}</th>
              <th scope="col">
                <span className="visually-hidden">{t('common.delete')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {demands.fields.map((row, i) => (
              <tr key={row.id}>
                <td>
                  <textarea {...register(`demands.${i}.demand`)} rows={2} aria-label={`${t(`${n}.demand`)} ${i + 1}`} maxLength={TEXT_MAX} />
                </td>
                <td>
                  <textarea {...register(`demands.${i}.answer`)} rows={2} aria-label={`${t(`${n}.answer`)} ${i + 1}`} maxLength={TEXT_MAX} />
                </td>
                <td className="row-actions">
                  <button type="button" className="btn btn-small btn-danger-quiet" onClick={() => demands.remove(i)} aria-label={`${t(`${n}.demands`)}: ${t(`${n}.removeRow`, { n: i + 1 })}`}>
                    ×
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <button type="button" className="btn btn-small" onClick={() => demands.append({ demand: '', answer: '' })}>
          {t(`${n}.addDemand`)}
        </button>
      </fieldset>

      <div className="form-grid plain">
        <div className="field">
          <span className="field-label">{t(`${n}.theirs`)}</span>
          <Controller
            control={control}
            name="theirParticipants"
            render={({ field }) => <PeopleChips label={t(`${n}.theirs`)} people={detail.people} value={field.value} onChange={field.onChange} />}
          />
        </div>
        <div className="field">
          <span className="field-label">{t(`${n}.ours`)}</span>
          <Controller
            control={control}
            name="ourParticipants"
            render={({ field }) => <PeopleChips label={t(`${n}.ours`)} people={detail.team} value={field.value} onChange={field.onChange} />}
          />
        </div>
      </div>

      <fieldset className="rows-block">
        <legend>{t(`${n}.agenda`)}</legend>
        <div className="agenda">
          {(['opening', 'middle', 'end'] as const).map((phase) => (
            <Field key={phase} label={t(`${n}.${phase}`)}>
              <textarea {...register(`agenda.${phase}`)} rows={4} maxLength={TEXT_MAX} />
            </Field>
          ))}
        </div>
      </fieldset>
      <div className="form-grid plain">
        <Field label={t(`${n}.openPoints`)} className="span-2">
          <textarea {...register('openPoints')} rows={3} maxLength={TEXT_MAX} />
        </Field>
      </div>
    </form>
  );
}
