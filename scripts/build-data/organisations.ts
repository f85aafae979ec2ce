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
  for (const o of orgs) o.aliases = uniqSorted(o.aliases);
  return orgs.sort((a, b) => byString(a.code, b.code) || byString(a.name, b.name));
}
