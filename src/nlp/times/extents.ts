import type { Found } from './mention.js';
import { alternation } from './vocabulary.js';
import { DAY_PARTS, DURATION_LEADS, DURATION_MODS, POINT_LEADS } from './vocabulary-periods.js';

const DAY_PART_AFTER = new RegExp(`^\\s+(${alternation([...DAY_PARTS.keys()])})\\b`, 'i');
const DURATION_BEFORE = new RegExp(
  `(?:\\bthe\\s+(?:(?:${alternation(DURATION_LEADS)})\\s+)?|\\b(?:${alternation(DURATION_MODS)})\\s+)$`,
  'i',
);
const POINT_BEFORE = new RegExp(`\\b(?:${alternation(POINT_LEADS)})\\s+(?:the\\s+)?$`, 'i');
const THE_BEFORE = /\bthe\s+$/i;
const EDGE_BEFORE = /\b(?:early|late|mid|earlier|later)[\s-]+$/i;
// "a 6-year-old", "52 years old": an age, not a time expression.
const AGE_AFTER = /^(?:-|\s+)old\b/i;
const POINTS = new Set(['date', 'decade', 'shift', 'part', 'season', 'weekday', 'anaphor']);

/**
 * TimeML extent conventions, applied to expressions already found (in text order, no overlaps):
 * 1. a day with a part of it is one TIME expression ("Friday morning" = …TMO);
 * 2. a duration keeps "the", its position word and approximators ("the first nine months",
 *    "nearly five months");
 * 3. a date keeps "the end of" and the like, a relative one "early"/"later" ("early next year",
 *    "later that year"), a decade its "the" ("the late 1970s");
 * 4. ages ("6-year-old") are dropped, and trailing whitespace is trimmed.
 */
export function applyExtents(text: string, found: readonly Found[]): Found[] {
  const out: Found[] = [];
  for (const original of found) {
    let f = { ...original };
    const start = f.start;
    while (f.end > f.start && /\s/.test(text[f.end - 1] as string)) f.end--;
    const before = text.slice(Math.max(0, f.start - 40), f.start);
    const after = text.slice(f.end, f.end + 12);
    // 1. Day parts.
    const part = DAY_PART_AFTER.exec(after);
    const isDay =
      f.mention.kind === 'weekday' || (f.mention.kind === 'shift' && f.mention.unit === 'day');
    const token = part ? DAY_PARTS.get((part[1] as string).toLowerCase()) : undefined;
    if (isDay && part && token) {
      f = {
        ...f,
        end: f.end + part[0].length,
        type: 'TIME',
        mention: { kind: 'daypart', day: f.mention, part: token },
      };
    }
    // 2. Durations.
    if (f.type === 'DURATION') {
      if (AGE_AFTER.test(text.slice(f.end, f.end + 6))) continue;
      const lead = DURATION_BEFORE.exec(before);
      // "the 24-hour strike": an adjectival duration leaves "the" to its noun.
      const adjective = text.slice(f.start, f.end).includes('-');
      if (lead && !(adjective && /^the\b/i.test(lead[0]))) f.start -= lead[0].length;
    }
    // 3. Dates.
    if (f.type === 'DATE' && POINTS.has(f.mention.kind)) {
      const point = POINT_BEFORE.exec(before);
      const edge =
        f.mention.kind === 'shift' || f.mention.kind === 'anaphor'
          ? EDGE_BEFORE.exec(before)
          : null;
      if (point) f.start -= point[0].length;
      else if (edge) f.start -= edge[0].length;
      else if (f.mention.kind === 'decade' && THE_BEFORE.test(before)) {
        f.start -= (THE_BEFORE.exec(before)?.[0] ?? '').length;
      }
    }
    const previous = out.at(-1);
    if (previous && previous.end > f.start) f.start = start;
    if (f.end > f.start) out.push(f);
  }
  return out;
}
