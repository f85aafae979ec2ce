import type { Doc } from '../../doc/doc.js';
import type { Mention } from '../../doc/types.js';
import { organisationCode } from '../entities/gazetteer-match.js';
import { FORMER_WORDS, MAX_ROLE_WORDS, ROLE_MODIFIERS, type RoleIndex } from './roles.js';

/** What the words right before a name say about it: "British Defence Secretary Tom King". */
export interface TitleContext {
  /** CAMEO role block (GOV, MIL, JUD, OPP, …); '' for an honorific such as "Mr". */
  readonly role: string;
  /** Country of the demonym or country name before the title, or null. */
  readonly country: string | null;
  /** Actor code of an organisation named before the title ("Hamas leader X"), or null. */
  readonly organisation: string | null;
  /** A party named before the title ("BNP chairperson X"): its code depends on the date. */
  readonly party?: Mention;
  /** "former" or "ex-" before the title. */
  readonly former: boolean;
  /** The title's own words, lower case ("president", "prime minister"). */
  readonly words?: string;
  /** No name stands before the title: no country, organisation or party it could belong to. */
  readonly unowned?: boolean;
}

/** Roles a word before the title overrides the title with: "rebel military leader X" is REB. */
const TELLING_ROLES = new Set(['REB', 'OPP', 'INS', 'SEP']);

const POSSESSIVE = new Set(["'s", '’s', "'", '’']);

/** Mentions by the offset they end at, for looking one word back from a title. */
export type MentionsByEnd = ReadonlyMap<number, Mention>;

export function mentionsByEnd(mentions: readonly Mention[]): MentionsByEnd {
  const byEnd = new Map<number, Mention>();
  for (const m of mentions) if (m.kind === 'name') byEnd.set(m.end, m);
  return byEnd;
}

/** The longest role phrase ending at token `last` (inclusive), not before `first`. */
function rolePhraseEnding(
  doc: Doc,
  first: number,
  last: number,
  roles: RoleIndex,
): { start: number; role: string } | undefined {
  let key = '';
  let found: { start: number; role: string } | undefined;
  for (let start = last; start >= first && last - start < MAX_ROLE_WORDS; start--) {
    key = start === last ? doc.lowerTokenText(start) : `${doc.lowerTokenText(start)} ${key}`;
    const role = roles.get(key);
    if (role !== undefined) found = { start, role };
  }
  return found;
}

/**
 * Reads the title and the country (or organisation) right before `mention`:
 * `[former] [<country>|<Country>'s|<Org>] [modifiers] <role> <Name>`. Undefined when no role or
 * title phrase touches the name.
 */
export function titleBefore(
  doc: Doc,
  mention: Mention,
  roles: RoleIndex,
  byEnd: MentionsByEnd,
): TitleContext | undefined {
  const sentence = doc.sentenceAt(mention.start);
  const first = sentence?.firstToken ?? 0;
  const at = doc.tokens.indexAt(mention.start);
  if (at <= first) return undefined;
  let phrase = rolePhraseEnding(doc, first, at - 1, roles);
  if (!phrase) return undefined;
  const words = titleWords(doc, phrase.start, at);
  let role = phrase.role;
  // "Foreign Minister Mr X" / "Defence Secretary General X": keep the most telling role.
  // A name right before the title ("State Department spokesman") is read as a name, not a role.
  const nextRole = (end: number) =>
    end >= first && byEnd.has(doc.tokens.end(end))
      ? undefined
      : rolePhraseEnding(doc, first, end, roles);
  for (let next = nextRole(phrase.start - 1); next; ) {
    if (role === '' || TELLING_ROLES.has(next.role)) role = next.role;
    phrase = next;
    next = nextRole(phrase.start - 1);
  }
  let k = phrase.start - 1;
  while (k >= first && ROLE_MODIFIERS.has(doc.lowerTokenText(k))) k--;
  let former = false;
  if (k >= first && POSSESSIVE.has(doc.tokenText(k))) k--;
  const before = k >= first ? byEnd.get(doc.tokens.end(k)) : undefined;
  if (before) k = doc.tokens.indexAt(before.start) - 1;
  while (k >= first && ROLE_MODIFIERS.has(doc.lowerTokenText(k))) k--;
  if (k >= first && FORMER_WORDS.has(doc.lowerTokenText(k).replace(/-$/u, ''))) former = true;
  const organisation = before?.type === 'ORG' ? organisationCode(before.key) : null;
  const unknownOrg = before?.type === 'ORG' && organisation === null;
  const country =
    before && (before.type === 'GPE' || before.type === 'NORP')
      ? before.country
      : before && unknownOrg // "German Foreign Ministry spokesman X": the ministry's country
        ? countryRightBefore(doc, before, byEnd)
        : null;
  const party = before?.key.startsWith('party:') ? before : undefined;
  // "The UAW President X": a capitalised word the recogniser did not take may name the owner.
  const unowned = before === undefined && !(k >= first && /^\p{Lu}/u.test(doc.tokenText(k)));
  return { role, country, organisation, former, words, unowned, ...(party ? { party } : {}) };
}

function titleWords(doc: Doc, from: number, to: number): string {
  const out: string[] = [];
  for (let k = from; k < to; k++) out.push(doc.lowerTokenText(k));
  return out.join(' ');
}

/** Country of a demonym or country name that ends right before `mention` ("German Foreign Ministry"). */
export function countryRightBefore(
  doc: Doc,
  mention: Mention,
  byEnd: MentionsByEnd,
): string | null {
  const at = doc.tokens.indexAt(mention.start);
  const sentence = doc.sentenceAt(mention.start);
  let k = at - 1;
  if (!sentence || k < sentence.firstToken) return null;
  if (POSSESSIVE.has(doc.tokenText(k))) k--;
  if (k < sentence.firstToken) return null;
  const before = byEnd.get(doc.tokens.end(k));
  return before && (before.type === 'GPE' || before.type === 'NORP') ? before.country : null;
}

/** Roles an organisation's head words may give; companies (BUS) and the like stay uncoded. */
const INSTITUTION_ROLES = new Set([
  'GOV',
  'MIL',
  'COP',
  'JUD',
  'LEG',
  'OPP',
  'REB',
  'INS',
  'SEP',
  'SPY',
  'PTY',
]);

/** The role an organisation's own last words give ("Foreign Ministry" → GOV, "Air Force" → MIL). */
export function headRole(text: string, roles: RoleIndex): string | null {
  const words = text.toLowerCase().split(/\s+/u);
  const of = words.indexOf('of');
  // 1. the last words ("Foreign Ministry"); 2. the words before "of" ("Ministry of Defence");
  // 3. a police or military word inside ("National Police Agency").
  return (
    suffixRole(words, roles) ??
    (of > 0 ? suffixRole(words.slice(0, of), roles) : null) ??
    words.map((w) => roles.get(w)).find((r) => r === 'COP' || r === 'MIL') ??
    null
  );
}

function suffixRole(words: readonly string[], roles: RoleIndex): string | null {
  for (let from = 0; from < words.length; from++) {
    const role = roles.get(words.slice(from).join(' '));
    if (role && INSTITUTION_ROLES.has(role)) return role;
  }
  return null;
}
