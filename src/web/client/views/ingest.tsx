import { useApi } from '../api';
import { Empty, Status, View } from '../components';
import { href } from '../router';
import type { IngestStatus } from '../types';

const REFRESH_MS = 5000;

export function IngestView() {
  const state = useApi<IngestStatus>('/ingest', REFRESH_MS);
  return (
    <View name="ingest" title="Ingest">
      <Status state={state}>
        {(status) => (
          <>
            <p class="summary" aria-live="polite">
              {status.summary.articles} articles, {status.summary.events} events,{' '}
              {status.summary.entities} entities, {status.summary.quotes} quotes in the{' '}
              {status.engine} store (refreshed every {REFRESH_MS / 1000} s).
            </p>
            <h2>Job queue</h2>
            {status.queue ? (
              <>
                <p>
                  {status.queue.queued} queued · {status.queue.done} done · {status.queue.failed}{' '}
                  failed
                </p>
                <progress
                  max={Math.max(1, status.queue.queued + status.queue.done + status.queue.failed)}
                  value={status.queue.done + status.queue.failed}
                  aria-label="Jobs finished"
                />
                <h2>Errors per source</h2>
                {status.failuresBySource.length === 0 ? <Empty>No failed jobs.</Empty> : null}
                <ul>
                  {status.failuresBySource.map((f) => (
                    <li key={f.source}>
                      {f.source}: {f.failed} failed
                    </li>
                  ))}
                </ul>
                <ul class="failures">
                  {status.failures.map((f) => (
                    <li key={f.jobId}>
                      <strong>{f.name}</strong>: {f.error}
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <p class="muted">
                This is a SQLite store: <code>newsgraph ingest</code> reports progress and errors
                per file on its console. The PostgreSQL job queue (<code>enqueue</code>/
                <code>worker</code>) keeps them here.
              </p>
            )}
            <h2>Articles per outlet</h2>
            {status.outlets.length === 0 ? <Empty>The store is empty.</Empty> : null}
            <table>
              <caption>Stored articles by outlet</caption>
              <thead>
                <tr>
                  <th scope="col">Outlet</th>
                  <th scope="col">Articles</th>
                  <th scope="col">Last stored</th>
                </tr>
              </thead>
              <tbody>
                {status.outlets.map((o) => (
                  <tr key={o.outlet ?? ''}>
                    <th scope="row">{o.outlet ?? 'unknown outlet'}</th>
                    <td>{o.articles}</td>
                    <td>{o.lastStored}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <h2>Latest stored</h2>
            <ul>
              {status.recent.map((r) => (
                <li key={r.articleId}>
                  <a href={href('article', { id: r.articleId })}>
                    {r.title ?? `Article ${r.articleId}`}
                  </a>{' '}
                  · {r.source} · {r.storedAt}
                </li>
              ))}
            </ul>
          </>
        )}
      </Status>
    </View>
  );
}
