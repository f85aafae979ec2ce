import { useEffect, useState } from 'preact/hooks';

/** The dashboard's state lives in the URL hash (`#/dyad?a=FRA&b=DEU`): bookmarkable, and Back works. */
export const VIEWS = ['search', 'article', 'dyad', 'actor', 'network', 'map', 'ingest'] as const;
export type ViewName = (typeof VIEWS)[number];

export interface Route {
  view: ViewName;
  params: URLSearchParams;
  /** The hash this route was read from. */
  hash: string;
}

export type ParamValue = string | number | null | undefined | readonly string[];
export type Params = Record<string, ParamValue>;

export function parseHash(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/u, '').split('?', 2);
  const view = (VIEWS as readonly string[]).includes(path) ? (path as ViewName) : 'search';
  return { view, params: new URLSearchParams(query), hash };
}

/** `#/view?k=v`, leaving out empty values; lists repeat their key. */
export function href(view: ViewName, params: Params = {}): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    for (const one of Array.isArray(value) ? value : [value]) {
      if (one !== null && one !== undefined && one !== '') query.append(key, String(one));
    }
  }
  const text = query.toString();
  return `#/${view}${text ? `?${text}` : ''}`;
}

/** Goes to a view; `replace` changes the current history entry instead of adding one. */
export function navigate(view: ViewName, params: Params = {}, replace = false): void {
  const target = href(view, params);
  if (replace) {
    history.replaceState(null, '', target);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    location.hash = target;
  }
}

/** The current parameters as a plain object, to change one and navigate. */
export function paramsOf(params: URLSearchParams): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [key, value] of params) {
    out[key] = [...(out[key] ?? []), value];
  }
  return out;
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(location.hash));
  useEffect(() => {
    const update = () => setRoute(parseHash(location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}
