import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { apiUrl, useApi } from '../api';
import { Empty, Status, View } from '../components';
import { href, navigate } from '../router';
import type { Edge } from '../types';
import { EventFilterForm, eventFilter } from './event-filters';

/** Events per country of the actors on either side (an event between two countries counts for both). */
export function countryCounts(edges: readonly Edge[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of edges) {
    const sides = new Set([e.source.slice(0, 3), e.target.slice(0, 3)]);
    for (const country of sides) counts.set(country, (counts.get(country) ?? 0) + e.events);
  }
  return counts;
}

function WorldMap(props: { counts: Map<string, number> }) {
  const box = useRef<HTMLElement>(null);
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => {
    let destroy: (() => void) | undefined;
    let cancelled = false;
    import('../world-map').then(
      ({ drawWorld }) => {
        if (cancelled || !box.current) return;
        destroy = drawWorld(box.current, props.counts, (id) => navigate('actor', { id }));
        box.current.dataset.drawn = 'true';
      },
      () => setFailed('The map could not be loaded; the table below has the same counts.'),
    );
    return () => {
      cancelled = true;
      destroy?.();
    };
  }, [props.counts]);
  if (failed)
    return (
      <p role="alert" class="error">
        {failed}
      </p>
    );
  return <section class="world" ref={box} aria-label="World map of events per country" />;
}

export function MapView(props: { params: URLSearchParams }) {
  const filter = eventFilter(props.params);
  const state = useApi<{ edges: Edge[] }>(apiUrl('/network', { ...filter, limit: 10000 }));
  const counts = useMemo(
    () => (state.status === 'ok' ? countryCounts(state.data.edges) : new Map<string, number>()),
    [state],
  );
  return (
    <View name="map" title="Map">
      <p class="muted">
        Stored events name places but carry no coordinates, so the map shows the countries of the
        actors on either side of each event.
      </p>
      <EventFilterForm view="map" filter={filter} />
      <Status state={state}>
        {() =>
          counts.size === 0 ? (
            <Empty>No events between known actors match these filters.</Empty>
          ) : (
            <>
              <WorldMap counts={counts} />
              <table>
                <caption>Events per country</caption>
                <thead>
                  <tr>
                    <th scope="col">Country</th>
                    <th scope="col">Events</th>
                  </tr>
                </thead>
                <tbody>
                  {[...counts]
                    .sort((a, b) => b[1] - a[1])
                    .map(([country, n]) => (
                      <tr key={country}>
                        <th scope="row">
                          <a href={href('actor', { id: country })}>{country}</a>
                        </th>
                        <td>{n}</td>
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
