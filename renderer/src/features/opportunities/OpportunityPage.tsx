import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Route, Routes, useParams } from 'react-router';
import type { Account } from '../../../../shared/contract/index.js';
import { useApiQuery } from '../../api/freshness.js';
import { toastError } from '../../components/toastStore.js';
import { errorText } from '../../i18n/errorText.js';
import { useLanguage } from '../../i18n/useLanguage.js';
import { useUndoShortcuts } from '../../undo/shortcuts.js';
import { UndoButtons } from '../../undo/UndoButtons.js';
import { CompetitorsSection } from './CompetitorsSection.js';
import { useOpportunityCommands } from './commands.js';
import { DetailsSection } from './DetailsSection.js';
import { amountShort, calendarDay } from './format.js';
import { HistorySection } from './HistorySection.js';
import { InfluencesSection } from './InfluencesSection.js';
import { NegotiationSection } from './NegotiationSection.js';
import { OpportunityFormDialog } from './OpportunityFormDialog.js';
import { PlanSection } from '../plans/PlanSection.js';
import { ScorecardSection } from './ScorecardSection.js';

const SECTIONS = [
  { path: '', label: 'details', Component: DetailsSection },
  { path: 'plan', label: 'plan', Component: PlanSection },
  { path: 'influences', label: 'influences', Component: InfluencesSection },
  { path: 'competitors', label: 'competitors', Component: CompetitorsSection },
  { path: 'scorecard', label: 'scorecard', Component: ScorecardSection },
  { path: 'history', label: 'history', Component: HistorySection },
  { path: 'negotiation', label: 'negotiation', Component: NegotiationSection },
] as const;

/** One opportunity: its header, and its sections as sub-tabs (details, influences, competitors, scorecard, history, negotiation). */
export function OpportunityPage({ account }: { account: Account }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { opportunityId = '' } = useParams();
  const detail = useApiQuery('opportunities.get', { id: opportunityId });
  const commands = useOpportunityCommands(account.id);
  const [editing, setEditing] = useState(false);
  useUndoShortcuts(
    account.id,
    useCallback((error: unknown) => toastError(errorText(t, error)), [t]),
  );
  const base = `/accounts/${account.id}/opportunities/${opportunityId}`;
  const back = (
    <Link to={`/accounts/${account.id}/opportunities`} className="back-link">
      ← {t('opportunities.page.back', { account: account.name })}
    </Link>
  );

  if (detail.isPending) return <p className="muted">{t('app.loading')}</p>;
  if (detail.isError) {
    return (
      <>
        {back}
        <div className="form-alert" role="alert">
          {errorText(t, detail.error)}
        </div>
      </>
    );
  }
  const d = detail.data;
  const o = d.opportunity;
  return (
    <article className="opportunity" aria-labelledby="opportunity-title">
      {back}
      <header className="opportunity-header">
        <div>
          <h2 id="opportunity-title" className="opportunity-title">
            {o.name}
          </h2>
          <p className="account-meta">
            <span className={`status status-${o.status}`}>{t(`opportunities.statuses.${o.status}`)}</span>
            <span>{t(`opportunities.stages.${o.stage}`)}</span>
            <span>{amountShort(o.amount, o.currency, language) ?? t('common.none')}</span>
            <span>{o.closeDate ? calendarDay(o.closeDate, language) : t('opportunities.page.closeDateNone')}</span>
          </p>
        </div>
        <div className="page-actions">
          <UndoButtons scope={account.id} />
          <button type="button" className="btn" onClick={() => setEditing(true)} aria-label={t('opportunities.form.edit')}>
            {t('common.edit')}
          </button>
        </div>
      </header>
      <nav className="tabs subtabs" aria-label={t('opportunities.page.sections')}>
        {SECTIONS.map((s) => (
          <NavLink key={s.path} to={s.path ? `${base}/${s.path}` : base} end className="tab">
            {t(`opportunities.page.${s.label}`)}
          </NavLink>
        ))}
      </nav>
      <Routes>
        {SECTIONS.map((s) => (
          <Route key={s.path} path={s.path || undefined} index={s.path === '' ? true : undefined} element={<s.Component detail={d} commands={commands} />} />
        ))}
      </Routes>
      {editing && <OpportunityFormDialog commands={commands} opportunity={o} onClose={() => setEditing(false)} />}
    </article>
  );
}
