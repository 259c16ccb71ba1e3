import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const rendererDist = resolve(fileURLToPath(new URL('../../dist/renderer', import.meta.url)));

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  url: string;
  /** Holds `json` for one GET of the path it returns (the e2e bridge hands large answers over this way). */
  offer(json: string): string;
  close(): Promise<void>;
}

const OFFERED = '/__bridge/';

/**
 * Serves the production build of the renderer on 127.0.0.1 at a free port. Unknown paths without
 * a file extension get index.html (client-side routes); missing assets get a real 404.
 */
export async function startStaticServer(folder = rendererDist): Promise<StaticServer> {
  const root = resolve(folder);
  const index = join(root, 'index.html');
  if (!existsSync(index)) {
    throw new Error(`No renderer build at ${root}. Run \`npm run build:renderer\` first (npm test and npm run test:e2e do it).`);
  }
  const offered = new Map<string, string>();
  let offers = 0;
  const server: Server = createServer((request, response) => {
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      response.writeHead(400).end('Bad request');
      return;
    }
    const answer = offered.get(pathname);
    if (answer !== undefined) {
      offered.delete(pathname);
      response.writeHead(200, { 'content-type': MIME['.json']!, 'cache-control': 'no-store' }).end(answer);
      return;
    }
    const file = normalize(join(root, pathname));
    if (file !== root && !file.startsWith(root + sep)) {
      response.writeHead(403).end('Forbidden');
      return;
    }
    const isFile = existsSync(file) && statSync(file).isFile();
    const target = isFile ? file : extname(pathname) === '' ? index : null;
    if (!target && pathname === '/favicon.ico') {
      // Chromium asks for it on its own; Electron loading file:// does not. Nothing to report.
      response.writeHead(204).end();
      return;
    }
    if (!target) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`Not found: ${pathname}`);
      return;
    }
    response.writeHead(200, {
      'content-type': MIME[extname(target).toLowerCase()] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(target).pipe(response);
  });
  await new Promise<void>((ready, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ready());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    offer(json) {
      const path = `${OFFERED}${++offers}`;
      offered.set(path, json);
      return path;
    },
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
