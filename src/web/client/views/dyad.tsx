import { ACTOR_CODE } from '../cameo';
import { Field, formValues, View } from '../components';
import { navigate } from '../router';
import type { ChartPeriod } from '../series';
import { ActorOptions } from './actor-options';
import { formatSelection, parseSelection, SeriesPanel } from './series-panel';

const PERIODS: ChartPeriod[] = ['week', 'month', 'year'];

export function periodOf(params: URLSearchParams): ChartPeriod {
  const period = params.get('period');
  return PERIODS.includes(period as ChartPeriod) ? (period as ChartPeriod) : 'month';
}

export function PeriodSelect(props: { value: ChartPeriod }) {
  return (
    <label>
      <span>Per</span>
      <select name="period">
        {PERIODS.map((p) => (
          <option key={p} value={p} selected={p === props.value}>
            {p}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Two actors or countries: events per period by quad class, mean Goldstein, and the events. */
export function DyadView(props: { params: URLSearchParams }) {
  const a = (props.params.get('a') ?? '').toUpperCase();
  const b = (props.params.get('b') ?? '').toUpperCase();
  const period = periodOf(props.params);
  const selection = parseSelection(props.params.get('sel'));
  const bad = [a, b].filter((code) => code && !ACTOR_CODE.test(code));
  const ready = Boolean(a && b && bad.length === 0);
  return (
    <View name="dyad" title={ready ? `Dyad ${a}–${b}` : 'Dyad'}>
      <form
        class="filters"
        onSubmit={(event) => {
          event.preventDefault();
          const v = formValues(event.currentTarget);
          navigate('dyad', { a: v.a, b: v.b, period: v.period });
        }}
      >
        <Field
          label="Actor or country"
          name="a"
          value={a}
          placeholder="e.g. IND"
          list="actor-codes"
        />
        <Field label="and" name="b" value={b} placeholder="e.g. RUS" list="actor-codes" />
        <PeriodSelect value={period} />
        <button type="submit">Show</button>
        <ActorOptions />
      </form>
      {bad.length > 0 ? (
        <p role="alert" class="error">
          “{bad[0]?.slice(0, 60)}” is not an actor code: use blocks of three letters, such as RUS or
          RUSGOV.
        </p>
      ) : null}
      {!a || !b ? (
        <p class="muted">Pick two actors or countries (CAMEO codes such as IND and RUS).</p>
      ) : null}
      {ready ? (
        <SeriesPanel
          key={`${a}-${b}-${period}`}
          filter={{ dyad: `${a}-${b}` }}
          period={period}
          selection={selection}
          what={`${a} and ${b}`}
          onSelect={(pick) =>
            navigate('dyad', { a, b, period, sel: pick ? formatSelection(pick) : undefined })
          }
        />
      ) : null}
    </View>
  );
}
