import 'uplot/dist/uPlot.min.css';
import 'leaflet/dist/leaflet.css';
import './styles.css';
import { render } from 'preact';
import { useEffect } from 'preact/hooks';
import { useApi } from './api';
import { href, useRoute, type ViewName } from './router';
import type { IngestStatus } from './types';
import { ActorView } from './views/actor';
import { ArticleView } from './views/article';
import { DyadView } from './views/dyad';
import { IngestView } from './views/ingest';
import { MapView } from './views/map';
import { NetworkView } from './views/network';
import { SearchView } from './views/search';

const NAV: { view: ViewName; label: string }[] = [
  { view: 'search', label: 'Search' },
  { view: 'dyad', label: 'Dyad' },
  { view: 'actor', label: 'Actor' },
  { view: 'network', label: 'Network' },
  { view: 'map', label: 'Map' },
  { view: 'ingest', label: 'Ingest' },
];

/** A banner on every view while the store holds nothing, saying how to fill it. */
function EmptyStoreBanner() {
  const state = useApi<IngestStatus>('/ingest');
  if (state.status !== 'ok' || state.data.summary.articles > 0) return null;
  return (
    <p class="banner" role="status">
      The store is empty. Ingest articles with{' '}
      <code>newsgraph ingest &lt;folder&gt; --db &lt;file&gt;</code>, then reload this page.
    </p>
  );
}

function App() {
  const { view, params, hash } = useRoute();
  useEffect(() => {
    document.title = `${NAV.find((n) => n.view === view)?.label ?? 'Article'} · newsgraph`;
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [view]);
  return (
    <>
      <button type="button" class="skip" onClick={() => document.getElementById('main')?.focus()}>
        Skip to content
      </button>
      <header>
        <span class="brand">newsgraph</span>
        <nav aria-label="Views">
          <ul>
            {NAV.map((n) => (
              <li key={n.view}>
                <a href={href(n.view)} aria-current={n.view === view ? 'page' : undefined}>
                  {n.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1} data-route={hash}>
        <EmptyStoreBanner />
        {view === 'search' ? <SearchView params={params} /> : null}
        {view === 'article' ? <ArticleView params={params} /> : null}
        {view === 'dyad' ? <DyadView params={params} /> : null}
        {view === 'actor' ? <ActorView params={params} /> : null}
        {view === 'network' ? <NetworkView params={params} /> : null}
        {view === 'map' ? <MapView params={params} /> : null}
        {view === 'ingest' ? <IngestView /> : null}
      </main>
    </>
  );
}

const root = document.getElementById('app');
if (root) {
  root.textContent = '';
  render(<App />, root);
}
