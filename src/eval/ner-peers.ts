import compromise from 'compromise';
import type { EntitySpan } from '../nlp/ner-model/labels.js';

/**
 * compromise on one sentence's words joined by spaces: `people()`, `places()` and
 * `organizations()` as PER, LOC and ORG. A match counts only where its characters start and end
 * on gold word boundaries. wink-nlp is not run: its entities (dates, numbers, money, e-mail, URLs,
 * hashtags) include no people, places or organisations.
 */
export function compromiseSpans(words: readonly string[]): EntitySpan[] {
  const starts = new Map<number, number>();
  const ends = new Map<number, number>();
  let at = 0;
  words.forEach((w, i) => {
    starts.set(at, i);
    ends.set(at + w.length, i + 1);
    at += w.length + 1;
  });
  const doc = compromise(words.join(' '));
  const spans: EntitySpan[] = [];
  const take = (list: { offset?: { start: number; length: number } }[], type: string) => {
    for (const m of list) {
      if (!m.offset) continue;
      const from = starts.get(m.offset.start);
      const to = ends.get(m.offset.start + m.offset.length);
      if (from !== undefined && to !== undefined && to > from) spans.push({ from, to, type });
    }
  };
  take(doc.people().json({ offset: true }), 'PER');
  take(doc.places().json({ offset: true }), 'LOC');
  take(doc.organizations().json({ offset: true }), 'ORG');
  return spans;
}
