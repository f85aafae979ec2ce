import type { Doc } from '../../doc/doc.js';
import { spansWithin } from '../../doc/spans.js';
import type { EntityType, Mention, Quote } from '../../doc/types.js';
import { isNounUse } from './clauses.js';
import { OBJECT_VERBS, SPEECH_VERB_PAIRS, SPEECH_VERBS, THAT_VERBS } from './cue-verbs.js';
import { addPronounMention } from './references.js';
import { isAuxiliary, isPassiveCue, PHRASE_BOUNDARY } from './speakers.js';
import { speakingNounType } from './speaking-nouns.js';
import { SPEECH_CUES } from './vocabulary.js';

/** Longest mention that may overlap a phrase, in characters: bounds the search for one. */
const MAX_MENTION_CHARS = 80;
/** Words of a speaking noun phrase before its head: `a senior campaign | official`. */
const MAX_MODIFIERS = 4;
/** Words that cannot stand inside such a phrase: prepositions, verbs of saying, clause words. */
const NOT_MODIFIER =
  /^(?:of|for|in|on|at|with|by|from|to|about|than|like|into|over|under|after|before|during|among|between|across|against|through|without|within|despite|since|until|upon|via|per|as|when|while|if|is|are|was|were|be|been|has|have|had|not|no|it|they|he|she|we|i|you|there|this|what)$/iu;
/** A word that opens a noun phrase: nothing before it belongs to the phrase. */
const DETERMINER =
  /^(?:a|an|the|another|some|many|most|several|few|these|those|both|all|its|their|his|her|our|my|your)$/iu;
/** Words that may follow a phrase's head inside it: `a spokesman for`, `experts on`, `sources close to`. */
const HEAD_FOLLOWERS = /^(?:for|of|at|with|in|on|from|familiar|close|who)$/iu;
/** A modifier: a word (`senior`, `campaign`, `Democratic`), a number or an ordinal. */
const MODIFIER = /^[\p{L}\p{N}][\p{L}\p{N}'’-]*$/u;

interface Phrase {
  readonly first: number;
  readonly last: number;
  readonly type: EntityType;
}

/** The phrase whose head noun is token `head`, running back over modifiers. */
function nounPhraseEndingAt(doc: Doc, head: number, sentenceFirst: number): Phrase | undefined {
  const type = speakingNounType(doc.tokenText(head));
  // `Police say`: a capital only where the sentence opens.
  if (!type || (!/^\p{Ll}/u.test(doc.tokenText(head)) && head !== sentenceFirst)) return undefined;
  let first = head;
  while (
    first - 1 >= sentenceFirst &&
    head - (first - 1) <= MAX_MODIFIERS &&
    MODIFIER.test(doc.tokenText(first - 1)) &&
    !NOT_MODIFIER.test(doc.tokenText(first - 1)) &&
    !PHRASE_BOUNDARY.test(doc.tokenText(first - 1)) &&
    !SPEECH_CUES.has(doc.lowerTokenText(first - 1)) &&
    !DETERMINER.test(doc.tokenText(first))
  )
    first--;
  return ownedByName(doc, first) ? undefined : { first, last: head, type };
}

/** `Clinton’s campaign`: a person or body named before a possessive speaks for what it owns. */
function ownedByName(doc: Doc, first: number): boolean {
  if (!/^['’]s$/iu.test(doc.tokenText(first - 1))) return false;
  const at = doc.tokens.start(first - 1);
  return spansWithin(doc.mentions, at - MAX_MENTION_CHARS, at).some(
    (m) => m.end === at && (m.type === 'PERSON' || m.type === 'ORG'),
  );
}

/** The phrase starting at token `first` (`said | one official`, `according to | exit polls`). */
function nounPhraseFrom(doc: Doc, first: number, sentenceEnd: number): Phrase | undefined {
  for (let head = first; head < Math.min(sentenceEnd, first + MAX_MODIFIERS + 1); head++) {
    const word = doc.tokenText(head);
    if (!MODIFIER.test(word) || NOT_MODIFIER.test(word) || PHRASE_BOUNDARY.test(word)) return;
    const type = speakingNounType(word);
    const next = doc.tokenText(head + 1);
    if (type && /^\p{Ll}/u.test(word) && !speakingNounType(next) && !/^\p{Ll}/u.test(next))
      return { first, last: head, type };
    // `Protesters marching through the streets chanted`: a participle opens the head's modifier.
    if (type && (HEAD_FOLLOWERS.test(next) || /^\p{Ll}{3,}ing$/u.test(next)))
      return { first, last: head, type };
  }
  return undefined;
}

/** The common-noun subject of the cue at token `cue`, before it or inverted after it. */
function speakingPhrase(doc: Doc, cue: number, sentenceFirst: number, sentenceEnd: number) {
  if (doc.lowerTokenText(cue) === 'according' && doc.lowerTokenText(cue + 1) === 'to')
    return nounPhraseFrom(doc, cue + 2, sentenceEnd);
  let head = cue - 1;
  while (head > sentenceFirst && isAuxiliary(doc.tokenText(head))) head--;
  const before = head >= sentenceFirst ? nounPhraseEndingAt(doc, head, sentenceFirst) : undefined;
  if (before) return before;
  // `," said one official.`: inverted only right after a quote or a comma.
  return /^[,"”'’]$/u.test(doc.tokenText(cue - 1))
    ? nounPhraseFrom(doc, cue + 1, sentenceEnd)
    : undefined;
}

/** Pronouns and clause words: a subject slot they fill names no one here (coreference resolves pronouns). */
const NOT_HEAD =
  /^(?:he|she|they|it|we|i|you|this|these|those|there|here|what|who|whom|which|that|one|none|each|such|so|then|to|do|does|did|can|could|may|might|must|shall|should|will|would)$/iu;
/** Adverbs the `-ly` rule of `isAuxiliary` misses: `also`, `now`, `only`, `often`. */
const ADVERBS =
  /^(?:also|now|only|often|still|then|already|just|never|once|even|soon|later|again|further|together)$/iu;
/** `in April`, `on Monday`, `in 2001`: a time phrase between a subject and its verb. */
const TIME_WORD =
  /^(?:\d{4}|january|february|march|april|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/iu;
/** Prepositions: a phrase after one is its object, not a subject (`in a box labeled`). */
const PREPOSITION =
  /^(?:in|on|at|of|for|with|by|from|to|about|into|under|over|after|before|during|among)$/iu;

/** Token before `t` past auxiliaries, adverbs and one time phrase (`federal prosecutors in April | charged`). */
function subjectSlotBefore(doc: Doc, t: number, sentenceFirst: number): number {
  let at = t - 1;
  const skippable = (k: number) =>
    k >= sentenceFirst && (isAuxiliary(doc.tokenText(k)) || ADVERBS.test(doc.tokenText(k)));
  while (skippable(at)) at--;
  if (
    at - 1 > sentenceFirst &&
    TIME_WORD.test(doc.tokenText(at)) &&
    /^(?:in|on|at|last)$/iu.test(doc.tokenText(at - 1))
  )
    at -= 2;
  while (skippable(at)) at--;
  // `a super PAC that intends`, `nations that oppose`: the relative word stands for the noun before it.
  if (at > sentenceFirst && RELATIVE.test(doc.tokenText(at))) at--;
  return at;
}

const RELATIVE = /^(?:that|who|which)$/iu;

/** The relative pronoun in the subject slot of the cue at `cue` (`economists who | argue`), or -1. */
function relativeSubject(doc: Doc, cue: number, sentenceFirst: number): number {
  const slot = subjectSlotBefore(doc, cue, sentenceFirst) + 1;
  return slot > sentenceFirst && slot < cue && RELATIVE.test(doc.tokenText(slot)) ? slot : -1;
}

/**
 * Any noun phrase in the cue's subject slot, speaking noun or not (`Twelve percent indicated`,
 * `Another slide shows`, `an arbitration panel in 2001 found`, `CNS reported`): the last resort
 * for a quote no name, title or speaking noun claims.
 */
function subjectNounPhrase(doc: Doc, cue: number, sentenceFirst: number): Phrase | undefined {
  if (!isFiniteVerbCue(doc, cue, sentenceFirst)) return undefined;
  return anyNounPhraseEndingAt(doc, subjectSlotBefore(doc, cue, sentenceFirst), sentenceFirst);
}

/**
 * The noun phrase, speaking noun or not, whose head is token `head` (`Twelve percent`, `Another
 * slide`); a subject (`asSubject`) may not follow a preposition (`in a box | labeled`).
 */
function anyNounPhraseEndingAt(
  doc: Doc,
  head: number,
  sentenceFirst: number,
  asSubject = true,
): Phrase | undefined {
  if (head < sentenceFirst) return undefined;
  const word = doc.tokenText(head);
  if (!MODIFIER.test(word) || NOT_MODIFIER.test(word) || NOT_HEAD.test(word)) return undefined;
  if (PHRASE_BOUNDARY.test(word) || SPEECH_CUES.has(word.toLowerCase())) return undefined;
  // A capitalised word is a name the recogniser missed only where the sentence opens with it.
  if (!/^\p{Ll}/u.test(word) && head !== sentenceFirst) return undefined;
  let first = head;
  while (
    first - 1 >= sentenceFirst &&
    head - (first - 1) <= MAX_MODIFIERS &&
    !DETERMINER.test(doc.tokenText(first)) &&
    MODIFIER.test(doc.tokenText(first - 1)) &&
    !NOT_MODIFIER.test(doc.tokenText(first - 1)) &&
    !NOT_HEAD.test(doc.tokenText(first - 1)) &&
    !ADVERBS.test(doc.tokenText(first - 1)) &&
    !/^\p{Ll}+ed$/u.test(doc.tokenText(first - 1)) &&
    !PHRASE_BOUNDARY.test(doc.tokenText(first - 1))
  )
    first--;
  if (ownedByName(doc, first) || (asSubject && PREPOSITION.test(doc.tokenText(first - 1))))
    return undefined;
  const type = speakingNounType(word) ?? (/^\p{Lu}/u.test(word) ? 'ORG' : 'MISC');
  return { first, last: head, type };
}

/**
 * A cue that can take a subject before it: a verb of saying or reporting, not a noun
 * (`a staunch opponent`), a participle (`in many cases reporting`) or a passive (`is expected to`).
 */
function isFiniteVerbCue(doc: Doc, cue: number, sentenceFirst: number): boolean {
  const word = doc.lowerTokenText(cue);
  const pair = `${word} ${doc.lowerTokenText(cue + 1)}`;
  return (
    /^\p{L}+$/u.test(word) &&
    !word.endsWith('ing') &&
    (SPEECH_VERBS.has(word) ||
      OBJECT_VERBS.has(word) ||
      THAT_VERBS.has(word) ||
      SPEECH_VERB_PAIRS.has(pair)) &&
    !isNounUse(doc, cue) &&
    !isPassiveCue(doc, cue, sentenceFirst)
  );
}

/** Sentences back a speaking `it` or `they` looks for the speaker it stands for. */
const PRONOUN_REACH = 2;

/** `it`: a body or a work (`the report`, `the IMF`); `they`: a group (`Democrats`, `the senators`). */
function fitsPronoun(doc: Doc, entity: number, pronoun: 'it' | 'they'): boolean {
  const target = doc.entities[entity];
  if (!target) return false;
  const plural = /[^s\W]s$/u.test(target.name);
  if (pronoun === 'it') return (target.type === 'ORG' || target.type === 'MISC') && !plural;
  // A person's name may end in `s` (`Chris Williams`); a common noun in the plural may not.
  const named = target.mentions.some((m) => doc.mentions[m]?.kind === 'name');
  return target.type === 'NORP' || (plural && !(named && target.type === 'PERSON'));
}

const KEY_PREFIX = 'speaker:';

/** A mention this module added: a common-noun phrase that speaks, not a name. */
export function isSpeakingNominal(mention: Mention): boolean {
  return mention.key.startsWith(KEY_PREFIX);
}

/** `a source`, `the source`: the phrase without its article names the same speaker (`another source` does not). */
function speakerKey(text: string): string {
  return `${KEY_PREFIX}${text
    .toLowerCase()
    .replace(/^(?:a|an|the)\s+/u, '')
    .replace(/\s+/gu, ' ')}`;
}

/**
 * Common-noun phrases that speak (`sources said`, `a campaign operative told`, `according to the
 * poll`, `one study found`) where no name stands in them, as entities, so a quote can name
 * "experts" as its speaker instead of none. Before the quote stage looks for speakers, the
 * subjects of speech verbs are added as mentions (they win over a name further back); after it,
 * a quote still without a speaker takes its cue's common-noun subject; at the end, the phrases no
 * quote took are removed again.
 */
export class SpeakingNominals {
  private readonly firstAdded: number;
  private readonly byKey = new Map<string, number>();
  private added = 0;

  constructor(private readonly doc: Doc) {
    this.firstAdded = doc.entities.length;
  }

  /** Adds the common-noun subjects of speech verbs and `according to`. */
  addSubjectsOfSpeech(): void {
    const doc = this.doc;
    for (const sentence of doc.sentences) {
      for (let t = sentence.firstToken; t < sentence.endToken; t++) {
        const word = doc.lowerTokenText(t);
        const speech =
          SPEECH_CUES.has(word) && !isNounUse(doc, t) && !isPassiveCue(doc, t, sentence.firstToken);
        if (!speech && word !== 'according') continue;
        const phrase = speakingPhrase(doc, t, sentence.firstToken, sentence.endToken);
        if (phrase) this.add(phrase);
      }
    }
    this.reindex();
  }

  /** Gives each quote without a speaker its cue's common-noun subject, if it has one. */
  nameUnattributed(quotes: readonly Quote[]): void {
    for (const quote of quotes) {
      if (quote.speaker !== null || !quote.cue) continue;
      const cue = this.doc.tokens.indexAt(quote.cue.start);
      const sentence = this.doc.sentenceAt(quote.cue.start);
      if (!sentence || cue < 0) continue;
      const phrase =
        speakingPhrase(this.doc, cue, sentence.firstToken, sentence.endToken) ??
        nounPhraseFrom(this.doc, sentence.firstToken, cue) ??
        subjectNounPhrase(this.doc, cue, sentence.firstToken);
      const entity = phrase ? this.add(phrase) : undefined;
      if (entity !== undefined) quote.speaker = entity;
    }
    this.reindex();
  }

  /**
   * `some economists who argue`, `the Saudi government, which has denied`: a relative pronoun
   * in the subject slot of a quote's cue stands for what comes right before it, which is the
   * speaker whatever else was found; the pronoun becomes a mention of it.
   */
  nameRelativeSubjects(quotes: readonly Quote[]): void {
    const doc = this.doc;
    for (const quote of quotes) {
      if (!quote.cue) continue;
      const cue = doc.tokens.indexAt(quote.cue.start);
      const sentence = doc.sentenceAt(quote.cue.start);
      if (!sentence || cue < 0 || !/^\p{L}+$/u.test(doc.tokenText(cue))) continue;
      // `a year which has been labeled as "…" by X`: the relative is no speaker of a passive.
      if (isPassiveCue(doc, cue, sentence.firstToken)) continue;
      const relative = relativeSubject(doc, cue, sentence.firstToken);
      if (relative < 0) continue;
      const antecedent = this.antecedentOf(relative, sentence.firstToken);
      if (antecedent === undefined) continue;
      quote.speaker = antecedent;
      this.addReference(relative, antecedent);
    }
    this.reindex();
  }

  /**
   * `The report says …. It also points out that …`: a speaking `it` or `they` that coreference
   * left alone stands for the speaker of the quote just before, within a sentence or two, when
   * that speaker fits the pronoun (a body or work for `it`, a group for `they`).
   */
  namePronounSubjects(quotes: readonly Quote[]): void {
    const doc = this.doc;
    let previous: Quote | undefined;
    for (const quote of quotes) {
      const before = previous;
      if (quote.speaker !== null) previous = quote;
      if (quote.speaker !== null || !quote.cue || !before || before.speaker === null) continue;
      const cue = doc.tokens.indexAt(quote.cue.start);
      const sentence = doc.sentenceAt(quote.cue.start);
      if (!sentence || cue < 0 || !isFiniteVerbCue(doc, cue, sentence.firstToken)) continue;
      const slot = subjectSlotBefore(doc, cue, sentence.firstToken);
      const pronoun = doc.lowerTokenText(slot);
      if (pronoun !== 'it' && pronoun !== 'they') continue;
      const gap = doc.sentenceIndexAt(quote.cue.start) - doc.sentenceIndexAt(before.start);
      if (gap > PRONOUN_REACH || !fitsPronoun(doc, before.speaker, pronoun)) continue;
      quote.speaker = before.speaker;
      this.addReference(slot, before.speaker);
      previous = quote;
    }
    this.reindex();
  }

  /** What a relative pronoun at token `relative` stands for: the mention or noun phrase before it. */
  private antecedentOf(relative: number, sentenceFirst: number): number | undefined {
    const doc = this.doc;
    const who = doc.lowerTokenText(relative) === 'who';
    let end = relative - 1;
    while (end > sentenceFirst && /^(?:,|--|—|–)$/u.test(doc.tokenText(end))) end--;
    for (let pass = 0; pass < 2; pass++) {
      const at = doc.tokens.end(end);
      const mention = spansWithin(doc.mentions, at - MAX_MENTION_CHARS, at).find(
        (m) => m.end === at,
      );
      if (!mention) break;
      // `Democrats on Capitol Hill, who`, `a spokesman for the ministry, who`: `who` is a person,
      // and a place or body after a preposition only says where or whose.
      const person = mention.type === 'PERSON' || mention.type === 'NORP';
      const place = mention.type === 'GPE' || mention.type === 'LOC';
      let before = doc.tokens.indexAt(mention.start) - 1;
      if (/^(?:the|a|an)$/iu.test(doc.tokenText(before))) before--;
      if (person || (!place && !who)) return mention.entity;
      if (!PREPOSITION.test(doc.tokenText(before))) return place ? undefined : mention.entity;
      end = before - 1;
    }
    // `one of three members who voted`: the antecedent may be a preposition's object.
    const phrase = anyNounPhraseEndingAt(doc, end, sentenceFirst, false);
    // `listeners to his radio program who said`: `who` does not stand for a thing.
    if (!phrase || (who && phrase.type !== 'PERSON')) return undefined;
    return this.add(phrase);
  }

  /** A mention of `entity` on token `t` (a pronoun that stands for it). */
  private addReference(t: number, entity: number): void {
    const doc = this.doc;
    if (addPronounMention(doc, doc.tokens.start(t), doc.tokens.end(t), entity)) this.added++;
  }

  /** Removes the phrases that no quote names as its speaker, renumbering the rest. */
  dropSilent(quotes: Quote[]): void {
    const { doc, firstAdded } = this;
    if (doc.entities.length === firstAdded) return;
    const used = new Set(
      quotes.flatMap((q) => (q.speaker !== null && q.speaker >= firstAdded ? [q.speaker] : [])),
    );
    const kept = [...used].sort((a, b) => a - b);
    const renumber = new Map(kept.map((old, k) => [old, firstAdded + k]));
    const added = doc.entities.slice(firstAdded);
    doc.entities.length = firstAdded;
    for (const old of kept) {
      const entity = added[old - firstAdded];
      if (entity) doc.entities.push({ ...entity, id: `e${doc.entities.length + 1}` });
    }
    doc.mentions = doc.mentions.filter((m) => m.entity < firstAdded || renumber.has(m.entity));
    for (const mention of doc.mentions)
      if (mention.entity >= firstAdded) mention.entity = renumber.get(mention.entity) as number;
    for (const quote of quotes)
      if (quote.speaker !== null && quote.speaker >= firstAdded)
        quote.speaker = renumber.get(quote.speaker) as number;
    doc.reindexMentions();
  }

  /** The entity of the phrase, added with its mention unless a name overlaps it. */
  private add(phrase: Phrase): number | undefined {
    const doc = this.doc;
    const start = doc.tokens.start(phrase.first);
    const end = doc.tokens.end(phrase.last);
    const near = spansWithin(doc.mentions, start - MAX_MENTION_CHARS, end + MAX_MENTION_CHARS);
    const same = near.find((m) => m.start === start && m.end === end);
    if (same) return isSpeakingNominal(same) ? same.entity : undefined;
    if (near.some((m) => m.end > start && m.start < end)) return undefined;
    const text = doc.text.slice(start, end);
    const key = speakerKey(text);
    let entity = this.byKey.get(key);
    if (entity === undefined) {
      entity = doc.entities.length;
      this.byKey.set(key, entity);
      doc.entities.push({
        id: `e${entity + 1}`,
        type: phrase.type,
        name: text,
        actor: null,
        country: null,
        mentions: [],
      });
    }
    doc.mentions.push({
      start,
      end,
      text,
      type: phrase.type,
      kind: 'nominal',
      entity,
      key,
      country: null,
    });
    this.added++;
    return entity;
  }

  private reindex(): void {
    if (this.added > 0) this.doc.reindexMentions();
    this.added = 0;
  }
}
