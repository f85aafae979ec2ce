import type { Doc } from '../doc/doc.js';
import type { Mention } from '../doc/types.js';
import type { LinkGoldRow } from './link-data.js';

/** What the system said about one gold mention. */
export interface LinkOutcome {
  readonly row: LinkGoldRow;
  /** The actor of the entity the system linked the span to; null when none. */
  readonly actor: string | null;
  /** The entity's names (its name mentions and canonical name); empty when unresolved. */
  readonly names: readonly string[];
}

/** The system mention at a gold span: the one covering its start, else one inside it. */
export function mentionAt(doc: Doc, start: number, end: number): Mention | undefined {
  return (
    doc.mentions.find((m) => m.start <= start && start < m.end) ??
    doc.mentions.find((m) => m.start >= start && m.end <= end)
  );
}

export function outcomeOf(doc: Doc, row: LinkGoldRow, start: number, end: number): LinkOutcome {
  const mention = mentionAt(doc, start, end);
  const entity = mention ? doc.entities[mention.entity] : undefined;
  if (!entity) return { row, actor: null, names: [] };
  const names = entity.mentions
    .map((m) => doc.mentions[m] as Mention)
    .filter((m) => m.kind === 'name')
    .map((m) => m.text);
  return { row, actor: entity.actor, names: [entity.name, ...names] };
}

/** Actor correct: same code, or both none. Rows with actor `*` are not scored. */
export function actorCorrect(o: LinkOutcome): boolean {
  return (o.row.actor ?? null) === o.actor;
}

/** Reference correct: linked to an entity named `refers`, or left unresolved when `refers` is `-`. */
export function referenceCorrect(o: LinkOutcome): boolean {
  if (o.row.refers === '-') return o.names.length === 0;
  return o.row.refers !== null && o.names.includes(o.row.refers);
}

export interface Tally {
  correct: number;
  total: number;
}

export function accuracy(t: Tally): number {
  return t.total === 0 ? 0 : t.correct / t.total;
}
