import { useTranslation } from 'react-i18next';
import { DUPLICATE_ACTIONS, MERGE_TARGETS, type DuplicateAction, type ImportOptions, type MergeTarget } from '../../../../shared/import/index.js';
import { Field } from '../../components/Field.js';
import { Options } from '../../components/Options.js';

interface DuplicatesPanelProps {
  count: number;
  options: ImportOptions;
  onOptions: (options: ImportOptions) => void;
  /** Whether the file has a manager column (else a merge cannot take the reporting line). */
  hasManager: boolean;
}

const isAction = (value: string): value is DuplicateAction => (DUPLICATE_ACTIONS as readonly string[]).includes(value);

/** Rows that look like people already in the account: merge (which fields, fill or replace), skip, or import again. */
export function DuplicatesPanel({ count, options, onOptions, hasManager }: DuplicatesPanelProps) {
  const { t } = useTranslation();
  const action = options.duplicates ?? 'merge';
  const merge = options.merge ?? { fields: MERGE_TARGETS, replace: false };
  const targets = MERGE_TARGETS.filter((target) => target !== 'manager' || hasManager);
  const toggle = (target: MergeTarget, on: boolean) =>
    onOptions({ ...options, merge: { ...merge, fields: on ? [...merge.fields, target] : merge.fields.filter((f) => f !== target) } });

  return (
    <section className="import-duplicates" aria-labelledby="import-duplicates-title">
      <h3 id="import-duplicates-title">{t('import.duplicates.title')}</h3>
      <p className="field-hint">{t('import.duplicates.intro', { count })}</p>
      <div className="import-mapping-grid">
        <Field label={t('import.duplicates.action')}>
          <select value={action} onChange={(event) => isAction(event.target.value) && onOptions({ ...options, duplicates: event.target.value })}>
            <Options values={DUPLICATE_ACTIONS} label={(value) => t(`import.duplicates.${value}`)} />
          </select>
        </Field>
        {action === 'merge' && (
          <fieldset className="import-merge-fields">
            <legend>{t('import.duplicates.mergeFields')}</legend>
            {targets.map((target) => (
              <label key={target} className="import-check">
                <input type="checkbox" checked={merge.fields.includes(target)} onChange={(event) => toggle(target, event.target.checked)} />
                {t(`import.targets.${target}`)}
              </label>
            ))}
            <label className="import-check import-wide">
              <input type="checkbox" checked={merge.replace} onChange={(event) => onOptions({ ...options, merge: { ...merge, replace: event.target.checked } })} />
              {t('import.duplicates.replace')}
            </label>
            <p className="field-hint import-wide">{t('import.duplicates.mergeHint')}</p>
          </fieldset>
        )}
      </div>
    </section>
  );
}
