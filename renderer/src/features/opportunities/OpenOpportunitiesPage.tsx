import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { OPEN_OPPORTUNITY_SORTS, type OpenOpportunitySort } from '../../../../shared/domain/opportunities.js';
import { formatAmountCompact } from '../../../../shared/domain/amount.js';
import { useApiQuery } from '../../api/freshness.js';
import { errorText } from '../../i18n/errorText.js';
import { useLanguage } from '../../i18n/useLanguage.js';
import { amountShort, calendarDay } from './format.js';
import { ScoreCell } from './ScoreCell.js';
import './opportunities.css';

type Direction = 'asc' | 'desc';

/** Every open opportunity across the active accounts, sortable by amount, close date and score. */
export function OpenOpportunitiesPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const [sort, setSort] = useState<OpenOpportunitySort>('closeDate');
  const [direction, setDirection] = useState<Direction>('asc');
  const list = useApiQuery('opportunities.listOpen', { sort, direction }, { placeholderData: (previous) => previous });
  const rows = list.data ?? [];
  // Sums per currency: amounts in different currencies are not added together.
  const totals = new Map<string, number>();
  for (const row of rows) if (row.amount !== null) totals.set(row.currency, (totals.get(row.currency) ?? 0) + row.amount);
  const total = [...totals].map(([currency, sum]) => formatAmountCompact(sum, currency as (typeof rows)[number]['currency'], language)).join(' + ') || '0';

  const sortBy = (key: OpenOpportunitySort) => {
    if (key === sort) setDirection(direction === 'asc' ? 'desc' : 'asc');
    else {
      setSort(key);
      setDirection(key === 'closeDate' ? 'asc' : 'desc');
    }
  };
  const header = (key: OpenOpportunitySort, label: string, numeric = false) => {
    const on = sort === key;
    return (
      <th scope="col" className={numeric ? 'num' : undefined} aria-sort={on ? (direction === 'asc' ? 'ascending' : 'descending') : undefined}>
        <button type="button" className="sort-button" onClick={() => sortBy(key)}>
          {label}
          <span aria-hidden="true">{on ? (direction === 'asc' ? ' ▲' : ' ▼') : ''}</span>
        </button>
      </th>
    );
  };

  return (
    <section className="page" aria-labelledby="open-title">
      <header className="page-header">
        <div>
          <h1 id="open-title">{t('opportunities.open.title')}</h1>
          <p className="muted">{list.isSuccess ? t('opportunities.open.count', { count: rows.length, total }) : t('opportunities.open.subtitle')}</p>
        </div>
        <label className="inline-field">
          {t('opportunities.open.sortBy')}
          <select value={`${sort}:${direction}`} onChange={(event) => {
            const [key, dir] = event.target.value.split(':') as [OpenOpportunitySort, Direction];
            setSort(key);
            setDirection(dir);
          }}>
            {OPEN_OPPORTUNITY_SORTS.flatMap((key) =>
              (['asc', 'desc'] as const).map((dir) => (
                <option key={`${key}:${dir}`} value={`${key}:${dir}`}>
                  {t(`opportunities.open.sorts.${key}`)} ({t(dir === 'asc' ? 'opportunities.open.ascending' : 'opportunities.open.descending')})
                </option>
              )),
            )}
          </select>
        </label>
      </header>
      {list.isPending && <p className="muted">{t('app.loading')}</p>}
      {list.isError && (
        <div className="form-alert" role="alert">
          {t('errors.loadFailed', { message: errorText(t, list.error) })}
        </div>
      )}
      {list.isSuccess && rows.length === 0 && <p className="empty-inline">{t('opportunities.open.empty')}</p>}
      {rows.length > 0 && (
        <table className="table opportunities-table">
          <thead>
            <tr>
              {header('name', t('opportunities.fields.name'))}
              <th scope="col">{t('opportunities.open.account')}</th>
              {header('amount', t('opportunities.fields.amount'), true)}
              {header('closeDate', t('opportunities.fields.closeDate'))}
              <th scope="col">{t('opportunities.fields.stage')}</th>
              {header('score', t('opportunities.list.score'))}
            </tr>
          </thead>
          <tbody>
            {rows.map((o) => (
              <tr key={o.id}>
                <td>
                  <Link to={`/accounts/${o.accountId}/opportunities/${o.id}`} className="account-link">
                    {o.name}
                  </Link>
                </td>
                <td>
                  <Link to={`/accounts/${o.accountId}/opportunities`} className="muted-link">
                    {o.accountName}
                  </Link>
                </td>
                <td className="num">{amountShort(o.amount, o.currency, language) ?? t('common.none')}</td>
                <td>{o.closeDate ? calendarDay(o.closeDate, language) : t('common.none')}</td>
                <td>{t(`opportunities.stages.${o.stage}`)}</td>
                <td>
                  <ScoreCell latest={o.latest} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

