import { toFieldError } from '../shared/contract/fieldErrors.js';
import { contract, fail, FIELD_ERRORS_MAX, isChannel, ok, type ChannelName, type Envelope, type FieldError } from '../shared/contract/index.js';
import { englishText } from '../shared/i18n/index.js';
import { ApiFailure } from './api/failure.js';
import { createApi, type Api, type ApiOptions } from './api/index.js';
import type { DbHandle } from './open.js';
import { storageFailure } from './storageErrors.js';

export type Dispatch = (channel: unknown, input: unknown) => Envelope<unknown>;

/** A channel name and its input that passed the contract's schema, or the envelope that says why not. */
export type Validated = { ok: true; channel: ChannelName; input: unknown } | { ok: false; refusal: Envelope<never> };

const unknownChannel = (channel: unknown): Envelope<never> => {
  const name = typeof channel === 'string' ? channel.slice(0, 100) : typeof channel;
  return fail({ code: 'bad_input', key: 'errors.unknownChannel', params: { channel: name }, message: englishText('errors.unknownChannel', { channel: name }) });
};

export const internalError = (): Envelope<never> => fail({ code: 'internal', key: 'errors.internal', message: englishText('errors.internal') });

const unreadableInput = (): Envelope<never> => fail({ code: 'bad_input', key: 'errors.badInput', message: englishText('errors.badInput') });

/**
 * Looks the channel up and parses the input with its schema: the one gate every transport goes through.
 * Never throws: an input that throws while being read (a getter, a proxy; only a direct caller can pass
 * one, IPC sends plain data) is refused like any other bad input.
 */
export function validateCall(channel: unknown, input: unknown): Validated {
  try {
    if (!isChannel(channel)) return { ok: false, refusal: unknownChannel(channel) };
    const parsed = contract[channel].input.safeParse(input);
    if (!parsed.success) {
      const fields = parsed.error.issues.slice(0, FIELD_ERRORS_MAX).map(toFieldError);
      return { ok: false, refusal: fail({ code: 'bad_input', key: 'errors.badInput', message: describe(fields), fields }) };
    }
    return { ok: true, channel, input: parsed.data };
  } catch {
    return { ok: false, refusal: unreadableInput() };
  }
}

/**
 * The single entry point of the backend for every transport (Electron IPC, the Chromium test bridge,
 * tests): validate, run in one transaction (deferred for a query, immediate for a mutation), answer
 * with an envelope. Never throws; a failed call leaves the database as it was. Channels that manage
 * their own transaction (backup, restore) keep the all-or-nothing promise themselves. Channels only
 * the main process serves are unknown here.
 */
export function createDispatch(handle: DbHandle, options: ApiOptions & { onInternalError?: (error: unknown) => void } = {}): Dispatch {
  const api: Api = createApi(handle, options);
  const report = options.onInternalError ?? ((error: unknown) => console.error('[keyplan] internal error', error));
  return (channel, input) => {
    const call = validateCall(channel, input);
    if (!call.ok) return call.refusal;
    const definition = contract[call.channel];
    if (definition.side !== 'db') return unknownChannel(channel);
    const run = api[call.channel as keyof Api] as (input: unknown) => unknown;
    try {
      const once = () => run(call.input);
      if ('ownTransaction' in definition && definition.ownTransaction) return ok(once());
      const transaction = handle.sqlite.transaction(once);
      return ok(definition.kind === 'query' ? transaction.deferred() : transaction.immediate());
    } catch (error) {
      return failureOf(error, report);
    }
  };
}

/**
 * The envelope for what a handler threw: its own refusal (ApiFailure), a storage problem with its code
 * (busy, read-only, full, I/O), or else an internal error, reported (a bug).
 */
export function failureOf(error: unknown, report: (error: unknown) => void): Envelope<never> {
  if (error instanceof ApiFailure) return fail(error.toError());
  const storage = storageFailure(error);
  if (storage) return fail(storage.toError());
  report(error);
  return internalError();
}

const describe = (fields: FieldError[]) =>
  `${englishText('errors.badInput')} ${fields.map((f) => `${f.path || 'input'}: ${f.message}`).join('; ')}`;
