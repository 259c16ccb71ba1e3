import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AccountFields, AccountsListInput } from '../../../../shared/contract/index.js';
import type { Language } from '../../../../shared/i18n/index.js';
import { call } from '../../api/client.js';

export const accountKeys = {
  all: ['accounts'] as const,
  list: (filters: AccountsListInput) => ['accounts', 'list', filters] as const,
  one: (id: string) => ['accounts', 'one', id] as const,
};

export const useAccounts = (filters: AccountsListInput) =>
  useQuery({ queryKey: accountKeys.list(filters), queryFn: () => call('accounts.list', filters), placeholderData: (prev) => prev });

export const useAccount = (id: string) => useQuery({ queryKey: accountKeys.one(id), queryFn: () => call('accounts.get', { id }) });

/** Every account mutation, each invalidating what it changed. */
export function useAccountMutations() {
  const client = useQueryClient();
  const onSuccess = () => client.invalidateQueries({ queryKey: accountKeys.all });
  return {
    create: useMutation({ mutationFn: (fields: AccountFields) => call('accounts.create', { fields }), onSuccess }),
    update: useMutation({ mutationFn: (v: { id: string; fields: AccountFields }) => call('accounts.update', v), onSuccess }),
    archive: useMutation({ mutationFn: (v: { id: string; archived: boolean }) => call('accounts.archive', v), onSuccess }),
    remove: useMutation({ mutationFn: (id: string) => call('accounts.delete', { id }), onSuccess }),
    restore: useMutation({ mutationFn: (id: string) => call('accounts.restore', { id }), onSuccess }),
    loadSample: useMutation({ mutationFn: (language: Language) => call('sample.load', { language }), onSuccess }),
  };
}
