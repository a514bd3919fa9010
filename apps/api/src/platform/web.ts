import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from '@nestjs/common';
import type { NextFunction, Request as ExpressRequest, Response as ExpressResponse } from 'express';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { isIPv6 } from 'node:net';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The web app's server-side rendering as the API process sees it: the contract of the server
 * bundle's `createPageRenderer` (apps/web/src/server.ts), kept here as plain types because the API
 * never imports Angular (module boundaries).
 */
export interface RenderContext {
  nonce: string;
  publicUrl: string;
}
export type PageRenderer = (request: Request, context: RenderContext) => Promise<Response | null>;
export type PageRendererFactory = (options: { allowedHosts: readonly string[] }) => PageRenderer;

export interface WebOptions {
  /** The browser build (WEB_DIST); the server bundle is `../server/server.mjs` beside it. */
  webDist: string;
  publicUrl: string;
  /** HOST: the address the API listens on. */
  host: string;
  /** Tests pass a renderer instead of the built bundle; null: no server rendering. */
  loadRenderer?: () => Promise<PageRendererFactory | null>;
}

/** Hashed build output never changes: cached for a year. Anything else an hour. */
const HASHED = /-[A-Za-z0-9_]{8}\.(js|css|woff2?)$/;
const LANGUAGE_COOKIE = /(?:^|;\s*)lang=(sv|en)(?:;|$)/;

/** Each response's CSP nonce, made before helmet writes the header (see bootstrap.ts). */
export function cspNonce(_req: unknown, res: unknown): string {
  return ((res as ExpressResponse).locals?.['cspNonce'] as string | undefined) ?? '';
}

export function assignCspNonce(_req: ExpressRequest, res: ExpressResponse, next: NextFunction): void {
  res.locals['cspNonce'] = randomBytes(16).toString('base64');
  next();
}

/**
 * Serves the web app from the API's port: the built files, then the pages: rendered on the server
 * when the server bundle is there, else today's client-side index.html. `/api` is left to Nest.
 * Returns whether server rendering is on.
 */
export async function mountWeb(app: NestExpressApplication, options: WebOptions): Promise<boolean> {
  const { webDist } = options;
  if (!existsSync(webDist)) return false;
  const logger = new Logger('Web');

  app.useStaticAssets(webDist, {
    index: false,
    maxAge: '1h',
    setHeaders: (res, path) => {
      if (HASHED.test(path)) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
      else if (path.endsWith('.html')) res.setHeader('Cache-Control', 'no-cache');
    },
  });

  // With server rendering the build names the client-side page index.csr.html; without, index.html.
  const indexFile = ['index.html', 'index.csr.html'].map((name) => join(webDist, name)).find((file) => existsSync(file));
  const indexHtml = indexFile ? readFileSync(indexFile, 'utf8') : null;
  const loadRenderer = options.loadRenderer ?? (() => loadServerBundle(webDist));
  const host = renderHost(options.host);
  let render: PageRenderer | null = null;
  try {
    const factory = await loadRenderer();
    render = factory ? factory({ allowedHosts: [host.replace(/^\[|\]$/g, ''), host] }) : null;
  } catch (error) {
    logger.error(`The server bundle could not be loaded; pages are rendered in the browser only: ${describe(error)}`);
  }

  const sendIndex = (res: ExpressResponse, next: NextFunction) => {
    if (!indexHtml) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.type('html').send(indexHtml);
  };

  app.use(async (req: ExpressRequest, res: ExpressResponse, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || req.path === '/api' || req.path.startsWith('/api/')) return next();
    // An address no router can decode is the client's mistake: a 400, not a render that fails and logs.
    if (!decodableAddress(req.originalUrl)) {
      res.status(400).type('text/plain').send('Adressen innehåller ogiltiga tecken.');
      return;
    }
    if (!render) return sendIndex(res, next);
    try {
      const response = await render(pageRequest(req, host), { nonce: cspNonce(req, res), publicUrl: options.publicUrl });
      if (!response) return sendIndex(res, next);
      await writeResponse(response, res);
    } catch (error) {
      // A page that cannot be rendered on the server is rendered in the browser: never a 500 for it.
      logger.error(`Server rendering of ${req.path} failed; sending the client-side page: ${describe(error)}`);
      if (!res.headersSent) sendIndex(res, next);
      else res.end();
    }
  });
  return render !== null;
}

/**
 * The request Angular renders: the same path and query at this process's loopback address (the
 * page's relative `/api/…` calls resolve against it, so they never leave the machine and never
 * depend on a Host header a client sent), with no credentials and no other cookie than `lang`.
 */
export function pageRequest(req: ExpressRequest, host: string): Request {
  const headers = new Headers({ accept: 'text/html' });
  const language = LANGUAGE_COOKIE.exec(req.headers.cookie ?? '')?.[1];
  if (language) headers.set('cookie', `lang=${language}`);
  // The port the request came in on: the one this process listens on (tests listen on a random one).
  // Concatenated, not resolved: a path such as `//elsewhere.example/x` must not change the host.
  const url = `http://${host}:${req.socket.localPort}/${req.originalUrl.replace(/^\/+/, '')}`;
  return new Request(url, { method: req.method, headers });
}

/** Where this process can call itself: loopback when it listens on every address (HOST 0.0.0.0, the default). */
export function renderHost(listenHost: string): string {
  const host = ['', '0.0.0.0', '::', '[::]'].includes(listenHost) ? '127.0.0.1' : listenHost;
  return isIPv6(host) ? `[${host}]` : host;
}

async function writeResponse(response: Response, res: ExpressResponse): Promise<void> {
  res.status(response.status);
  response.headers.forEach((value, name) => {
    // Express sets the length after compression; Angular's ETag is of the whole page, nonce included.
    if (name !== 'content-length' && name !== 'etag') res.setHeader(name, value);
  });
  // The page holds this response's CSP nonce and depends on the language cookie: never shared.
  res.setHeader('Cache-Control', 'no-cache, private');
  res.setHeader('Vary', 'Cookie');
  res.send(Buffer.from(await response.arrayBuffer()));
}

/** The Angular server bundle beside the browser build, if the web app was built with it. */
export async function loadServerBundle(webDist: string): Promise<PageRendererFactory | null> {
  const file = join(dirname(webDist), 'server', 'server.mjs');
  if (!existsSync(file)) return null;
  // A real ES module import (the API is bundled as CommonJS, where `import()` would become `require`).
  const importModule = new Function('url', 'return import(url)') as (url: string) => Promise<{ createPageRenderer?: PageRendererFactory }>;
  const bundle = await importModule(pathToFileURL(file).href);
  if (typeof bundle.createPageRenderer !== 'function') throw new Error(`${file} does not export createPageRenderer`);
  return bundle.createPageRenderer;
}

/** Whether an address's percent-encoding (path and query) is well formed (`%ZZ`, a cut-off `%E0%A4` are not). */
export function decodableAddress(url: string): boolean {
  try {
    decodeURIComponent(url);
    return true;
  } catch {
    return false;
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
