import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Person } from '../../../../shared/contract/index.js';
import { wayInNeed } from '../../../../shared/domain/people.js';
import { relationshipLabel } from '../../../../shared/i18n/vocabLabels.js';
import { useApiQuery } from '../../api/freshness.js';
import './anomalies.css';

const SHOWN = 3;

/**
 * In the person panel, for someone we are below target with: who can open the door (people we are at
 * 信赖 or 同盟 with, tied to them), shortest chains first, each one highlighted on the map on request.
 */
export function PersonWayIn({ accountId, person }: { accountId: string; person: Person }) {
  const { t } = useTranslation();
  const need = wayInNeed(person);
  const ways = useApiQuery('paths.toPerson', { personId: person.id }, { enabled: need.kind === 'introduction' });
  if (need.kind === 'none') return null;
  const now = relationshipLabel(t, person.relationship);
  const target = relationshipLabel(t, need.target);
  const data = ways.data;
  return (
    <section className="person-way-in" aria-labelledby={`way-in-${person.id}`}>
      <h3 id={`way-in-${person.id}`} className="block-title">
        {t('report.brief.wayIn')}
      </h3>
      {need.kind === 'direct' && <p className="muted small">{t('report.brief.direct', { now, target })}</p>}
      {need.kind === 'introduction' && data && data.chains.length === 0 && <p className="muted small">{t('report.brief.noWayIn')}</p>}
      {need.kind === 'introduction' && data && data.chains.length > 0 && (
        <>
          <p className="muted small">{t('report.brief.wayInWhy', { now, target })}</p>
          <ol className="way-in-list">
            {data.chains.slice(0, SHOWN).map((chain) => {
              const from = data.people[chain.path[0]!];
              return (
                <li key={chain.path.join(',')}>
                  <span className="way-in-chain">
                    <strong>{from?.name}</strong> <span className="muted">({from ? relationshipLabel(t, from.relationship) : ''})</span>
                    {chain.via.map((step, i) => (
                      <span key={i}>
                        {' '}
                        <span className="muted small">—{t(`report.brief.ties.${step.kind}`)}→</span> {data.people[chain.path[i + 1]!]?.name}
                      </span>
                    ))}
                  </span>{' '}
                  <Link className="btn btn-small" to={`/accounts/${accountId}/map?path=${chain.path.join(',')}`}>
                    {t('anomalies.showPath')}
                  </Link>
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}
