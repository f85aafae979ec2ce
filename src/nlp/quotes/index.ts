import type { Component } from '../../doc/pipeline.js';
import { findDirectQuotes } from './direct.js';
import { borrowSpeakers, carryFromClause } from './fallback.js';
import { findIndirectQuotes } from './indirect.js';
import { SpeakingNominals } from './nominal-speakers.js';

/** Direct, partial and indirect quotations with their speakers. */
export const quotes: Component = {
  name: 'quotes',
  requires: ['sentences', 'entities'],
  assigns: ['quotes'],
  run(doc) {
    const nominals = new SpeakingNominals(doc);
    nominals.addSubjectsOfSpeech();
    const direct = findDirectQuotes(doc);
    const indirect = findIndirectQuotes(doc, direct);
    doc.quotes = [...direct, ...indirect].sort((a, b) => a.start - b.start);
    nominals.nameUnattributed(doc.quotes);
    nominals.nameClauseSubjects(doc.quotes);
    nominals.nameRelativeSubjects(doc.quotes);
    nominals.namePronounSubjects(doc.quotes);
    borrowSpeakers(doc, doc.quotes);
    carryFromClause(doc, doc.quotes);
    nominals.linkSubjectPronouns(doc.quotes);
    nominals.dropSilent(doc.quotes);
  },
};
