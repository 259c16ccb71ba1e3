/**
 * The page's Content-Security-Policy. Pages loaded with loadFile get no HTTP headers, so the built
 * index.html carries this as a <meta http-equiv="Content-Security-Policy"> tag; the dev server gets
 * the relaxed variant as a response header (Vite's React refresh needs an inline script and a websocket).
 * Inline styles stay allowed: React Flow and the charts position elements with style attributes.
 */
const directives = (script: string, connect: string) => [
  "default-src 'none'",
  `script-src ${script}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  `connect-src ${connect}`,
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];

export const CONTENT_SECURITY_POLICY = directives("'self'", "'self'").join('; ');

export const devContentSecurityPolicy = (origin: string): string => {
  const socket = origin.replace(/^http/, 'ws');
  return directives("'self' 'unsafe-inline'", `'self' ${socket}`).join('; ');
};
