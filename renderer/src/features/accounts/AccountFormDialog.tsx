import { useTranslation } from 'react-i18next';
import { emptyAccountFields, type Account, type AccountFields } from '../../../../shared/contract/index.js';
import { Modal } from '../../components/Modal.js';
import { toast } from '../../components/toastStore.js';
import { AccountForm } from './AccountForm.js';
import { useAccountMutations } from './queries.js';

interface AccountFormDialogProps {
  /** The account to edit; absent to create a new one. */
  account?: Account;
  onClose: () => void;
  onCreated?: (account: Account) => void;
}

const fieldsOf = (account: Account): AccountFields => {
  const { id: _id, archivedAt: _a, createdAt: _c, updatedAt: _u, ...fields } = account;
  return fields;
};

export function AccountFormDialog({ account, onClose, onCreated }: AccountFormDialogProps) {
  const { t } = useTranslation();
  const { create, update } = useAccountMutations();
  const submit = async (fields: AccountFields) => {
    if (account) {
      await update.mutateAsync({ id: account.id, fields });
      toast(t('accounts.saved'));
    } else {
      const created = await create.mutateAsync(fields);
      toast(t('accounts.created'));
      // Close first: closing may rewrite the list's URL, and opening the new account must come last.
      onClose();
      onCreated?.(created);
      return;
    }
    onClose();
  };
  return (
    <Modal title={t(account ? 'accounts.edit' : 'accounts.new')} onClose={onClose} wide>
      <AccountForm initial={account ? fieldsOf(account) : emptyAccountFields} onSubmit={submit} onCancel={onClose} />
    </Modal>
  );
}
