import { fail, type Envelope } from '../shared/contract/envelope.js';
import { INVOKE_CHANNEL } from './channels.js';
import { englishText } from '../shared/i18n/index.js';

/** The part of an IPC invoke event we read. Electron's IpcMainInvokeEvent satisfies it. */
export interface IpcInvokeEventLike {
  readonly senderFrame: { readonly url: string } | null;
}

/** The part of Electron's ipcMain we use, so the handler can be tested in plain Node. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcInvokeEventLike, ...args: unknown[]) => unknown): void;
  removeHandler(channel: string): void;
}

const untrusted = (): Envelope<never> =>
  fail({
    code: 'bad_input',
    key: 'errors.untrustedSender',
    message: englishText('errors.untrustedSender'),
  });

const internal = (): Envelope<never> =>
  fail({ code: 'internal', key: 'errors.internal', message: englishText('errors.internal') });

/**
 * Registers the single handler: `invoke(channel, input)` from our own page goes to the router (which
 * validates the channel and input and sends it to the backend or a main-process service); anything
 * else gets an error envelope.
 * Returns a function that unregisters it.
 */
export function registerIpc(
  ipcMain: IpcMainLike,
  invoke: (channel: unknown, input: unknown) => Envelope<unknown> | Promise<Envelope<unknown>>,
  isTrustedSender: (senderUrl: string | null) => boolean,
  log: Pick<Console, 'warn' | 'error'> = console,
): () => void {
  ipcMain.handle(INVOKE_CHANNEL, async (event, channel, input) => {
    let senderUrl: string | null = null;
    try {
      senderUrl = event.senderFrame?.url ?? null;
    } catch {
      // A frame that is gone (navigated or destroyed) cannot be trusted.
    }
    if (!isTrustedSender(senderUrl)) {
      log.warn('[keyplan] refused an IPC call from', String(senderUrl).slice(0, 200));
      return untrusted();
    }
    try {
      return await invoke(channel, input);
    } catch (error) {
      // The router never rejects by design; this keeps a bug from crossing the process boundary as a rejection.
      log.error('[keyplan] invoke threw', error);
      return internal();
    }
  });
  return () => ipcMain.removeHandler(INVOKE_CHANNEL);
}
