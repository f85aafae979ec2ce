import { join } from 'node:path';
import type { Office, OfficeRole, Person } from '../../src/nlp/knowledge/types.js';
import { byString, readCsv, uniqSorted } from './io.js';

const ROLES = new Set<string>(['HOS', 'HOS_REP', 'HOG', 'FOR', 'DEF', 'INT', 'FIN']);
const isRole = (r: string): r is OfficeRole => ROLES.has(r);

/** The last day a partial date can mean: "2021" → "2021-12-31", "2021-02" → "2021-02-31" (string order only). */
export function widenEnd(date: string): string {
  return date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date;
}

/** "Sergei Shoigu (politician)" → "Sergei Shoigu". */
function stripDisambiguation(title: string): string {
  return title.replace(/\s*\([^)]*\)\s*$/, '').trim();
}

/** "Narendra Damodardas Modi" → "Narendra Modi"; names with particles or commas are left alone. */
function firstLast(name: string): string | null {
  if (name.includes(',')) return null;
  const toks = name.split(' ');
  if (toks.length < 3) return null;
  if (toks.slice(1, -1).some((t) => /^(\p{Ll}|[A-Z][a-z]?$)/u.test(t) && !t.endsWith('.')))
    return null;
  return `${toks[0]} ${toks[toks.length - 1]}`;
}

export interface PeopleStats {
  rows: number;
  kept: number;
  endBeforeStart: number;
  unknownCountry: string[];
}

/**
 * People with key national offices from leaders-peppercat/key-offices.csv (CC BY-NC 4.0), terms
 * ending on or after `since` or still running. Combined roles ("DEF+INT") become two offices.
 */
export function buildPeople(
  shared: string,
  countries: ReadonlySet<string>,
  since = '1990-01-01',
): { people: Person[]; stats: PeopleStats } {
  const rows = readCsv(join(shared, 'leaders-peppercat/key-offices.csv'));
  const byId = new Map<string, { names: Set<string>; display: string; offices: Office[] }>();
  const unknown = new Set<string>();
  let kept = 0;
  let endBeforeStart = 0;
  for (const row of rows) {
    const iso3 = row.iso3 ?? '';
    const end = row.end ?? '';
    if (iso3 === '' || (end !== '' && widenEnd(end) < since)) continue;
    if (!countries.has(iso3)) {
      unknown.add(iso3);
      continue;
    }
    // A holder without a Wikidata id is keyed by name: one entry per person, not one for all.
    const id = row.personID || `name:${row.person ?? ''}`;
    const display = stripDisambiguation(row.enwiki ?? '') || (row.person ?? id);
    const entry = byId.get(id) ?? { names: new Set<string>(), display, offices: [] };
    byId.set(id, entry);
    for (const n of [row.person ?? '', display]) if (n !== '') entry.names.add(n);
    const start = row.start ?? '';
    if (start !== '' && end !== '' && widenEnd(end) < start) endBeforeStart++;
    for (const role of (row.role ?? '').split('+')) {
      if (!isRole(role)) continue;
      entry.offices.push({
        country: iso3,
        role,
        position: row.position ?? '',
        start,
        end: end === '' ? null : end,
      });
      kept++;
    }
  }
  const people: Person[] = [...byId.entries()].map(([id, e]) => {
    const aliases = new Set<string>();
    for (const n of e.names) {
      aliases.add(n);
      const short = firstLast(n);
      if (short) aliases.add(short);
    }
    aliases.delete(e.display);
    const seen = new Set<string>();
    const offices = e.offices
      .filter((o) => {
        const k = `${o.country}|${o.role}|${o.position}|${o.start}|${o.end}`;
        if (seen.has(k)) return false;
        seen.add(k);
        return true;
      })
      .sort(
        (a, b) =>
          byString(a.start, b.start) ||
          byString(a.role, b.role) ||
          byString(a.position, b.position),
      );
    return { id, name: e.display, aliases: uniqSorted(aliases), offices };
  });
  people.sort((a, b) => byString(a.id, b.id));
  return {
    people,
    stats: { rows: rows.length, kept, endBeforeStart, unknownCountry: uniqSorted(unknown) },
  };
}
