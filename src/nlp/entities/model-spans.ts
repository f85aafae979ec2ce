import type { Doc } from '../../doc/doc.js';
import type { Knowledge } from '../knowledge/types.js';
import type { EntitySpan } from '../ner-model/labels.js';
import type { NerModel } from '../ner-model/model.js';
import { tagDocument } from '../ner-model/tagger.js';
import { best, hitToMatch, matchGazetteer, type NameMatch } from './gazetteer-match.js';
import { isPluralTitle, isTitleAt } from './name-runs.js';
import type { SentenceWords } from './words.js';

const WEB_NAME = /^[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:com|org|net|in|co|uk|news|info|io)$/iu;

/** The model's spans for each sentence, in word indices. */
export function modelSpans(
  doc: Doc,
  sentences: readonly SentenceWords[],
  model: NerModel,
  kb: Knowledge,
): EntitySpan[][] {
  const inputs = sentences.map((s) => ({
    words: s.words,
    pos: doc.pos.subarray(s.first, s.first + s.length),
    lowers: s.lowered,
  }));
  return tagDocument(model, inputs, kb);
}

/** Skips title words at the front of a span ("President", "Prime Minister"): roles, not names. */
export function trimTitles(words: SentenceWords, span: EntitySpan, kb: Knowledge): EntitySpan {
  let from = span.from;
  for (;;) {
    const n = from < span.to ? isTitleAt(words, from, kb) : 0;
    if (n === 0 || from + n >= span.to) break;
    from += n;
  }
  return { ...span, from };
}

/**
 * Gives a model span its newsgraph type, key and country, as a cascade (a span opening with a
 * plural title, "Ministers of Defence", names a role and is dropped):
 * 1. a span the gazetteer knows whole: a country or city is GPE, a region LOC, a demonym or people
 *    word NORP, whatever the model called it, except that an ORG stays ORG (a team named after a
 *    country); a known person is a PERSON unless the model says ORG, a known organisation an ORG
 *    unless the model says PER;
 * 2. PER → PERSON, ORG → ORG, LOC → GPE (most unknown places in news are towns and districts),
 *    MISC → MISC; a web name (`IndiaNarrative.com`) is an ORG.
 */
export function typeSpan(
  words: SentenceWords,
  span: EntitySpan,
  kb: Knowledge,
  date: string | null,
): NameMatch | undefined {
  const { from, to } = span;
  if (to <= from || isPluralTitle(words.lower(from), kb)) return undefined;
  const text = words.text(from, to);
  const hit = best(kb.lookupKey(words.key(from, to)));
  // 1.
  if (hit) {
    const known = hitToMatch(hit, from, to, kb, date);
    const geographic = hit.kind === 'country' || hit.kind === 'place';
    if (span.type === 'ORG' && geographic) {
      return { from, to, type: 'ORG', key: `name:${text}`, country: known.country };
    }
    if (geographic || known.type === 'NORP') return known;
    if (hit.kind === 'person' && span.type !== 'ORG') return known;
    if (hit.kind === 'organisation' && span.type !== 'PER') return { ...known, type: 'ORG' };
  }
  // 2.
  const make = (type: NameMatch['type']): NameMatch => ({
    from,
    to,
    type,
    key: `name:${text}`,
    country: null,
  });
  if (WEB_NAME.test(text)) return make('ORG');
  switch (span.type) {
    case 'PER':
      return make('PERSON');
    case 'ORG':
      return make('ORG');
    case 'LOC':
      return make('GPE');
    default:
      return make('MISC');
  }
}

function coversAny(covered: Uint8Array, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (covered[k] === 1) return true;
  return false;
}

/**
 * Names the gazetteer knows that the model left out (a country, a leader, a demonym), where they
 * overlap no model span: the knowledge base is precise on capitalised phrases. A capitalised web
 * name (`IndiaNarrative.com`) the model left out is an ORG.
 */
export function gazetteerExtras(
  words: SentenceWords,
  spans: readonly EntitySpan[],
  kb: Knowledge,
  date: string | null,
): NameMatch[] {
  const covered = new Uint8Array(words.length);
  for (const s of spans) covered.fill(1, s.from, s.to);
  const out: NameMatch[] = [];
  let i = 0;
  while (i < words.length) {
    const word = words.word(i);
    // A web name has a dot: the cheap test first.
    if (!covered[i] && word.includes('.') && WEB_NAME.test(word) && /^\p{Lu}/u.test(word)) {
      out.push({ from: i, to: i + 1, type: 'ORG', key: `name:${word}`, country: null });
      i++;
      continue;
    }
    const match = covered[i] ? undefined : matchGazetteer(words, i, kb, date);
    if (match && !coversAny(covered, match.from, match.to)) {
      out.push(match);
      i = match.to;
    } else i++;
  }
  return out;
}
