import { useTranslation } from 'react-i18next';
import { localText, type ScoringProblem } from '../../../../shared/domain/scoring/index.js';
import { useLanguage } from '../../i18n/useLanguage.js';
import { problemsAt, problemsUnder, setLevel, type Criterion } from './draft.js';
import { Problems } from './Problems.js';

interface Props {
  criterion: Criterion;
  index: number;
  count: number;
  problems: readonly ScoringProblem[];
  onChange: (patch: Partial<Criterion>) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}

/** One criterion of a template being edited: labels in both languages, code, weight, and its scale of levels with meanings. */
export function CriterionEditor({ criterion, index, count, problems, onChange, onMove, onRemove }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const at = `criteria.${index}`;
  const name = localText(criterion.label, language) || t('opportunities.templates.criterionN', { n: index + 1 });
  const tt = (key: string) => t(`opportunities.templates.${key}`);
  return (
    <li className="criterion-edit" aria-label={name}>
      <div className="criterion-edit-head">
        <strong>
          {index + 1}. {name}
        </strong>
        <span className="spacer" />
        <button type="button" className="btn btn-small" disabled={index === 0} onClick={() => onMove(-1)} aria-label={t('opportunities.templates.up', { name })}>
          ↑
        </button>
        <button type="button" className="btn btn-small" disabled={index === count - 1} onClick={() => onMove(1)} aria-label={t('opportunities.templates.down', { name })}>
          ↓
        </button>
        <button type="button" className="btn btn-small btn-danger-quiet" onClick={onRemove} aria-label={t('opportunities.templates.removeCriterion', { name })}>
          ×
        </button>
      </div>
      <div className="criterion-edit-fields">
        <label className="tfield">
          <span>{tt('labelZh')}</span>
          <input value={criterion.label['zh-CN']} onChange={(e) => onChange({ label: { ...criterion.label, 'zh-CN': e.target.value } })} aria-label={`${name}: ${tt('labelZh')}`} />
        </label>
        <label className="tfield">
          <span>{tt('labelEn')}</span>
          <input value={criterion.label.en} onChange={(e) => onChange({ label: { ...criterion.label, en: e.target.value } })} aria-label={`${name}: ${tt('labelEn')}`} />
        </label>
        <label className="tfield narrow">
          <span>{tt('key')}</span>
          <input value={criterion.key} onChange={(e) => onChange({ key: e.target.value })} aria-label={`${name}: ${tt('key')}`} />
        </label>
        <label className="tfield narrow">
          <span>{tt('weight')}</span>
          <input type="number" min={0} step="any" value={Number.isFinite(criterion.weight) ? criterion.weight : ''} onChange={(e) => onChange({ weight: e.target.valueAsNumber })} aria-label={`${name}: ${tt('weight')}`} />
        </label>
      </div>
      <Problems problems={[...problemsAt(problems, `${at}.label`), ...problemsAt(problems, `${at}.key`), ...problemsAt(problems, `${at}.weight`), ...problemsAt(problems, `${at}.scale`)]} />
      <table className="scale-edit">
        <caption>{tt('scale')}</caption>
        <thead>
          <tr>
            <th scope="col">{tt('levelValue')}</th>
            <th scope="col">{tt('levelLabelZh')}</th>
            <th scope="col">{tt('levelLabelEn')}</th>
            <th scope="col">{tt('meaningZh')}</th>
            <th scope="col">{tt('meaningEn')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('common.delete')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {criterion.scale.map((level, l) => {
            const levelName = `${name} ${level.value}`;
            return (
              <tr key={l}>
                <td>
                  <input type="number" step="any" className="value" value={Number.isFinite(level.value) ? level.value : ''} onChange={(e) => onChange(setLevel(criterion, l, { value: e.target.valueAsNumber }))} aria-label={`${levelName}: ${tt('levelValue')}`} />
                </td>
                <td>
                  <input value={level.label['zh-CN']} onChange={(e) => onChange(setLevel(criterion, l, { label: { ...level.label, 'zh-CN': e.target.value } }))} aria-label={`${levelName}: ${tt('levelLabelZh')}`} />
                </td>
                <td>
                  <input value={level.label.en} onChange={(e) => onChange(setLevel(criterion, l, { label: { ...level.label, en: e.target.value } }))} aria-label={`${levelName}: ${tt('levelLabelEn')}`} />
                </td>
                <td>
                  <textarea rows={2} value={level.meaning['zh-CN']} onChange={(e) => onChange(setLevel(criterion, l, { meaning: { ...level.meaning, 'zh-CN': e.target.value } }))} aria-label={`${levelName}: ${tt('meaningZh')}`} />
                </td>
                <td>
                  <textarea rows={2} value={level.meaning.en} onChange={(e) => onChange(setLevel(criterion, l, { meaning: { ...level.meaning, en: e.target.value } }))} aria-label={`${levelName}: ${tt('meaningEn')}`} />
                  <Problems problems={problemsUnder(problems, `${at}.scale.${l}`)} />
                </td>
                <td>
                  <button type="button" className="btn btn-small btn-danger-quiet" onClick={() => onChange({ scale: criterion.scale.filter((_, i) => i !== l) })} aria-label={t('opportunities.templates.removeLevel', { value: `${name} ${level.value}` })}>
                    ×
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <button
        type="button"
        className="btn btn-small"
        onClick={() => {
          const top = Math.max(-1, ...criterion.scale.map((l) => l.value).filter(Number.isFinite));
          onChange({ scale: [...criterion.scale, { value: top + 1, label: { 'zh-CN': '', en: '' }, meaning: { 'zh-CN': '', en: '' } }] });
        }}
      >
        {tt('addLevel')}
      </button>
    </li>
  );
}
