import { apiUrl, useApi } from '../api';
import { ACTOR_CODE } from '../cameo';
import { Empty, Field, formValues, Status, View } from '../components';
import { href, navigate } from '../router';
import type { Edge, Paged, QuoteHit } from '../types';
import { ActorOptions } from './actor-options';
import { PeriodSelect, periodOf } from './dyad';
import { formatSelection, parseSelection, SeriesPanel } from './series-panel';

/** The actors on the other side of an actor's events, heaviest first. */
function Partners(props: { actor: string; edges: Edge[] }) {
  const partners = new Map<string, { events: number; sum: number; scored: number }>();
  for (const e of props.edges) {
    const other = e.source.startsWith(props.actor) ? e.target : e.source;
    const p = partners.get(other) ?? { events: 0, sum: 0, scored: 0 };
    p.events += e.events;
    if (e.goldstein !== null)
      [p.sum, p.scored] = [p.sum + e.goldstein * e.events, p.scored + e.events];
    partners.set(other, p);
  }
  const rows = [...partners].sort((a, b) => b[1].events - a[1].events);
  if (rows.length === 0) return <Empty>No partners: no events with a known other side.</Empty>;
  return (
    <table>
      <caption>Actors {props.actor} interacts with</caption>
      <thead>
        <tr>
          <th scope="col">Actor</th>
          <th scope="col">Events</th>
          <th scope="col">Mean Goldstein</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([other, p]) => (
          <tr key={other}>
            <th scope="row">
              <a href={href('dyad', { a: props.actor.slice(0, 3), b: other.slice(0, 3) })}>
                {other}
              </a>
            </th>
            <td>{p.events}</td>
            <td>{p.scored > 0 ? (p.sum / p.scored).toFixed(2) : '–'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Quotes(props: { page: Paged<QuoteHit> }) {
  if (props.page.total === 0) return <Empty>No quotes by this actor.</Empty>;
  return (
    <ul class="quotes">
      {props.page.rows.map((q) => (
        <li key={`${q.articleId}-${q.start}`}>
          <blockquote>{q.text}</blockquote>
          <div class="meta">
            {q.speakerName} ({q.speakerActor}) ·{' '}
            <a href={href('article', { id: q.articleId, hl: `${q.start}-${q.end}` })}>
              {q.title ?? `Article ${q.articleId}`}
            </a>
          </div>
        </li>
      ))}
    </ul>
  );
}

export function ActorView(props: { params: URLSearchParams }) {
  const id = (props.params.get('id') ?? '').toUpperCase();
  const period = periodOf(props.params);
  const valid = ACTOR_CODE.test(id);
  const network = useApi<{ edges: Edge[] }>(
    valid ? apiUrl('/network', { actor: id, limit: 500 }) : null,
  );
  const quotes = useApi<Paged<QuoteHit>>(
    valid ? apiUrl('/quotes', { actor: id, limit: 20 }) : null,
  );
  const unknown =
    network.status === 'ok' &&
    network.data.edges.length === 0 &&
    quotes.status === 'ok' &&
    quotes.data.total === 0;
  return (
    <View name="actor" title={valid ? `Actor ${id}` : 'Actor'}>
      <form
        class="filters"
        onSubmit={(event) => {
          event.preventDefault();
          const v = formValues(event.currentTarget);
          navigate('actor', { id: v.id, period: v.period });
        }}
      >
        <Field
          label="Actor code"
          name="id"
          value={id}
          placeholder="e.g. RUS or RUSGOV"
          list="actor-codes"
        />
        <PeriodSelect value={period} />
        <button type="submit">Show</button>
        <ActorOptions />
      </form>
      {!id ? (
        <p class="muted">
          Give an actor code (a country such as RUS, or RUSGOV for its government).
        </p>
      ) : null}
      {id && !valid ? (
        <p role="alert" class="error">
          “{id.slice(0, 60)}” is not an actor code: use blocks of three letters, such as RUS or
          RUSGOV.
        </p>
      ) : null}
      {unknown ? (
        <p role="alert" class="error">
          No events or quotes for actor {id} in this store. Check the code, or pick one from the
          suggestions.
        </p>
      ) : null}
      {valid && !unknown ? (
        <>
          <h2>Timeline</h2>
          <SeriesPanel
            key={`${id}-${period}`}
            filter={{ actor: id }}
            period={period}
            selection={parseSelection(props.params.get('sel'))}
            what={id}
            onSelect={(pick) =>
              navigate('actor', { id, period, sel: pick ? formatSelection(pick) : undefined })
            }
          />
          <h2>Partners</h2>
          <Status state={network}>{(data) => <Partners actor={id} edges={data.edges} />}</Status>
          <h2>Quotes</h2>
          <Status state={quotes}>{(page) => <Quotes page={page} />}</Status>
        </>
      ) : null}
    </View>
  );
}
