import type { Doc } from '../../doc/doc.js';
import type { Gender, Knowledge } from '../knowledge/types.js';
import { entityGender, pronounGender } from './gender.js';
import { PRONOUN_WINDOW, SPEAKER_WINDOW } from './vocabulary.js';

interface Seen {
  readonly entity: number;
  readonly sentence: number;
  /** Named as the one speaking ("Lebed said", "said Lebed", "quoted Lebed as saying"). */
  readonly speaker: boolean;
}

/** Where a pronoun stands: opening its sentence, and before a speech verb ("He said"). */
export interface PronounPlace {
  readonly opensSentence: boolean;
  readonly speaks: boolean;
}

/**
 * The people named so far, in order, for pronouns to choose from. A pronoun takes:
 * 1. only a person whose gender (when known) agrees with it, named at most PRONOUN_WINDOW
 *    sentences back; one whose gender is known to agree over a later one whose gender is not
 *    known, named in the same sentence or the one before;
 * 2. for a sentence-opening "He"/"She": of the latest sentence naming such a person, its first
 *    one (the subject); but a speaker ("Yastrzhembsky said Yeltsin had …") only when the pronoun
 *    speaks too ("He added …"), else the first one not speaking, if any;
 * 3. otherwise the latest such person;
 * 4. a pronoun that speaks, with no such person in the window: the latest speaker further back.
 */
export class RecentPeople {
  readonly #seen: Seen[] = [];
  readonly #genders = new Map<number, Gender | undefined>();
  readonly #doc: Doc;
  readonly #kb: Knowledge;

  constructor(doc: Doc, kb: Knowledge) {
    this.#doc = doc;
    this.#kb = kb;
  }

  add(entity: number, sentence: number, speaker: boolean): void {
    this.#seen.push({ entity, sentence, speaker });
  }

  /**
   * 4. A speaking pronoun ("he said" after a long quotation) with no person in the window: the
   *    latest agreeing speaker up to SPEAKER_WINDOW sentences back, from entry `k` on.
   */
  #speakerBefore(k: number, sentence: number, wanted: Gender | undefined): number | undefined {
    for (let j = k; j >= 0; j--) {
      const seen = this.#seen[j] as Seen;
      if (sentence - seen.sentence > SPEAKER_WINDOW) return undefined;
      if (seen.speaker && this.#agrees(seen.entity, wanted)) return seen.entity;
    }
    return undefined;
  }

  #agrees(entity: number, wanted: Gender | undefined): boolean {
    if (!wanted) return true;
    const gender = this.#genderOf(entity);
    return gender === undefined || gender === wanted;
  }

  #genderOf(entity: number): Gender | undefined {
    if (!this.#genders.has(entity))
      this.#genders.set(entity, entityGender(this.#doc, entity, this.#kb));
    return this.#genders.get(entity);
  }

  /**
   * 1b. "Mrs. Clinton listed Trump enterprises. “…,” she said": when the latest person's gender is
   *     unknown, a person of the wanted gender named in that sentence or the one before wins,
   *     from entry `k` back. Undefined when there is none or the latest's gender is known.
   */
  #knownBefore(k: number, from: number, wanted: Gender): Seen | undefined {
    const latest = this.#seen[k + 1];
    if (!latest || this.#genderOf(latest.entity) !== undefined) return undefined;
    for (let j = k; j >= 0; j--) {
      const seen = this.#seen[j] as Seen;
      if (from - seen.sentence > 1) return undefined;
      if (this.#genderOf(seen.entity) === wanted) return seen;
    }
    return undefined;
  }

  antecedent(pronoun: string, sentence: number, place: PronounPlace): number | undefined {
    const wanted = pronounGender(pronoun);
    let latest: Seen | undefined;
    for (let k = this.#seen.length - 1; k >= 0; k--) {
      const seen = this.#seen[k] as Seen;
      if (sentence - seen.sentence > PRONOUN_WINDOW) {
        return place.speaks ? this.#speakerBefore(k, sentence, wanted) : undefined;
      }
      if (this.#agrees(seen.entity, wanted)) {
        latest = (wanted && this.#knownBefore(k - 1, seen.sentence, wanted)) || seen;
        break;
      }
    }
    if (!latest || !place.opensSentence) return latest?.entity;
    const from = latest.sentence;
    const there = this.#seen.filter((s) => s.sentence === from && this.#agrees(s.entity, wanted));
    const first = there[0]?.entity;
    if (place.speaks) return there.find((s) => s.speaker)?.entity ?? first;
    return there.find((s) => !s.speaker)?.entity ?? first;
  }
}
