import type { Doc } from '../../doc/doc.js';
import type { Component } from '../../doc/pipeline.js';
import { spansWithin } from '../../doc/spans.js';
import type { Mention } from '../../doc/types.js';
import { type SentenceWords, sentencesOf } from '../entities/words.js';
import type { Knowledge } from '../knowledge/types.js';
import { surnameMentions } from './aliases.js';
import {
  GROUP_WINDOW,
  groupAntecedent,
  insideQuotation,
  opensClauseAsSubject,
  speakingRelative,
  speaksAsSubject,
} from './groups.js';
import { institutionAntecedent, readInstitution } from './institutions.js';
import { readNominal, resolveCapital, resolvePerson } from './nominals.js';
import { officeHolder, readOfficeNoun } from './offices.js';
import { isSpeaker, personEntities, speaksNext } from './people.js';
import { RecentPeople } from './recent.js';
import { relativeAfterName } from './relatives.js';
import { readRoleNominal } from './roles.js';
import { PERSON_PRONOUNS, PRONOUN_WINDOW, SPEAKER_VERBS } from './vocabulary.js';

function addReference(
  doc: Doc,
  words: SentenceWords,
  from: number,
  to: number,
  entity: number,
  kind: 'nominal' | 'pronoun',
): void {
  const span = doc.span(words.start(from), words.end(to - 1));
  const target = doc.entities[entity];
  if (!target) return;
  doc.mentions.push({
    start: span.start,
    end: span.end,
    text: doc.slice(span),
    type: target.type,
    kind,
    entity,
    key: `ref:${target.id}`,
    country: target.country,
  });
}

/** A subject pronoun ("He", "She") with only punctuation before it in its sentence. */
function opensSentence(words: SentenceWords, i: number): boolean {
  if (words.lower(i) !== 'he' && words.lower(i) !== 'she') return false;
  for (let k = 0; k < i; k++) if (!/^\p{P}+$/u.test(words.word(k))) return false;
  return true;
}

/**
 * Resolves nominals ("the Russian minister", "the Indian capital"), role nominals ("the Republican
 * nominee", the latest person) and third-person pronouns to named entities. An untyped name that
 * speaks ("Merkley said") counts as a person for the pronouns after it. A surname alone that the
 * recogniser missed ("Stein said", after "Jill Stein") becomes a mention of the full name's entity. The
 * relative "who" right after a name ("Stumpf, who was …") refers to it. A reference with no fitting
 * antecedent stays unresolved: never a guess.
 */
export function createCoreference(kb: Knowledge): Component {
  return {
    name: 'coref',
    requires: ['entities'],
    assigns: ['entities'],
    run(doc) {
      const sentences = sentencesOf(doc);
      doc.mentions.push(...surnameMentions(doc, sentences));
      doc.reindexMentions();
      const names = [...doc.mentions];
      let lastPerson: { entity: number; sentence: number } | undefined;
      const recent = new RecentPeople(doc, kb);
      const people = personEntities(doc, sentences);
      sentences.forEach((words, sentence) => {
        const startsAt = new Map<number, Mention>();
        for (const m of spansWithin(names, words.sentence.start, words.sentence.end)) {
          startsAt.set(words.indexAt(m.start), m);
        }
        for (let i = 0; i < words.length; i++) {
          const name = startsAt.get(i);
          if (name) {
            const after = words.indexAt(name.end);
            const speaks = name.type === 'MISC' && SPEAKER_VERBS.has(words.lower(after));
            const person = name.type === 'PERSON' || people.has(name.entity);
            if (person || speaks) {
              lastPerson = { entity: name.entity, sentence };
              recent.add(name.entity, sentence, isSpeaker(words, words.indexAt(name.start), after));
            }
            const who = relativeAfterName(words, after);
            if ((name.type === 'PERSON' || name.type === 'MISC') && words.lower(who) === 'who') {
              addReference(doc, words, who, who + 1, name.entity, 'pronoun');
            } else if (speakingRelative(words, who, name)) {
              addReference(doc, words, who, who + 1, name.entity, 'pronoun');
            }
            i = after - 1;
            continue;
          }
          const nominal = readNominal(words, i, (w) => {
            const m = startsAt.get(w);
            return m?.type === 'NORP' ? m : undefined;
          });
          if (nominal) {
            const offset = words.start(i);
            const entity =
              nominal.refers === 'capital'
                ? resolveCapital(doc, nominal.country, kb)
                : resolvePerson(doc, nominal, offset);
            if (entity !== undefined) {
              addReference(doc, words, i, nominal.to, entity, 'nominal');
              if (nominal.refers !== 'capital') {
                lastPerson = { entity, sentence };
                recent.add(entity, sentence, false);
              }
            }
            i = nominal.to - 1;
            continue;
          }
          const institution = readInstitution(words, i);
          if (institution !== undefined) {
            const noun = words.lower(institution);
            const entity = institutionAntecedent(names, noun, words.start(i), doc);
            if (entity !== undefined)
              addReference(doc, words, i, institution + 1, entity, 'nominal');
            i = institution;
            continue;
          }
          const office = readOfficeNoun(words, i);
          const holder =
            office === undefined ? undefined : officeHolder(doc, words.key(i + 1, office));
          if (office !== undefined && holder !== undefined) {
            addReference(doc, words, i, office, holder, 'nominal');
            lastPerson = { entity: holder, sentence };
            recent.add(holder, sentence, false);
            i = office - 1;
            continue;
          }
          const role = readRoleNominal(words, i);
          if (role !== undefined) {
            if (lastPerson && sentence - lastPerson.sentence <= PRONOUN_WINDOW) {
              addReference(doc, words, i, role, lastPerson.entity, 'nominal');
            }
            i = role - 1;
            continue;
          }
          const lower = words.lower(i);
          if (
            (lower === 'it' || lower === 'they') &&
            (speaksAsSubject(words, i) || opensClauseAsSubject(words, i))
          ) {
            // A pronoun inside a quotation speaks of the speaker's own matters.
            if (insideQuotation(words.text(0, i + 1))) continue;
            const from = sentences[Math.max(0, sentence - GROUP_WINDOW)]?.sentence.start ?? 0;
            const entity = groupAntecedent(doc, names, lower, words.start(i), from);
            if (entity !== undefined) addReference(doc, words, i, i + 1, entity, 'pronoun');
            continue;
          }
          if (PERSON_PRONOUNS.has(lower)) {
            const speaks = speaksNext(words, i + 1) || SPEAKER_VERBS.has(words.lower(i - 1));
            const entity = recent.antecedent(words.word(i), sentence, {
              opensSentence: opensSentence(words, i),
              speaks,
            });
            if (entity !== undefined) {
              addReference(doc, words, i, i + 1, entity, 'pronoun');
              // `He suggested … He claimed … He also suggested`: a chain of subject pronouns
              // keeps its person in reach.
              if (lower === 'he' || lower === 'she') recent.add(entity, sentence, speaks);
            }
          }
        }
      });
      doc.reindexMentions();
    },
  };
}
