import { codeLabel, quadName } from '../cameo';
import { href } from '../router';
import type { ArticleDetail, ArticleEvent, Entity } from '../types';

function entityName(article: ArticleDetail, id: string): Entity | undefined {
  return article.entities.find((e) => e.id === id);
}

function Party(props: { article: ArticleDetail; side: ArticleEvent['source'] }) {
  const entity = entityName(props.article, props.side.entity);
  const inEvidence = entity?.mentions ?? [];
  return (
    <>
      {entity ? `${entity.name} (${entity.type})` : props.side.entity} → actor{' '}
      {props.side.actor ? (
        <a href={href('actor', { id: props.side.actor })}>{props.side.actor}</a>
      ) : (
        'unknown'
      )}
      {inEvidence.length > 0 ? (
        <small>
          {' '}
          · mentioned as {[...new Set(inEvidence.map((m) => `“${m.text}”`))].join(', ')}
        </small>
      ) : null}
    </>
  );
}

/** What the coder recorded for one event, and the sentence it was coded from. */
function EventDetails(props: { article: ArticleDetail; event: ArticleEvent }) {
  const { article, event } = props;
  const evidence = article.text.slice(event.evidence.start, event.evidence.end);
  const dyad =
    event.source.actor && event.target.actor
      ? `${event.source.actor.slice(0, 3)}-${event.target.actor.slice(0, 3)}`
      : null;
  return (
    <>
      <h2>Event {codeLabel(event.code)}</h2>
      <dl>
        <dt>Source</dt>
        <dd>
          <Party article={article} side={event.source} />
        </dd>
        <dt>Target</dt>
        <dd>
          <Party article={article} side={event.target} />
        </dd>
        <dt>CAMEO</dt>
        <dd>
          {codeLabel(event.code)}; root {codeLabel(event.root)}; {quadName(event.quad)}
        </dd>
        <dt>Goldstein</dt>
        <dd>{event.goldstein ?? 'none'}</dd>
        <dt>Date</dt>
        <dd>{event.date ?? 'undated'}</dd>
        <dt>Location</dt>
        <dd>{event.location ?? 'none named'}</dd>
        <dt>Modality</dt>
        <dd>
          {event.modality}
          {event.negated ? ', negated' : ''}
        </dd>
      </dl>
      <p>
        Why: the coder matched a CAMEO {event.code} verb pattern in this sentence (characters{' '}
        {event.evidence.start}–{event.evidence.end}), with the source and target named in it or
        resolved to it:
      </p>
      <blockquote class="why">{evidence}</blockquote>
      {dyad ? (
        <a href={href('dyad', { a: dyad.slice(0, 3), b: dyad.slice(4) })}>All events of {dyad}</a>
      ) : null}
    </>
  );
}

function EntityDetails(props: { article: ArticleDetail; entity: Entity }) {
  const { article, entity } = props;
  const events = article.events.filter(
    (e) => e.source.entity === entity.id || e.target.entity === entity.id,
  );
  return (
    <>
      <h2>{entity.name}</h2>
      <dl>
        <dt>Type</dt>
        <dd>{entity.type}</dd>
        <dt>Actor</dt>
        <dd>
          {entity.actor ? (
            <a href={href('actor', { id: entity.actor })}>{entity.actor}</a>
          ) : (
            'not linked'
          )}
        </dd>
        <dt>Country</dt>
        <dd>{entity.country ?? 'none'}</dd>
        {entity.office ? (
          <>
            <dt>Office</dt>
            <dd>{entity.office}</dd>
          </>
        ) : null}
        <dt>Mentions</dt>
        <dd>
          {entity.mentions.length}:{' '}
          {entity.mentions.map((m) => `“${m.text}” (${m.kind})`).join(', ')}
        </dd>
        <dt>Events</dt>
        <dd>{events.length === 0 ? 'none' : events.map((e) => codeLabel(e.code)).join('; ')}</dd>
      </dl>
      <p>
        Why:{' '}
        {entity.actor
          ? `the name was linked to ${entity.actor} by the gazetteer and office-holder lists`
          : 'found as a name, not linked to an actor'}
        ; every mention above is highlighted in the text.
      </p>
    </>
  );
}

/** The details panel for the item selected in the text or the lists (`event:0`, `entity:e2`). */
export function Details(props: { article: ArticleDetail; selected: string | null }) {
  const { article } = props;
  const [kind, id = ''] = (props.selected ?? '').split(':');
  const index = Number(id);
  if (kind === 'event' && article.events[index])
    return <EventDetails article={article} event={article.events[index]} />;
  const entity = kind === 'entity' ? entityName(article, id) : undefined;
  if (entity) return <EntityDetails article={article} entity={entity} />;
  const quote = kind === 'quote' ? article.quotes[index] : undefined;
  if (quote) {
    const speaker = quote.speaker ? entityName(article, quote.speaker) : undefined;
    return (
      <>
        <h2>Quote ({quote.kind})</h2>
        <blockquote>{quote.text}</blockquote>
        <p>
          Speaker:{' '}
          {speaker
            ? `${speaker.name}${speaker.actor ? ` (${speaker.actor})` : ''}`
            : 'not attributed'}
        </p>
      </>
    );
  }
  const time = kind === 'time' ? article.times[index] : undefined;
  if (time) {
    return (
      <>
        <h2>Time “{time.text}”</h2>
        <p>
          {time.type}, resolved to {time.value ?? 'no value'} (against the publication date{' '}
          {article.published ?? 'unknown'}).
        </p>
      </>
    );
  }
  return (
    <p class="muted">
      Click a highlighted span, or an item in the lists below, to see what was coded and why.
    </p>
  );
}
