import { ReactFlowProvider } from '@xyflow/react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useStore } from 'zustand';
import type { Account } from '../../../../shared/contract/index.js';
import { linkKindLabels } from '../../../../shared/i18n/vocabLabels.js';
import { errorText } from '../../i18n/errorText.js';
import { useAccountMap } from '../stakeholders/queries.js';
import { createMapStore, MapStoreContext } from './mapStore.js';
import { MapView } from './MapView.js';
import { PathHighlight } from '../anomalies/PathHighlight.js';
import { OpportunityHighlight } from './OpportunityHighlight.js';
import './map.css';

/** The account's "Map" tab. A fresh canvas store per account. */
export function MapTab({ account }: { account: Account }) {
  return <AccountMapTab key={account.id} account={account} />;
}

function AccountMapTab({ account }: { account: Account }) {
  const { t, i18n } = useTranslation();
  const query = useAccountMap(account.id);
  const words = useMemo(() => ({ reportsTo: t('map.legend.reportsTo'), kinds: linkKindLabels(t) }), [t]);
  const [params] = useSearchParams();
  const [store] = useState(() => createMapStore(words, i18n.language, params.get('focus')));
  const loaded = useStore(store, (s) => s.map !== null);

  // The canvas follows the shared cache: every command patches it, and so the map.
  useEffect(() => {
    if (query.data && store.getState().map !== query.data) store.getState().setMap(query.data);
  }, [query.data, store]);
  useEffect(() => store.getState().setWords(words, i18n.language), [store, words, i18n.language]);

  if (query.isError) {
    return (
      <div className="form-alert" role="alert">
        {t('map.loadFailed', { message: errorText(t, query.error) })}
      </div>
    );
  }
  if (!loaded) return <p className="muted">{t('app.loading')}</p>;
  return (
    <MapStoreContext.Provider value={store}>
      <OpportunityHighlight store={store} accountId={account.id} />
      <PathHighlight store={store} accountId={account.id} />
      <ReactFlowProvider>
        <MapView account={account} />
      </ReactFlowProvider>
    </MapStoreContext.Provider>
  );
}
