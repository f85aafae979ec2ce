import type { Found, Mention } from './mention.js';
import { ANY_NUMBER, anchored, matchesAt, WordStarts } from './word-starts.js';

// "noon", "midnight" (T24:00, the end of the day it names); not "high noon", a figure of speech.
const CLOCK_WORDS = anchored(/(?<!\bhigh\s)\b(noon|midday|midnight)\b/gi, [
  'noon',
  'midday',
  'midnight',
]);
// "9 a.m.", "10:35 p.m.": chrono misses some before a weekday ("until 9 a.m. Tuesday").
const CLOCK = anchored(/\b(1[0-2]|0?[1-9])(?::([0-5]\d))?\s?([ap])\.m\./gi, [ANY_NUMBER]);
// Between a clock time and its day: a zone the parser left out, a comma, "on".
const CLOCK_DAY_GAP = /^\s*(?:[A-Z]{3}\b)?,?\s*(?:on\s+)?$/;

/** Clock times ("9 a.m.", "noon"): TIME, resolved on the reference's day unless a day follows. */
export function findClockTimes(text: string, words = new WordStarts(text)): Found[] {
  const found: Found[] = [];
  for (const m of matchesAt(words, CLOCK)) {
    const hour = (Number(m[1]) % 12) + ((m[3] as string).toLowerCase() === 'p' ? 12 : 0);
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      type: 'TIME',
      mention: { kind: 'date', hour, minute: m[2] === undefined ? 0 : Number(m[2]) },
    });
  }
  return [...found, ...findClockWords(words)];
}

function findClockWords(words: WordStarts): Found[] {
  return [...matchesAt(words, CLOCK_WORDS)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    type: 'TIME',
    mention: {
      kind: 'date',
      hour: (m[1] as string).toLowerCase() === 'midnight' ? 24 : 12,
      minute: 0,
    },
  }));
}

function clockOnly(m: Mention): (Mention & { kind: 'date' }) | null {
  return m.kind === 'date' &&
    m.hour !== undefined &&
    m.year === undefined &&
    m.month === undefined &&
    m.day === undefined
    ? m
    : null;
}

function isDay(m: Mention): boolean {
  if (m.kind === 'weekday') return true;
  if (m.kind === 'shift') return m.unit === 'day';
  return m.kind === 'date' && m.day !== undefined && m.hour === undefined;
}

/**
 * A clock time directly before a day is one TIME expression on that day ("9 a.m. Tuesday",
 * "5 p.m. EST, Nov. 6", "noon Thursday"). Expects `found` in text order without overlaps.
 */
export function joinClockDays(text: string, found: readonly Found[]): Found[] {
  const out: Found[] = [];
  for (let i = 0; i < found.length; i++) {
    const f = found[i] as Found;
    const next = found[i + 1];
    const time = clockOnly(f.mention);
    if (time && next && isDay(next.mention) && CLOCK_DAY_GAP.test(text.slice(f.end, next.start))) {
      const mention: Mention = { kind: 'clock', day: next.mention, hour: time.hour as number };
      if (time.minute !== undefined) mention.minute = time.minute;
      if (time.offset !== undefined) mention.offset = time.offset;
      out.push({ start: f.start, end: next.end, type: 'TIME', mention });
      i++;
      continue;
    }
    out.push(f);
  }
  return out;
}
