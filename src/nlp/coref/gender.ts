import type { Doc } from '../../doc/doc.js';
import type { Mention } from '../../doc/types.js';
import type { Gender, Knowledge } from '../knowledge/types.js';
import { FEMALE_CUES, MALE_CUES } from './vocabulary.js';

/** The gender a third-person pronoun asks for. */
export function pronounGender(word: string): Gender | undefined {
  const lower = word.toLowerCase();
  if (lower === 'he' || lower === 'him' || lower === 'his') return 'm';
  if (lower === 'she' || lower === 'her') return 'f';
  return undefined;
}

function cueBefore(doc: Doc, mention: Mention): Gender | undefined {
  const at = doc.tokens.indexAt(mention.start);
  if (at <= 0) return undefined;
  const word = doc
    .tokenText(at - 1)
    .replace(/\.$/u, '')
    .toLowerCase();
  if (MALE_CUES.has(word)) return 'm';
  if (FEMALE_CUES.has(word)) return 'f';
  return undefined;
}

function knownGender(mention: Mention, kb: Knowledge): Gender | undefined {
  if (!mention.key.startsWith('person:')) return undefined;
  const id = mention.key.slice('person:'.length);
  for (const hit of kb.lookup(mention.text)) {
    if (hit.kind === 'person' && hit.entry.id === id) return hit.entry.gender;
  }
  return undefined;
}

/**
 * An entity's gender, when the article or the tables tell it:
 * 1. the leaders table's (Wikidata) gender of a known person;
 * 2. a word right before a mention: "Mrs", "Begum", "wife" → f; "Mr", "husband" → m;
 * 3. the first word of a full name, when office holders who bear it are almost all one gender.
 * Otherwise undefined: any pronoun may then refer to it.
 */
export function entityGender(doc: Doc, entity: number, kb: Knowledge): Gender | undefined {
  const mentions = (doc.entities[entity]?.mentions ?? [])
    .map((m) => doc.mentions[m] as Mention)
    .filter((m) => m.kind === 'name');
  for (const m of mentions) {
    const gender = knownGender(m, kb);
    if (gender) return gender;
  }
  for (const m of mentions) {
    const gender = cueBefore(doc, m);
    if (gender) return gender;
  }
  for (const m of mentions) {
    const words = m.text.split(/\s+/u);
    if (words.length < 2) continue;
    const gender = kb.givenNameGender(words[0] as string);
    if (gender) return gender;
  }
  return undefined;
}
