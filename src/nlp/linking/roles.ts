import type { Knowledge } from '../knowledge/types.js';

/** Longest role or title phrase, in words, looked for before a name. */
export const MAX_ROLE_WORDS = 5;

/**
 * Role phrases that can stand right before a name, lower-cased, with the CAMEO role they give
 * (the role noun's first block: "defence minister" GOVMIL → GOV). Honorifics ("Mr", "Dr", "Sir")
 * map to '' — a title, but no role.
 */
export type RoleIndex = ReadonlyMap<string, string>;

const OFFICE_ROLE: Record<string, string> = {
  HOS: 'GOV',
  HOS_REP: 'GOV',
  HOG: 'GOV',
  FOR: 'GOV',
  DEF: 'GOV',
  INT: 'GOV',
  FIN: 'GOV',
  MIL: 'MIL',
};

const cache = new WeakMap<Knowledge, RoleIndex>();

/** Built once per knowledge base from its role nouns and titles. */
export function roleIndex(kb: Knowledge): RoleIndex {
  let index = cache.get(kb);
  if (index) return index;
  const built = new Map<string, string>();
  for (const noun of kb.roleNouns) {
    const words = noun.words.toLowerCase();
    if (words.split(' ').length <= MAX_ROLE_WORDS) built.set(words, noun.role.slice(0, 3));
  }
  for (const title of kb.titles) {
    const words = title.words.toLowerCase();
    if (built.has(words)) continue;
    built.set(words, title.implies ? (OFFICE_ROLE[title.implies] ?? '') : '');
  }
  index = built;
  cache.set(kb, index);
  return index;
}

/** Words between a country and a role that keep the role ("Pakistani Deputy Prime Minister"). */
export const ROLE_MODIFIERS = new Set([
  'deputy',
  'assistant',
  'special',
  'acting',
  'vice',
  'first',
  'senior',
  'top',
  'chief',
  'new',
  'interim',
  'caretaker',
  'junior',
  'outgoing',
  'incoming',
]);

/** Words that make the office a past one: the person is coded as an elite (ELI), not the office. */
export const FORMER_WORDS = new Set(['former', 'ex']);
