import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AccountSummary } from '../../../../shared/contract/index.js';
import { formatDate, formatMoney } from './format.js';

interface AccountListProps {
  accounts: AccountSummary[];
  onArchive: (account: AccountSummary) => void;
  onDelete: (account: AccountSummary) => void;
}

export function AccountList({ accounts, onArchive, onDelete }: AccountListProps) {
  const { t, i18n } = useTranslation();
  return (
    <table className="table accounts-table">
      <thead>
        <tr>
          <th scope="col">{t('fields.name')}</th>
          <th scope="col">{t('fields.tier')}</th>
          <th scope="col">{t('fields.industry')}</th>
          <th scope="col">{t('fields.region')}</th>
          <th scope="col">{t('fields.relationshipPhase')}</th>
          <th scope="col" className="num">
            {t('fields.annualPotential')}
          </th>
          <th scope="col" className="num">
            {t('accounts.sort.updated')}
          </th>
          <th scope="col">
            <span className="visually-hidden">{t('common.edit')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {accounts.map((account) => (
          <tr key={account.id} className={account.archivedAt ? 'is-archived' : undefined}>
            <td>
              <Link to={`/accounts/${account.id}`} className="account-link">
                {account.name}
              </Link>
              {account.archivedAt && <span className="badge badge-muted">{t('common.archived')}</span>}
              <div className="muted small">{t('accounts.people', { count: account.peopleCount })}</div>
            </td>
            <td>
              <span className={`tier tier-${account.tier}`}>{t(`tier.${account.tier}`)}</span>
            </td>
            <td>{account.industry || t('common.none')}</td>
            <td>{account.region || t('common.none')}</td>
            <td>
              <span className={`phase phase-${account.relationshipPhase}`}>{t(`relationshipPhase.${account.relationshipPhase}`)}</span>
            </td>
            <td className="num">{formatMoney(account.annualPotential, account.currency, i18n.language) ?? t('common.none')}</td>
            <td className="num muted">{formatDate(account.updatedAt, i18n.language)}</td>
            <td className="row-actions">
              <button type="button" className="btn btn-small" onClick={() => onArchive(account)} aria-label={`${t(account.archivedAt ? 'accounts.unarchive' : 'accounts.archive')} ${account.name}`}>
                {t(account.archivedAt ? 'accounts.unarchive' : 'accounts.archive')}
              </button>
              <button type="button" className="btn btn-small btn-danger-quiet" onClick={() => onDelete(account)} aria-label={`${t('common.delete')} ${account.name}`}>
                {t('common.delete')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
