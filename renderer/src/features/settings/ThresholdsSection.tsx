import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_THRESHOLDS, type AnomalyThresholds } from '../../../../shared/domain/anomalies/snapshot.js';
import { textIn } from '../../../../shared/domain/plan/stageTemplate.js';
import { call } from '../../api/client.js';
import { useApiQuery } from '../../api/freshness.js';
import { Field } from '../../components/Field.js';
import { toast } from '../../components/toastStore.js';
import { errorText } from '../../i18n/errorText.js';
import { useLanguage } from '../../i18n/useLanguage.js';
import { UndoButtons } from '../../undo/UndoButtons.js';
import { useUndoable } from '../../undo/useUndoable.js';
import './thresholds.css';
import { checkDraft, draftOf, NUMBER_FIELDS, sameThresholds, type DraftErrors, type NumberField, type ThresholdsDraft } from './thresholdsDraft.js';

/** The undo scope of the anomaly thresholds (they belong to no account). */
const SCOPE = 'anomalyThresholds';
const L = 'thresholds.history';

const UNITS: Record<NumberField, 'days' | 'steps' | 'ways'> = { stalledDays: 'days', noContactDays: 'days', pathMaxHops: 'steps', pathMaxChains: 'ways' };
const RANGES: Record<NumberField, [number, number]> = { stalledDays: [1, 3650], noContactDays: [1, 3650], pathMaxHops: [1, 8], pathMaxChains: [1, 10] };

/** The thresholds the anomaly rules use: each checked at its field, saved in one undoable step, or reset to the defaults. */
export function ThresholdsSection() {
  const { t } = useTranslation();
  const saved = useApiQuery('anomalyThresholds.get', {});
  return (
    <section className="card anomaly-thresholds" aria-labelledby="thresholds-title">
      <div className="section-bar">
        <h2 id="thresholds-title">{t('thresholds.title')}</h2>
        <span className="spacer" />
        <UndoButtons scope={SCOPE} />
      </div>
      <p className="muted">{t('thresholds.intro')}</p>
      {saved.isError && (
        <div className="form-alert" role="alert">
          {errorText(t, saved.error)}
        </div>
      )}
      {/* A new saved value (a save, undo, redo) starts the form over from it. */}
      {saved.data && <ThresholdsForm key={JSON.stringify(saved.data)} saved={saved.data} />}
    </section>
  );
}

function ThresholdsForm({ saved }: { saved: AnomalyThresholds }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const templates = useApiQuery('stageTemplates.list', {});
  const perform = useUndoable(SCOPE);
  const [draft, setDraft] = useState<ThresholdsDraft>(() => draftOf(saved));
  const [touched, setTouched] = useState(false);
  const [alert, setAlert] = useState<string | null>(null);
  const checked = checkDraft(draft);
  const errors: DraftErrors = checked.ok ? { numbers: {}, trusted: {} } : checked.errors;

  const store = (to: AnomalyThresholds, label: string) =>
    perform(
      () => call('anomalyThresholds.set', { thresholds: to }),
      () => ({
        label,
        undo: async () => void (await call('anomalyThresholds.set', { thresholds: saved })),
        redo: async () => void (await call('anomalyThresholds.set', { thresholds: to })),
      }),
    );

  const save = async () => {
    setTouched(true);
    if (!checked.ok) return setAlert(t('thresholds.fixFirst'));
    if (sameThresholds(checked.value, saved)) return setAlert(t('thresholds.unchanged'));
    setAlert(null);
    if (await store(checked.value, `${L}.set`)) toast(t('thresholds.saved'));
  };

  const setNumber = (field: NumberField, value: string) => {
    setTouched(true);
    setAlert(null);
    setDraft((d) => ({ ...d, numbers: { ...d.numbers, [field]: value } }));
  };

  return (
    <form
      className="form thresholds-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <div className="thresholds-grid">
        {NUMBER_FIELDS.map((field) => {
          const [min, max] = RANGES[field];
          const error = errors.numbers[field];
          return (
            <Field
              key={field}
              label={`${t(`thresholds.${field}`)} (${t(`thresholds.units.${UNITS[field]}`)})`}
              hint={t('thresholds.range', { min, max })}
              error={touched && error ? t(error) : undefined}
            >
              <input type="text" inputMode="numeric" className="threshold-input" value={draft.numbers[field]} onChange={(e) => setNumber(field, e.target.value)} />
            </Field>
          );
        })}
        {Object.keys(draft.trusted).map((processKey) => {
          const template = templates.data?.find((e) => e.template.key === processKey)?.template;
          const error = errors.trusted[processKey];
          return (
            <Field
              key={processKey}
              label={`${t('thresholds.trustedDecisionMakerFrom')} (${template ? textIn(template.name, language) : processKey})`}
              error={touched && error ? t(error) : undefined}
            >
              <select
                value={draft.trusted[processKey]}
                onChange={(e) => {
                  setAlert(null);
                  setDraft((d) => ({ ...d, trusted: { ...d.trusted, [processKey]: e.target.value } }));
                }}
              >
                {(template?.stages ?? []).map((stage, i) => (
                  <option key={stage.key} value={String(i)}>
                    {`${i + 1}. ${textIn(stage.name, language)}`}
                  </option>
                ))}
                {!template && <option value={draft.trusted[processKey]}>{draft.trusted[processKey]}</option>}
              </select>
            </Field>
          );
        })}
      </div>
      {alert && (
        <p className="form-alert" role="alert">
          {alert}
        </p>
      )}
      <div className="row-actions">
        <button type="submit" className="btn btn-primary">
          {t('thresholds.save')}
        </button>
        <button type="button" className="btn" disabled={sameThresholds(saved, DEFAULT_THRESHOLDS)} onClick={() => void store(DEFAULT_THRESHOLDS, `${L}.reset`)}>
          {t('thresholds.reset')}
        </button>
      </div>
    </form>
  );
}
