import type { Doc } from '../../doc/doc.js';
import type { Component } from '../../doc/pipeline.js';
import type { TimeExpression } from '../../doc/types.js';
import { findAbsolute } from './absolute.js';
import { findYearAnaphors, joinOfThatYear } from './anaphors.js';
import { parseReference } from './calendar.js';
import { type ChronoOptions, findWithChrono } from './chrono.js';
import { findClockTimes, joinClockDays } from './clock.js';
import { findDeictic } from './deictic.js';
import { findDurations } from './durations.js';
import { applyExtents } from './extents.js';
import { type InferOptions, inferPublished } from './infer.js';
import type { Found } from './mention.js';
import { findNamedDays } from './named-days.js';
import { keepLongest } from './overlap.js';
import { findPeriods } from './periods.js';
import { joinRanges, markForward } from './ranges.js';
import { findRelative } from './relative.js';
import { type Anchors, anchorOn, resolve } from './resolve.js';
import { findSpelledYears } from './spelled.js';
import { markTense } from './tense.js';
import { WordStarts } from './word-starts.js';

export { inferPublished } from './infer.js';
export type { Found, Mention } from './mention.js';

export interface TimesOptions extends ChronoOptions, InferOptions {
  /**
   * `newsgraph` (default): a range is one expression with its cue ("until 2030" =
   * 2021-12-20/2030, "from 2019 to 2021"). `timeml`: TimeML 1.2.1 conventions, as TempEval-3
   * scores them: each date of a range on its own without the cue, decades as `199`.
   */
  style?: 'newsgraph' | 'timeml';
}

/** Every time expression in the text, unresolved; overlaps resolved to the longest. */
export function findTimes(text: string, options?: TimesOptions): Found[] {
  // Where the words each pattern may start at start, found in one pass for all finders.
  const words = new WordStarts(text);
  // On a tie in length the earlier finder wins: the specific ones first.
  const candidates = [
    ...findPeriods(text, words),
    ...findDeictic(text, words),
    ...findWithChrono(text, options),
    ...findRelative(text, words),
    ...findAbsolute(text, words),
    ...findDurations(text, words),
    ...findClockTimes(text, words),
    ...findYearAnaphors(text, words),
    ...findSpelledYears(text, words),
    ...findNamedDays(text, words),
  ];
  const extents = applyExtents(text, keepLongest(candidates, text.length));
  const found = joinOfThatYear(text, joinClockDays(text, extents));
  const joined = options?.style === 'timeml' ? found : joinRanges(text, found);
  return markTense(text, markForward(text, joined));
}

/**
 * The times stage. The reference date for relative expressions is found in this order:
 * 1. the publication date extraction gave (any source), when set;
 * 2. else the one inferred from the text's own expressions, recorded with source `inferred`;
 * 3. else none: relative expressions get value null, absolute ones keep what they state.
 */
export function createTimes(options?: TimesOptions): Component {
  return {
    name: 'times',
    requires: [],
    assigns: ['times', 'published'],
    run(doc: Doc): void {
      const found = findTimes(doc.text, options);
      // 1. Given.
      let reference = parseReference(doc.context.published.value);
      // 2. Inferred.
      if (doc.context.published.value === null) {
        const inferred = inferPublished(found, options);
        if (inferred !== null) {
          doc.context.published = { value: inferred, source: 'inferred' };
          reference = parseReference(inferred);
        }
      }
      // Anaphors ("a year earlier") resolve against the calendar values before them.
      const anchors: Anchors = { part: null, date: null };
      doc.times = found.map((f): TimeExpression => {
        const span = doc.span(f.start, f.end);
        const forward = f.forward ?? false;
        let value = resolve(f.mention, reference, { forward, tense: f.tense, anchors });
        if (f.mention.kind !== 'anaphor') anchorOn(anchors, value);
        if (options?.style === 'timeml' && f.mention.kind === 'decade')
          value = `${f.mention.decade}`;
        return { start: span.start, end: span.end, text: doc.slice(span), type: f.type, value };
      });
    },
  };
}

export const times: Component = createTimes();
