import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { BridgeEvent } from '../../shared/contract/bridge.js';
import type { Language } from '../../shared/i18n/index.js';
import { createDispatch, openDatabase } from '../../db/index.js';
import { createHostHandlers } from '../../electron/host/handlers.js';
import { createRouter } from '../../electron/router.js';
import { testHostServices, type TestHost } from './testHost.js';
import { openTempDb, typedCall, typedDispatch, type TempDb } from '../helpers/tempDb.js';
import { findBrowser } from './findBrowser.js';
import { startStaticServer, type StaticServer } from './staticServer.js';

/**
 * The real renderer (production build) in a Chromium-based browser, talking to the real backend over a real
 * SQLite file: `window.keyplan.invoke` is bridged to dispatch with page.exposeBinding, as docs/architecture.md describes.
 *
 *   const app = await launchApp({ language: 'zh-CN' });
 *   await app.page.getByRole('button', { name: zhCN.accounts.loadSample }).click();
 *   expect(app.errors).toEqual([]);
 *   await app.close();          // and afterAll(closeBrowser) once per test file
 */

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export const VIEWPORT = { width: 1440, height: 900 };
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const testResultsDir = join(repoRoot, 'test-results');

export interface LaunchOptions {
  /** UI language through the browser locale (navigator.languages follows it). Default 'en'. */
  language?: Language;
  /** Open (creating if needed) this database file instead of a fresh temp one; it is kept on close, e.g. to "restart" the app. */
  dbPath?: string;
  /**
   * The route the page opens at. Default '/accounts', the accounts list, where most tests begin;
   * '/' is the app's home (the dashboard), as a user starting the app sees it.
   */
  at?: string;
  /**
   * Answers these channels this many ms after the backend has committed, as a busy machine's IPC
   * might: the database already has the write while the page still waits for its answer.
   */
  slowAnswers?: Record<string, number>;
}

export interface App {
  page: Page;
  browser: Browser;
  context: BrowserContext;
  /** The database behind the page: query it or call channels directly to check what the UI did. */
  db: TempDb;
  /** Where the renderer is served (ends with '/'). */
  url: string;
  /** Uncaught page errors, console errors, failed loads, requests leaving 127.0.0.1 and internal backend errors, as they happen. */
  errors: string[];
  /** The stand-in for the desktop (save dialog, printing, file manager): what was saved, printed, shown. */
  host: TestHost;
  /** Sends a main-process event (e.g. 'menu:new-account') to the page, as Electron's menu would. */
  emit(event: BridgeEvent): Promise<void>;
  close(): Promise<void>;
}

/** The browser to drive: CHROMIUM_PATH, or Chromium, Chrome or Edge where they are installed (see findBrowser.ts). */
export const chromiumPath = (): string => findBrowser({ platform: process.platform, env: process.env, exists: existsSync });

let browserPromise: Promise<Browser> | null = null;
let serverPromise: Promise<StaticServer> | null = null;

/** One Chromium and one static server per process (per test file under vitest), started on first use. */
export function sharedBrowser(): Promise<Browser> {
  browserPromise ??= Promise.resolve()
    .then(() => chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true }))
    .catch((error: unknown) => {
      browserPromise = null;
      throw error;
    });
  return browserPromise;
}

function sharedServer(): Promise<StaticServer> {
  serverPromise ??= startStaticServer().catch((error: unknown) => {
    serverPromise = null;
    throw error;
  });
  return serverPromise;
}

/** Closes the shared Chromium and static server. Call it in afterAll of every e2e test file. */
export async function closeBrowser(): Promise<void> {
  const [browser, server] = [browserPromise, serverPromise];
  browserPromise = serverPromise = null;
  await Promise.all([browser?.then((b) => b.close()).catch(() => {}), server?.then((s) => s.close()).catch(() => {})]);
}

const appVersion = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;

/**
 * The database behind one launch: a fresh temp file, or the file at `path` (kept on close). Its
 * dispatch reports internal errors into `errors` and knows the app version, as Electron's would.
 */
async function openAppDb(path: string | undefined, errors: string[]): Promise<TempDb> {
  const base: Pick<TempDb, 'dir' | 'path' | 'handle' | 'cleanup'> = path
    ? await openDatabase(path).then((handle) => ({ dir: dirname(path), path, handle, cleanup: () => handle.close() }))
    : await openTempDb();
  const dispatch = createDispatch(base.handle, {
    version: appVersion,
    onInternalError: (error) => errors.push(`internal error in dispatch: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`),
  });
  return {
    ...base,
    dispatch,
    tryCall: typedDispatch(dispatch),
    call: typedCall(dispatch),
  };
}

// Runs in the page before any of its scripts: the same shape as Electron's preload exposes.
const BRIDGE_SCRIPT = `(() => {
  const listeners = new Map();
  // Inputs go as JSON text: Playwright's own serialisation of a binding's arguments takes seconds for an import of 50,000 rows.
  // The answer comes as JSON text, or for a large one as the address to fetch it from (see answerOf).
  const invoke = (channel, input) =>
    window.__keyplanInvoke(channel, input === undefined ? undefined : JSON.stringify(input)).then((answer) =>
      answer.at ? fetch(answer.at).then((response) => response.json()) : answer.json === undefined ? undefined : JSON.parse(answer.json));
  const on = (event, callback) => {
    if (!listeners.has(event)) listeners.set(event, new Set());
    listeners.get(event).add(callback);
    return () => listeners.get(event).delete(callback);
  };
  Object.defineProperty(window, 'keyplan', { value: Object.freeze({ invoke, on }), enumerable: true });
  Object.defineProperty(window, '__keyplanEmit', {
    value: (event) => (listeners.get(event) || new Set()).forEach((callback) => callback()),
  });
})();`;


/** From this size an answer is fetched over HTTP: the binding moves text at about 300 ms a megabyte. */
const LARGE_ANSWER = 256 * 1024;

/**
 * How an answer crosses to the page. Playwright's own serialisation of the value walks every value
 * (1.7 s for a 1,500-person map, where Electron's IPC takes milliseconds), so it goes as JSON text,
 * and a large one as the address the page fetches it from (as a page loads its data).
 */
function answerOf(value: unknown, server: StaticServer): { json?: string; at?: string } {
  const json = value === undefined ? undefined : JSON.stringify(value);
  return json !== undefined && json.length > LARGE_ANSWER ? { at: server.offer(json) } : { json };
}

export async function launchApp(options: LaunchOptions = {}): Promise<App> {
  const language = options.language ?? 'en';
  chromiumPath(); // Say how to install a browser before anything else can fail.
  const [browser, server] = await Promise.all([sharedBrowser(), sharedServer()]);
  const errors: string[] = [];
  const db = await openAppDb(options.dbPath, errors);
  let context: BrowserContext | undefined;
  let hostOf: TestHost | undefined;
  try {
    context = await browser.newContext({ locale: language, viewport: VIEWPORT, serviceWorkers: 'block' });
    context.setDefaultTimeout(10_000);
    const host = testHostServices(browser, db.dir);
    hostOf = host;
    const invoke = createRouter({
      dispatch: db.dispatch,
      host: createHostHandlers(host.services),
      onInternalError: (error) => errors.push(`internal error in a main-process channel: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`),
    });
    const slow = options.slowAnswers ?? {};
    await context.exposeBinding('__keyplanInvoke', async (_source, channel: unknown, input: unknown) => {
      const answer = await invoke(channel, typeof input === 'string' ? (JSON.parse(input) as unknown) : undefined);
      const lag = typeof channel === 'string' ? slow[channel] : undefined;
      if (lag) await new Promise((resolve) => setTimeout(resolve, lag));
      return answerOf(answer, server);
    });
    await context.addInitScript({ content: BRIDGE_SCRIPT });

    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(`page error: ${error.stack ?? error.message}`));
    page.on('console', (message) => {
      // Failed loads are reported with their URL by the response handler below.
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) errors.push(`console error: ${message.text()}`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400) errors.push(`HTTP ${response.status()} for ${response.url()}`);
    });
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(server.url) && !/^(data|blob|about):/.test(url)) errors.push(`request left the app: ${url}`);
    });
    await page.goto(`${server.url}#${options.at ?? '/accounts'}`);

    const opened = context;
    return {
      page,
      browser,
      context: opened,
      db,
      url: server.url,
      errors,
      host: hostOf,
      emit: (event) => page.evaluate((name) => (window as unknown as { __keyplanEmit(e: string): void }).__keyplanEmit(name), event),
      async close() {
        await opened.close().catch(() => {});
        db.cleanup();
      },
    };
  } catch (error) {
    await context?.close().catch(() => {});
    db.cleanup();
    throw error;
  }
}

/** docs/screenshots/, where the README's pictures live. */
const docsScreenshotsDir = join(repoRoot, 'docs', 'screenshots');

/**
 * Saves a full-window PNG to test-results/<name>.png (gitignored) and returns its path. With
 * `docsName`, a run with SHOTS=docs also copies it to docs/screenshots/<docsName>.png: the
 * documentation's pictures are refreshed from a run someone then looks at.
 */
export async function screenshot(page: Page, name: string, docsName?: string): Promise<string> {
  mkdirSync(testResultsDir, { recursive: true });
  const path = join(testResultsDir, `${name.replace(/[^\w.-]+/g, '_')}.png`);
  await page.screenshot({ path });
  if (docsName) keepForDocs(path, docsName);
  return path;
}

/** With SHOTS=docs, copies a picture (a screenshot or an exported PNG) to docs/screenshots/<docsName>.png. */
export function keepForDocs(path: string, docsName: string): void {
  if (process.env.SHOTS === 'docs') copyFileSync(path, join(docsScreenshotsDir, `${docsName}.png`));
}
