import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Dashboard, DashboardAccount, DashboardStageRef } from '../../../../shared/contract/index.js';
import { TIERS } from '../../../../shared/domain/accounts.js';
import { foldForCompare } from '../../../../shared/domain/text.js';
import { textIn } from '../../../../shared/domain/plan/stageTemplate.js';
import { relationshipLabel } from '../../../../shared/i18n/vocabLabels.js';
import { useApiQuery } from '../../api/freshness.js';
import { errorText } from '../../i18n/errorText.js';
import { useLanguage } from '../../i18n/useLanguage.js';
import { amountShort, calendarDay } from '../opportunities/format.js';
import { WelcomeState } from '../accounts/WelcomeState.js';
import './dashboard.css';

const SORTS = ['anomalies', 'tasks', 'lastActivity', 'amount', 'name'] as const;
type Sort = (typeof SORTS)[number];

const weight = (a: DashboardAccount) => a.anomalies.high * 10_000 + a.anomalies.medium * 100 + a.anomalies.low;
const total = (a: DashboardAccount) => a.openAmounts.reduce((sum, x) => sum + x.amount, 0);

/** Every account at a glance (tier, phase, open deals, anomalies, this week's tasks, last contact) and what changed since last week. */
export function DashboardPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const dashboard = useApiQuery('dashboard.get', {});
  const [filter, setFilter] = useState('');
  const [tier, setTier] = useState('');
  const [sort, setSort] = useState<Sort>('anomalies');
  const collator = useMemo(() => new Intl.Collator(language), [language]);
  const d = dashboard.data;
  const rows = useMemo(() => {
    if (!d) return [];
    const needle = foldForCompare(filter.trim());
    const shown = d.accounts.filter((a) => (!tier || a.tier === tier) && (!needle || foldForCompare(`${a.name} ${a.industry} ${a.region}`).includes(needle)));
    const by: Record<Sort, (a: DashboardAccount, b: DashboardAccount) => number> = {
      name: (a, b) => collator.compare(a.name, b.name),
      anomalies: (a, b) => weight(b) - weight(a),
      tasks: (a, b) => b.tasksOverdue + b.tasksDueThisWeek - (a.tasksOverdue + a.tasksDueThisWeek),
      lastActivity: (a, b) => (a.lastActivity ?? '').localeCompare(b.lastActivity ?? ''),
      amount: (a, b) => total(b) - total(a),
    };
    return [...shown].sort((a, b) => by[sort](a, b) || collator.compare(a.name, b.name));
  }, [d, filter, tier, sort, collator]);

  return (
    <section className="page dashboard" aria-labelledby="dashboard-title">
      <header className="page-header">
        <div>
          <h1 id="dashboard-title">{t('dashboard.title')}</h1>
          {d && <p className="muted">{t('dashboard.today', { date: calendarDay(d.today, language), start: calendarDay(d.week.start, language), end: calendarDay(d.week.end, language) })}</p>}
        </div>
      </header>
      {dashboard.isError && <div className="form-alert" role="alert">{errorText(t, dashboard.error)}</div>}
      {d && d.accounts.length > 0 && <SinceLastWeek dashboard={d} />}
      {d && d.accounts.length > 0 && (
        <div className="toolbar dashboard-toolbar">
          <input type="search" className="search" placeholder={t('dashboard.filter')} aria-label={t('dashboard.filter')} value={filter} onChange={(e) => setFilter(e.target.value)} />
          <select aria-label={t('dashboard.columns.tier')} value={tier} onChange={(e) => setTier(e.target.value)}>
            <option value="">{t('dashboard.tierAll')}</option>
            {TIERS.map((x) => (
              <option key={x} value={x}>
                {t(`tier.${x}`)}
              </option>
            ))}
          </select>
          <label className="inline-field">
            {t('dashboard.sortBy')}{' '}
            <select value={sort} onChange={(e) => setSort(e.target.value as Sort)}>
              {SORTS.map((s) => (
                <option key={s} value={s}>
                  {t(`dashboard.sorts.${s}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
      )}
      {d?.accounts.length === 0 && <WelcomeState onNew={() => void navigate('/accounts?new=1')} />}
      {rows.length > 0 && (
        <table className="table dashboard-table">
          <thead>
            <tr>
              {(['account', 'tier', 'phase', 'opportunities', 'anomalies', 'tasks', 'lastActivity'] as const).map((c) => (
                <th key={c} scope="col">
                  {t(`dashboard.columns.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((a) => (
              <tr key={a.id} data-account={a.id}>
                <th scope="row">
                  <Link to={`/accounts/${a.id}`}>{a.name}</Link>
                  {(a.industry || a.region) && <div className="muted small">{[a.industry, a.region].filter(Boolean).join(' · ')}</div>}
                </th>
                <td>
                  <span className={`tier tier-${a.tier}`}>{t(`tier.${a.tier}`)}</span>
                </td>
                <td>
                  <span className={`phase phase-${a.phase}`}>{t(`relationshipPhase.${a.phase}`)}</span>
                </td>
                <td className="col-opps">
                  {a.opportunities.length === 0 ? (
                    <span className="muted">{t('dashboard.noOpportunities')}</span>
                  ) : (
                    <ul className="dash-opps">
                      {a.opportunities.map((o) => (
                        <li key={o.id}>
                          <Link to={`/accounts/${a.id}/opportunities/${o.id}/plan`}>{o.name}</Link>{' '}
                          <span className="muted small">
                            {[
                              amountShort(o.amount, o.currency, language),
                              o.planStage ? t('dashboard.planStage', { stage: textIn(o.planStage.name, language), index: o.planStage.index + 1, count: o.planStage.count }) : t(`opportunities.stages.${o.stage}`),
                            ]
                              .filter(Boolean)
                              .join(' · ')}
                          </span>
                          {o.score !== null && (
                            <span className={`dash-score trend-${o.trend ?? 'none'}`} title={o.trend && o.previousScore !== null ? t(`dashboard.trendLabel.${o.trend}`, { before: Math.round(o.previousScore) }) : undefined}>
                              {' '}
                              {t('dashboard.score', { score: Math.round(o.score) })} {o.trend && t(`dashboard.trend.${o.trend}`)}
                            </span>
                          )}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
                <td>
                  <Link to={`/accounts/${a.id}/anomalies`} className="dash-anomalies" aria-label={t('dashboard.anomalyCounts', a.anomalies)}>
                    <span className="count-high">{a.anomalies.high}</span>
                    <span className="count-medium">{a.anomalies.medium}</span>
                    <span className="count-low">{a.anomalies.low}</span>
                  </Link>
                </td>
                <td>
                  <Link to={`/accounts/${a.id}/tasks`}>{t('dashboard.tasksDue', { count: a.tasksDueThisWeek })}</Link>
                  {a.tasksOverdue > 0 && <div className="overdue-text">{t('dashboard.tasksOverdue', { count: a.tasksOverdue })}</div>}
                </td>
                <td>
                  <Link to={`/accounts/${a.id}/activities`}>{a.lastActivity ? calendarDay(a.lastActivity, language) : t('dashboard.never')}</Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function SinceLastWeek({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const c = dashboard.changes;
  const stage = (ref: DashboardStageRef | null) => (ref?.name ? textIn(ref.name, language) : (ref?.key ?? '—'));
  const groups: { key: string; label: string; items: string[] }[] = [
    { key: 'new', label: t('dashboard.since.newAnomalies', { count: c.newAnomalies.length }), items: c.newAnomalies.map((x) => `${x.accountName}: ${t(x.anomaly.messageKey, x.anomaly.params)}`) },
    { key: 'resolved', label: t('dashboard.since.resolved', { count: c.resolved.length }), items: c.resolved.map((x) => `${x.accountName}: ${t(x.anomaly.messageKey, x.anomaly.params)}`) },
    { key: 'moves', label: t('dashboard.since.stageMoves', { count: c.stageMoves.length }), items: c.stageMoves.map((x) => t('dashboard.since.move', { opportunity: x.opportunityName, from: stage(x.from), to: stage(x.to) })) },
    {
      key: 'scores',
      label: t('dashboard.since.scoreChanges', { count: c.scoreChanges.length }),
      items: c.scoreChanges.map((x) => t('dashboard.since.scoreChange', { opportunity: x.opportunityName, before: x.before === null ? '—' : Math.round(x.before), after: x.after === null ? '—' : Math.round(x.after) })),
    },
    {
      key: 'relationships',
      label: t('dashboard.since.relationshipChanges', { count: c.relationshipChanges.length }),
      items: c.relationshipChanges.map((x) => t('dashboard.since.relationship', { person: x.personName, before: relationshipLabel(t, x.before), after: relationshipLabel(t, x.after) })),
    },
  ];
  return (
    <section className="since-strip" aria-labelledby="since-title">
      <h2 id="since-title">{t('dashboard.since.title')}</h2>
      <p className="muted small">{c.comparedWith ? t('dashboard.since.compared', { date: calendarDay(c.comparedWith, language) }) : t('dashboard.since.noBaseline')}</p>
      <div className="since-groups">
        {groups.map((g) => (
          <details key={g.key} className={`since-group since-${g.key}`}>
            <summary>{g.label}</summary>
            <ul>
              {g.items.map((item, i) => (
                <li key={i}>{item}</li>
              ))}
            </ul>
          </details>
        ))}
      </div>
    </section>
  );
}
