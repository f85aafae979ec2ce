import type { Doc } from '../../doc/doc.js';
import { spansWithin } from '../../doc/spans.js';
import type { EntityType, Mention, Quote } from '../../doc/types.js';
import { nominalClauseSubject } from './clause-subject.js';
import { isNounUse } from './clauses.js';
import { opensHedge } from './hedges.js';
import {
  anyNounPhraseEndingAt,
  endsInPlural,
  isFiniteVerbCue,
  lastSpeakingPhrase,
  MAX_MENTION_CHARS,
  nounPhraseFrom,
  type Phrase,
  PREPOSITION,
  relativeSubject,
  speakingPhrase,
  subjectNounPhrase,
  subjectSlotBefore,
} from './noun-phrases.js';
import { addPronounMention } from './references.js';
import { isPassiveCue } from './speakers.js';
import { speakingNounType } from './speaking-nouns.js';
import { afterWith } from './subjects.js';
import { SPEECH_CUES } from './vocabulary.js';

/** Sentences back a speaking `it` or `they` looks for the speaker it stands for. */
const PRONOUN_REACH = 2;

/** `it`: a body or a work (`the report`, `the IMF`); `they`: a group (`Democrats`, `the senators`). */
function fitsPronoun(doc: Doc, entity: number, pronoun: 'it' | 'they'): boolean {
  const target = doc.entities[entity];
  if (!target) return false;
  const plural = endsInPlural(target.name);
  if (pronoun === 'it') return (target.type === 'ORG' || target.type === 'MISC') && !plural;
  // A person's name may end in `s` (`Chris Williams`); a common noun in the plural may not.
  const named = target.mentions.some((m) => doc.mentions[m]?.kind === 'name');
  return target.type === 'NORP' || (plural && !(named && target.type === 'PERSON'));
}

/** Whether a subject pronoun can stand for the entity: `he`/`she` a person, `it`, `they` as fitsPronoun. */
function fitsSubjectPronoun(doc: Doc, entity: number, pronoun: string): boolean {
  if (pronoun === 'he' || pronoun === 'she') return doc.entities[entity]?.type === 'PERSON';
  if (pronoun === 'it')
    return doc.entities[entity]?.type === 'GPE' || fitsPronoun(doc, entity, 'it');
  return pronoun === 'they' && fitsPronoun(doc, entity, 'they');
}

/** `Florida election officials`, `Republican senators`: a place or people named before the head only modifies it. */
function placeModifier(mention: Mention, start: number, headStart: number): boolean {
  const place = mention.type === 'GPE' || mention.type === 'LOC' || mention.type === 'NORP';
  return place && mention.start >= start && mention.end <= headStart;
}

/** Capitalised words that head a paragraph as a rubric, not as a speaker: `UPDATE: …`. */
const RUBRICS: ReadonlySet<string> = new Set([
  'UPDATE',
  'UPDATED',
  'CORRECTION',
  'CLARIFICATION',
  'NOTE',
  'BREAKING',
  'EXCLUSIVE',
  'ANALYSIS',
  'OPINION',
  'PREVIOUSLY',
  'RELATED',
  'WATCH',
  'READ',
  'VIDEO',
  'PHOTOS',
  'ADVERTISEMENT',
  'EDITOR',
  'EDITOR’S',
  "EDITOR'S",
]);

/** Longest label of a transcript line, in tokens: `Q`, `TAPPER`, `SEN. JOHN SMITH`. */
const MAX_LABEL_TOKENS = 4;

/**
 * `Q: …`, `A: …`, `TAPPER: …`: the label a transcript line opens with speaks what follows its
 * colon, whoever the article names it as (a name the article knows was taken before).
 */
function transcriptLabel(doc: Doc, colon: number, sentenceFirst: number): Phrase | undefined {
  if (doc.tokenText(colon) !== ':' || colon === sentenceFirst) return undefined;
  if (colon - sentenceFirst > MAX_LABEL_TOKENS) return undefined;
  for (let t = sentenceFirst; t < colon; t++) {
    const word = doc.tokenText(t);
    if (!/^\p{Lu}[\p{Lu}.'’-]*$/u.test(word) || RUBRICS.has(word)) return undefined;
  }
  return { first: sentenceFirst, last: colon - 1, type: 'PERSON' };
}

const KEY_PREFIX = 'speaker:';

/** `His aides`, `their lawyers`: a possessive pronoun opening the phrase is its determiner. */
function possessiveDeterminer(m: Mention, start: number): boolean {
  return m.kind === 'pronoun' && m.start === start && /^(?:his|her|its|their)$/iu.test(m.text);
}

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
  /** The article's author, once a first-person pronoun outside quotation marks speaks. */
  private author: number | undefined;

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
      // `The central bank is expected to …`: a hedge attributes its clause to no one.
      if (!sentence || cue < 0 || opensHedge(this.doc, cue)) continue;
      if (isPassiveCue(this.doc, cue, sentence.firstToken)) continue;
      const phrase =
        speakingPhrase(this.doc, cue, sentence.firstToken, sentence.endToken) ??
        (afterWith(this.doc, cue, sentence.firstToken)
          ? anyNounPhraseEndingAt(this.doc, cue - 1, sentence.firstToken, false)
          : undefined) ??
        nounPhraseFrom(this.doc, sentence.firstToken, cue) ??
        subjectNounPhrase(this.doc, cue, sentence.firstToken) ??
        transcriptLabel(this.doc, cue, sentence.firstToken);
      const entity = phrase ? this.add(phrase) : undefined;
      if (entity !== undefined) quote.speaker = entity;
    }
    this.reindex();
  }

  /** `The ad targets a “…”`: a quotation with no cue takes the common-noun subject of its clause. */
  nameClauseSubjects(quotes: readonly Quote[]): void {
    for (const quote of quotes) {
      if (quote.speaker !== null || quote.cue || quote.kind === 'indirect') continue;
      const sentence = this.doc.sentenceAt(quote.start);
      if (!sentence || quote.start <= sentence.start + 1) continue;
      const subject = nominalClauseSubject(this.doc, sentence, quote.start);
      const phrase = subject
        ? anyNounPhraseEndingAt(this.doc, subject.head, subject.first)
        : undefined;
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
      if (quote.speaker !== null || !quote.cue) continue;
      const cue = doc.tokens.indexAt(quote.cue.start);
      const sentence = doc.sentenceAt(quote.cue.start);
      if (!sentence || cue < 0 || !isFiniteVerbCue(doc, cue, sentence.firstToken)) continue;
      const slot = subjectSlotBefore(doc, cue, sentence.firstToken);
      const pronoun = doc.lowerTokenText(slot);
      if (pronoun === 'i' || pronoun === 'we') {
        this.nameAuthor(quote, slot, quotes);
        continue;
      }
      if (pronoun !== 'it' && pronoun !== 'they') continue;
      const here = doc.sentenceIndexAt(quote.cue.start);
      const reached =
        before?.speaker != null && here - doc.sentenceIndexAt(before.start) <= PRONOUN_REACH;
      const speaker =
        reached && fitsPronoun(doc, before.speaker as number, pronoun)
          ? before.speaker
          : this.nounPhraseBefore(sentence.firstToken, slot, here, pronoun);
      if (speaker == null) continue;
      quote.speaker = speaker;
      this.addReference(slot, speaker);
      previous = quote;
    }
    this.reindex();
  }

  /**
   * The speaking noun phrase a pronoun at token `slot` of sentence `index` stands for: the last
   * one before it in its sentence, else in the sentence before (`The AP interviewed crew members.
   * They described …`).
   */
  private nounPhraseBefore(
    first: number,
    slot: number,
    index: number,
    pronoun: 'it' | 'they',
  ): number | undefined {
    const prior = this.doc.sentences[index - 1];
    const phrase =
      lastSpeakingPhrase(this.doc, first, slot, pronoun) ??
      (prior ? lastSpeakingPhrase(this.doc, prior.firstToken, prior.endToken, pronoun) : undefined);
    return phrase ? this.add(phrase) : undefined;
  }

  /**
   * `The FBI needs to stay out unless it wants to …`: a quote whose speaker was found some other
   * way than through the pronoun in its cue's subject slot makes that pronoun a mention of the
   * speaker, when it fits (`he`/`she` a person, `it` a body or place, `they` a group).
   */
  linkSubjectPronouns(quotes: readonly Quote[]): void {
    const doc = this.doc;
    for (const quote of quotes) {
      if (quote.speaker === null || !quote.cue) continue;
      const cue = doc.tokens.indexAt(quote.cue.start);
      const sentence = doc.sentenceAt(quote.cue.start);
      if (!sentence || cue < 0 || !isFiniteVerbCue(doc, cue, sentence.firstToken)) continue;
      const slot = subjectSlotBefore(doc, cue, sentence.firstToken);
      const at = doc.tokens.start(slot);
      if (spansWithin(doc.mentions, at - MAX_MENTION_CHARS, at + 1).some((m) => m.end > at))
        continue;
      if (fitsSubjectPronoun(doc, quote.speaker, doc.lowerTokenText(slot)))
        this.addReference(slot, quote.speaker);
    }
    this.reindex();
  }

  /**
   * `I know your returns are being audited`, `as we saw in 2009`: outside quotation marks the
   * first person is the article's author, an entity of its own the pronoun becomes a mention of.
   */
  private nameAuthor(quote: Quote, pronoun: number, quotes: readonly Quote[]): void {
    const at = this.doc.tokens.start(pronoun);
    // A split quote's own span holds its cue (`“Okay,” I said, “…”`); another quote's holds a speaker's words.
    const inside = (q: Quote) =>
      q !== quote && q.kind !== 'indirect' && q.start <= at && at < q.end;
    if (quotes.some(inside)) return;
    this.author ??= this.newEntity('the author', 'PERSON');
    quote.speaker = this.author;
    this.addReference(pronoun, this.author);
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
    const headStart = doc.tokens.start(phrase.last);
    if (
      near.some(
        (m) =>
          m.end > start &&
          m.start < end &&
          !placeModifier(m, start, headStart) &&
          !(possessiveDeterminer(m, start) && speakingNounType(doc.tokenText(phrase.last))),
      )
    )
      return undefined;
    // `said spokesman John Kirby`: a title right before a name is no speaker of its own.
    if (
      near.some((m) => m.kind === 'name' && m.start > end && doc.text.slice(end, m.start) === ' ')
    )
      return undefined;
    const text = doc.text.slice(start, end);
    const key = speakerKey(text);
    let entity = this.byKey.get(key);
    if (entity === undefined) {
      entity = this.newEntity(text, phrase.type);
      this.byKey.set(key, entity);
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

  /** A new entity with no actor, country or mention yet; its index. */
  private newEntity(name: string, type: EntityType): number {
    const entity = this.doc.entities.length;
    this.doc.entities.push({
      id: `e${entity + 1}`,
      type,
      name,
      actor: null,
      country: null,
      mentions: [],
    });
    return entity;
  }

  private reindex(): void {
    if (this.added > 0) this.doc.reindexMentions();
    this.added = 0;
  }
}
