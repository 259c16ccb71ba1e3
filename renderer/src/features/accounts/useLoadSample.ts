import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { languageFromLocales } from '../../../../shared/i18n/index.js';
import { ApiCallError } from '../../api/client.js';
import { toast, toastError } from '../../components/toastStore.js';
import { errorText } from '../../i18n/errorText.js';
import { useAccountMutations } from './queries.js';

/**
 * "Load sample account", at any time: loads it in the UI language and opens it (`tab`: on that tab);
 * when the workspace already has the sample (the backend keeps one), opens that one instead.
 */
export function useLoadSample(tab = '') {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { loadSample } = useAccountMutations();
  const open = (id: string) => void navigate(`/accounts/${id}${tab ? `/${tab}` : ''}`);
  const load = () =>
    loadSample.mutate(languageFromLocales([i18n.language]), {
      onSuccess: (account) => {
        toast(t('accounts.sampleLoaded'));
        open(account.id);
      },
      onError: (error) => {
        const existing = error instanceof ApiCallError && error.error.key === 'errors.sampleExists' ? error.error.params?.id : undefined;
        if (typeof existing !== 'string') return toastError(errorText(t, error));
        toast(t('accounts.sampleOpened'));
        open(existing);
      },
    });
  return { load, pending: loadSample.isPending };
}
