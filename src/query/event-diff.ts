import type { AnalysisEvent } from '../analyze/analysis.js';

export interface Tally {
  added: number;
  dropped: number;
  recoded: number;
}

/** What a re-analysis changed, overall, per dyad (`RUS>IND`) and per code (`057`, `057→036`). */
export interface EventChanges {
  total: Tally;
  byDyad: Record<string, Tally>;
  byCode: Record<string, Tally>;
}

export function emptyChanges(): EventChanges {
  return { total: { added: 0, dropped: 0, recoded: 0 }, byDyad: {}, byCode: {} };
}

/** An event's identity across runs: who did it to whom, said where. Its code may change. */
function identity(event: AnalysisEvent): string {
  return `${event.source.actor}>${event.target.actor}@${event.evidence.start}`;
}

function dyad(event: AnalysisEvent): string {
  return `${event.source.actor}>${event.target.actor}`;
}

function bump(changes: EventChanges, kind: keyof Tally, dyadKey: string, codeKey: string): void {
  changes.total[kind]++;
  changes.byDyad[dyadKey] ??= { added: 0, dropped: 0, recoded: 0 };
  changes.byDyad[dyadKey][kind]++;
  changes.byCode[codeKey] ??= { added: 0, dropped: 0, recoded: 0 };
  changes.byCode[codeKey][kind]++;
}

/** Adds the differences between an article's old and new events to `changes`; true if any. */
export function diffEvents(
  before: readonly AnalysisEvent[],
  after: readonly AnalysisEvent[],
  changes: EventChanges,
): boolean {
  const codes = (events: readonly AnalysisEvent[]) => {
    const map = new Map<string, Set<string>>();
    for (const e of events) map.set(identity(e), (map.get(identity(e)) ?? new Set()).add(e.code));
    return map;
  };
  const old = codes(before);
  const now = codes(after);
  let changed = false;
  for (const event of after) {
    const was = old.get(identity(event));
    if (was?.has(event.code)) continue;
    changed = true;
    if (was && was.size > 0)
      bump(changes, 'recoded', dyad(event), `${[...was].join('|')}→${event.code}`);
    else bump(changes, 'added', dyad(event), event.code);
  }
  for (const event of before) {
    // Still there under some code: unchanged, or counted as recoded above.
    if (now.has(identity(event))) continue;
    changed = true;
    bump(changes, 'dropped', dyad(event), event.code);
  }
  return changed;
}
