import type { Doc } from '../../doc/doc.js';
import type { Component } from '../../doc/pipeline.js';
import { spansWithin } from '../../doc/spans.js';
import type { Mention } from '../../doc/types.js';
import { type SentenceWords, sentencesOf } from '../entities/words.js';
import type { Knowledge } from '../knowledge/types.js';
import { surnameMentions } from './aliases.js';
import { readNominal, resolveCapital, resolvePerson } from './nominals.js';
import { isSpeaker, personEntities, speaksNext } from './people.js';
import { RecentPeople } from './recent.js';
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

/** Restores document order of mentions and each entity's list of them. */
function reindex(doc: Doc): void {
  doc.mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  for (const entity of doc.entities) entity.mentions = [];
  doc.mentions.forEach((mention, index) => {
    doc.entities[mention.entity]?.mentions.push(index);
  });
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
      reindex(doc);
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
            const who = words.lower(after) === ',' ? after + 1 : after;
            if ((name.type === 'PERSON' || name.type === 'MISC') && words.lower(who) === 'who') {
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
          const role = readRoleNominal(words, i);
          if (role !== undefined) {
            if (lastPerson && sentence - lastPerson.sentence <= PRONOUN_WINDOW) {
              addReference(doc, words, i, role, lastPerson.entity, 'nominal');
            }
            i = role - 1;
            continue;
          }
          if (PERSON_PRONOUNS.has(words.lower(i))) {
            const entity = recent.antecedent(words.word(i), sentence, {
              opensSentence: opensSentence(words, i),
              speaks: speaksNext(words, i + 1) || SPEAKER_VERBS.has(words.lower(i - 1)),
            });
            if (entity !== undefined) addReference(doc, words, i, i + 1, entity, 'pronoun');
          }
        }
      });
      reindex(doc);
    },
  };
}
