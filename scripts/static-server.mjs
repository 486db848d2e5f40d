// A small static file server for the Node tests that drive Chromium through real pages, and the
// headless Chromium they drive. Files are served uncached (every fetch reaches the server),
// /favicon.ico answers 204 (Chromium would log a 404 as a console error), and nothing outside the
// folder `locate` picks is served.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findBrowser } from './find-browser.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.map': 'application/json; charset=utf-8',
};

/**
 * Starts a server on a free local port. `locate(pathname)` gives the folder to serve a path from,
 * the path inside it, and extra response headers.
 * @param {(pathname: string) => { root: string, path: string, headers?: Record<string, string> }} locate
 */
export async function startStaticServer(locate) {
  const server = createServer((request, response) => void serve(request, response));
  async function serve(request, response) {
    const { pathname } = new URL(request.url, 'http://localhost');
    if (pathname === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    const { root, path: inside, headers } = locate(pathname);
    const path = normalize(join(root, decodeURIComponent(inside)));
    if (!path.startsWith(root.endsWith(sep) ? root : root + sep)) {
      response.writeHead(403).end();
      return;
    }
    let body;
    try {
      body = await readFile(path);
    } catch {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
      ...headers,
    });
    response.end(body);
  }
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

/**
 * Starts the server (see startStaticServer) and headless Chromium found on this machine.
 * `close()` stops both.
 */
export async function startPages(locate) {
  const { server, origin } = await startStaticServer(locate);
  const stopServer = async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  };
  const executablePath = findBrowser();
  if (!executablePath) {
    await stopServer();
    throw new Error('No Chrome or Chromium found: install one or set CHROME_PATH');
  }
  const browser = await chromium.launch({
    executablePath,
    args: CHROMIUM_ARGS,
  });
  return {
    origin,
    browser,
    async close() {
      await browser.close();
      await stopServer();
    },
  };
}
