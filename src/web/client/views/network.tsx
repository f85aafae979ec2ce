import { useEffect, useRef, useState } from 'preact/hooks';
import { apiUrl, useApi } from '../api';
import { Empty, Status, View } from '../components';
import { href, navigate } from '../router';
import type { Edge } from '../types';
import { EventFilterForm, eventFilter } from './event-filters';

function Graph(props: { edges: Edge[] }) {
  const box = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => {
    let destroy: (() => void) | undefined;
    let cancelled = false;
    import('../network-graph').then(
      ({ drawNetwork }) => {
        if (cancelled || !box.current) return;
        destroy = drawNetwork(box.current, props.edges, {
          actor: (id) => navigate('actor', { id }),
          dyad: (a, b) => navigate('dyad', { a: a.slice(0, 3), b: b.slice(0, 3) }),
        });
        box.current.dataset.drawn = 'true';
      },
      () =>
        setFailed('The network drawing could not be loaded; the table below has the same links.'),
    );
    return () => {
      cancelled = true;
      destroy?.();
    };
  }, [props.edges]);
  if (failed)
    return (
      <p role="alert" class="error">
        {failed}
      </p>
    );
  const actors = new Set(props.edges.flatMap((e) => [e.source, e.target])).size;
  return (
    <div
      class="graph"
      ref={box}
      role="img"
      aria-label={`Network of ${actors} actors and ${props.edges.length} directed links; the table below lists them`}
    />
  );
}

export function NetworkView(props: { params: URLSearchParams }) {
  const filter = eventFilter(props.params);
  const state = useApi<{ edges: Edge[] }>(apiUrl('/network', { ...filter, limit: 300 }));
  return (
    <View name="network" title="Network of actors">
      <EventFilterForm view="network" filter={filter} />
      <Status state={state}>
        {({ edges }) =>
          edges.length === 0 ? (
            <Empty>No events between known actors match these filters.</Empty>
          ) : (
            <>
              <Graph edges={edges} />
              <table>
                <caption>
                  Directed links, heaviest first (click a node or link above, or a row here)
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Source → target</th>
                    <th scope="col">Events</th>
                    <th scope="col">Mean Goldstein</th>
                  </tr>
                </thead>
                <tbody>
                  {edges.slice(0, 100).map((e) => (
                    <tr key={`${e.source}>${e.target}`}>
                      <th scope="row">
                        <a
                          href={href('dyad', { a: e.source.slice(0, 3), b: e.target.slice(0, 3) })}
                        >
                          {e.source} → {e.target}
                        </a>
                      </th>
                      <td>{e.events}</td>
                      <td>{e.goldstein ?? '–'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )
        }
      </Status>
    </View>
  );
}
