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
  for (const m of mentions) {
    const lastSpace = m.text.lastIndexOf(' ');
    if (m.type === 'ORG') {
      names.set(m.text, 'ORG');
      if (lastSpace > 0 && COMPANY_SUFFIXES.has(m.text.slice(lastSpace + 1).toLowerCase()))
        names.set(m.text.slice(0, lastSpace), 'ORG');
    } else if (m.type === 'PERSON' && m.kind === 'name') {
      people.set(m.text, 'PERSON');
      if (lastSpace > 0) people.set(m.text.slice(lastSpace + 1), 'PERSON');
    }
  }
  // An organisation's own text wins over a person's surname.
  for (const [text, type] of people) if (!names.has(text)) names.set(text, type);
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
  if (names.size === 0) return;
  mentions.forEach((m, k) => {
    const type = untyped(m) ? names.get(m.text) : undefined;
    if (type) mentions[k] = retyped(m, type);
  });
}
