import { dirname } from 'node:path';
import { APP_HOST, APP_INDEX_URL, APP_SCHEME } from './appScheme.js';

/**
 * Where the renderer is loaded from: the built folder served on keyplan://app/ (see appScheme.ts), or
 * (in development only) a local dev server.
 */
export type PageSource = { kind: 'app'; path: string; root: string; url: string } | { kind: 'dev'; url: string; origin: string };

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** A dev server URL is honoured only when it is plain http(s) on this machine: the app loads no remote content. */
export function resolvePageSource(rendererIndexPath: string, devUrl?: string): PageSource {
  if (!devUrl) return { kind: 'app', path: rendererIndexPath, root: dirname(rendererIndexPath), url: APP_INDEX_URL };
  let url: URL;
  try {
    url = new URL(devUrl);
  } catch {
    throw new Error(`KEYPLAN_DEV_URL is not a URL: ${devUrl}`);
  }
  if (!['http:', 'https:'].includes(url.protocol) || !LOOPBACK_HOSTS.has(url.hostname)) {
    throw new Error(`KEYPLAN_DEV_URL must point to a dev server on this machine (http://localhost:…), not ${devUrl}`);
  }
  return { kind: 'dev', url: url.href, origin: url.origin };
}

/** True when `frameUrl` is our own page (any #route or ?query of it), the only page allowed to call the backend. */
export function isOwnPage(source: PageSource, frameUrl: string | null | undefined): boolean {
  if (!frameUrl) return false;
  let url: URL;
  try {
    url = new URL(frameUrl);
  } catch {
    return false;
  }
  if (source.kind === 'dev') return url.origin === source.origin;
  return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.pathname === new URL(source.url).pathname;
}
