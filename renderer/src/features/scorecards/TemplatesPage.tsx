import { useTranslation } from 'react-i18next';
import { Link, Route, Routes, useNavigate } from 'react-router';
import type { TemplateEntry } from '../../../../shared/contract/index.js';
import { localText } from '../../../../shared/domain/scoring/index.js';
import { useApiQuery } from '../../api/freshness.js';
import { toast } from '../../components/toastStore.js';
import { errorText } from '../../i18n/errorText.js';
import { useLanguage } from '../../i18n/useLanguage.js';
import { UndoButtons } from '../../undo/UndoButtons.js';
import { TEMPLATES_SCOPE, useTemplateCommands } from './commands.js';
import { TemplateEditor } from './TemplateEditor.js';
import './scorecards.css';

/** Scorecard templates: the built-ins (read-only) and the user's copies; /scorecards/:key edits a copy. */
export function TemplatesPage() {
  return (
    <Routes>
      <Route index element={<TemplateList />} />
      <Route path=":templateKey" element={<TemplateEditor />} />
    </Routes>
  );
}

function TemplateList() {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const templates = useApiQuery('scorecards.templates', {});
  const commands = useTemplateCommands();
  const all = templates.data ?? [];
  const names = new Map(all.map((e) => [e.template.key, localText(e.template.name, language)]));
  const copy = async (entry: TemplateEntry) => {
    const made = await commands.copy(entry);
    if (made) {
      toast(t('opportunities.templates.copied'));
      void navigate(`/scorecards/${made.template.key}`);
    }
  };
  const card = (entry: TemplateEntry) => {
    const name = localText(entry.template.name, language);
    return (
      <li key={entry.template.key} className="template-card">
        <div className="template-head">
          <h3>{name}</h3>
          {entry.builtIn && <span className="badge badge-muted">{t('opportunities.templates.builtIn')}</span>}
        </div>
        <p className="muted small">
          {t(`scoring.kinds.${entry.template.kind}`)} · {t('opportunities.templates.criteriaCount', { count: entry.template.criteria.length })} ·{' '}
          {t('opportunities.templates.version', { version: entry.template.version })}
          {entry.basedOn && ` · ${t('opportunities.templates.basedOn', { name: names.get(entry.basedOn.key) ?? entry.basedOn.key, version: entry.basedOn.version })}`}
        </p>
        {entry.template.description && <p className="template-description">{localText(entry.template.description, language)}</p>}
        <div className="template-actions">
          <button type="button" className="btn btn-small" onClick={() => void copy(entry)} aria-label={t('opportunities.templates.copyOf', { name })}>
            {t('opportunities.templates.copy')}
          </button>
          {!entry.builtIn && (
            <>
              <Link className="btn btn-small" to={`/scorecards/${entry.template.key}`} aria-label={t('opportunities.templates.editOf', { name })}>
                {t('opportunities.templates.edit')}
              </Link>
              <button type="button" className="btn btn-small btn-danger-quiet" onClick={() => void commands.remove(entry)} aria-label={t('opportunities.templates.delete', { name })}>
                {t('common.delete')}
              </button>
            </>
          )}
        </div>
      </li>
    );
  };
  return (
    <section className="page" aria-labelledby="templates-title">
      <header className="page-header">
        <div>
          <h1 id="templates-title">{t('opportunities.templates.title')}</h1>
          <p className="muted">{t('opportunities.templates.intro')}</p>
        </div>
        <UndoButtons scope={TEMPLATES_SCOPE} />
      </header>
      {templates.isError && (
        <div className="form-alert" role="alert">
          {t('errors.loadFailed', { message: errorText(t, templates.error) })}
        </div>
      )}
      <h2>{t('opportunities.templates.builtIn')}</h2>
      <ul className="template-grid">{all.filter((e) => e.builtIn).map(card)}</ul>
      <h2>{t('opportunities.templates.mine')}</h2>
      <ul className="template-grid">{all.filter((e) => !e.builtIn).map(card)}</ul>
    </section>
  );
}
