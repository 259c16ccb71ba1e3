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
import { PairRows } from './PairRows.js';
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

      <PairRows
        legend={t(`${n}.concessions`)}
        columns={[t(`${n}.give`), t(`${n}.ask`)]}
        rows={concessions.fields.map((row, i) => ({ id: row.id, fields: [register(`concessions.${i}.give`), register(`concessions.${i}.ask`)] }))}
        onRemove={concessions.remove}
        onAdd={() => concessions.append({ give: '', ask: '' })}
        addLabel={t(`${n}.addConcession`)}
      />
      <PairRows
        legend={t(`${n}.demands`)}
        columns={[t(`${n}.demand`), t(`${n}.answer`)]}
        rows={demands.fields.map((row, i) => ({ id: row.id, fields: [register(`demands.${i}.demand`), register(`demands.${i}.answer`)] }))}
        onRemove={demands.remove}
        onAdd={() => demands.append({ demand: '', answer: '' })}
        addLabel={t(`${n}.addDemand`)}
      />

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
