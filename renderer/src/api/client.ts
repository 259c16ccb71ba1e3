import type { ApiError, ChannelName, Input, Output } from '../../../shared/contract/index.js';
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

/** Calls one channel and returns its data, or throws ApiCallError. */
export async function call<C extends ChannelName>(channel: C, input: Input<C>): Promise<Output<C>> {
  const result = await bridge().invoke(channel, input);
  if (!result.ok) throw new ApiCallError(result.error);
  return result.data;
}
