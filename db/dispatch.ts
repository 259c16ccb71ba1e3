import { toFieldError } from '../shared/contract/fieldErrors.js';
import { contract, fail, isChannel, ok, type Envelope, type FieldError } from '../shared/contract/index.js';
import { englishText } from '../shared/i18n/index.js';
import { ApiFailure } from './api/failure.js';
import { createApi, OWN_TRANSACTION_CHANNELS, type Api, type ApiOptions } from './api/index.js';
import type { DbHandle } from './open.js';

export type Dispatch = (channel: unknown, input: unknown) => Envelope<unknown>;

/**
 * The single entry point for every transport (Electron IPC, the Chromium test bridge, tests):
 * look the channel up, parse the input with its schema, run it in one transaction, answer with an
 * envelope. Never throws; a failed call leaves the database as it was.
 * The one exception: OWN_TRANSACTION_CHANNELS (backup and restore) run their own transaction, because
 * VACUUM INTO and ATTACH are refused inside one; they keep the all-or-nothing promise themselves.
 */
export function createDispatch(handle: DbHandle, options: ApiOptions & { onInternalError?: (error: unknown) => void } = {}): Dispatch {
  const api: Api = createApi(handle, options);
  const report = options.onInternalError ?? ((error: unknown) => console.error('[keyplan] internal error', error));
  return (channel, input) => {
    if (!isChannel(channel)) {
      const name = typeof channel === 'string' ? channel.slice(0, 100) : typeof channel;
      return fail({ code: 'bad_input', key: 'errors.unknownChannel', params: { channel: name }, message: englishText('errors.unknownChannel', { channel: name }) });
    }
    const parsed = contract[channel].input.safeParse(input);
    if (!parsed.success) {
      const fields = parsed.error.issues.map(toFieldError);
      return fail({ code: 'bad_input', key: 'errors.badInput', message: describe(fields), fields });
    }
    const run = api[channel] as (input: unknown) => unknown;
    try {
      const call = () => run(parsed.data);
      return ok(OWN_TRANSACTION_CHANNELS.has(channel) ? call() : handle.sqlite.transaction(call).immediate());
    } catch (error) {
      if (error instanceof ApiFailure) return fail(error.toError());
      report(error);
      return fail({ code: 'internal', key: 'errors.internal', message: englishText('errors.internal') });
    }
  };
}

const describe = (fields: FieldError[]) =>
  `${englishText('errors.badInput')} ${fields.map((f) => `${f.path || 'input'}: ${f.message}`).join('; ')}`;
