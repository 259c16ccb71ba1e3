import type { QueryKey } from '@tanstack/react-query';
import { contract, type ApiError, type ChannelName, type Entity, type Input, type Output } from '../../../shared/contract/index.js';
import type { KeyplanBridge } from '../../../shared/contract/bridge.js';

declare global {
  interface Window {
    keyplan?: KeyplanBridge;
  }
}

/** A failed call, carrying the backend's envelope error (code, i18n key, field messages). */
export class ApiCallError extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
    this.name = 'ApiCallError';
  }
}

export function bridge(): KeyplanBridge {
  if (!window.keyplan) {
    throw new ApiCallError({ code: 'internal', key: 'errors.noBridge', message: 'Keyplan’s backend is not connected.' });
  }
  return window.keyplan;
}

export interface CallOptions {
  /** Cached queries the caller brings up to date itself (targeted patches): not refetched after the write. */
  fresh?: readonly QueryKey[];
}

interface Written {
  writes: readonly Entity[];
  fresh: readonly QueryKey[];
}
const writeListeners = new Set<(written: Written) => void>();

/** Listens to every successful mutation's written entities (see api/freshness.ts). */
export function onWrites(listener: (written: Written) => void): () => void {
  writeListeners.add(listener);
  return () => writeListeners.delete(listener);
}

/** Calls one channel and returns its data, or throws ApiCallError. A mutation then reports what it wrote. */
export async function call<C extends ChannelName>(channel: C, input: Input<C>, options: CallOptions = {}): Promise<Output<C>> {
  const result = await bridge().invoke(channel, input);
  if (!result.ok) throw new ApiCallError(result.error);
  const writes = contract[channel].writes;
  if (writes.length > 0) for (const listener of writeListeners) listener({ writes, fresh: options.fresh ?? [] });
  return result.data;
}
