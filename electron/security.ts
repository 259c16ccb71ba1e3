import type { Session, WebContents } from 'electron';
import { devContentSecurityPolicy } from './contentSecurityPolicy.js';
import { isOwnPage, type PageSource } from './pageSource.js';

const NETWORK_URLS = ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'];

/** Session-wide rules: no permission is ever granted, no request leaves the machine, nothing downloads. */
export function hardenSession(session: Session, page: PageSource): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  const devOrigin = page.kind === 'dev' ? page.origin : null;
  const devSocket = devOrigin?.replace(/^http/, 'ws') ?? null;
  session.webRequest.onBeforeRequest({ urls: NETWORK_URLS }, (details, callback) => {
    const origin = safeOrigin(details.url);
    const allowed = origin !== null && (origin === devOrigin || origin === devSocket);
    if (!allowed) console.warn('[keyplan] blocked a network request to', details.url.slice(0, 200));
    callback({ cancel: !allowed });
  });
  if (devOrigin) {
    const policy = devContentSecurityPolicy(devOrigin);
    session.webRequest.onHeadersReceived({ urls: [`${devOrigin}/*`] }, (details, callback) =>
      callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [policy] } }),
    );
  }
  session.on('will-download', (event) => event.preventDefault());
}

/** Rules for every web contents: it stays on our page, opens no windows and embeds no webviews. */
export function hardenWebContents(contents: WebContents, page: PageSource): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  const stayHome = (event: { preventDefault(): void; url: string }) => {
    if (!isOwnPage(page, event.url)) event.preventDefault();
  };
  contents.on('will-navigate', stayHome);
  contents.on('will-frame-navigate', stayHome);
  contents.on('will-redirect', stayHome);
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

function safeOrigin(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}
