import { useEffect, useState } from 'preact/hooks';
import type { Params } from './router';

/** An API answer the page shows as a message: the server's own words, never a stack trace. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

export function apiUrl(path: string, params: Params = {}): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    for (const one of Array.isArray(value) ? value : [value]) {
      if (one !== null && one !== undefined && one !== '') query.append(key, String(one));
    }
  }
  const text = query.toString();
  return `${path}${text ? `?${text}` : ''}`;
}

export async function getJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { accept: 'application/json' } });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError('The newsgraph server did not answer. Is `newsgraph serve` running?', 0);
  }
  const body = (await response.json().catch(() => null)) as {
    error?: { message?: string };
  } | null;
  if (!response.ok) {
    const detail = body?.error?.message ?? `HTTP ${response.status}`;
    throw new ApiError(`The server refused the request: ${detail}`, response.status);
  }
  return body as T;
}

export type Loaded<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ok'; data: T }
  | { status: 'error'; message: string };

/**
 * Fetches `url` (null: nothing to fetch) whenever it changes; earlier answers are dropped, and an
 * answer for another URL is never shown as this one's.
 */
export function useApi<T>(url: string | null, refreshMs = 0): Loaded<T> {
  const [state, setState] = useState<{ url: string | null; loaded: Loaded<T> }>({
    url: null,
    loaded: { status: 'idle' },
  });
  useEffect(() => {
    if (!url) return;
    const controller = new AbortController();
    const load = () =>
      getJson<T>(url, controller.signal).then(
        (data) => setState({ url, loaded: { status: 'ok', data } }),
        (error: Error) => {
          if (error.name !== 'AbortError') {
            setState({ url, loaded: { status: 'error', message: error.message } });
          }
        },
      );
    load();
    const timer = refreshMs > 0 ? setInterval(load, refreshMs) : undefined;
    return () => {
      controller.abort();
      clearInterval(timer);
    };
  }, [url, refreshMs]);
  if (!url) return { status: 'idle' };
  return state.url === url ? state.loaded : { status: 'loading' };
}
