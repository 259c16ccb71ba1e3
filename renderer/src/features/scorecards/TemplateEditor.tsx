import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { TemplateInput } from '../../../../shared/contract/index.js';
import { localText, validateTemplate, type ScorecardTemplate, type ScoringProblem } from '../../../../shared/domain/scoring/index.js';
import { useApiQuery } from '../../api/freshness.js';
import { toast } from '../../components/toastStore.js';
import { errorText } from '../../i18n/errorText.js';
import { useLanguage } from '../../i18n/useLanguage.js';
import { UndoButtons } from '../../undo/UndoButtons.js';
import { inputOf, TEMPLATES_SCOPE, useTemplateCommands } from './commands.js';
import { CriterionEditor } from './CriterionEditor.js';
import { freshKey, moveCriterion, problemsAt, removeCriterion, setCriterion } from './draft.js';
import { Problems } from './Problems.js';

/** Edits a user template: its name, criteria (add, remove, reorder, labels, weights, scales) and thresholds; saving makes a new version. */
export function TemplateEditor() {
  const { t } = useTranslation();
  const { templateKey = '' } = useParams();
  const versions = useApiQuery('scorecards.versions', { key: templateKey });
  const latest = versions.data?.[0];
  if (versions.isError) {
    return (
      <section className="page">
        <Link to="/scorecards" className="back-link">
          ← {t('opportunities.templates.title')}
        </Link>
        <div className="form-alert" role="alert">
          {errorText(t, versions.error)}
        </div>
      </section>
    );
  }
  if (!latest) return <p className="page muted">{t('app.loading')}</p>;
  // A new version (saved here, or by undo) starts the draft again from it.
  return <Editor key={`${latest.template.key}@${latest.template.version}`} template={latest.template} builtIn={latest.builtIn} versions={versions.data ?? []} />;
}

function Editor({ template, builtIn, versions }: { template: ScorecardTemplate; builtIn: boolean; versions: { template: ScorecardTemplate; createdAt: string | null }[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const commands = useTemplateCommands();
  const [draft, setDraft] = useState<TemplateInput>(() => inputOf(template));
  const [saving, setSaving] = useState(false);
  const next = template.version + 1;
  const problems: ScoringProblem[] = validateTemplate({ ...draft, key: template.key, version: next });
  const dirty = JSON.stringify(draft) !== JSON.stringify(inputOf(template));
  const name = localText(template.name, language);

  const save = async () => {
    setSaving(true);
    const saved = await commands.save(template, draft);
    setSaving(false);
    if (saved) toast(t('opportunities.templates.saved', { version: saved.template.version }));
  };
  const addCriterion = () =>
    setDraft((d) => ({
      ...d,
      criteria: [
        ...d.criteria,
        {
          key: freshKey(d),
          label: { 'zh-CN': '', en: '' },
          weight: 10,
          scale: [
            { value: 0, label: { 'zh-CN': t('opportunities.templates.levelsDefault.low'), en: t('opportunities.templates.levelsDefault.low') }, meaning: { 'zh-CN': '', en: '' } },
            { value: 4, label: { 'zh-CN': t('opportunities.templates.levelsDefault.high'), en: t('opportunities.templates.levelsDefault.high') }, meaning: { 'zh-CN': '', en: '' } },
          ],
          guidance: { 'zh-CN': [], en: [] },
        },
      ],
    }));

  return (
    <section className="page template-editor" aria-labelledby="editor-title">
      <Link to="/scorecards" className="back-link">
        ← {t('opportunities.templates.title')}
      </Link>
      <header className="page-header">
        <div>
          <h1 id="editor-title">{name}</h1>
          <p className="muted">
            {t('opportunities.templates.version', { version: template.version })} · {t(`scoring.kinds.${template.kind}`)} ·{' '}
            {versions.map((v) => t('opportunities.templates.version', { version: v.template.version })).join(', ')}
          </p>
        </div>
        <div className="page-actions">
          <UndoButtons scope={TEMPLATES_SCOPE} />
          <button type="button" className="btn btn-primary" disabled={builtIn || !dirty || problems.length > 0 || saving} onClick={() => void save()}>
            {t('opportunities.templates.save', { version: next })}
          </button>
        </div>
      </header>
      {problems.length > 0 && dirty && (
        <div className="form-alert" role="alert">
          {t('opportunities.templates.problems')} {problems.length}
        </div>
      )}
      <div className="template-fields">
        <label className="tfield">
          <span>{t('opportunities.templates.nameZh')}</span>
          <input value={draft.name['zh-CN']} onChange={(e) => setDraft({ ...draft, name: { ...draft.name, 'zh-CN': e.target.value } })} />
        </label>
        <label className="tfield">
          <span>{t('opportunities.templates.nameEn')}</span>
          <input value={draft.name.en} onChange={(e) => setDraft({ ...draft, name: { ...draft.name, en: e.target.value } })} />
        </label>
        <Problems problems={problemsAt(problems, 'name')} />
      </div>
      <fieldset className="thresholds">
        <legend>{t('opportunities.templates.thresholds')}</legend>
        <label className="tfield">
          <span>{t('opportunities.templates.pursue')}</span>
          <input type="number" min={0} max={100} value={draft.thresholds.pursue} onChange={(e) => setDraft({ ...draft, thresholds: { ...draft.thresholds, pursue: e.target.valueAsNumber } })} />
        </label>
        <label className="tfield">
          <span>{t('opportunities.templates.qualify')}</span>
          <input type="number" min={0} max={100} value={draft.thresholds.qualify} onChange={(e) => setDraft({ ...draft, thresholds: { ...draft.thresholds, qualify: e.target.valueAsNumber } })} />
        </label>
        <Problems problems={problemsAt(problems, 'thresholds')} />
      </fieldset>
      <h2>{t('opportunities.templates.criteria')}</h2>
      <Problems problems={problemsAt(problems, 'criteria')} />
      <ol className="criteria-editor">
        {draft.criteria.map((criterion, i) => (
          <CriterionEditor
            key={`${criterion.key}-${i}`}
            criterion={criterion}
            index={i}
            count={draft.criteria.length}
            problems={problems}
            onChange={(patch) => setDraft((d) => setCriterion(d, i, patch))}
            onMove={(by) => setDraft((d) => moveCriterion(d, i, by))}
            onRemove={() => setDraft((d) => removeCriterion(d, i))}
          />
        ))}
      </ol>
      <button type="button" className="btn" onClick={addCriterion}>
        {t('opportunities.templates.addCriterion')}
      </button>
    </section>
  );
}
