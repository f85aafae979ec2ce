import type { Doc } from '../../doc/doc.js';
import type { EntityType, Mention } from '../../doc/types.js';
import { COMPANY_SUFFIXES } from './vocabulary.js';

/** An untyped name: the fallback of the rules, keyed by its own text. */
const untyped = (m: Mention) => m.type === 'MISC' && m.key.startsWith('name:');

/** `Costa Rican Radio and Television System (Sinart)`: one word in parentheses right after an organisation. */
function abbreviatesOrganisation(doc: Doc, before: Mention | undefined, m: Mention): boolean {
  if (before?.type !== 'ORG' || m.text.includes(' ')) return false;
  const between = doc.text.slice(before.end, m.start).trim();
  return between === '(' && doc.text.slice(m.end).trimStart().startsWith(')');
}

function retyped(m: Mention, type: EntityType): Mention {
  // Spelled out, as in `addMention`: objects built by spread get slower shapes in V8.
  return {
    start: m.start,
    end: m.end,
    text: m.text,
    type,
    kind: m.kind,
    entity: m.entity,
    key: m.key,
    country: m.country,
  };
}

/** The texts the document's organisations and people go by, and their shorter forms. */
function namesSeen(mentions: readonly Mention[]): Map<string, EntityType> {
  const names = new Map<string, EntityType>();
  const people = new Map<string, EntityType>();
  const places = new Map<string, EntityType>();
  for (const m of mentions) {
    const lastSpace = m.text.lastIndexOf(' ');
    if (m.type === 'ORG') {
      names.set(m.text, 'ORG');
      if (lastSpace > 0 && COMPANY_SUFFIXES.has(m.text.slice(lastSpace + 1).toLowerCase()))
        names.set(m.text.slice(0, lastSpace), 'ORG');
    } else if (m.type === 'PERSON' && m.kind === 'name') {
      people.set(m.text, 'PERSON');
      if (lastSpace > 0) people.set(m.text.slice(lastSpace + 1), 'PERSON');
    } else if ((m.type === 'GPE' || m.type === 'LOC') && m.kind === 'name') {
      places.set(m.text, m.type);
    }
  }
  // An organisation's own text wins over a person's surname, and both over a place.
  for (const [text, type] of people) if (!names.has(text)) names.set(text, type);
  for (const [text, type] of places) if (!names.has(text)) names.set(text, type);
  return names;
}

/**
 * Untyped names (MISC) that the document shows to be organisations or people: an abbreviation in
 * parentheses after an organisation (`Bank of Ghana (BoG)`); the same text as an organisation
 * anywhere in it, or that text without its company suffix (`Jones Medical` after `Jones Medical
 * Corp.`); a person's full name or surname anywhere in it (`Lehmann … Darren Lehmann`).
 */
export function typeAsNamesSeen(doc: Doc): void {
  const mentions = doc.mentions;
  mentions.forEach((m, k) => {
    if (untyped(m) && abbreviatesOrganisation(doc, mentions[k - 1], m))
      mentions[k] = retyped(m, 'ORG');
  });
  const names = namesSeen(mentions);
  for (const [text, type] of surnamesUsedAlone(mentions))
    if (!names.has(text)) names.set(text, type);
  if (names.size === 0) return;
  mentions.forEach((m, k) => {
    const type = untyped(m) ? (names.get(m.text) ?? surnameSeen(names, m.text)) : undefined;
    if (type) mentions[k] = retyped(m, type);
  });
}

const FULL_NAME = /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2}$/u;

/**
 * `Taleni Nengola … Nengola said`: an untyped name of two or three name-shaped words whose last
 * word stands alone, untyped, elsewhere in the document is a person named in full, then by surname.
 */
function surnamesUsedAlone(mentions: readonly Mention[]): Map<string, EntityType> {
  const singles = new Set<string>();
  for (const m of mentions) if (untyped(m) && !m.text.includes(' ')) singles.add(m.text);
  const found = new Map<string, EntityType>();
  for (const m of mentions) {
    if (!untyped(m) || !FULL_NAME.test(m.text)) continue;
    const surname = m.text.slice(m.text.lastIndexOf(' ') + 1);
    if (!singles.has(surname)) continue;
    found.set(m.text, 'PERSON');
    found.set(surname, 'PERSON');
  }
  return found;
}

/** `Rajesh Jatav … Jatav said`: a longer name whose last word is a person's name seen. */
function surnameSeen(names: ReadonlyMap<string, EntityType>, text: string): EntityType | undefined {
  const lastSpace = text.lastIndexOf(' ');
  if (lastSpace < 0 || !/^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)+$/u.test(text)) return undefined;
  return names.get(text.slice(lastSpace + 1)) === 'PERSON' ? 'PERSON' : undefined;
}

/** Kinds a name in a list passes on to the untyped names listed with it. */
const LISTED_KINDS: ReadonlySet<EntityType> = new Set(['PERSON', 'GPE', 'LOC']);

/** How the text between two mentions joins them in a list: by `and`/`or` (a comma may precede), by a comma alone, or not. */
function listJoin(doc: Doc, before: Mention, after: Mention): 'and' | 'comma' | undefined {
  if (after.start - before.end > 7) return undefined;
  const between = doc.text.slice(before.end, after.start);
  if (/^\s*,?\s*(?:and|or)\s+$/u.test(between)) return 'and';
  return /^\s*,\s*$/u.test(between) ? 'comma' : undefined;
}

/**
 * `Sally Jatta, Bintou Ndure and Majula Joof`, `Puntarenas, Esparza, Bagaces and Cañas`: in a
 * list joined by commas and a last `and` or `or`, untyped names take the kind of the names typed
 * in it, when those are all people or all places. A comma alone may be an apposition (`the
 * governor of Nayarit, Miguel Navarro`), so it makes no list.
 */
export function typeAsListed(doc: Doc): void {
  const mentions = doc.mentions;
  let from = 0;
  while (from < mentions.length) {
    let to = from + 1;
    let joinedByAnd = false;
    while (to < mentions.length) {
      const join = listJoin(doc, mentions[to - 1] as Mention, mentions[to] as Mention);
      if (!join) break;
      if (join === 'and') joinedByAnd = true;
      to++;
    }
    if (joinedByAnd) typeList(mentions, from, to);
    from = to;
  }
}

function typeList(mentions: Mention[], from: number, to: number): void {
  let kind: EntityType | undefined;
  for (let k = from; k < to; k++) {
    const m = mentions[k] as Mention;
    if (untyped(m)) continue;
    // A list of places may mix cities (GPE) and regions (LOC); its untyped names become GPE.
    const type = m.type === 'LOC' ? 'GPE' : m.type;
    if (!LISTED_KINDS.has(type) || m.kind !== 'name' || (kind && kind !== type)) return;
    kind = type;
  }
  if (!kind) return;
  for (let k = from; k < to; k++) {
    const m = mentions[k] as Mention;
    if (untyped(m)) mentions[k] = retyped(m, kind);
  }
}
