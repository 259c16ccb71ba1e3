import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Route, Routes } from 'react-router';
import type { StageTemplateEntry } from '../../../../shared/contract/index.js';
import { textIn } from '../../../../shared/domain/plan/stageTemplate.js';
import { useApiQuery } from '../../api/freshness.js';
import { toastError } from '../../components/toastStore.js';
import { errorText } from '../../i18n/errorText.js';
import { useLanguage } from '../../i18n/useLanguage.js';
import { useUndoShortcuts } from '../../undo/shortcuts.js';
import { UndoButtons } from '../../undo/UndoButtons.js';
import { STAGE_TEMPLATES_SCOPE, useStageTemplateCommands } from './stageTemplateCommands.js';
import { CopyDialog } from './CopyStageTemplateDialog.js';
import { StageTemplateEditor } from './StageTemplateEditor.js';
import '../scorecards/scorecards.css';
import './stageTemplates.css';

/** The sales process library: the built-ins (read-only) and the user's copies; /stage-templates/:key shows or edits one. */
export function StageTemplatesPage() {
  const { t } = useTranslation();
  useUndoShortcuts(
    STAGE_TEMPLATES_SCOPE,
    useCallback((error: unknown) => toastError(errorText(t, error)), [t]),
  );
  return (
    <Routes>
      <Route index element={<TemplateList />} />
      <Route path=":templateKey" element={<StageTemplateEditor />} />
    </Routes>
  );
}

function TemplateList() {
  const { t } = useTranslation();
  const language = useLanguage();
  const templates = useApiQuery('stageTemplates.list', {});
  const commands = useStageTemplateCommands();
  const [copying, setCopying] = useState<StageTemplateEntry | null>(null);
  const all = templates.data ?? [];
  const names = new Map(all.map((e) => [e.template.key, textIn(e.template.name, language)]));
  const card = (entry: StageTemplateEntry) => {
    const { template } = entry;
    const name = textIn(template.name, language);
    return (
      <li key={template.key} className="template-card">
        <div className="template-head">
          <h3>{name}</h3>
          {entry.builtIn && <span className="badge badge-muted">{t('stageTemplates.builtIn')}</span>}
        </div>
        <p className="muted small">
          {t('stageTemplates.stagesCount', { count: template.stages.length })} · {t('stageTemplates.version', { version: template.version })}
          {template.basedOn && ` · ${t('stageTemplates.basedOn', { name: names.get(template.basedOn.key) ?? template.basedOn.key, version: template.basedOn.version })}`}
        </p>
        <ol className="stage-chain" aria-label={t('stageTemplates.stages')}>
          {template.stages.map((stage) => (
            <li key={stage.key}>
              <span className="stage-chain-name">{textIn(stage.name, language)}</span>
              <span className="stage-chain-node">{textIn(stage.keyNode, language)}</span>
            </li>
          ))}
        </ol>
        <div className="template-actions">
          <Link className="btn btn-small" to={`/stage-templates/${template.key}`} aria-label={t(entry.builtIn ? 'stageTemplates.viewOf' : 'stageTemplates.editOf', { name })}>
            {t(entry.builtIn ? 'stageTemplates.view' : 'stageTemplates.edit')}
          </Link>
          <button type="button" className="btn btn-small" onClick={() => setCopying(entry)} aria-label={t('stageTemplates.copyOf', { name })}>
            {t('stageTemplates.copy')}
          </button>
          {!entry.builtIn && (
            <button type="button" className="btn btn-small btn-danger-quiet" onClick={() => void commands.remove(entry)} aria-label={t('stageTemplates.deleteOf', { name })}>
              {t('common.delete')}
            </button>
          )}
        </div>
      </li>
    );
  };
  const mine = all.filter((e) => !e.builtIn);
  return (
    <section className="page" aria-labelledby="stage-templates-title">
      <header className="page-header">
        <div>
          <h1 id="stage-templates-title">{t('stageTemplates.title')}</h1>
          <p className="muted">{t('stageTemplates.intro')}</p>
        </div>
        <UndoButtons scope={STAGE_TEMPLATES_SCOPE} />
      </header>
      {templates.isError && (
        <div className="form-alert" role="alert">
          {t('errors.loadFailed', { message: errorText(t, templates.error) })}
        </div>
      )}
      <h2>{t('stageTemplates.builtIn')}</h2>
      <ul className="template-grid">{all.filter((e) => e.builtIn).map(card)}</ul>
      <h2>{t('stageTemplates.mine')}</h2>
      {templates.isSuccess && mine.length === 0 ? <p className="muted">{t('stageTemplates.noCopies')}</p> : <ul className="template-grid">{mine.map(card)}</ul>}
      {copying && <CopyDialog entry={copying} onClose={() => setCopying(null)} />}
    </section>
  );
}
