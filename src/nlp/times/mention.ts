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
      /**
       * "last December", "next January": the occurrence before or after the reference month;
       * "this September" (0): the one in the reference's year.
       */
      relation?: -1 | 0 | 1;
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
  /**
   * A quarter or half of a year: "the third quarter" (n 3), "fiscal 1989's first half". The year is
   * stated, or shifted from the reference's ("this year's" 0, "last year's" -1); without either it
   * is the latest such part begun by the reference. Without `n`, `offset` counts parts from the
   * reference's own ("the latest quarter" -1, "this quarter" 0).
   */
  | {
      kind: 'part';
      unit: 'Q' | 'H';
      n?: number;
      year?: number;
      yearOffset?: number;
      offset?: number;
    }
  /** "last fall", "this summer", "the winter of 1942": a season (TIMEX3 SP, SU, FA, WI). */
  | { kind: 'season'; season: 'SP' | 'SU' | 'FA' | 'WI'; year?: number; relation?: -1 | 0 | 1 }
  /** "Friday morning", "last night": a day and a part of it (TIMEX3 MO, AF, EV, NI). */
  | { kind: 'daypart'; day: Mention; part: 'MO' | 'AF' | 'EV' | 'NI' }
  /**
   * "Thanksgiving Day", "last Christmas": a holiday on a fixed day of a month, or on the `nth`
   * `weekday` from `day` (1st by default; -1: the last in the month).
   */
  | {
      kind: 'holiday';
      month: number;
      day?: number;
      weekday?: number;
      nth?: number;
      relation?: -1 | 0 | 1;
      /** "Christmas 1963": the year is stated. */
      year?: number;
    }
  /** "the weekend" (0: the latest, or the coming one in a future clause), "last/next weekend". */
  | { kind: 'weekend'; relation: -1 | 0 | 1 }
  /** "9 a.m. Tuesday", "noon Thursday": a clock time on a stated day. */
  | { kind: 'clock'; day: Mention; hour: number; minute?: number; offset?: number }
  /**
   * "a year earlier", "the year-ago quarter": the date mentioned before it in the text, moved by
   * `offset` years (at that date's precision, or the year's with `precision: 'year'`).
   */
  | {
      kind: 'anaphor';
      offset: number;
      precision?: 'year';
      /** 'part': only a quarter or half mentioned before counts, else the reference ("a year ago"). */
      on?: 'part';
      /** "the 1988 quarter": the quarter or half mentioned before, in this year (else the year). */
      year?: number;
      /** "July 25 of that year": a month (and day) in the year the anaphor names. */
      month?: number;
      day?: number;
    }
  /** DURATION and SET values, and PRESENT_REF, PAST_REF, FUTURE_REF, need no reference. */
  | { kind: 'fixed'; value: string };

/** One expression found in the text. */
export interface Found {
  start: number;
  end: number;
  type: TimeType;
  mention: Mention;
  /** Stated in a forward-looking context ("will meet on March 3"): no evidence of the present. */
  forward?: boolean;
  /** The tense of its clause, for expressions whose direction it decides ("met Tuesday"). */
  tense?: 'past' | 'future';
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
    case 'weekend':
      return true;
    case 'holiday':
      return true;
    case 'part':
    case 'season':
      return mention.year === undefined;
    case 'daypart':
    case 'clock':
      return isDeictic(mention.day);
    case 'bound':
      return isDeictic(mention.bound);
    case 'span':
      return isDeictic(mention.from) || isDeictic(mention.to);
    default:
      return false;
  }
}
