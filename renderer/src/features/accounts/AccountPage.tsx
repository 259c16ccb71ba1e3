import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Route, Routes, useNavigate, useParams } from 'react-router';
import { errorText } from '../../i18n/errorText.js';
import { exportAccounts } from '../exchange/exportAccounts.js';
import { ExportPlanButton } from '../report/ReportButtons.js';
import { AccountFormDialog } from './AccountFormDialog.js';
import { AccountProfile } from './AccountProfile.js';
import { accountTabs } from './accountTabs.js';
import { useAccount } from './queries.js';
import { useAccountActions } from './useAccountActions.js';

export function AccountPage() {
  const { t } = useTranslation();
  const { accountId = '' } = useParams();
  const navigate = useNavigate();
  const client = useQueryClient();
  const account = useAccount(accountId);
  const [editing, setEditing] = useState(false);
  const actions = useAccountActions(() => void navigate('/accounts'));

  if (account.isPending) return <p className="page muted">{t('app.loading')}</p>;
  if (account.isError) {
    return (
      <section className="page">
        <Link to="/accounts" className="back-link">
          ← {t('nav.back')}
        </Link>
        <div className="form-alert" role="alert">
          {errorText(t, account.error)}
        </div>
      </section>
    );
  }
  const a = account.data;

  return (
    <section className="page account-page" aria-labelledby="account-title">
      <Link to="/accounts" className="back-link">
        ← {t('nav.back')}
      </Link>
      <header className="page-header">
        <div>
          <h1 id="account-title">{a.name}</h1>
          <p className="account-meta">
            <span className={`tier tier-${a.tier}`}>{t(`tier.${a.tier}`)}</span>
            <span className={`phase phase-${a.relationshipPhase}`}>{t(`relationshipPhase.${a.relationshipPhase}`)}</span>
            {a.industry && <span>{a.industry}</span>}
            {a.region && <span>{a.region}</span>}
            {a.archivedAt && <span className="badge badge-muted">{t('common.archived')}</span>}
          </p>
        </div>
        <div className="page-actions">
          <ExportPlanButton account={a} />
          <button type="button" className="btn" onClick={() => setEditing(true)}>
            {t('common.edit')}
          </button>
          <button type="button" className="btn" title={t('exchange.exportHint')} onClick={() => void exportAccounts(t, { accountIds: [a.id] }, a.name)}>
            {t('exchange.exportButton')}
          </button>
          <button type="button" className="btn" onClick={() => actions.archive(a)}>
            {t(a.archivedAt ? 'accounts.unarchive' : 'accounts.archive')}
          </button>
          <button type="button" className="btn btn-danger-quiet" onClick={() => actions.askDelete(a)}>
            {t('common.delete')}
          </button>
        </div>
      </header>
      <nav className="tabs" aria-label={t('accounts.tabs.label')}>
        {accountTabs.map((tab) => (
          <NavLink
            key={tab.path}
            to={tab.path ? `/accounts/${a.id}/${tab.path}` : `/accounts/${a.id}`}
            end
            className="tab"
            onPointerDown={tab.prefetch && (() => tab.prefetch!(client, a.id))}
          >
            {t(tab.label)}
          </NavLink>
        ))}
      </nav>
      <div className="tab-panel">
        <Routes>
          <Route index element={<AccountProfile account={a} />} />
          {accountTabs
            .filter((tab) => tab.path)
            .map((tab) => (
              <Route key={tab.path} path={`${tab.path}/*`} element={<tab.Component account={a} />} />
            ))}
        </Routes>
      </div>
      {editing && <AccountFormDialog account={a} onClose={() => setEditing(false)} />}
      {actions.dialog}
    </section>
  );
}
