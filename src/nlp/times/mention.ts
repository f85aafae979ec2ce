import type { TimeType } from '../../doc/types.js';

/**
 * What an expression states, before it is resolved against a reference date. Finders produce
 * these without knowing the publication date, so the same mentions serve to infer it.
 */
export type Mention =
  /** A calendar date, as precise as stated; a missing year is resolved against the reference. */
  | {
      kind: 'date';
      year?: number;
      month?: number;
      day?: number;
      hour?: number;
      minute?: number;
      /** Minutes east of UTC, when the text names a zone. */
      offset?: number;
      /** "last December", "next January": the occurrence before or after the reference month. */
      relation?: -1 | 1;
    }
  /** "1990s" → decade 199. */
  | { kind: 'decade'; decade: number }
  /** "last month", "two weeks ago", "today": the reference moved by `offset` units. */
  | { kind: 'shift'; unit: 'day' | 'week' | 'month' | 'year'; offset: number }
  /** "Tuesday" (nearest past, today included), "last Tuesday" (-1), "next Tuesday" (+1). */
  | { kind: 'weekday'; weekday: number; relation: 0 | -1 | 1 }
  /** "until 2030" (open: 'until') or "since 2019" ('since'): a span between the bound and the reference. */
  | { kind: 'bound'; cue: 'until' | 'since'; bound: Mention }
  /** "December 6-8", "2019-2021": a span between two stated dates. */
  | { kind: 'span'; from: Mention; to: Mention }
  /** DURATION and SET values need no reference. */
  | { kind: 'fixed'; value: string };

/** One expression found in the text. */
export interface Found {
  start: number;
  end: number;
  type: TimeType;
  mention: Mention;
  /** Stated in a forward-looking context ("will meet on March 3"): no evidence of the present. */
  forward?: boolean;
}

/** A mention that refers to the writer's present (and so needs a reference date to resolve). */
export function isDeictic(mention: Mention): boolean {
  switch (mention.kind) {
    case 'date':
      return (
        mention.year === undefined && (mention.month !== undefined || mention.day !== undefined)
      );
    case 'shift':
    case 'weekday':
      return true;
    case 'bound':
      return isDeictic(mention.bound);
    case 'span':
      return isDeictic(mention.from) || isDeictic(mention.to);
    default:
      return false;
  }
}
