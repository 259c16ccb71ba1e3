import { extname, isAbsolute, relative, resolve, sep } from 'node:path';

/**
 * The built renderer is served from keyplan://app/ rather than file://: a privileged standard scheme
 * gives the page its own origin (file:// pages share one with every local file), HTTP headers (the
 * Content-Security-Policy), and lets the file-protocol fuse take file:// privileges away.
 */
export const APP_SCHEME = 'keyplan';
export const APP_HOST = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

export interface AppFile {
  path: string;
  mimeType: string;
}

/**
 * Which file of the built renderer (under `root`) a keyplan:// request asks for, or null: another
 * scheme or host, a path that climbs out of `root` (also when %-encoded), a NUL, or a type we do not
 * serve. "/" is index.html.
 */
export function resolveAppRequest(root: string, requestUrl: string): AppFile | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const wanted = pathname === '/' || pathname === '' ? '/index.html' : pathname;
  const base = resolve(root);
  const path = resolve(base, `.${wanted}`);
  const inside = relative(base, path);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside) || inside.split(sep).includes('..')) return null;
  const mimeType = MIME_TYPES[extname(path).toLowerCase()];
  return mimeType ? { path, mimeType } : null;
}
