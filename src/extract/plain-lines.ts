import { MONTH_NAMES, SITE_NAME_WORDS } from './vocabulary.js';

/** Ends like a sentence: final stop, question or exclamation mark, maybe inside quotes. */
export const endsLikeSentence = (text: string): boolean => /[.!?…:;]["'”’)\]]*$/.test(text);

export const wordCount = (text: string): number => text.split(/\s+/).filter((w) => w).length;

/** A headline: a few words, no final period (a question or exclamation mark is fine). */
export function isHeadline(text: string): boolean {
  const words = wordCount(text);
  return (
    words >= 3 && words <= 30 && text.length >= 15 && text.length <= 250 && !/[.:;]$/.test(text)
  );
}

/** A short line that names a site or section ("English News", "The Daily Post - Home"). */
export function isSiteName(text: string): boolean {
  const words = text
    .toLowerCase()
    .split(/[^a-z0-9.]+/)
    .filter((w) => w);
  if (words.length > 5) return false;
  return (
    words.length <= 2 ||
    words.some((w) => SITE_NAME_WORDS.has(w) || /\.(com|net|org|in|co)$/.test(w))
  );
}

/** "By Jane Doe", "By Jane Doe and John Roe, Reuters": the names, or null. */
export function bylineOf(text: string): string | null {
  const m =
    /^by\s+(\p{Lu}[\p{L}.'-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}.'-]*){0,6})(?:\s*[,|–-]\s*.{0,60})?$/iu.exec(
      text,
    );
  return m?.[1] && !endsLikeSentence(text) ? m[1] : null;
}

/** A line that is only a date or time stamp. */
export function isDateLine(text: string): boolean {
  if (wordCount(text) > 12 || /[.!?]$/.test(text)) return false;
  const words = text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w);
  const hasYear = words.some((w) => /^(19|20)\d{2}$/.test(w));
  const hasMonth =
    words.some((w) => MONTH_NAMES.has(w)) || /\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/.test(text);
  return hasYear && hasMonth;
}
