import type { ComponentChildren } from 'preact';
import type { Loaded } from './api';
import { codeLabel, quadName } from './cameo';
import { href } from './router';
import type { EventRow } from './types';

/** Loading and error states as messages in the page; `children` render once data is there. */
export function Status<T>(props: { state: Loaded<T>; children: (data: T) => ComponentChildren }) {
  const { state } = props;
  if (state.status === 'idle') return null;
  if (state.status === 'loading')
    return (
      <p role="status" class="loading">
        Loading…
      </p>
    );
  if (state.status === 'error') {
    return (
      <p role="alert" class="error">
        {state.message}
      </p>
    );
  }
  return <>{props.children(state.data)}</>;
}

/** A view's outer box; it has rendered its data once no `.loading` message is left inside. */
export function View(props: { name: string; title: string; children: ComponentChildren }) {
  return (
    <section class={`view view-${props.name}`} data-view={props.name}>
      <h1>{props.title}</h1>
      {props.children}
    </section>
  );
}

export function Empty(props: { children: ComponentChildren }) {
  return (
    <p class="empty" role="status">
      {props.children}
    </p>
  );
}

/** Who did what to whom, said where: one row per event, its evidence sentence as text. */
export function EventTable(props: { rows: EventRow[]; total: number; caption: string }) {
  if (props.rows.length === 0) return <Empty>No events match.</Empty>;
  return (
    <table class="events">
      <caption>
        {props.caption}: {props.total} event{props.total === 1 ? '' : 's'}
        {props.total > props.rows.length ? `, the first ${props.rows.length} shown` : ''}
      </caption>
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">Source → target</th>
          <th scope="col">Event</th>
          <th scope="col">Goldstein</th>
          <th scope="col">Evidence</th>
        </tr>
      </thead>
      <tbody>
        {props.rows.map((e) => (
          <tr key={`${e.articleId}-${e.evidence.start}-${e.code}-${e.sourceActor}`}>
            <td>{e.date ?? 'undated'}</td>
            <td>
              {e.sourceActor ?? '?'} → {e.targetActor ?? '?'}
            </td>
            <td>
              {codeLabel(e.code)}
              <br />
              <small>{quadName(e.quad)}</small>
              {e.negated ? <small> (negated)</small> : null}
            </td>
            <td>{e.goldstein ?? '–'}</td>
            <td>
              <q>{e.evidence.text}</q>{' '}
              <a
                href={href('article', {
                  id: e.articleId,
                  hl: `${e.evidence.start}-${e.evidence.end}`,
                })}
              >
                Open in article{e.title ? `: ${e.title}` : ''}
              </a>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** ` · ` and the article's URL; only http(s) URLs become links, anything else stays text. */
export function SafeLink(props: { url: string | null }) {
  if (!props.url) return null;
  if (!/^https?:\/\//iu.test(props.url)) return <span> · {props.url}</span>;
  return (
    <>
      {' · '}
      <a href={props.url} rel="noopener noreferrer" target="_blank">
        {props.url}
      </a>
    </>
  );
}

/** A labelled text input whose value goes into the URL when its form is submitted. */
export function Field(props: {
  label: string;
  name: string;
  value: string;
  placeholder?: string;
  list?: string;
  type?: 'text' | 'date';
}) {
  return (
    <label>
      <span>{props.label}</span>
      <input
        name={props.name}
        type={props.type ?? 'text'}
        defaultValue={props.value}
        placeholder={props.placeholder}
        list={props.list}
        autocomplete="off"
      />
    </label>
  );
}

/** The form's fields as a plain object. */
export function formValues(form: HTMLFormElement): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of new FormData(form)) out[key] = String(value).trim();
  return out;
}
