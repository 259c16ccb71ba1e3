import { useMemo } from 'react';
import { useMap } from './mapStore.js';

/** How many of the account's people each team member owns, by member id ('' counts those with no owner). */
export function useOwnerCounts(): Map<string, number> {
  const people = useMap((s) => s.map?.people);
  return useMemo(() => {
    const byOwner = new Map<string, number>();
    for (const p of people ?? []) byOwner.set(p.ownerId ?? '', (byOwner.get(p.ownerId ?? '') ?? 0) + 1);
    return byOwner;
  }, [people]);
}
