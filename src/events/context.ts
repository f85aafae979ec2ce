import type { Doc, Sentence } from '../doc/doc.js';
import { spansWithin } from '../doc/spans.js';
import type { IsoValue } from '../doc/types.js';

const CALENDAR_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/u;

/** The sentence's last calendar date (not a range or set), else the article's date. */
export function eventDate(doc: Doc, sentence: Sentence): IsoValue | null {
  let date: IsoValue | null = null;
  for (const time of spansWithin(doc.times, sentence.start, sentence.end)) {
    if (time.type === 'DATE' && time.value && CALENDAR_DATE.test(time.value)) date = time.value;
  }
  return date ?? doc.publishedDate;
}

/** The first city or region the sentence names, else null. */
export function eventLocation(doc: Doc, sentence: Sentence): string | null {
  for (const mention of spansWithin(doc.mentions, sentence.start, sentence.end)) {
    if (!mention.key.startsWith('place:')) continue;
    return doc.entities[mention.entity]?.name ?? mention.text;
  }
  return null;
}
