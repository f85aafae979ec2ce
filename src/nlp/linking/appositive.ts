import type { Doc } from '../../doc/doc.js';
import type { Mention } from '../../doc/types.js';
import { organisationCode } from '../entities/gazetteer-match.js';
import { FORMER_WORDS, MAX_ROLE_WORDS, ROLE_MODIFIERS, type RoleIndex } from './roles.js';
import type { MentionsByEnd, TitleContext } from './title-context.js';

/** How many words an appositive may run before (or after) the comma next to the name. */
const REACH = 9;

/** Words that may lead into the role phrase after the name: "X, the country's new envoy". */
const LEADING = new Set(['the', 'a', 'an', "'s", '’s', 'its', 'his', 'her', 'their', 'and']);

/** Words that carry a role phrase's complement: "speaker of the parliament", "envoy to Burundi". */
const COMPLEMENT = new Set(['of', 'to', 'for', 'in', 'at', 'on']);

const COUNTRY_TYPES = new Set(['GPE', 'NORP']);

/** Words that open a clause, not an appositive: "Hospital, where the president …". */
const CLAUSE_WORDS = new Set([
  'who',
  'whom',
  'whose',
  'which',
  'where',
  'when',
  'that',
  'while',
  'as',
  'after',
  'before',
  'said',
  'says',
  'but',
]);

/** Roles too general to trust after an unknown qualifier ("the U.S. black leader"). */
const GENERIC_ROLES = new Set(['leader', 'leaders', 'chief', 'head']);

/** The longest role phrase starting at token `from`, not past `last`. */
function rolePhraseAt(
  doc: Doc,
  from: number,
  last: number,
  roles: RoleIndex,
): { end: number; role: string } | undefined {
  let key = '';
  let found: { end: number; role: string } | undefined;
  for (let k = from; k <= last && k - from < MAX_ROLE_WORDS; k++) {
    key = k === from ? doc.lowerTokenText(k) : `${key} ${doc.lowerTokenText(k)}`;
    const role = roles.get(key);
    if (role) found = { end: k, role };
  }
  return found;
}

/** The country a GPE or NORP mention (or a person's, for "Lukashenko's adviser") in tokens [a, b] gives. */
function countryIn(
  doc: Doc,
  a: number,
  b: number,
  byEnd: MentionsByEnd,
  countryOf: CountryOf,
): string | null {
  for (let k = a; k <= b; k++) {
    const m = byEnd.get(doc.tokens.end(k));
    if (!m) continue;
    if (COUNTRY_TYPES.has(m.type) && m.country) return m.country;
    if (m.type === 'PERSON') {
      const country = m.country ?? countryOf(m);
      if (country) return country;
    }
  }
  return null;
}

/** The country of a person named inside an appositive ("Lukashenko's adviser"), if known. */
export type CountryOf = (person: Mention) => string | null;

/** The actor code of a known organisation named in tokens [a, b] ("UN secretary-general"), if any. */
function organisationIn(doc: Doc, a: number, b: number, byEnd: MentionsByEnd): string | null {
  for (let k = a; k <= b; k++) {
    const m = byEnd.get(doc.tokens.end(k));
    const code = m?.type === 'ORG' ? organisationCode(m.key) : null;
    if (code) return code;
  }
  return null;
}

/** The title's context: the country named in tokens [a, b], else the organisation named there. */
function context(
  doc: Doc,
  [a, b]: readonly [number, number],
  role: string,
  former: boolean,
  byEnd: MentionsByEnd,
  countryOf: CountryOf,
): TitleContext {
  const country = countryIn(doc, a, b, byEnd, countryOf);
  const organisation = country ? null : organisationIn(doc, a, b, byEnd);
  return { role, country, organisation, former };
}

/**
 * A title in apposition to the name, after it ("Semyon Sharetsky, speaker of the parliament,",
 * "Sergei Posukhov, Lukashenko's political adviser,") or before it ("the U.S. special envoy to
 * Burundi, Howard Wolpe"), with the country named inside it. Undefined when there is none.
 */
export function appositiveTitle(
  doc: Doc,
  mention: Mention,
  roles: RoleIndex,
  byEnd: MentionsByEnd,
  countryOf: CountryOf = () => null,
): TitleContext | undefined {
  // Cheap test first: an appositive touches the name with a comma.
  const commaAfter = doc.text.startsWith(',', mention.end);
  const commaBefore = doc.text.slice(Math.max(0, mention.start - 2), mention.start).includes(',');
  if (!commaAfter && !commaBefore) return undefined;
  const sentence = doc.sentenceAt(mention.start);
  if (!sentence) return undefined;
  const first = doc.tokens.indexAt(mention.start);
  const last = doc.tokens.indexAt(mention.end - 1);
  return (
    after(doc, last + 1, sentence.endToken - 1, roles, byEnd, countryOf) ??
    before(doc, first - 1, sentence.firstToken, roles, byEnd, countryOf)
  );
}

function after(
  doc: Doc,
  comma: number,
  end: number,
  roles: RoleIndex,
  byEnd: MentionsByEnd,
  countryOf: CountryOf,
): TitleContext | undefined {
  if (comma > end || doc.tokenText(comma) !== ',') return undefined;
  let former = false;
  let qualified = false;
  for (let k = comma + 1; k <= Math.min(end, comma + REACH); k++) {
    const word = doc.lowerTokenText(k);
    if (CLAUSE_WORDS.has(word)) return undefined;
    const phrase = rolePhraseAt(doc, k, end, roles);
    if (phrase) {
      // "the U.S. black leader", "a church leader": a bare "leader" so qualified leads nothing.
      if (qualified && GENERIC_ROLES.has(phraseOf(doc, k, phrase.end))) return undefined;
      const to = Math.min(end, phrase.end + REACH);
      let stop = phrase.end;
      while (stop < to && doc.tokenText(stop + 1) !== ',') stop++;
      return context(doc, [comma + 1, stop], phrase.role, former, byEnd, countryOf);
    }
    const named = byEnd.get(doc.tokens.end(k));
    if (FORMER_WORDS.has(word.replace(/-$/u, ''))) former = true;
    else if (!LEADING.has(word) && !ROLE_MODIFIERS.has(word) && !named) {
      if (!/^\p{Ll}+$/u.test(word)) return undefined;
      qualified = true;
    }
  }
  return undefined;
}

function before(
  doc: Doc,
  comma: number,
  start: number,
  roles: RoleIndex,
  byEnd: MentionsByEnd,
  countryOf: CountryOf,
): TitleContext | undefined {
  if (comma <= start || doc.tokenText(comma) !== ',') return undefined;
  for (let k = comma - 1; k >= Math.max(start, comma - REACH); k--) {
    const word = doc.lowerTokenText(k);
    if (word === ',' || word === ';' || word === ':') return undefined;
    const phrase = rolePhraseEnding(doc, start, k, roles);
    // The role ends at the comma, or a complement follows it ("envoy to Burundi").
    if (!phrase || (k + 1 < comma && !COMPLEMENT.has(doc.lowerTokenText(k + 1)))) continue;
    const former = phrase.start > start && FORMER_WORDS.has(doc.lowerTokenText(phrase.start - 1));
    const span = [Math.max(start, phrase.start - 4), comma - 1] as const;
    return context(doc, span, phrase.role, former, byEnd, countryOf);
  }
  return undefined;
}

/** The longest role phrase ending at token `last`, not before `first`. */
function rolePhraseEnding(
  doc: Doc,
  first: number,
  last: number,
  roles: RoleIndex,
): { start: number; role: string } | undefined {
  let key = '';
  let found: { start: number; role: string } | undefined;
  for (let k = last; k >= first && last - k < MAX_ROLE_WORDS; k--) {
    key = k === last ? doc.lowerTokenText(k) : `${doc.lowerTokenText(k)} ${key}`;
    const role = roles.get(key);
    if (role) found = { start: k, role };
  }
  return found;
}

function phraseOf(doc: Doc, from: number, to: number): string {
  const words: string[] = [];
  for (let k = from; k <= to; k++) words.push(doc.lowerTokenText(k));
  return words.join(' ');
}

/** What may follow a name before its party: ", …", " and …", " from …", " of …". */
const PARTY_OPENER = /^(?:,|\s+(?:and|from|of)\b)/u;

/** Words between "from the" and a party that keep it the person's party ("the ruling …"). */
const PARTY_QUALIFIERS = new Set(['ruling', 'opposition', 'main', 'governing', 'minor', 'junior']);

/**
 * A party the person is named as belonging to, right after the name: "X and Y from the opposition
 * Democratic Party", "Rep. X of the People Power Party", or inside an appositive ("X, former
 * minister and a member of the Democratic Party,"). Undefined when none.
 */
export function partyAfter(
  doc: Doc,
  mention: Mention,
  byStart: ReadonlyMap<number, Mention>,
): Mention | undefined {
  if (!PARTY_OPENER.test(doc.text.slice(mention.end, mention.end + 6))) return undefined;
  const sentence = doc.sentenceAt(mention.start);
  if (!sentence) return undefined;
  const end = sentence.endToken - 1;
  let k = doc.tokens.indexAt(mention.end - 1) + 1;
  // Other names joined by "and": "Park Bum-gye and Park Joo-min from …".
  while (k < end && doc.lowerTokenText(k) === 'and') {
    const next = byStart.get(doc.tokens.start(k + 1));
    if (!next || (next.type !== 'PERSON' && next.type !== 'MISC')) break;
    k = doc.tokens.indexAt(next.end - 1) + 1;
  }
  if (k > end) return undefined;
  const partyAt = (at: number) => {
    const m = byStart.get(doc.tokens.start(at));
    return m?.key.startsWith('party:') ? m : undefined;
  };
  if (doc.lowerTokenText(k) === 'from' || doc.lowerTokenText(k) === 'of') {
    let at = k + 1;
    if (doc.lowerTokenText(at) === 'the') at++;
    while (at <= end && PARTY_QUALIFIERS.has(doc.lowerTokenText(at))) at++;
    return at <= end ? partyAt(at) : undefined;
  }
  if (doc.tokenText(k) !== ',') return undefined;
  for (let at = k + 1; at <= Math.min(end, k + 2 * REACH); at++) {
    const word = doc.lowerTokenText(at);
    if (word === ',' || CLAUSE_WORDS.has(word)) return undefined;
    const party = partyAt(at);
    if (party) return party;
  }
  return undefined;
}
