import type { Mention } from '../../doc/types.js';
import type { Canonical, LinkContext } from './canonical.js';

/**
 * "The Bush administration": the government of the one leader of that name (or surname) in
 * office on the date, else nothing (a past leader's "administration" is no acting government).
 */
export function leaderGovernment(mention: Mention, context: LinkContext): Canonical | undefined {
  const { kb, date } = context;
  const named = kb.peopleByNameVariant(mention.text);
  const words = mention.text.split(/\s+/u);
  const people = named.length > 0 ? named : kb.peopleBySurname(words.at(-1) ?? '');
  const offices = people.flatMap((p) => {
    const office = kb.officeOn(p, date);
    return office && (office.role === 'HOS' || office.role === 'HOG') ? [office] : [];
  });
  // Of several (George W. Bush, and McKeeva Bush of the Cayman Islands), the article's country's,
  // else the one head of state.
  const dominant = context.dominant();
  const chosen = offices.some((o) => o.country === dominant)
    ? offices.filter((o) => o.country === dominant)
    : offices.length > 1
      ? offices.filter((o) => o.role === 'HOS')
      : offices;
  const countries = new Set(chosen.map((o) => o.country));
  const [country] = [...countries];
  if (countries.size !== 1 || !country) return undefined;
  return { name: null, actor: `${country}GOV`, country };
}
