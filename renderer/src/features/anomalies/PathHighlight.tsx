import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useApiQuery } from '../../api/freshness.js';
import type { MapStore } from '../map/mapStore.js';

/**
 * ?path=<id,id,…>: a way in to a person (from someone we trust to them, as the decision-maker anomaly
 * suggests) stands out on the map, everyone else dimmed, with the chain named and a way back to everyone.
 */
export function PathHighlight({ store, accountId }: { store: MapStore; accountId: string }) {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const ids = params.get('path');
  const map = useApiQuery('map.get', { accountId }, { enabled: ids !== null });
  useEffect(() => {
    if (ids) store.getState().setHighlight(new Set(ids.split(',')));
  }, [store, ids]);
  if (!ids) return null;
  const names = new Map((map.data?.people ?? []).map((p) => [p.id, p.name]));
  const chain = ids
    .split(',')
    .map((id) => names.get(id) ?? '?')
    .join(' → ');
  return (
    <div className="map-highlight path-highlight" role="status" lang={i18n.language}>
      <span>{t('anomalies.pathHighlighting', { chain })}</span>
      <button
        type="button"
        className="btn btn-small"
        onClick={() => {
          store.getState().setHighlight(null);
          setParams((p) => {
            p.delete('path');
            return p;
          });
        }}
      >
        {t('anomalies.clearPath')}
      </button>
    </div>
  );
}
