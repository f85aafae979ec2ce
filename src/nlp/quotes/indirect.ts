import type { Doc, Sentence } from '../../doc/doc.js';
import { firstStartingAt } from '../../doc/spans.js';
import type { Quote, Span } from '../../doc/types.js';
import { clauseQuote, insideQuote, isNounUse, isPunctuation, lastWord } from './clauses.js';
import { coordinatedIn, splitCoordinated } from './coordinated.js';
import { hedgedClause } from './hedges.js';
import { NOUN_CUES, NOUN_OBJECT_CUES, nounCueClause } from './noun-cues.js';
import { closingSource, labelledLine, reportedBySource, SOURCE_FIRST_WORDS } from './sources.js';
import { isAuxiliary, phraseStartingAt, speakerStartingAt } from './speakers.js';
import { appositiveSubject, speakerBefore } from './subjects.js';
import {
  AUDIENCE_CUES,
  AUDIENCE_ONLY_CUES,
  BEFORE_THAT_OPENERS,
  BELIEF_CUES,
  CONTINUE_FORMS,
  HEDGE_ANCHORS,
  MAX_QUOTE_CHARS,
  MAX_WORDS_BEFORE_THAT,
  NAMING_CUES,
  NO_SUBJECT_BEFORE,
  NOUN_MARKERS,
  OBJECT_CUE_PAIRS,
  OBJECT_CUES,
  SOURCE_NOUNS,
  SPEECH_CUES,
  THAT_CUES,
} from './vocabulary.js';

const PAIR_FIRST_WORDS = new Set([...OBJECT_CUE_PAIRS].map((pair) => pair.split(' ')[0] ?? pair));
/** What a word can be as a cue, built once; wordKinds looks it up once per token of a document. */
const SPEECH = 1;
const OBJECT = 2;
const BELIEF = 4;
const THAT = 8;
const PAIR_FIRST = 16;
const CUE_KINDS: ReadonlyMap<string, number> = (() => {
  const kinds = new Map<string, number>();
  const add = (words: Iterable<string>, kind: number) => {
    for (const word of words) kinds.set(word, (kinds.get(word) ?? 0) | kind);
  };
  add(SPEECH_CUES, SPEECH);
  add(OBJECT_CUES, OBJECT);
  add(NAMING_CUES, OBJECT);
  add(BELIEF_CUES, BELIEF);
  add(THAT_CUES, THAT);
  add(PAIR_FIRST_WORDS, PAIR_FIRST);
  return kinds;
})();

/** A preposition between an object cue and its object: `accused of`, `blamed for`, `voted to`. */
const OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set(['to', 'of', 'for', 'about', 'on', 'as']);

/** `said to be` is passive; `vowed to`, `urged X to` introduce what was vowed or urged. */
const SAY: ReadonlySet<string> = new Set(['say', 'says', 'said', 'saying']);

/** Clauses of one sentence weighed before the first is kept for want of a named speaker. */
const MAX_CANDIDATES = 3;

/** Shortest clause a closing verb of belief reports, in tokens: not `In hindsight, I think`. */
const MIN_CLOSED_CLAUSE = 5;

/** Longest subject of a postposed cue, in tokens: `…, the senior Clinton aide said.` */
const MAX_POSTPOSED_SUBJECT = 10;

/** The token after `that` within a few words of the cue (`said on Monday that`), if any. */
function afterThat(doc: Doc, cue: number, end: number, audience: boolean): number | undefined {
  if (!audience && !BEFORE_THAT_OPENERS.has(doc.lowerTokenText(cue + 1))) return undefined;
  for (let t = cue + 1; t < Math.min(end, cue + 2 + MAX_WORDS_BEFORE_THAT); t++) {
    const word = doc.lowerTokenText(t);
    if (word === 'that') return t + 1;
    if (isPunctuation(doc, t) && !/^[’',"“”]$/u.test(word)) return undefined;
  }
  return undefined;
}

/** Pronouns that open a reported clause after a phrase: `said after the convention he would …`. */
const CLAUSE_SUBJECTS = /^(?:he|she|they|it|we|i|you)$/iu;

/** The clause start after a short phrase opening with a preposition or time word, else `first`. */
function clauseAfterPhrase(doc: Doc, first: number, last: number): number {
  if (!BEFORE_THAT_OPENERS.has(doc.lowerTokenText(first))) return first;
  for (let t = first + 1; t <= Math.min(last, first + MAX_WORDS_BEFORE_THAT); t++) {
    if (CLAUSE_SUBJECTS.test(doc.tokenText(t))) return t;
    if (/^[.;:!?"“”]$/u.test(doc.tokenText(t))) break;
  }
  return first;
}

/**
 * `said Hope Hicks, a campaign spokeswoman`, `…, said one GOP source in the room.`: the name or
 * noun phrase after the cue is its subject, not its content.
 */
function invertedSubject(doc: Doc, cue: number, sentenceEnd: number): boolean {
  if (AUDIENCE_ONLY_CUES.has(doc.lowerTokenText(cue))) return false;
  const cueEnd = doc.tokens.end(cue);
  const name = speakerStartingAt(doc, cueEnd);
  if (name) return /^\s*(?:[,(.;:]|$)/u.test(doc.text.slice(name.end, name.end + 3));
  if (UNKNOWN_NAME_APPOSITIVE.test(doc.text.slice(cueEnd, cueEnd + 80))) return true;
  if (doc.tokenText(cue - 1) !== ',' || sentenceEnd - cueEnd > MAX_INVERTED_PHRASE_CHARS)
    return false;
  const rest = doc.text.slice(cueEnd, sentenceEnd);
  if (!INVERTED_PHRASE.test(rest)) return false;
  return (rest.toLowerCase().match(/\p{L}+/gu) ?? []).some((w) => SOURCE_NOUNS.has(w));
}

/** Longest inverted noun phrase, in characters: `said a person familiar with the talks.` */
const MAX_INVERTED_PHRASE_CHARS = 80;

/**
 * `…, said one GOP source.`, `…, said a person familiar with the talks.`: after a comma and the
 * cue, a short noun phrase with a determiner, a noun of SOURCE_NOUNS and no verb ends the sentence.
 */
const INVERTED_PHRASE =
  /^\s+(?:a|an|the|one|two|three|several|some|another|many|other|his|her|their|its)\s(?:(?!(?:is|are|was|were|will|would|has|have|had|that|could|should|can|may|might|did|does|do|be)\b)[^,;:"“”.?!\s]+\s?){1,8}[.?!]?[’'"”]?\s*$/iu;

/** `said Hope Hicks, a spokeswoman` when the name was not recognised. */
const UNKNOWN_NAME_APPOSITIVE =
  /^\s+(?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}[\p{Lu}][\p{L}.'’-]*\s*,\s+(?:a|an|the)\s/u;

/**
 * `A, he said, and B`, `A, officials said Tuesday, while B`: a cue closed by a comma within a word
 * or two inside its sentence attributes the clause before it.
 */
function parentheticalCue(doc: Doc, cue: number, last: number): boolean {
  for (let t = cue + 1; t <= Math.min(last, cue + 2); t++) {
    // `joked of the museum, "…"` introduces a quotation.
    if (doc.tokenText(t) === ',') return !/^["“'‘]/u.test(doc.tokenText(t + 1));
    if (!BEFORE_THAT_OPENERS.has(doc.lowerTokenText(t))) return false;
  }
  return false;
}

/**
 * Whether the comma at `comma` closes a clause that a parenthetical cue after it attributes: not
 * `which, Tompkins said, is …` nor `…, as Garner said, …`.
 */
function closesClause(doc: Doc, comma: number): boolean {
  if (/^(?:which|who|that|and|but|or|while)$/iu.test(doc.tokenText(comma - 1))) return false;
  return doc.lowerTokenText(comma + 1) !== 'as';
}

/**
 * After a postposed cue only its subject or a time may follow: `…, X said`, `…, said X on Monday`;
 * `inverted`: its subject follows it (`invertedSubject`, as the caller found).
 */
function endsAttribution(doc: Doc, cue: number, last: number, inverted: boolean): boolean {
  const next = doc.lowerTokenText(cue + 1);
  // `Patriot could threaten to walk away`: a verb's infinitive goes on with its clause.
  if (next === 'to' && infinitiveAt(doc, cue + 2)) return false;
  return (
    (last - cue <= 2 && !(last - cue === 2 && SUBJECT_PRONOUNS.has(next))) ||
    (BEFORE_THAT_OPENERS.has(next) && next !== 'that') ||
    inverted ||
    speakerEndsAttribution(doc, doc.tokens.end(cue))
  );
}

/** `said he ran`: a pronoun and a verb after the cue are the clause it reports. */
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you']);

/** Words that may follow a postposed speaker in its attribution: `said Smith on Monday`. */
const AFTER_POSTPOSED_SPEAKER =
  /^\s*(?:[,(.;:!?'’"”]|$|(?:in|on|at|during|after|before|from|for|with|to|last|this|yesterday|today|earlier|later|when|as|according)\b)/iu;

/** `said Smith.`, `said Smith on Monday`: a speaker after the cue, not the subject of what was said (`said he ran`). */
function speakerEndsAttribution(doc: Doc, cueEnd: number): boolean {
  const speaker = speakerStartingAt(doc, cueEnd);
  return (
    speaker !== undefined &&
    AFTER_POSTPOSED_SPEAKER.test(doc.text.slice(speaker.end, speaker.end + 12))
  );
}

/** A token read as a cue verb, with what kinds of cue it can be. */
interface CueWord {
  readonly t: number;
  readonly word: string;
  readonly speech: boolean;
  readonly object: boolean;
  readonly belief: boolean;
  readonly pair: boolean;
  readonly that: boolean;
  readonly cue: Span;
}

/** Token `t` as a cue of `sentence`, unless its use or place rules it out. */
function cueWordAt(
  doc: Doc,
  sentence: Sentence,
  t: number,
  last: number,
  taken: readonly Quote[],
): CueWord | undefined {
  const kinds = (wordKinds(doc)[t] as number) >> CUE_SHIFT;
  if (kinds === 0) return undefined;
  const word = doc.lowerTokenText(t);
  const speech = (kinds & SPEECH) !== 0;
  const pair =
    (kinds & PAIR_FIRST) !== 0 && OBJECT_CUE_PAIRS.has(`${word} ${doc.lowerTokenText(t + 1)}`);
  const object = pair || (kinds & OBJECT) !== 0;
  const belief = (kinds & BELIEF) !== 0;
  const that = (kinds & THAT) !== 0;
  if ((!speech && !object && !belief && !that) || insideQuote(doc, t, taken)) return undefined;
  if (NO_SUBJECT_BEFORE.has(doc.lowerTokenText(t - 1))) return undefined;
  if (isNounUse(doc, t) || continuesAVerb(doc, t) || comparedTo(doc, t)) return undefined;
  if (!speech && relativeClauseVerb(doc, t, sentence.firstToken) && speechCueAfter(doc, t, last))
    return undefined;
  const cue = doc.span(doc.tokens.start(t), doc.tokens.end(t));
  if (taken.some((q) => q.cue?.start === cue.start)) return undefined;
  return { t, word, speech, object, belief, pair, that, cue };
}

/**
 * `<clause>, X said.` and `<clause>, said X.` at the end of the sentence, or `<clause>, X said,
 * and …` inside it: the clause before the comma, with the cue's subject as its speaker. Undefined
 * when the cue is not placed so. `inverted`: the cue's subject follows it (invertedSubject).
 */
function postposedClause(
  doc: Doc,
  sentence: Sentence,
  c: CueWord,
  last: number,
  taken: readonly Quote[],
  inverted: boolean,
): Quote | undefined {
  const { t, speech, cue } = c;
  // `…, The Post has learned.`, `…, experts fear.`: a verb of belief closes the sentence.
  const closing = !speech && (c.belief || c.that) && last - t <= 1;
  const parenthetical = speech && parentheticalCue(doc, t, last);
  if (
    !((speech && (last - t <= 6 || inverted)) || closing || parenthetical) ||
    !(parenthetical || endsAttribution(doc, t, last, inverted))
  )
    return undefined;
  let comma = t - 1;
  while (
    comma > sentence.firstToken &&
    t - comma <= MAX_POSTPOSED_SUBJECT &&
    doc.tokenText(comma) !== ','
  )
    comma--;
  if (
    doc.tokenText(comma) !== ',' ||
    (closing && comma - sentence.firstToken < MIN_CLOSED_CLAUSE) ||
    /["“”]/u.test(doc.text.slice(doc.tokens.end(comma), cue.start)) ||
    (!inverted && appositiveSubject(doc, comma, t)) ||
    (parenthetical && !closesClause(doc, comma))
  )
    return undefined;
  if (frontedPhrase(doc, sentence.firstToken, comma)) return undefined;
  const clause = clauseQuote(doc, sentence.firstToken, comma - 1, taken, noSpeaker(cue), {
    fronted: true,
  });
  return withSpeaker(clause, () => {
    const after = AUDIENCE_ONLY_CUES.has(c.word)
      ? undefined
      : (speakerStartingAt(doc, cue.end) ?? phraseStartingAt(doc, t + 1, sentence.endToken));
    if (inverted && after) return after.entity;
    return speakerBefore(doc, sentence, t) ?? after?.entity ?? null;
  });
}

/** Prepositions that open a phrase fronted to its own clause: `In a poll …, 28 percent said`. */
const FRONTING_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in',
  'according',
  'among',
  'under',
  'after',
  'during',
]);

/** Whether the words before `comma` are one fronted prepositional phrase, no clause to report. */
function frontedPhrase(doc: Doc, first: number, comma: number): boolean {
  if (!FRONTING_PREPOSITIONS.has(doc.lowerTokenText(first))) return false;
  for (let t = first + 1; t < comma; t++) if (/^[,;:]$/u.test(doc.tokenText(t))) return false;
  return true;
}

/** Words that open a clause after a comma rather than a postposed cue's subject. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'who',
  'which',
  'that',
  'and',
  'but',
  'or',
  'while',
  'as',
  'when',
  'where',
  'because',
  'although',
  'though',
  'if',
]);

/** Words that put a clause, not a noun phrase, before a closing cue. */
const INSIDE_CLAUSE: ReadonlySet<string> = new Set([
  'what',
  'which',
  'who',
  'whom',
  'it',
  'had',
  'has',
  'have',
  'is',
  'was',
  'were',
  'are',
]);

/** Tokens before a sentence's end searched for a verb of saying that closes it. */
const CLOSING_CUE_REACH = 6;

/**
 * `Patriot plans to sell the mine, officials said.`: a verb of saying that closes the sentence
 * attributes all of it, cue verbs inside included; its clause when it has a speaker.
 */
function closingAttribution(
  doc: Doc,
  sentence: Sentence,
  last: number,
  taken: readonly Quote[],
): Quote | undefined {
  const kinds = wordKinds(doc);
  const from = Math.max(sentence.firstToken + 1, last - CLOSING_CUE_REACH);
  for (let t = last; t >= from; t--) {
    if ((((kinds[t] as number) >> CUE_SHIFT) & SPEECH) === 0) continue;
    // Only a few words of time or manner may follow the cue, and no subject of its own.
    if (last - t > 3 || speakerStartingAt(doc, doc.tokens.end(t)) !== undefined) return undefined;
    const c = cueWordAt(doc, sentence, t, last, taken);
    const inverted = c !== undefined && invertedSubject(doc, t, doc.tokens.end(last));
    const quote = c ? postposedClause(doc, sentence, c, last, taken, inverted) : undefined;
    if (quote?.speaker == null || !closesWithSubject(doc, quote, t)) return undefined;
    return quote;
  }
  return undefined;
}

/**
 * `…, officials said.`, `…, the ministry said on Friday.`: the postposed cue's subject follows the
 * clause's comma and opens no clause of its own (`…, who says …`, `…, but Shelby said he …`).
 */
function closesWithSubject(doc: Doc, quote: Quote, t: number): boolean {
  const comma = doc.tokens.indexAt(quote.end);
  const first = doc.lowerTokenText(comma + 1) === ',' ? comma + 2 : comma + 1;
  // `…, drawing a reply from Khan`, `…, attacked Rubio for not answering`: a verb opens no subject.
  if (
    CLAUSE_OPENERS.has(doc.lowerTokenText(first)) ||
    /^\p{Ll}+(?:ing|ed)$/u.test(doc.tokenText(first))
  )
    return false;
  let end = t - 1;
  while (end > first && isAuxiliary(doc.tokenText(end))) end--;
  // `…, the nominee had some explaining to do`, `…, more for what it says`: a clause, not a subject.
  for (let k = first; k <= end; k++) if (INSIDE_CLAUSE.has(doc.lowerTokenText(k))) return false;
  return true;
}

/** `to | walk away`, not `to | reporters`, `to | the crowd`, `to | CNN`: a bare verb after `to`. */
function infinitiveAt(doc: Doc, t: number): boolean {
  const word = doc.tokenText(t);
  return /^\p{Ll}+$/u.test(word) && !/s$/u.test(word) && !NOUN_MARKERS.has(word);
}

/**
 * 1. `X said (that) <clause>`, `X told reporters <clause>`, `X believes that <clause>`;
 * 2. a postposed cue (postposedClause).
 * A verb of saying that closes the sentence wins (closingAttribution); else the first cue with a
 * speaker (`When he wrote his book, McKinley said …`), else the first.
 * The speaker is the named (or coreferent) subject, else null.
 */
function cueClause(doc: Doc, sentence: Sentence, taken: readonly Quote[]): Quote | undefined {
  const last = lastWord(doc, sentence);
  const closing = closingAttribution(doc, sentence, last, taken);
  if (closing) return closing;
  let best: Quote | undefined;
  let tried = 0;
  for (let t = sentence.firstToken + 1; t <= last; t++) {
    const c = cueWordAt(doc, sentence, t, last, taken);
    if (!c) continue;
    const { word, speech, object, belief, pair } = c;
    const inverted = speech && invertedSubject(doc, t, doc.tokens.end(last));
    // 2.
    const postposed = postposedClause(doc, sentence, c, last, taken, inverted);
    if (postposed) {
      best = preferred(doc, best, postposed);
      if (best?.speaker != null || ++tried >= MAX_CANDIDATES) return best;
      continue;
    }
    // 1.
    if (inverted) continue;
    let first = afterThat(doc, t, last + 1, AUDIENCE_CUES.has(word));
    // `found that in the three largest counties, …`: after `that` a clause may open with a phrase.
    let fronted = first !== undefined;
    if (first === undefined) {
      if (!speech && !object && !belief) continue;
      first = pair ? t + 2 : t + 1;
      if (AUDIENCE_CUES.has(word)) {
        const audience = speakerStartingAt(doc, c.cue.end);
        first = audience
          ? doc.tokens.indexAt(audience.end)
          : first + (doc.lowerTokenText(first) === 'the' ? 2 : 1);
      }
      const next = doc.lowerTokenText(first);
      const toVerb =
        next === 'to' && (AUDIENCE_CUES.has(word) || belief || (speech && !SAY.has(word)));
      if ((object && OBJECT_PREPOSITIONS.has(next)) || toVerb) first++;
      else if (speech) first = clauseAfterPhrase(doc, first, last);
      // `declined to comment`: a lone verb keeps its `to`.
      if (next === 'to' && first === last && doc.lowerTokenText(first - 1) === 'to') {
        first--;
        fronted = true;
      }
    }
    const clause = clauseQuote(doc, first, last, taken, noSpeaker(c.cue), { fronted });
    const quote = withSpeaker(clause, () => speakerBefore(doc, sentence, t));
    best = preferred(doc, best, quote);
    if (best?.speaker != null || (quote && ++tried >= MAX_CANDIDATES)) return best;
  }
  return best;
}

/**
 * `continues to grow`, `continued fighting`: `continue` before a verb only carries it, and is no
 * cue of its own (the verb after it may be one: `continue to warn that …`).
 */
function continuesAVerb(doc: Doc, t: number): boolean {
  if (!CONTINUE_FORMS.test(doc.lowerTokenText(t))) return false;
  const next = doc.lowerTokenText(t + 1);
  return next === 'to' || /^[a-z]{2,}ing$/u.test(next);
}

/**
 * `14 percent of the vote compared to 65 percent`: `compared` right before `to` or `with` is a
 * preposition of comparison; the verb has its object first (`compared the plan to …`).
 */
function comparedTo(doc: Doc, t: number): boolean {
  const next = doc.lowerTokenText(t + 1);
  return doc.lowerTokenText(t) === 'compared' && (next === 'to' || next === 'with');
}

/**
 * `officials who spoke on condition of anonymity said`, `a spokesman, who declined to be named,
 * said`: the verb of a relative clause (after `who` or `which`, past auxiliaries and adverbs).
 */
function relativeClauseVerb(doc: Doc, t: number, sentenceFirst: number): boolean {
  let before = t - 1;
  while (before > sentenceFirst && isAuxiliary(doc.tokenText(before))) before--;
  return /^(?:who|which)$/iu.test(doc.tokenText(before));
}

/** Whether a verb of saying follows token `t` in its sentence (up to token `last`). */
function speechCueAfter(doc: Doc, t: number, last: number): boolean {
  const kinds = wordKinds(doc);
  for (let k = t + 1; k <= last; k++)
    if ((((kinds[k] as number) >> CUE_SHIFT) & SPEECH) !== 0) return true;
  return false;
}

const noSpeaker = (cue: Span) => ({ speaker: null, cue });

/** The clause with its speaker, found only once the clause is kept: the search is the costly part. */
function withSpeaker(clause: Quote | undefined, find: () => number | null): Quote | undefined {
  if (!clause) return undefined;
  // Written out, not spread: a clause has these fields only (clauseQuote), in this order.
  const { start, end, text, kind, cue } = clause;
  return { start, end, text, kind, speaker: find(), cue };
}

/**
 * The better of two candidate clauses of a sentence: the first, unless it has no speaker and the
 * later one has (and is not a coordinated clause inside it, which splitCoordinated handles).
 */
function preferred(doc: Doc, best: Quote | undefined, quote: Quote | undefined): Quote | undefined {
  if (!quote) return best;
  if (!best) return quote;
  if (best.speaker !== null || quote.speaker === null) return best;
  return quote.cue && coordinatedIn(doc, best, quote.cue.start) ? best : quote;
}

/**
 * The direct quotes (sorted by start) that can touch `sentence`: a quote is at most a few times
 * MAX_QUOTE_CHARS long (two parts and their attribution), so those starting further back end
 * before it. Keeps the per-token checks local on articles with thousands of quotes.
 */
function quotesAround(direct: readonly Quote[], sentence: Sentence): Quote[] {
  const from = firstStartingAt(direct, sentence.start - 3 * MAX_QUOTE_CHARS);
  const nearby: Quote[] = [];
  for (let i = from; i < direct.length; i++) {
    const quote = direct[i] as Quote;
    if (quote.start > sentence.end + 1) break;
    if (quote.end >= sentence.start - 1) nearby.push(quote);
  }
  return nearby;
}

/** What a sentence's words can start, found in one pass: most sentences need no further look. */
const HAS_CUE = 1;
const HAS_SOURCE = 2;
const HAS_NOUN_CUE = 4;
const HAS_HEDGE = 8;
const SENTENCE_WORDS: ReadonlyMap<string, number> = (() => {
  const kinds = new Map<string, number>();
  const add = (words: Iterable<string>, kind: number) => {
    for (const word of words) kinds.set(word, (kinds.get(word) ?? 0) | kind);
  };
  add(CUE_KINDS.keys(), HAS_CUE);
  add(SOURCE_FIRST_WORDS, HAS_SOURCE);
  add(NOUN_CUES, HAS_NOUN_CUE);
  add(NOUN_OBJECT_CUES.keys(), HAS_NOUN_CUE);
  add(HEDGE_ANCHORS.keys(), HAS_HEDGE);
  return kinds;
})();

/** Where a token's CUE_KINDS sit in its wordKinds entry, above its SENTENCE_WORDS kinds. */
const CUE_SHIFT = 4;

/**
 * Every token's SENTENCE_WORDS kinds and CUE_KINDS in one number, looked up once per document:
 * sentenceKinds and cueClause (which splitCoordinated calls again) then read an array instead of
 * a map per token.
 */
const WORD_KINDS = new WeakMap<Doc, { tokens: Doc['tokens']; kinds: Uint16Array }>();

function wordKinds(doc: Doc): Uint16Array {
  const cached = WORD_KINDS.get(doc);
  if (cached && cached.tokens === doc.tokens && cached.kinds.length === doc.tokens.length)
    return cached.kinds;
  const { lowered } = doc.tokenWords();
  const kinds = new Uint16Array(lowered.length);
  for (let t = 0; t < lowered.length; t++) {
    const word = lowered[t] as string;
    const sentence = SENTENCE_WORDS.get(word);
    if (sentence !== undefined) kinds[t] = sentence | ((CUE_KINDS.get(word) ?? 0) << CUE_SHIFT);
  }
  WORD_KINDS.set(doc, { tokens: doc.tokens, kinds });
  return kinds;
}

function sentenceKinds(doc: Doc, sentence: Sentence): number {
  const words = wordKinds(doc);
  let kinds = 0;
  for (let t = sentence.firstToken; t < sentence.endToken; t++) kinds |= words[t] as number;
  return kinds & ((1 << CUE_SHIFT) - 1);
}

/**
 * Reported speech and attributed sentences that are not between quotation marks, in this order:
 * 1. a transcript or headline label (`PENCE: …`);
 * 2. the clause a named source closes (`…, according to a campaign aide.`), else a clause of a
 *    cue verb (cueClause), split where it coordinates two attributions;
 * 3. `according to X`; 4. a noun of saying (`his claim that …`); 5. a hedge (`is expected to`).
 * Steps 2–5 run only on sentences that hold one of their words.
 */
export function findIndirectQuotes(doc: Doc, direct: readonly Quote[]): Quote[] {
  const found: Quote[] = [];
  for (const sentence of doc.sentences) {
    const nearby = quotesAround(direct, sentence);
    // 1.
    const labelled = labelledLine(doc, sentence, nearby);
    if (labelled) {
      found.push(labelled);
      continue;
    }
    const kinds = sentenceKinds(doc, sentence);
    if (kinds === 0) continue;
    // 2.
    const closing = kinds & HAS_SOURCE ? closingSource(doc, sentence, nearby) : undefined;
    if (closing) {
      found.push(closing);
      continue;
    }
    const clause = kinds & HAS_CUE ? cueClause(doc, sentence, nearby) : undefined;
    if (clause) {
      found.push(...splitCoordinated(doc, sentence, nearby, clause, cueClause));
      continue;
    }
    const quote =
      // 3.
      (kinds & HAS_SOURCE ? reportedBySource(doc, sentence, nearby) : undefined) ??
      // 4.
      (kinds & HAS_NOUN_CUE ? nounCueClause(doc, sentence, nearby) : undefined) ??
      // 5.
      (kinds & HAS_HEDGE ? hedgedClause(doc, sentence, nearby) : undefined);
    if (quote) found.push(quote);
  }
  return found;
}
