import { useMutation } from '@tanstack/react-query';
import type { AccountFields, AccountsListInput } from '../../../../shared/contract/index.js';
import type { Language } from '../../../../shared/i18n/index.js';
import { call } from '../../api/client.js';
import { useApiQuery } from '../../api/freshness.js';

export const useAccounts = (filters: AccountsListInput) => useApiQuery('accounts.list', filters, { placeholderData: (prev) => prev });

export const useAccount = (id: string) => useApiQuery('accounts.get', { id });

/** Every account mutation (the screens that read accounts refresh by themselves: api/freshness.ts). */
export function useAccountMutations() {
  return {
    create: useMutation({ mutationFn: (fields: AccountFields) => call('accounts.create', { fields }) }),
    update: useMutation({ mutationFn: (v: { id: string; fields: AccountFields }) => call('accounts.update', v) }),
    archive: useMutation({ mutationFn: (v: { id: string; archived: boolean }) => call('accounts.archive', v) }),
    remove: useMutation({ mutationFn: (id: string) => call('accounts.delete', { id }) }),
    restore: useMutation({ mutationFn: (id: string) => call('accounts.restore', { id }) }),
    loadSample: useMutation({ mutationFn: (language: Language) => call('sample.load', { language }) }),
  };
}
