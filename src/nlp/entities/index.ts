import type { Doc } from '../../doc/doc.js';
import type { Component } from '../../doc/pipeline.js';
import type { Mention } from '../../doc/types.js';
import type { Knowledge } from '../knowledge/types.js';
import type { NerModel } from '../ner-model/model.js';
import { best, matchGazetteer, type NameMatch } from './gazetteer-match.js';
import { headlineNames, isTitleCase } from './headlines.js';
import { gazetteerExtras, modelSpans, trimTitles, typeSpan } from './model-spans.js';
import {
  capitalisedRunEnd,
  classifyRun,
  hasOrganisationHead,
  isHeadlineVerb,
  isTitleAt,
  withoutTrailingConnectors,
} from './name-runs.js';
import { typeAsListed, typeAsNamesSeen } from './names-seen.js';
import {
  followsHonorific,
  type PeopleSeen,
  personSeen,
  rememberPerson,
  titleInside,
  titleIsSurname,
} from './people-seen.js';
import { NON_NAME_WORDS, ORGANISATION_HEADS, PARTY_MEMBERS } from './vocabulary.js';
import { isCapitalised, middleInitialsAt, type SentenceWords, sentencesOf } from './words.js';

function addMention(doc: Doc, words: SentenceWords, match: NameMatch): Mention {
  const span = doc.span(words.start(match.from), words.end(match.to - 1));
  // Spelled out, not spread: objects built by spread get slower shapes in V8 (see bench/stages.ts).
  const mention: Mention = {
    start: span.start,
    end: span.end,
    text: doc.slice(span),
    type: match.type,
    kind: 'name',
    entity: -1,
    key: match.key,
    country: match.country,
  };
  doc.mentions.push(mention);
  return mention;
}

/** `Bank of England`, `University of Michigan`: a known place after a head word and `of` is in the name. */
function placeAfterHeadOf(words: SentenceWords, at: number, known: NameMatch): boolean {
  return (
    (known.type === 'GPE' || known.type === 'LOC') &&
    words.lower(at - 1) === 'of' &&
    ORGANISATION_HEADS.has(words.lower(at - 2))
  );
}

function runEndBeforeKnownName(words: SentenceWords, from: number, kb: Knowledge): number {
  const end = capitalisedRunEnd(words, from, kb);
  for (let j = from + 1; j < end; j++) {
    const known = matchGazetteer(words, j, kb, null);
    // "Naina Yeltsin": a given name before a leader's surname names someone else of that family;
    // "Jim Jordan", "George Washington": a one-word place right after a given name is a surname.
    const oneWord = known?.to === j + 1;
    const placeAfterGivenName =
      oneWord &&
      j === from + 1 + middleInitialsAt(words, from + 1) &&
      (known?.type === 'GPE' || known?.type === 'LOC') &&
      kb.givenNameGender(words.word(from)) !== undefined;
    const surname = (known?.type === 'PERSON' && oneWord) || placeAfterGivenName;
    if (known && !surname && placeAfterHeadOf(words, j, known)) return known.to;
    if ((known && !surname) || titleInside(words, j, kb))
      return withoutTrailingConnectors(words, from, j);
  }
  return end;
}

/**
 * `Chicago Police Department`, `Lagos State Government`: a city that is no capital, right before
 * an unknown run ending in an organisation's head word, is part of its name. (A capital or a
 * country before one stays a place: `Kenya Police`, `Moscow` stand for their governments.)
 */
function organisationAfterCity(
  words: SentenceWords,
  known: NameMatch,
  kb: Knowledge,
): NameMatch | undefined {
  if (known.type !== 'GPE' || !isCapitalised(words.word(known.to))) return undefined;
  if (matchGazetteer(words, known.to, kb, null)) return undefined;
  const end = runEndBeforeKnownName(words, known.to, kb);
  if (end === known.to || !hasOrganisationHead(words, known.to, end)) return undefined;
  const hit = best(kb.lookupKey(words.key(known.from, known.to)));
  if (hit?.kind !== 'place' || hit.entry.kind !== 'city' || hit.entry.capital) return undefined;
  return {
    from: known.from,
    to: end,
    type: 'ORG',
    key: `name:${words.text(known.from, end)}`,
    country: null,
  };
}

/** A word that opens a sentence as a name: a party's members, or a capital inside (`McLenney`). */
function opensAsName(words: SentenceWords, i: number): boolean {
  return PARTY_MEMBERS.has(words.lower(i)) || /^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}/u.test(words.word(i));
}

/** Kinds of known name that may start with a title word; a user's actor phrase may not. */
const TITLED_NAMES = new Set(['PERSON', 'GPE', 'LOC', 'NORP']);

function recogniseSentence(
  doc: Doc,
  words: SentenceWords,
  kb: Knowledge,
  people: PeopleSeen,
): void {
  const date = doc.publishedDate;
  let titleCountry: string | null = null;
  let afterTitle = false;
  let i = 0;
  while (i < words.length) {
    const word = words.word(i);
    const titleWords = isCapitalised(word) ? isTitleAt(words, i, kb) : 0;
    const titleLength = titleWords === 1 && titleIsSurname(words, i, kb, people) ? 0 : titleWords;
    // "Mr. Rhodes", "Mrs. Jordan": after an honorific a place's name is a surname.
    const gazetteer = matchGazetteer(words, i, kb, date);
    const placeAsSurname =
      gazetteer &&
      (gazetteer.type === 'GPE' || gazetteer.type === 'LOC') &&
      followsHonorific(words, i);
    const known = placeAsSurname ? undefined : gazetteer;
    // A title that starts a known person's, place's or people's name ("Sheikh Hasina", "Sri Lankan") stays in it.
    if (titleLength > 0 && !(known && TITLED_NAMES.has(known.type) && known.to > i + titleLength)) {
      afterTitle = true;
      i += titleLength;
      continue;
    }
    const cityOrganisation = known ? organisationAfterCity(words, known, kb) : undefined;
    if (cityOrganisation) {
      addMention(doc, words, cityOrganisation);
      afterTitle = false;
      titleCountry = null;
      i = cityOrganisation.to;
      continue;
    }
    if (known) {
      const mention = addMention(doc, words, known);
      rememberPerson(people, mention);
      titleCountry = known.type === 'NORP' ? mention.country : null;
      afterTitle = false;
      i = known.to;
      continue;
    }
    if (
      !isCapitalised(word) ||
      NON_NAME_WORDS.has(words.lower(i)) ||
      !/\p{L}/u.test(word) ||
      isHeadlineVerb(words, i)
    ) {
      afterTitle = false;
      titleCountry = null;
      i++;
      continue;
    }
    const end = runEndBeforeKnownName(words, i, kb);
    const single = end - i === 1;
    const previous = single ? personSeen(people, word) : undefined;
    // After a colon a clause opens as a sentence does: `Gaza City: Four children were killed`.
    const opensClause = i === 0 || words.word(i - 1) === ':';
    const earlier = single && opensClause && !previous ? people.singles.get(word) : undefined;
    // An unknown capitalised word opening a sentence is most often an ordinary word, unless it
    // was a name before or is shaped as one (`McLenney`, `PolitiFact`).
    if (single && opensClause && !previous && !earlier && !opensAsName(words, i)) {
      i = end;
      continue;
    }
    const match: NameMatch | undefined = previous
      ? { from: i, to: end, type: 'PERSON', key: previous.key, country: previous.country }
      : earlier
        ? { from: i, to: end, type: earlier.type, key: earlier.key, country: earlier.country }
        : classifyRun(
            words,
            i,
            end,
            { afterTitle, titleCountry: afterTitle ? titleCountry : null },
            kb,
          );
    if (match) rememberPerson(people, addMention(doc, words, match));
    afterTitle = false;
    titleCountry = null;
    i = end;
  }
}

/**
 * A PERSON the model found takes an earlier full name's key when it is one word of it, and the
 * country of a nationality word right before its title ("Russian Defence Minister Sergei Shoigu").
 */
function personMatch(
  words: SentenceWords,
  match: NameMatch,
  people: PeopleSeen,
  before: readonly NameMatch[],
  kb: Knowledge,
): NameMatch {
  if (match.type !== 'PERSON' || !match.key.startsWith('name:')) return match;
  const previous =
    match.to - match.from === 1 ? personSeen(people, words.word(match.from)) : undefined;
  if (previous) return { ...match, key: previous.key, country: previous.country };
  let at = match.from;
  while (at > 0) {
    let step = 0;
    for (let k = 1; k <= Math.min(at, 4) && step === 0; k++) {
      if (isTitleAt(words, at - k, kb) === k) step = k;
    }
    if (step === 0) break;
    at -= step;
  }
  if (at === match.from) return match;
  const norp = before.find((m) => m.to === at && (m.type === 'NORP' || m.type === 'GPE'));
  return norp?.country ? { ...match, country: norp.country } : match;
}

function recogniseWithModel(doc: Doc, model: NerModel, kb: Knowledge): void {
  const people: PeopleSeen = { bySurname: new Map(), byGivenName: new Map(), singles: new Map() };
  const sentences = sentencesOf(doc);
  const spans = modelSpans(doc, sentences, model, kb);
  const date = doc.publishedDate;
  sentences.forEach((words, k) => {
    const found = spans[k] ?? [];
    const matches: NameMatch[] = [];
    for (const span of found) {
      const match = typeSpan(words, trimTitles(words, span, kb), kb, date);
      if (match) matches.push(match);
    }
    matches.push(...gazetteerExtras(words, found, kb, date));
    matches.sort((a, b) => a.from - b.from);
    const done: NameMatch[] = [];
    for (const match of matches) {
      const final = personMatch(words, match, people, done, kb);
      rememberPerson(people, addMention(doc, words, final));
      done.push(final);
    }
  });
}

/**
 * Finds names of people, organisations, places and nationalities. With a trained model
 * (`loadNerModel`), the model decides spans and types and the knowledge base keys and countries
 * (it needs the `pos` layer); without one, capitalised-run rules over the knowledge base do.
 */
export function createEntityRecogniser(kb: Knowledge, model?: NerModel): Component {
  if (model) {
    return {
      name: 'ner',
      requires: ['tokens', 'sentences', 'pos'],
      assigns: ['mentions'],
      run(doc) {
        recogniseWithModel(doc, model, kb);
      },
    };
  }
  return {
    name: 'ner',
    requires: ['tokens', 'sentences'],
    assigns: ['mentions'],
    run(doc) {
      const people: PeopleSeen = {
        bySurname: new Map(),
        byGivenName: new Map(),
        singles: new Map(),
      };
      const headlines: SentenceWords[] = [];
      for (const words of sentencesOf(doc)) {
        if (isTitleCase(words)) headlines.push(words);
        else recogniseSentence(doc, words, kb, people);
      }
      typeAsNamesSeen(doc);
      typeAsListed(doc);
      // Read last, when the article's own sentences have named its people.
      for (const words of headlines) {
        for (const match of headlineNames(words, kb, people, doc.publishedDate))
          addMention(doc, words, match);
      }
      if (headlines.length > 0) doc.mentions.sort((a, b) => a.start - b.start);
    },
  };
}
