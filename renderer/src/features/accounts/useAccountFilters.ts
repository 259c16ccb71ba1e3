import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import type { AccountsListInput } from '../../../../shared/contract/index.js';
import {
  ACCOUNT_SORTS,
  ACCOUNT_STATUSES,
  RELATIONSHIP_PHASES,
  TIERS,
  type AccountSort,
  type AccountStatus,
  type RelationshipPhase,
  type Tier,
} from '../../../../shared/domain/accounts.js';

const pick = <T extends string>(allowed: readonly T[], value: string | null): T | undefined =>
  allowed.includes(value as T) ? (value as T) : undefined;

/** List filters live in the URL, so going back from an account returns to the same view. */
export function useAccountFilters() {
  const [params, setParams] = useSearchParams();
  const tier = pick<Tier>(TIERS, params.get('tier'));
  const phase = pick<RelationshipPhase>(RELATIONSHIP_PHASES, params.get('phase'));
  const filters: AccountsListInput = {
    search: params.get('q') ?? '',
    status: pick<AccountStatus>(ACCOUNT_STATUSES, params.get('status')) ?? 'active',
    sort: pick<AccountSort>(ACCOUNT_SORTS, params.get('sort')) ?? 'name',
    direction: params.get('dir') === 'desc' ? 'desc' : 'asc',
    ...(tier ? { tiers: [tier] } : {}),
    ...(phase ? { phases: [phase] } : {}),
  };
  const set = useCallback(
    (key: string, value: string) =>
      setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
      ),
    [setParams],
  );
  return { filters, tier: tier ?? '', phase: phase ?? '', set, isNew: params.get('new') === '1' };
}
