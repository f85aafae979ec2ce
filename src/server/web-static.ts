import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, FastifyReply } from 'fastify';

/** Where `npm run build:web` writes the dashboard; the same path from `src/server` and `dist/server`. */
export const WEB_DIR = fileURLToPath(new URL('../../dist/web/', import.meta.url));

/**
 * Article text is untrusted: the dashboard renders it as text, and this policy forbids inline and
 * foreign scripts should anything slip through.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

const ASSET_NAME = /^[\w-]+(?:\.[\w-]+)*$/u;

function secure(reply: FastifyReply): FastifyReply {
  return reply
    .header('content-security-policy', CONTENT_SECURITY_POLICY)
    .header('x-content-type-options', 'nosniff')
    .header('referrer-policy', 'no-referrer')
    .header('cache-control', 'no-cache');
}

async function sendFile(reply: FastifyReply, path: string) {
  try {
    const body = await readFile(path);
    return secure(reply)
      .type(TYPES[extname(path)] ?? 'application/octet-stream')
      .send(body);
  } catch {
    return null;
  }
}

/** Serves the built dashboard at `/` and its files under `/assets/`. */
export function registerWebStatic(app: FastifyInstance, dir = WEB_DIR): void {
  app.get('/', async (_request, reply) => {
    const sent = await sendFile(reply, join(dir, 'index.html'));
    if (sent) return sent;
    return secure(reply)
      .code(503)
      .type('text/plain; charset=utf-8')
      .send('The dashboard is not built: run `npm run build:web` (or `npm run build`).\n');
  });
  app.get<{ Params: { name: string } }>('/assets/:name', async (request, reply) => {
    const { name } = request.params;
    const sent = ASSET_NAME.test(name) ? await sendFile(reply, join(dir, 'assets', name)) : null;
    if (sent) return sent;
    return reply.code(404).send({ error: { code: 'NG_E005', message: `no such asset: ${name}` } });
  });
}
