import { join } from 'node:path';
import { phraseKey } from '../../src/nlp/knowledge/phrase.js';
import type { DatedCode, Person } from '../../src/nlp/knowledge/types.js';
import { byString, uniqSorted } from './io.js';
import { goodVariant, titleCase } from './names.js';
import { readTabariActors, type TabariEntry } from './tabari.js';

/** A country code and a role block: ISRGOV, RUSELI (later blocks such as GOVBUS are dropped). */
const PERSON_CODE = /^([A-Z]{3})([A-Z]{3})/u;

/**
 * The people of Phoenix.Countries.actors.txt (its `# CountryInfo.txt` entries): head names
 * without a title word, and their codes cut to `<country><role>` with the dates they held.
 * Entries without codes run on into the next entry (the file lists Yeltsin's synonyms that way).
 */
export function readPhoenixPeople(
  shared: string,
  titleWords: ReadonlySet<string>,
  common: ReadonlySet<string>,
): { names: string[]; codes: DatedCode[] }[] {
  const entries = readTabariActors(join(shared, 'petrarch2/Phoenix.Countries.actors.txt'), {
    keepUncoded: true,
  });
  const people: { names: string[]; codes: DatedCode[] }[] = [];
  let pending: TabariEntry[] = [];
  for (const entry of entries) {
    pending.push(entry);
    if (entry.codes.length === 0) continue;
    const block = pending;
    pending = [];
    if (!block.some((e) => /countryinfo/iu.test(e.comment))) continue;
    const codes = datedCodes(entry);
    if (codes.length === 0) continue;
    const names = block
      .flatMap((e) => e.names)
      .filter((n) => !n.includes(',') && !n.split(' ').some((w) => titleWords.has(w.toLowerCase())))
      .map((n) => titleCase(n.replace(/\s+$/u, '')))
      .filter((n) => goodVariant(n, common) && (n.includes(' ') || n.length >= 4));
    if (names.length > 0 && (names[0] as string).includes(' ')) people.push({ names, codes });
  }
  return people;
}

function datedCodes(entry: TabariEntry): DatedCode[] {
  const out: DatedCode[] = [];
  for (const c of entry.codes) {
    const m = PERSON_CODE.exec(c.code);
    if (!m) continue;
    const code = `${m[1]}${m[2]}`;
    if (c.dated && c.from === undefined) continue;
    const dated: DatedCode = { code, start: c.from ?? '', end: c.dated ? (c.to ?? null) : null };
    if (!out.some((o) => o.code === code && o.start === dated.start && o.end === dated.end))
      out.push(dated);
  }
  return out.sort((a, b) => byString(a.start, b.start));
}

/**
 * Adds Phoenix's dated codes to the leaders table: to the person of the same name, else as a new
 * person `phx:<name>` with no office. A name two leaders share is not matched.
 */
export function mergePhoenixPeople(
  people: Person[],
  phoenix: readonly { names: string[]; codes: DatedCode[] }[],
): { added: number; merged: number } {
  const byName = new Map<string, Person | null>();
  for (const p of people) {
    for (const n of [p.name, ...p.aliases]) {
      const key = phraseKey(n);
      const seen = byName.get(key);
      byName.set(key, seen === undefined || seen === p ? p : null);
    }
  }
  let added = 0;
  let merged = 0;
  const ids = new Set(people.map((p) => p.id));
  for (const entry of phoenix) {
    const multi = entry.names.filter((n) => n.includes(' '));
    const known = multi.map((n) => byName.get(phraseKey(n))).find((p) => p);
    if (known) {
      known.codes = entry.codes;
      const have = new Set([known.name, ...known.aliases].map(phraseKey));
      const surnames = new Set([...have].map((k) => k.split(' ').at(-1)));
      for (const n of entry.names) {
        const key = phraseKey(n);
        if (have.has(key) || (!n.includes(' ') && !surnames.has(key))) continue;
        known.aliases.push(n);
        have.add(key);
      }
      known.aliases = uniqSorted(known.aliases);
      merged++;
      continue;
    }
    const name = entry.names[0] as string;
    const id = `phx:${name}`;
    if (ids.has(id)) continue;
    ids.add(id);
    const last = phraseKey(name).split(' ').at(-1);
    const aliases = uniqSorted(
      entry.names.filter(
        (n) => phraseKey(n) !== phraseKey(name) && (n.includes(' ') || phraseKey(n) === last),
      ),
    );
    people.push({ id, name, aliases, offices: [], codes: entry.codes });
    added++;
  }
  people.sort((a, b) => byString(a.id, b.id));
  return { added, merged };
}
