import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Route, Routes, useNavigate } from 'react-router';
import type { Account, OpportunitySummary } from '../../../../shared/contract/index.js';
import { useApiQuery } from '../../api/freshness.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { errorText } from '../../i18n/errorText.js';
import { useLanguage } from '../../i18n/useLanguage.js';
import { UndoButtons } from '../../undo/UndoButtons.js';
import { useOpportunityCommands } from './commands.js';
import { amountShort, calendarDay } from './format.js';
import { OpportunityFormDialog } from './OpportunityFormDialog.js';
import { OpportunityPage } from './OpportunityPage.js';
import { ScoreCell } from './ScoreCell.js';
import './opportunities.css';

/** The account's Opportunities tab: the list, and one opportunity under /opportunities/:oppId. */
export function OpportunitiesTab({ account }: { account: Account }) {
  return (
    <Routes>
      <Route index element={<OpportunityList account={account} />} />
      <Route path=":opportunityId/*" element={<OpportunityPage account={account} />} />
    </Routes>
  );
}

function OpportunityList({ account }: { account: Account }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const list = useApiQuery('opportunities.list', { accountId: account.id });
  const commands = useOpportunityCommands(account.id);
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<OpportunitySummary | null>(null);
  const rows = list.data ?? [];

  return (
    <section className="opportunities" aria-label={t('opportunities.list.label', { account: account.name })}>
      <div className="section-bar">
        <button type="button" className="btn btn-primary" onClick={() => setCreating(true)}>
          {t('opportunities.list.new')}
        </button>
        <UndoButtons scope={account.id} />
      </div>
      {list.isPending && <p className="muted">{t('app.loading')}</p>}
      {list.isError && (
        <div className="form-alert" role="alert">
          {t('errors.loadFailed', { message: errorText(t, list.error) })}
        </div>
      )}
      {list.isSuccess && rows.length === 0 && <p className="empty-inline">{t('opportunities.list.empty')}</p>}
      {rows.length > 0 && (
        <table className="table opportunities-table">
          <thead>
            <tr>
              <th scope="col">{t('opportunities.fields.name')}</th>
              <th scope="col" className="num">
                {t('opportunities.fields.amount')}
              </th>
              <th scope="col">{t('opportunities.fields.closeDate')}</th>
              <th scope="col">{t('opportunities.fields.stage')}</th>
              <th scope="col">{t('opportunities.fields.status')}</th>
              <th scope="col">{t('opportunities.list.score')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('common.delete')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((o) => (
              <tr key={o.id} className={o.status === 'open' ? undefined : 'is-closed'}>
                <td>
                  <Link to={`/accounts/${account.id}/opportunities/${o.id}`} className="account-link">
                    {o.name}
                  </Link>
                </td>
                <td className="num">{amountShort(o.amount, o.currency, language) ?? t('common.none')}</td>
                <td>{o.closeDate ? calendarDay(o.closeDate, language) : t('common.none')}</td>
                <td>{t(`opportunities.stages.${o.stage}`)}</td>
                <td>
                  <span className={`status status-${o.status}`}>{t(`opportunities.statuses.${o.status}`)}</span>
                </td>
                <td>
                  <ScoreCell latest={o.latest} />
                </td>
                <td className="row-actions">
                  <button type="button" className="btn btn-small btn-danger-quiet" onClick={() => setDeleting(o)} aria-label={t('opportunities.list.deleteFor', { name: o.name })}>
                    {t('common.delete')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {creating && (
        <OpportunityFormDialog
          commands={commands}
          defaults={{ currency: account.currency }}
          onClose={() => setCreating(false)}
          onCreated={(created) => void navigate(`/accounts/${account.id}/opportunities/${created.id}`)}
        />
      )}
      {deleting && (
        <ConfirmDialog
          title={t('opportunities.list.deleteTitle', { name: deleting.name })}
          body={t('opportunities.list.deleteBody')}
          confirmLabel={t('common.delete')}
          danger
          onConfirm={() => {
            const target = deleting;
            setDeleting(null);
            void commands.deleteOpportunity(target);
          }}
          onCancel={() => setDeleting(null)}
        />
      )}
    </section>
  );
}
