import type { Mention } from '../../doc/types.js';
import type { Canonical, LinkContext } from './canonical.js';

/**
 * A party (data/src/parties.tsv): of the parties named so, the one of the country before the
 * name or the article's country, else the only one (not for an acronym, "BNP" being British too
 * elsewhere); `<country>GOV` while in government on the date, else its role out of it.
 */
export function party(mention: Mention, context: LinkContext): Canonical {
  const { kb } = context;
  const parties = kb
    .lookup(mention.text)
    .flatMap((h) => (h.kind === 'organisation' && h.entry.country ? [h.entry] : []));
  const country = context.countryBefore ?? context.dominant();
  const acronym = /^\p{Lu}[\p{Lu}-]+$/u.test(mention.text);
  const found =
    parties.find((p) => p.country === country) ??
    (parties.length === 1 && (country === null || !acronym) ? parties[0] : undefined);
  if (!found) return { name: null, actor: null, country: mention.country };
  const code = kb.codeOn(found, context.date)?.code ?? found.code;
  return { name: found.name, actor: code, country: found.country ?? null };
}
