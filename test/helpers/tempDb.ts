import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ApiError } from '../../shared/contract/index.js';
import { createDispatch, openDatabase, type DbHandle, type Dispatch } from '../../db/index.js';
import type { ApiOptions } from '../../db/api/index.js';
import type { ChannelName, Envelope, Input, Output } from '../../shared/contract/index.js';

/** A channel's input as call's rest argument: optional when every field of it is (e.g. `team.list`, `accounts.list`). */
export type CallInput<C extends ChannelName> = Record<never, never> extends Input<C> ? [input?: Input<C>] : [input: Input<C>];

/** Calls a channel with an input of its type and returns its envelope, data or error, without throwing. */
export type TryCall = <C extends ChannelName>(channel: C, ...input: CallInput<C>) => Envelope<Output<C>>;

/** Calls a channel with an input of its type and returns its data, throwing on an error envelope. */
export type Call = <C extends ChannelName>(channel: C, ...input: CallInput<C>) => Output<C>;

/**
 * A dispatch typed by the contract. The data is typed, not checked: the backend's own tests (and the
 * contract property test) check that it answers what the contract says.
 */
export const typedDispatch =
  (dispatch: Dispatch): TryCall =>
  <C extends ChannelName>(channel: C, ...input: CallInput<C>) =>
    dispatch(channel, input[0] ?? {}) as Envelope<Output<C>>;

/** `call` over a dispatch: the data of the envelope, or an error naming the channel and what went wrong. */
export function typedCall(dispatch: Dispatch): Call {
  const tryCall = typedDispatch(dispatch);
  return <C extends ChannelName>(channel: C, ...input: CallInput<C>): Output<C> => {
    const result = tryCall(channel, ...input);
    if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message}`);
    return result.data;
  };
}

export interface TempDb {
  dir: string;
  path: string;
  handle: DbHandle;
  /** The raw dispatch, any channel name and any input: for tests that send what the contract refuses. */
  dispatch: Dispatch;
  /** Calls a channel and returns its envelope: for tests of what it refuses, with inputs the contract allows. */
  tryCall: TryCall;
  /** Calls a channel and returns its data, failing the test on an error envelope. */
  call: Call;
  cleanup(): void;
}

export const makeTempDir = (prefix = 'keyplan-test-') => mkdtempSync(join(tmpdir(), prefix));

/** A real SQLite file in a fresh temp folder, migrated, with the real dispatch over it. */
export async function openTempDb(options: ApiOptions = {}): Promise<TempDb> {
  const dir = makeTempDir();
  const path = join(dir, 'keyplan.db');
  const handle = await openDatabase(path);
  const dispatch = createDispatch(handle, { ...options, onInternalError: () => {} });
  return {
    dir,
    path,
    handle,
    dispatch,
    tryCall: typedDispatch(dispatch),
    call: typedCall(dispatch),
    cleanup() {
      try {
        handle.close();
      } catch {
        /* already closed */
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Calls a channel that must refuse, and returns its error (failing the test if it succeeds). */
export function refusal(t: Pick<TempDb, 'dispatch'>, channel: string, input: unknown): ApiError {
  const result = t.dispatch(channel, input);
  if (result.ok) throw new Error(`${channel} unexpectedly succeeded`);
  return result.error;
}

/** What a refusal says about its first field: code, key and path. */
export const fieldOf = (error: ApiError) => ({ code: error.code, key: error.key, path: error.fields?.[0]?.path });
