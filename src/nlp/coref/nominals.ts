import type { Doc } from '../../doc/doc.js';
import type { Entity, Mention } from '../../doc/types.js';
import type { SentenceWords } from '../entities/words.js';
import type { Knowledge } from '../knowledge/types.js';
import { CAPITAL_NOUNS, HEAD_NOUNS, ROLE_OFFICES } from './vocabulary.js';

export interface Nominal {
  readonly to: number;
  readonly country: string;
  /** Offices the role phrase can name, or 'capital' for "the Indian capital". */
  readonly refers: readonly string[] | 'capital';
}

/**
 * Reads "the <Demonym> <role>" and "the head of the <Demonym> <role>" at word `i`, where
 * `norpAt` gives the nationality mention starting at a word.
 */
export function readNominal(
  words: SentenceWords,
  i: number,
  norpAt: (word: number) => Mention | undefined,
): Nominal | undefined {
  if (words.lower(i) !== 'the') return undefined;
  let j = i + 1;
  if (
    HEAD_NOUNS.has(words.lower(j)) &&
    words.lower(j + 1) === 'of' &&
    words.lower(j + 2) === 'the'
  ) {
    j += 3;
  }
  const norp = norpAt(j);
  if (!norp?.country) return undefined;
  const k = words.indexAt(norp.end);
  for (const length of [2, 1]) {
    const phrase = words.key(k, k + length);
    const offices = ROLE_OFFICES.get(phrase);
    if (offices) return { to: k + length, country: norp.country, refers: offices };
    if (CAPITAL_NOUNS.has(phrase))
      return { to: k + length, country: norp.country, refers: 'capital' };
  }
  return undefined;
}

/** The office holder the nominal names: the latest one mentioned before it, else the first after. */
export function resolvePerson(doc: Doc, nominal: Nominal, offset: number): number | undefined {
  if (nominal.refers === 'capital') return undefined;
  const offices = nominal.refers;
  const fits = (entity: Entity) =>
    entity.type === 'PERSON' &&
    entity.country === nominal.country &&
    entity.officeRole !== undefined &&
    offices.includes(entity.officeRole);
  let before: { entity: number; at: number } | undefined;
  let after: { entity: number; at: number } | undefined;
  const candidates = doc.entities
    .map((entity, index) => ({ entity, index }))
    .filter(({ entity }) => fits(entity))
    .flatMap(({ entity }) => entity.mentions.map((m) => doc.mentions[m] as Mention));
  for (const mention of candidates) {
    if (mention.end <= offset && (!before || mention.start > before.at)) {
      before = { entity: mention.entity, at: mention.start };
    } else if (mention.start >= offset && (!after || mention.start < after.at)) {
      after = { entity: mention.entity, at: mention.start };
    }
  }
  return (before ?? after)?.entity;
}

/** The entity of the country's capital, created when the article has not named it. */
export function resolveCapital(doc: Doc, country: string, kb: Knowledge): number | undefined {
  const capital = kb.countries.get(country)?.capital;
  if (!capital) return undefined;
  const key = `place:${capital}`;
  const existing = doc.mentions.find((m) => m.key === key);
  if (existing) return existing.entity;
  const entity: Entity = {
    id: `e${doc.entities.length + 1}`,
    type: 'GPE',
    name: capital,
    actor: country,
    country,
    mentions: [],
  };
  return doc.entities.push(entity) - 1;
}
