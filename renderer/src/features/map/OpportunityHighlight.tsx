import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useApiQuery } from '../../api/freshness.js';
import type { MapStore } from './mapStore.js';

/**
 * ?highlight=<opportunity id>: the opportunity's buying influences stand out on the map, everyone else
 * is dimmed, and a note says whose they are, with a way back to the opportunity and to everyone.
 */
export function OpportunityHighlight({ store, accountId }: { store: MapStore; accountId: string }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const id = params.get('highlight');
  const detail = useApiQuery('opportunities.get', { id: id ?? '' }, { enabled: id !== null });
  const ids = detail.data?.influences.map((i) => i.personId).join(',');
  useEffect(() => {
    store.getState().setHighlight(id && ids !== undefined ? new Set(ids ? ids.split(',') : []) : null);
  }, [store, id, ids]);
  if (!id || !detail.data) return null;
  const { opportunity } = detail.data;
  return (
    <div className="map-highlight" role="status">
      <span>{t('opportunities.influences.highlighting', { name: opportunity.name, count: detail.data.influences.length })}</span>
      <Link to={`/accounts/${accountId}/opportunities/${opportunity.id}/influences`}>{t('opportunities.influences.backToOpportunity')}</Link>
      <button
        type="button"
        className="btn btn-small"
        onClick={() =>
          setParams((p) => {
            p.delete('highlight');
            return p;
          })
        }
      >
        {t('opportunities.influences.clearHighlight')}
      </button>
    </div>
  );
}
