import { join } from 'node:path';
import { phraseKey } from '../../src/nlp/knowledge/phrase.js';
import type { Organisation } from '../../src/nlp/knowledge/types.js';
import { byString, readTsv, uniqSorted } from './io.js';
import { goodVariant, titleCase } from './names.js';
import { readTabariActors } from './tabari.js';

/** "Economic Community of West African States (ECOWAS)" → ["Economic Community …", "ECOWAS"]. */
function splitAcronym(name: string): string[] {
  const m = /^(.*?)\s*\(([^)]+)\)\s*$/.exec(name);
  return m ? [m[1] ?? '', m[2] ?? ''] : [name];
}

/**
 * 1. CAMEO manual table 3.4 (cameo/international-actors.tsv): properly cased names.
 * 2. Phoenix International and MilNonState dictionaries (MIT): entries whose codes carry no dates
 *    (dated entries are people, e.g. secretaries-general). A Phoenix entry sharing a name and code
 *    with an earlier organisation is merged into it.
 */
export function buildOrganisations(shared: string, common: ReadonlySet<string>): Organisation[] {
  const orgs: Organisation[] = [];
  const byKey = new Map<string, Organisation>();
  const add = (code: string, names: string[]): void => {
    const good = names.filter((n) => goodVariant(n, common));
    if (good.length === 0) return;
    const existing = good
      .map((n) => byKey.get(`${code}|${phraseKey(n)}`))
      .find((o) => o !== undefined);
    const org = existing ?? { name: good[0] ?? '', aliases: [], code };
    if (!existing) orgs.push(org);
    for (const n of good) {
      byKey.set(`${code}|${phraseKey(n)}`, org);
      if (
        phraseKey(n) !== phraseKey(org.name) &&
        !org.aliases.some((a) => phraseKey(a) === phraseKey(n))
      )
        org.aliases.push(n);
    }
  };
  for (const row of readTsv(join(shared, 'cameo/international-actors.tsv')))
    add(row.code ?? '', splitAcronym(row.name ?? ''));
  for (const file of ['Phoenix.International.actors.txt', 'Phoenix.MilNonState.actors.txt']) {
    for (const e of readTabariActors(join(shared, 'petrarch2', file))) {
      const code = e.codes[0];
      if (!code || e.codes.some((c) => c.dated) || e.comment.includes('rulers')) continue;
      const names = e.names
        .flatMap(splitAcronym)
        .map((n) => titleCase(n, { keepAcronyms: common }));
      add(code.code, names);
    }
  }
  const merged = mergeVariants(orgs);
  for (const o of merged)
    o.aliases = uniqSorted(o.aliases.filter((a) => phraseKey(a) !== phraseKey(o.name)));
  return merged.sort((a, b) => byString(a.code, b.code) || byString(a.name, b.name));
}

/** "The UN", "U.N." → "un": a name without a leading article or the dots of an acronym. */
function variantKey(name: string): string {
  return phraseKey(name).replace(/^the /u, '').replace(/\./gu, '');
}

const ACRONYM = /^\p{Lu}{2,8}$/u;

function initials(name: string): string {
  return name
    .split(/\s+/u)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

/**
 * The dictionaries list one organisation under several entries of one code ("The UN", "U.N.",
 * "UN", "United Nations"), and many organisations under one code (Boeing and Exxon Mobil are both
 * MNCUSA). Mentions are grouped by entry, so the variants of one name become one entry: names equal
 * but for a leading "The" or an acronym's dots, and an acronym with the one entry whose initials it is.
 */
export function mergeVariants(orgs: readonly Organisation[]): Organisation[] {
  const parent = orgs.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number;
    return i;
  };
  const union = (a: number, b: number) => {
    parent[root(b)] = root(a);
  };
  const names = (o: Organisation) => [o.name, ...o.aliases];
  const byVariant = new Map<string, number>();
  orgs.forEach((org, i) => {
    for (const n of names(org)) {
      const key = `${org.code}|${variantKey(n)}`;
      const seen = byVariant.get(key);
      if (seen === undefined) byVariant.set(key, i);
      else union(seen, i);
    }
  });
  const byInitials = new Map<string, Set<number>>();
  orgs.forEach((org, i) => {
    for (const n of names(org)) {
      if (n.split(/\s+/u).length < 2) continue;
      const key = `${org.code}|${initials(n.replace(/^the /iu, ''))}`;
      byInitials.set(key, (byInitials.get(key) ?? new Set()).add(i));
    }
  });
  orgs.forEach((org, i) => {
    for (const n of names(org)) {
      const letters = variantKey(n).toUpperCase();
      if (!ACRONYM.test(letters)) continue;
      const full = new Set([...(byInitials.get(`${org.code}|${letters}`) ?? [])].map(root));
      if (full.size === 1) union([...full][0] as number, i);
    }
  });
  const groups = new Map<number, Organisation[]>();
  orgs.forEach((org, i) => {
    const r = root(i);
    groups.set(r, [...(groups.get(r) ?? []), org]);
  });
  return [...groups.values()].map((members) => {
    const all = members.flatMap(names);
    const name =
      all.find((n) => !/^the /iu.test(n) && !ACRONYM.test(n.replace(/\./gu, ''))) ??
      (all[0] as string);
    const first = members[0] as Organisation;
    return { ...first, name, aliases: all.filter((n) => n !== name) };
  });
}
