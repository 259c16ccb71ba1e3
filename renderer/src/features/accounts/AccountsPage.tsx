import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { errorText } from '../../i18n/errorText.js';
import { exportAccounts } from '../exchange/exportAccounts.js';
import { ImportAccountDialog } from '../exchange/ImportAccountDialog.js';
import { AccountFilters } from './AccountFilters.js';
import { AccountFormDialog } from './AccountFormDialog.js';
import { AccountList } from './AccountList.js';
import { useAccountActions } from './useAccountActions.js';
import { useAccountFilters } from './useAccountFilters.js';
import { useAccounts } from './queries.js';
import { useLoadSample } from './useLoadSample.js';
import { WelcomeState } from './WelcomeState.js';

export function AccountsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const filterState = useAccountFilters();
  const { filters, isNew, set } = filterState;
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const accounts = useAccounts(filters);
  const sample = useLoadSample();
  const actions = useAccountActions();

  // The menu's "New account" arrives as ?new=1.
  const showNew = creating || isNew;
  const closeNew = () => {
    setCreating(false);
    if (isNew) set('new', '');
  };
  const filtered = Boolean(filters.search || filters.tiers || filters.phases || filters.status !== 'active');
  const list = accounts.data ?? [];
  const workspaceEmpty = accounts.isSuccess && list.length === 0 && !filtered;

  return (
    <section className="page" aria-labelledby="accounts-title">
      <header className="page-header">
        <div>
          <h1 id="accounts-title">{t('accounts.title')}</h1>
          {accounts.isSuccess && <p className="muted">{t('accounts.count', { count: list.length })}</p>}
        </div>
        <div className="page-actions">
          {!workspaceEmpty && (
            <button type="button" className="btn" onClick={sample.load} disabled={sample.pending} title={t('accounts.loadSampleHint')}>
              {t('accounts.loadSample')}
            </button>
          )}
          {list.length > 0 && (
            <button type="button" className="btn" title={t('exchange.exportAllHint')} onClick={() => void exportAccounts(t, { all: true }, t('exchange.allFileName'))}>
              {t('exchange.exportAll')}
            </button>
          )}
          <button type="button" className="btn" onClick={() => setImporting(true)}>
            {t('exchange.importButton')}
          </button>
          <button type="button" className="btn btn-primary" onClick={() => setCreating(true)}>
            {t('accounts.new')}
          </button>
        </div>
      </header>

      {!workspaceEmpty && <AccountFilters {...filterState} />}

      {accounts.isPending && <p className="muted">{t('app.loading')}</p>}
      {accounts.isError && (
        <div className="form-alert" role="alert">
          {t('errors.loadFailed', { message: errorText(t, accounts.error) })}
        </div>
      )}

      {workspaceEmpty && <WelcomeState onNew={() => setCreating(true)} />}

      {accounts.isSuccess && list.length === 0 && filtered && <p className="empty-inline">{t('accounts.noMatch')}</p>}
      {list.length > 0 && <AccountList accounts={list} onArchive={actions.archive} onDelete={actions.askDelete} />}

      {showNew && <AccountFormDialog onClose={closeNew} onCreated={(account) => void navigate(`/accounts/${account.id}`)} />}
      {importing && <ImportAccountDialog takenNames={list.map((a) => a.name)} onClose={() => setImporting(false)} />}
      {actions.dialog}
    </section>
  );
}
