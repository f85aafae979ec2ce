import { useApi } from '../api';

/** Known actor codes, busiest first, offered by the actor inputs (`list="actor-codes"`). */
export function ActorOptions() {
  const state = useApi<{ actors: { actor: string; events: number }[] }>('/actors');
  if (state.status !== 'ok') return null;
  return (
    <datalist id="actor-codes">
      {state.data.actors.map((a) => (
        <option key={a.actor} value={a.actor}>
          {a.events} events
        </option>
      ))}
    </datalist>
  );
}
