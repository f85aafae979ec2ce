import { join } from 'node:path';
import type { Person } from '../../src/nlp/knowledge/types.js';
import { byString, readCsv } from './io.js';

type Gender = 'm' | 'f';

const FILES = [
  'leaders-peppercat/leaders-historic.csv.gz',
  'leaders-peppercat/holders-2023-2025.csv',
];

/** Wikidata genders of the office holders leaders-peppercat lists, by person id. */
function gendersById(shared: string): Map<string, { gender: Gender; given: string }> {
  const byId = new Map<string, { gender: Gender; given: string }>();
  for (const file of FILES) {
    for (const row of readCsv(join(shared, file))) {
      const id = row.personID ?? '';
      const gender = row.gender === 'male' ? 'm' : row.gender === 'female' ? 'f' : undefined;
      if (id === '' || !gender || byId.has(id)) continue;
      byId.set(id, { gender, given: (row.person ?? '').split(' ')[0] ?? '' });
    }
  }
  return byId;
}

/**
 * Genders for pronoun agreement, from the Wikidata genders in leaders-peppercat: each known
 * leader's own, and given names (a name's first word) borne by at least `minPeople` office holders
 * of whom at least `share` have one gender ("Maria" f, "Boris" m; "Park" and "Kim", Korean
 * surnames of both, stay out).
 */
export function buildGenders(
  shared: string,
  people: Person[],
  options?: { minPeople?: number; share?: number },
): Record<string, Gender> {
  const minPeople = options?.minPeople ?? 3;
  const share = options?.share ?? 0.95;
  const byId = gendersById(shared);
  for (const p of people) {
    const known = byId.get(p.id);
    if (known) p.gender = known.gender;
  }
  const counts = new Map<string, { m: number; f: number }>();
  for (const { gender, given } of byId.values()) {
    if (!/^\p{Lu}\p{Ll}+$/u.test(given)) continue;
    const c = counts.get(given) ?? { m: 0, f: 0 };
    c[gender]++;
    counts.set(given, c);
  }
  const names: [string, Gender][] = [];
  for (const [name, { m, f }] of counts) {
    const total = m + f;
    if (total < minPeople) continue;
    if (m / total >= share) names.push([name, 'm']);
    else if (f / total >= share) names.push([name, 'f']);
  }
  return Object.fromEntries(names.sort(([a], [b]) => byString(a, b)));
}
