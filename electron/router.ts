import { failureOf, internalError, validateCall, type Dispatch } from '../db/index.js';
import { contract, ok, type Entity, type Envelope, type HostChannelName } from '../shared/contract/index.js';
import type { HostHandlers } from './host/handlers.js';

/** Every channel of the contract, whichever side serves it. What IPC (and the e2e bridge) call. */
export type Invoke = (channel: unknown, input: unknown) => Promise<Envelope<unknown>>;

export interface RouterOptions {
  /** The backend (db/): synchronous, one transaction per call. */
  dispatch: Dispatch;
  /** The main-process channels (dialogs, printing, the file manager). */
  host: HostHandlers;
  /** Told after every successful call that wrote something, with what it wrote (e.g. the menu follows 'settings'). */
  onWrites?: (entities: readonly Entity[]) => void;
  onInternalError?: (error: unknown) => void;
}

/**
 * Routes a call to the side that serves it, with the same validation, envelope and error codes on
 * both. Never rejects.
 */
export function createRouter({ dispatch, host, onWrites = () => {}, onInternalError = (error) => console.error('[keyplan] internal error', error) }: RouterOptions): Invoke {
  const notify = (result: Envelope<unknown>, entities: readonly Entity[]) => {
    if (!result.ok || entities.length === 0) return;
    try {
      onWrites(entities);
    } catch (error) {
      onInternalError(error);
    }
  };

  return async (channel, input) => {
    try {
      const call = validateCall(channel, input);
      if (!call.ok) return call.refusal;
      const definition = contract[call.channel];
      const result = definition.side === 'db' ? dispatch(call.channel, input) : await runHost(call.channel as HostChannelName, call.input);
      notify(result, definition.writes);
      return result;
    } catch (error) {
      onInternalError(error);
      return internalError();
    }
  };

  async function runHost(channel: HostChannelName, input: unknown): Promise<Envelope<unknown>> {
    try {
      return ok(await (host[channel] as (input: unknown) => Promise<unknown>)(input));
    } catch (error) {
      return failureOf(error, onInternalError);
    }
  }
}
