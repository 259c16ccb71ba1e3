import { protocol, type Session } from 'electron';
import { readFile } from 'node:fs/promises';
import { APP_SCHEME, resolveAppRequest } from './appScheme.js';
import { CONTENT_SECURITY_POLICY } from './contentSecurityPolicy.js';

/** Must run before the app is ready: keyplan:// behaves like https (origin, storage, fetch, module scripts). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

const headers = (mimeType: string) => ({
  'Content-Type': mimeType,
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-cache',
});

/** Serves the built renderer folder `root` (inside app.asar when packaged) on keyplan://app/, and nothing else. */
export function serveApp(session: Session, root: string): void {
  session.protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppRequest(root, request.url);
    if (!file || request.method !== 'GET') return new Response('Not found', { status: 404 });
    try {
      return new Response(await readFile(file.path), { status: 200, headers: headers(file.mimeType) });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}
