import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { INVOKE_CHANNEL } from '../../electron/channels.js';
import { registerIpc, type IpcInvokeEventLike, type IpcMainLike } from '../../electron/ipc.js';
import { isOwnPage, resolvePageSource } from '../../electron/pageSource.js';
import { emptyAccountFields, type AccountSummary, type Envelope } from '../../shared/contract/index.js';
import { openTempDb, type TempDb } from '../helpers/tempDb.js';

type Listener = (event: IpcInvokeEventLike, ...args: unknown[]) => unknown;

/** Stands in for Electron's ipcMain: keeps the handlers and lets the test invoke them as a page would. */
class FakeIpcMain implements IpcMainLike {
  readonly handlers = new Map<string, Listener>();
  handle(channel: string, listener: Listener): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, listener);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
  async invoke(frameUrl: string | null, ...args: unknown[]): Promise<Envelope<unknown>> {
    const handler = this.handlers.get(INVOKE_CHANNEL);
    if (!handler) throw new Error(`No handler for ${INVOKE_CHANNEL}`);
    const event: IpcInvokeEventLike = { senderFrame: frameUrl === null ? null : { url: frameUrl } };
    return (await handler(event, ...args)) as Envelope<unknown>;
  }
}

const rendererIndex = join('/opt', 'Keyplan', 'resources', 'app.asar', 'dist', 'renderer', 'index.html');
const page = resolvePageSource(rendererIndex);
const ownUrl = pathToFileURL(rendererIndex).href;

const quiet = { warn: () => {}, error: () => {} };

let t: TempDb;
let ipc: FakeIpcMain;
let unregister: () => void;
beforeEach(async () => {
  t = await openTempDb();
  ipc = new FakeIpcMain();
  unregister = registerIpc(ipc, t.dispatch, (url) => isOwnPage(page, url), quiet);
});
afterEach(() => t.cleanup());

const newAccount = { fields: { ...emptyAccountFields, name: 'Bank of Nowhere' } };
const accountNames = () => t.call('accounts.list', { status: 'all' }).map((a) => a.name);

describe('the IPC handler', () => {
  it('registers one handler, and can remove it', () => {
    expect([...ipc.handlers.keys()]).toEqual(['keyplan:invoke']);
    unregister();
    expect(ipc.handlers.size).toBe(0);
  });

  it('runs a call from our own page against the database, whatever route the page is on', async () => {
    const created = await ipc.invoke(`${ownUrl}#/accounts/new`, 'accounts.create', newAccount);
    expect(created).toMatchObject({ ok: true, data: { name: 'Bank of Nowhere' } });
    const listed = await ipc.invoke(ownUrl, 'accounts.list', {});
    expect(listed.ok && (listed.data as AccountSummary[]).map((a) => a.name)).toEqual(['Bank of Nowhere']);
  });

  it.each([
    ['a web page', 'https://evil.example/index.html'],
    ['another local file', pathToFileURL(join('/tmp', 'index.html')).href],
    ['a file beside ours', ownUrl.replace('index.html', 'other.html')],
    ['a data URL', 'data:text/html,<script>1</script>'],
    ['a frame that is gone', null],
    ['something that is not a URL', 'not a url'],
  ])('refuses %s and leaves the database unchanged', async (_what, url) => {
    const result = await ipc.invoke(url, 'accounts.create', newAccount);
    expect(result).toMatchObject({ ok: false, error: { code: 'bad_input', key: 'errors.untrustedSender' } });
    expect(accountNames()).toEqual([]);
  });

  it('answers an unknown channel or a missing channel with bad_input', async () => {
    expect(await ipc.invoke(ownUrl, 'accounts.drop', {})).toMatchObject({ ok: false, error: { code: 'bad_input', key: 'errors.unknownChannel' } });
    expect(await ipc.invoke(ownUrl)).toMatchObject({ ok: false, error: { code: 'bad_input' } });
  });

  it('answers bad input with field errors and changes nothing', async () => {
    const result = await ipc.invoke(ownUrl, 'accounts.create', { fields: { ...emptyAccountFields, name: '' } });
    expect(result).toMatchObject({ ok: false, error: { code: 'bad_input', fields: [{ path: 'fields.name', key: 'errors.required' }] } });
    expect(await ipc.invoke(ownUrl, 'accounts.create', 'not an object')).toMatchObject({ ok: false, error: { code: 'bad_input' } });
    expect(accountNames()).toEqual([]);
  });

  it('never lets an exception cross the process boundary', async () => {
    const broken = new FakeIpcMain();
    registerIpc(
      broken,
      () => {
        throw new Error('bug');
      },
      () => true,
      quiet,
    );
    expect(await broken.invoke(ownUrl, 'accounts.list', {})).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});

describe('our own page', () => {
  it('is the dev server origin when one is set, and only on this machine', () => {
    const dev = resolvePageSource(rendererIndex, 'http://localhost:5173/');
    expect(isOwnPage(dev, 'http://localhost:5173/#/settings')).toBe(true);
    expect(isOwnPage(dev, 'http://localhost:5174/')).toBe(false);
    expect(isOwnPage(dev, ownUrl)).toBe(false);
    expect(() => resolvePageSource(rendererIndex, 'https://example.com/')).toThrow(/this machine/);
    expect(() => resolvePageSource(rendererIndex, 'file:///etc/passwd')).toThrow(/this machine/);
  });
});
