import type { Published } from '../doc/types.js';

const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})?)?/;

/** An ISO 8601 date or date-time from a metadata value, or null when it is not a plausible date. */
export function isoFromMeta(value: string | null | undefined): string | null {
  if (!value) return null;
  const text = value.trim();
  const m = ISO_DATE.exec(text);
  if (m) {
    const [, y, mo, d, time, zone] = m;
    if (!plausible(Number(y), Number(mo), Number(d))) return null;
    return time ? `${y}-${mo}-${d}T${time}${zone ?? ''}` : `${y}-${mo}-${d}`;
  }
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) return null;
  const date = new Date(ms);
  return plausible(date.getUTCFullYear(), 1, 1) ? date.toISOString() : null;
}

// Dates in paths: /2021/12/20/, /2021-12-20/, /20211220/ (the last only between separators).
const URL_DATES = [
  /\/((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})\//,
  /[/_-]((?:19|20)\d{2})-(\d{2})-(\d{2})[/_.-]/,
  /\/((?:19|20)\d{2})(\d{2})(\d{2})[/_.-]/,
];

export function isoFromUrl(url: string | null): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  for (const pattern of URL_DATES) {
    const m = pattern.exec(path);
    if (!m) continue;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (plausible(y, mo, d)) return `${y}-${pad(mo)}-${pad(d)}`;
  }
  return null;
}

export const unknownPublished = (): Published => ({ value: null, source: null });

function plausible(y: number, m: number, d: number): boolean {
  return (
    y >= 1990 && y <= new Date().getUTCFullYear() + 1 && m >= 1 && m <= 12 && d >= 1 && d <= 31
  );
}

const pad = (n: number) => String(n).padStart(2, '0');
