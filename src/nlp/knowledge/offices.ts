import type { DatedCode, Office, Person } from './types.js';

/** First day a partial ISO date can mean: "2021" → "2021-01-01"; '' stays '' (before everything). */
function widenStart(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

/** Last day a partial ISO date can mean, for string comparison: "2021-12" → "2021-12-31". */
function widenEnd(date: string): string {
  return date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date;
}

/**
 * The office `person` held on `date` (YYYY, YYYY-MM or YYYY-MM-DD, read as the whole period),
 * optionally in `country`. Of several, the one begun last. With `date` null: a running office,
 * else the one that ended last.
 */
export function officeOn(
  person: Person,
  date: string | null,
  country?: string,
): Office | undefined {
  const offices = person.offices.filter((o) => country === undefined || o.country === country);
  const latestStart = (a: Office | undefined, b: Office): Office =>
    a === undefined || widenStart(b.start) >= widenStart(a.start) ? b : a;
  if (date === null) {
    const running = offices.filter((o) => o.end === null);
    const pool = running.length > 0 ? running : offices;
    return pool.reduce<Office | undefined>((best, o) => {
      if (best === undefined) return o;
      if (o.end !== null && best.end !== null && o.end !== best.end)
        return widenEnd(o.end) > widenEnd(best.end) ? o : best;
      return latestStart(best, o);
    }, undefined);
  }
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(date)) return undefined;
  const from = widenStart(date);
  const to = widenEnd(date);
  return offices
    .filter((o) => widenStart(o.start) <= to && (o.end === null || widenEnd(o.end) >= from))
    .reduce<Office | undefined>(latestStart, undefined);
}

/**
 * The Phoenix code `person` carried on `date` (null: today): a dated code whose period holds the
 * date wins over an undated one (PETRARCH reads an undated code as the default).
 */
function lastEnded(codes: readonly DatedCode[]): DatedCode | undefined {
  return codes.reduce<DatedCode | undefined>(
    (a, c) => (c.end !== null && (!a || (a.end ?? '') < c.end) ? c : a),
    undefined,
  );
}

export function codeOn(
  holder: { codes?: DatedCode[] },
  date: string | null,
): DatedCode | undefined {
  const codes = holder.codes ?? [];
  const undated = codes.find((c) => c.start === '' && c.end === null);
  // Undated: the code that still runs, else the default, else the one that ended last (a text of
  // unknown date about "Moody Awori" is likelier from his years in office than from none).
  if (date === null)
    return codes.find((c) => c.start !== '' && c.end === null) ?? undated ?? lastEnded(codes);
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(date)) return undefined;
  const from = widenStart(date);
  const to = widenEnd(date);
  const dated = codes.filter(
    (c) =>
      !(c.start === '' && c.end === null) && c.start <= to && (c.end === null || c.end >= from),
  );
  return (
    dated.reduce<DatedCode | undefined>((a, c) => (!a || c.start > a.start ? c : a), undefined) ??
    undated
  );
}
