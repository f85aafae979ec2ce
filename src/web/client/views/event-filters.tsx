import { QUADS, quadName } from '../cameo';
import { Field, formValues } from '../components';
import { navigate, type ViewName } from '../router';

export const FILTER_KEYS = ['actor', 'code', 'quad', 'from', 'to'] as const;

/** The event filters the API takes, read from the URL. */
export function eventFilter(params: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value) out[key] = value;
  }
  return out;
}

/** Period and filters for the network and the map; submitting puts them in the URL. */
export function EventFilterForm(props: { view: ViewName; filter: Record<string, string> }) {
  const { filter } = props;
  return (
    <form
      class="filters"
      onSubmit={(event) => {
        event.preventDefault();
        navigate(props.view, formValues(event.currentTarget));
      }}
    >
      <Field label="From" name="from" value={filter.from ?? ''} placeholder="YYYY-MM-DD" />
      <Field label="To" name="to" value={filter.to ?? ''} placeholder="YYYY-MM-DD" />
      <Field label="Actor" name="actor" value={filter.actor ?? ''} placeholder="e.g. RUS" />
      <Field label="CAMEO code" name="code" value={filter.code ?? ''} placeholder="e.g. 05" />
      <label>
        <span>Quad class</span>
        <select name="quad">
          <option value="">all</option>
          {QUADS.map((q) => (
            <option key={q} value={q} selected={String(q) === filter.quad}>
              {quadName(q)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit">Apply</button>
    </form>
  );
}
