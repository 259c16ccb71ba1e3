import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../../shared/contract/index.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { toast, toastError } from '../../components/toastStore.js';
import { errorText } from '../../i18n/errorText.js';
import { useAccountMutations } from './queries.js';

/** Archive, unarchive and delete (asks first, then offers undo), shared by the list and the account page. */
export function useAccountActions(onDeleted?: () => void): {
  archive: (account: Pick<Account, 'id' | 'archivedAt'>) => void;
  askDelete: (account: Pick<Account, 'id' | 'name'>) => void;
  dialog: ReactNode;
} {
  const { t } = useTranslation();
  const mutations = useAccountMutations();
  const [pending, setPending] = useState<Pick<Account, 'id' | 'name'> | null>(null);

  const archive = (account: Pick<Account, 'id' | 'archivedAt'>) => {
    const archived = account.archivedAt === null;
    mutations.archive.mutate(
      { id: account.id, archived },
      {
        onSuccess: () => toast(t(archived ? 'accounts.archivedToast' : 'accounts.unarchivedToast')),
        onError: (error) => toastError(errorText(t, error)),
      },
    );
  };

  const confirmDelete = () => {
    if (!pending) return;
    const { id, name } = pending;
    setPending(null);
    mutations.remove.mutate(id, {
      onSuccess: () => {
        onDeleted?.();
        toast(t('accounts.deleted', { name }), {
          label: t('common.undo'),
          run: () =>
            mutations.restore.mutate(id, {
              onSuccess: () => toast(t('accounts.restored')),
              onError: (error) => toastError(errorText(t, error)),
            }),
        });
      },
      onError: (error) => toastError(errorText(t, error)),
    });
  };

  const dialog = pending ? (
    <ConfirmDialog
      title={t('accounts.deleteTitle')}
      body={t('accounts.deleteBody', { name: pending.name })}
      confirmLabel={t('common.delete')}
      danger
      onConfirm={confirmDelete}
      onCancel={() => setPending(null)}
    />
  ) : null;

  return { archive, askDelete: setPending, dialog };
}
