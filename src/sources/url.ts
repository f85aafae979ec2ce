import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { NewsgraphError } from '../doc/errors.js';
import { MAX_DOCUMENT_BYTES } from './limits.js';
import type { RawDocument } from './raw-document.js';

export interface FetchOptions {
  /** Allow loopback, private and link-local addresses (off by default). */
  allowPrivate?: boolean;
  timeoutMs?: number;
  maxBytes?: number;
  /** Redirects followed before giving up (default 10). */
  maxRedirects?: number;
  userAgent?: string;
}

/** Names the tool and that it obeys robots.txt; robots.txt rules for `newsgraph` apply to it. */
export const USER_AGENT = 'newsgraph/0.1 (news analysis; obeys robots.txt)';

/** A response that is not 2xx (after redirects), with what a retry needs to know. */
export class HttpStatusError extends NewsgraphError {
  constructor(
    href: string,
    readonly status: number,
    /** `Retry-After` in milliseconds, when the server gave one. */
    readonly retryAfterMs: number | null,
  ) {
    super('NG_E005', href, `HTTP ${status}`);
  }
}

/** `Retry-After` as seconds or an HTTP date, in milliseconds from `now`. */
export function retryAfterMs(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  if (/^\d+$/u.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

const PRIVATE_V4 = [
  /^127\./u,
  /^10\./u,
  /^192\.168\./u,
  /^172\.(1[6-9]|2\d|3[01])\./u,
  /^169\.254\./u,
  /^0\./u,
];

export function isPrivateAddress(address: string): boolean {
  if (isIP(address) === 6) {
    const a = address.toLowerCase();
    if (a.startsWith('::ffff:')) return isPrivateAddress(a.slice(7));
    return a === '::1' || a === '::' || /^f[cd]/u.test(a) || /^fe[89ab]/u.test(a);
  }
  return PRIVATE_V4.some((range) => range.test(address));
}

/** Refuses schemes other than http(s), and private addresses unless allowed (after DNS). */
export async function assertPublic(url: URL, options: FetchOptions): Promise<void> {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new NewsgraphError('NG_E005', url.href, 'only http and https URLs are fetched');
  }
  if (options.allowPrivate) return;
  const host = url.hostname.replace(/^\[|\]$/gu, '');
  const addresses = isIP(host) ? [host] : (await lookup(host, { all: true })).map((a) => a.address);
  if (addresses.some(isPrivateAddress)) {
    throw new NewsgraphError(
      'NG_E005',
      url.href,
      'resolves to a private address (use --allow-private)',
    );
  }
}

async function readCapped(response: Response, href: string, maxBytes: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (!response.body) return new Uint8Array();
  for await (const chunk of response.body) {
    size += chunk.length;
    if (size > maxBytes) throw new NewsgraphError('NG_E004', href, `over ${maxBytes} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/**
 * Fetches one page with a timeout and a size cap, checking every redirect's address.
 * Compressed bodies (gzip, deflate, br) are decoded as they stream, so the cap applies to what
 * they decode to. `PoliteFetcher` adds robots.txt, rate limits and retries on top.
 */
export async function fetchDocument(
  href: string,
  options: FetchOptions = {},
): Promise<RawDocument> {
  const maxBytes = options.maxBytes ?? MAX_DOCUMENT_BYTES;
  let url = new URL(href);
  const maxRedirects = options.maxRedirects ?? 10;
  for (let hop = 0; hop <= maxRedirects; hop++) {
    await assertPublic(url, options);
    const response = await fetch(url, {
      redirect: 'manual',
      signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
      headers: {
        'user-agent': options.userAgent ?? USER_AGENT,
        'accept-encoding': 'gzip, deflate, br',
      },
    });
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      await response.body?.cancel();
      url = new URL(location, url);
      continue;
    }
    if (!response.ok) {
      await response.body?.cancel();
      const wait = retryAfterMs(response.headers.get('retry-after'));
      throw new HttpStatusError(href, response.status, wait);
    }
    const declared = Number(response.headers.get('content-length') ?? 0);
    if (declared > maxBytes) throw new NewsgraphError('NG_E004', href, `${declared} bytes`);
    const bytes = await readCapped(response, href, maxBytes);
    return {
      name: href,
      bytes,
      url: url.href,
      headers: Object.fromEntries(response.headers),
      fetchedAt: new Date().toISOString(),
    };
  }
  throw new NewsgraphError('NG_E005', href, `too many redirects (over ${maxRedirects})`);
}
