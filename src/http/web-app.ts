// The web app (web/, built by Vite into web/dist) is served by the API process itself, so the embedded default stays
// one process on one port. Hashed assets are cached for a year; the HTML shell is revalidated on every load so a new
// release is picked up at once. Any other GET that asks for HTML and names no API path gets the shell, and the app's
// own router shows the page: with a 200 for an address the app has a page for (web/src/paths.ts), else with a 404
// and the app's "Page not found".
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isPagePath } from '../../web/src/paths.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route serves one of the built web app's files. */
    webAppFile?: boolean;
  }
}

export const WEB_APP_DIR = fileURLToPath(new URL('../../web/dist/', import.meta.url));

const HASHED_ASSETS = `${path.sep}assets${path.sep}`;
const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';
const API_PATHS = /^\/(v1|docs|dev|openapi\.json|healthz|readyz|version|metrics)(\/|$|\?)/;

/** The built app's HTML shell, or undefined when the app has not been built. */
export const readAppShell = async (root: string) => {
  try {
    return await fs.readFile(path.join(root, 'index.html'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
};

const wantsAppShell = (request: FastifyRequest) =>
  (request.method === 'GET' || request.method === 'HEAD') &&
  !API_PATHS.test(request.url) &&
  (request.headers.accept ?? '').includes('text/html');

/** Answers a page request with the shell; false when the request is not one (the caller answers 404). */
export const sendAppShell = (shell: Buffer | undefined, request: FastifyRequest, reply: FastifyReply) => {
  if (shell === undefined || !wantsAppShell(request)) return false;
  const known = isPagePath(request.url.split('?')[0] ?? '/');
  void reply
    .code(known ? 200 : 404)
    .type('text/html; charset=utf-8')
    .header('cache-control', REVALIDATE)
    .send(shell);
  return true;
};

/**
 * Whether the request is for one of the app's files. The API's rate limit leaves these out: a page load fetches
 * several of them, and counting them would let a reader browsing quickly run out of API requests. They are static
 * and cheap; load shedding still covers them.
 */
export const isWebAppFile = (request: FastifyRequest) => request.routeOptions.config.webAppFile === true;

export const registerWebAppFiles = async (app: FastifyInstance, root: string) => {
  await app.register(async (files) => {
    // The app's files are as public as the page that loads them.
    files.addHook('onRoute', (route) => {
      route.config = { ...route.config, policy: 'public', webAppFile: true };
    });
    await files.register(fastifyStatic, {
      root,
      // One route per built file, found once at start: an unknown path falls through to the shell or a 404.
      wildcard: false,
      index: false,
      decorateReply: false,
      // The build writes .br and .gz next to each asset.
      preCompressed: true,
      setHeaders: (reply, file) => {
        reply.header('cache-control', file.includes(HASHED_ASSETS) ? IMMUTABLE : REVALIDATE);
      },
    });
  });
};
