import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { languageFromLocales } from '../../../../shared/i18n/index.js';
import { toast, toastError } from '../../components/toastStore.js';
import { errorText } from '../../i18n/errorText.js';
import { useAccountMutations } from '../accounts/queries.js';

/** Shown over an empty canvas: what a map is for and the two ways to start. */
export function EmptyMap({ onAdd }: { onAdd: () => void }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { loadSample } = useAccountMutations();
  return (
    <div className="map-empty">
      <h2>{t('map.emptyTitle')}</h2>
      <p>{t('map.emptyBody')}</p>
      <div className="empty-actions">
        <button type="button" className="btn btn-primary" onClick={onAdd}>
          {t('map.addFirst')}
        </button>
        <button
          type="button"
          className="btn"
          disabled={loadSample.isPending}
          onClick={() =>
            loadSample.mutate(languageFromLocales([i18n.language]), {
              onSuccess: (account) => {
                toast(t('map.sampleOpened'));
                void navigate(`/accounts/${account.id}/map`);
              },
              onError: (error) => toastError(errorText(t, error)),
            })
          }
        >
          {t('map.loadSample')}
        </button>
      </div>
    </div>
  );
}
