import type { Doc } from '../../doc/doc.js';
import type { Component } from '../../doc/pipeline.js';
import { spansWithin } from '../../doc/spans.js';
import type { Mention } from '../../doc/types.js';
import { type SentenceWords, sentencesOf } from '../entities/words.js';
import type { Knowledge } from '../knowledge/types.js';
import { readNominal, resolveCapital, resolvePerson } from './nominals.js';
import { PERSON_PRONOUNS, PRONOUN_WINDOW } from './vocabulary.js';

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
    ...span,
    text: doc.slice(span),
    type: target.type,
    kind,
    entity,
    key: `ref:${target.id}`,
    country: target.country,
  });
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
 * Resolves nominals ("the Russian minister", "the Indian capital") and third-person pronouns to
 * named entities. A reference with no fitting antecedent stays unresolved: never a guess.
 */
export function createCoreference(kb: Knowledge): Component {
  return {
    name: 'coref',
    requires: ['entities'],
    assigns: ['entities'],
    run(doc) {
      const names = [...doc.mentions];
      let lastPerson: { entity: number; sentence: number } | undefined;
      sentencesOf(doc).forEach((words, sentence) => {
        const startsAt = new Map<number, Mention>();
        for (const m of spansWithin(names, words.sentence.start, words.sentence.end)) {
          startsAt.set(words.indexAt(m.start), m);
        }
        for (let i = 0; i < words.length; i++) {
          const name = startsAt.get(i);
          if (name) {
            if (name.type === 'PERSON') lastPerson = { entity: name.entity, sentence };
            i = words.indexAt(name.end) - 1;
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
              if (nominal.refers !== 'capital') lastPerson = { entity, sentence };
            }
            i = nominal.to - 1;
            continue;
          }
          if (PERSON_PRONOUNS.has(words.lower(i)) && lastPerson) {
            if (sentence - lastPerson.sentence <= PRONOUN_WINDOW) {
              addReference(doc, words, i, i + 1, lastPerson.entity, 'pronoun');
            }
          }
        }
      });
      reindex(doc);
    },
  };
}
