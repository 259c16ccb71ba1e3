import { useQuery, type Query, type QueryClient, type QueryKey, type UseQueryOptions } from '@tanstack/react-query';
import { contract, isChannel, type ChannelName, type Entity, type Input, type Output } from '../../../shared/contract/index.js';
import { call, onWrites } from './client.js';

/**
 * Freshness by what changed. Every query's key is `[channel, input]`, and the contract says which
 * entities each channel reads; every successful mutation says which entities it wrote (see
 * `call`). A write refreshes every query that reads one of them, so a screen stays current without
 * knowing other features' query keys. A caller that has already patched a cached query itself (the
 * map's targeted edits) names it in `call`'s `fresh` option, and that query is left alone.
 */
export const apiKey = <C extends ChannelName>(channel: C, input: Input<C>) => [channel, input] as const;

export function useApiQuery<C extends ChannelName>(
  channel: C,
  input: Input<C>,
  options: Omit<UseQueryOptions<Output<C>, Error, Output<C>, readonly [C, Input<C>]>, 'queryKey' | 'queryFn'> = {},
) {
  return useQuery({ queryKey: apiKey(channel, input), queryFn: () => call(channel, input), ...options });
}

const readsAny = (key: QueryKey, written: readonly Entity[]) => {
  const channel = key[0];
  return isChannel(channel) && contract[channel].reads.some((entity) => written.includes(entity));
};

const sameKey = (a: QueryKey, b: QueryKey) => JSON.stringify(a) === JSON.stringify(b);

/** Refreshes the queries that read what was written, but those already brought up to date. */
export function invalidateWritten(client: QueryClient, written: readonly Entity[], fresh: readonly QueryKey[] = []) {
  const predicate = (query: Query) => readsAny(query.queryKey, written) && !fresh.some((key) => sameKey(key, query.queryKey));
  // A first read still on its way (no data yet) is not read again by an invalidation, and it may
  // have been answered before this write: read once more when it lands.
  for (const query of client.getQueryCache().findAll({ predicate })) {
    if (query.state.data === undefined && query.state.fetchStatus === 'fetching') {
      void query.promise?.then(
        () => client.invalidateQueries({ queryKey: query.queryKey, exact: true }),
        () => undefined,
      );
    }
  }
  return client.invalidateQueries({ predicate });
}

/** Wires the writes every `call` reports to the query cache. Call once, where the QueryClient is made. */
export const keepFresh = (client: QueryClient) => onWrites(({ writes, fresh }) => void invalidateWritten(client, writes, fresh));
