import type { Doc } from '../../doc/doc.js';
import type { Component } from '../../doc/pipeline.js';
import type { TimeExpression } from '../../doc/types.js';
import { findAbsolute } from './absolute.js';
import { parseReference } from './calendar.js';
import { type ChronoOptions, findWithChrono } from './chrono.js';
import { findDurations } from './durations.js';
import { type InferOptions, inferPublished } from './infer.js';
import type { Found } from './mention.js';
import { keepLongest } from './overlap.js';
import { joinRanges, markForward } from './ranges.js';
import { findRelative } from './relative.js';
import { resolve } from './resolve.js';

export { inferPublished } from './infer.js';
export type { Found, Mention } from './mention.js';

export interface TimesOptions extends ChronoOptions, InferOptions {}

/** Every time expression in the text, unresolved; overlaps resolved to the longest. */
export function findTimes(text: string, options?: TimesOptions): Found[] {
  const candidates = [
    ...findWithChrono(text, options),
    ...findRelative(text),
    ...findAbsolute(text),
    ...findDurations(text),
  ];
  return markForward(text, joinRanges(text, keepLongest(candidates, text.length)));
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
      doc.times = found.map((f): TimeExpression => {
        const span = doc.span(f.start, f.end);
        return {
          ...span,
          text: doc.slice(span),
          type: f.type,
          value: resolve(f.mention, reference),
        };
      });
    },
  };
}

export const times: Component = createTimes();
