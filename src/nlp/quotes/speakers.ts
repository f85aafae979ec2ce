import type { Doc } from '../../doc/doc.js';
import { spansWithin } from '../../doc/spans.js';
import type { Mention } from '../../doc/types.js';
import { WEEKDAYS } from '../times/vocabulary.js';
import { AUXILIARIES, MAX_APPOSITIVE_WORDS } from './vocabulary.js';

/** Window (characters) searched for a speaker's name: the gap plus a long name and appositive. */
const LOOK_BACK = 240;
const LOOK_AHEAD = 200;
/**
 * Types a speaker can have. MISC is allowed because a name the recogniser could not type
 * (`Merkley said`) is still the speaker when it stands in the cue's subject slot; NORP for groups
 * (`Republicans said`).
 */
const SPEAKER_TYPES = new Set(['PERSON', 'ORG', 'GPE', 'MISC', 'NORP']);

/** `had`, `also`, `frequently`, `n’t`: words that may stand between a subject and its verb. */
export function isAuxiliary(word: string): boolean {
  const lower = word.toLowerCase();
  return (
    AUXILIARIES.has(lower) ||
    lower === 'not' ||
    lower === "n't" ||
    lower === 'n’t' ||
    isLyAdverb(lower)
  );
}

/**
 * `/^\p{L}{3,}ly$/u.test(word)` without the regex, which cost more than the rest of isAuxiliary
 * (asked of nearly every token): at least five letters, the last two `ly`.
 */
function isLyAdverb(word: string): boolean {
  if (!word.endsWith('ly')) return false;
  let letters = 0;
  for (const character of word) {
    if (!isLetter(character)) return false;
    letters++;
  }
  return letters >= 5;
}

const LETTER = /^\p{L}$/u;

/** Whether one code point is a letter (`\p{L}`), ASCII decided without the regex. */
function isLetter(character: string): boolean {
  const code = character.charCodeAt(0);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  return LETTER.test(character);
}

/** Auxiliaries, adverbs and the comma closing an appositive: `Lovas, | said`, `Reid (D-Nev.) has | said`. */
function onlyAuxiliaries(gap: string): boolean {
  if (gap.trim() === '') return true;
  // Each replacement needs a parenthesis, a comma or an apostrophe: most gaps skip all three.
  const cleaned = !/[(,'’]/u.test(gap)
    ? gap
    : gap
        .replace(/\([^()]{0,40}\)/gu, ' ')
        .replace(PARENTHETICAL_ADVERB, ' ')
        .replace(/^\s*,/u, ' ')
        .replace(/(\p{L})(n['’]t)\b/gu, '$1 $2');
  const words = cleaned.trim().split(/\s+/u).filter(Boolean);
  return words.every(isAuxiliary);
}

/** `officials, however, said`: an adverb between commas. */
const PARENTHETICAL_ADVERB =
  /,\s*(?:however|though|meanwhile|instead|too|in turn|for (?:his|her|their|its) part)\s*,/giu;

/** `, a professor at Princeton, (has)`: up to three comma-separated parts, then auxiliaries. */
const APPOSITIVE = /^\s*,([^,;:"“”.]*(?:,[^,;:"“”.]*){0,2}),([^,;:"“”.]*)$/u;

/** `(R-Ohio)`, `(D-Wis.)` right after a name. */
const PARTY_LABEL = /^\s*\([^()]{1,40}\)/u;

/** `R-Ky.`, `Md.`, `Jr.`: a period that closes a capitalised abbreviation ends no clause. */
const ABBREVIATION_PERIOD = /(\b\p{Lu}[\p{L}-]{0,4})\./gu;

/** ` -- co-editor of Debating The Donald, a book on debates --`: an appositive between dashes. */
const DASH_APPOSITIVE = /^\s*(--|—|–)([^"“”;:]{1,200}?)\1(.*)$/su;

function isDashAppositive(gap: string): boolean {
  const match = DASH_APPOSITIVE.exec(gap);
  if (!match) return false;
  const words = (match[2] ?? '').trim().split(/\s+/u).filter(Boolean);
  const after = (match[3] ?? '').split(/\s+/u).filter(Boolean);
  return words.length <= MAX_APPOSITIVE_WORDS && after.every(isAuxiliary);
}

/**
 * `, a professor at Princeton,` — an appositive closed by a comma, with no clause inside; or one
 * between dashes.
 */
function isAppositive(gap: string): boolean {
  // A party label, a dash or a comma opens every appositive: most gaps have none of them.
  if (!/[(,—–-]/u.test(gap)) return false;
  // `Rep. Jim Jordan (R-Ohio), an oversight panel member, said`: the party label first.
  const text = gap.replace(PARTY_LABEL, '');
  if (isDashAppositive(text)) return true;
  if (!/^\s*,/u.test(text)) return false;
  const plain = text.replace(ABBREVIATION_PERIOD, '$1');
  const match = APPOSITIVE.exec(plain);
  if (!match || !(match[2] ?? '').split(/\s+/u).every((w) => w === '' || isAuxiliary(w)))
    return false;
  const words = (match[1] ?? '').trim().split(/\s+/u).filter(Boolean);
  return words.length > 0 && words.length <= MAX_APPOSITIVE_WORDS;
}

/**
 * Whether the last comma-separated part of an appositive is a person's name alone, with titles
 * (`, Gov. John Kasich (R-OH), `): that person is the subject, not the name the appositive follows.
 */
function endsInPerson(doc: Doc, gap: string, from: number, to: number): boolean {
  const parts = gap.replace(/\([^()]{0,40}\)/gu, (label) => ' '.repeat(label.length)).split(',');
  if (parts.length < 3) return false;
  const last = parts.at(-2) ?? '';
  if (
    !last
      .trim()
      .split(/\s+/u)
      .every((word) => /^\p{Lu}/u.test(word))
  )
    return false;
  const lastEnd = from + gap.length - (parts.at(-1)?.length ?? 0) - 1;
  const lastStart = lastEnd - last.length;
  return spansWithin(doc.mentions, lastStart, Math.min(lastEnd, to)).some(
    (m) => m.type === 'PERSON' && isSpeaker(m),
  );
}

/** Titles or an article between a cue and a name: `Rep.`, `Secretary of State`, `the`. */
const TITLE_GAP =
  /^(?:the|(?:[\p{Lu}][\p{Ll}]{0,3}\.|[\p{Lu}][\p{L}-]*|of)(?:\s+(?:[\p{Lu}][\p{Ll}]{0,3}\.|[\p{Lu}][\p{L}-]*|of)){0,3})$/u;

export function isSpeaker(mention: Mention): boolean {
  return SPEAKER_TYPES.has(mention.type) && mention.entity >= 0;
}

/** The speaker mention that ends just before `offset` ("Shoigu had | said", "Moore (D-Wis.), a lawmaker, | said"). */
export function speakerEndingAt(doc: Doc, offset: number): Mention | undefined {
  let best: Mention | undefined;
  // `…, referring to Kerry. Brian Fallon, a spokesman, said`: no appositive runs over a sentence end.
  const from = Math.max(offset - LOOK_BACK, doc.sentenceAt(offset - 1)?.start ?? 0);
  for (const mention of spansWithin(doc.mentions, from, offset)) {
    if (!isSpeaker(mention)) continue;
    const gap = doc.text.slice(mention.end, offset);
    // The name an appositive follows wins over a name inside it (`Pruitt, … the EPA, said`),
    // unless the appositive ends in a name of its own (`…, Gov. John Kasich (R-OH), said`).
    if (isAppositive(gap) && !endsInPerson(doc, gap, mention.end, offset)) return mention;
    if (gap.length > 50 || !onlyAuxiliaries(gap)) continue;
    if (gap.includes(',') && (mention.type === 'GPE' || mention.type === 'LOC')) continue;
    if (
      !best ||
      mention.end > best.end ||
      (mention.end === best.end && mention.start < best.start)
    ) {
      best = mention;
    }
  }
  return best;
}

/** Words that end a subject phrase when walking back from its verb. */
export const PHRASE_BOUNDARY =
  /^(?:that|which|who|whom|when|while|because|but|as|if|after|before|since|although|though|where|and|or|said|says|[,;:()"“”—–]|-+)$/iu;
/** Longest subject phrase, in tokens: `a Homeland Security Department official`. */
const MAX_SUBJECT_TOKENS = 9;

/**
 * A name inside the subject phrase of the verb at token `verb`: `Clinton’s team | says`, `a
 * Homeland Security Department official | said`, `Several former RT journalists have | complained`.
 * The phrase runs back from the verb over auxiliaries to a boundary word or punctuation; the last
 * name of a person in it wins, else the last speaker name.
 */
export function subjectPhrase(doc: Doc, from: number, verb: number): Mention | undefined {
  let end = verb - 1;
  while (end >= 0 && doc.tokens.start(end) >= from && isAuxiliary(doc.tokenText(end))) end--;
  let start = end;
  while (
    start - 1 >= 0 &&
    doc.tokens.start(start - 1) >= from &&
    end - start < MAX_SUBJECT_TOKENS &&
    !PHRASE_BOUNDARY.test(doc.tokenText(start - 1))
  )
    start--;
  if (start > end || PHRASE_BOUNDARY.test(doc.tokenText(end))) return undefined;
  // `officials who spoke with The Huffington Post | said`: a relative clause's object is no subject.
  const relative = doc.lowerTokenText(start - 1) === 'who';
  const inside = spansWithin(doc.mentions, doc.tokens.start(start), doc.tokens.end(end)).filter(
    (m) => isSpeaker(m) && !(relative && m.start > doc.tokens.start(start)),
  );
  return (
    inside.filter((m) => m.type === 'PERSON').at(-1) ?? inside.at(-1) ?? relativeBefore(doc, start)
  );
}

/** A time or place phrase between a relative pronoun and its verb: `who in 2010 | said`. */
const ADJUNCT_OPENERS = /^(?:in|on|at|during|over|last|earlier|later|then|once|\p{L}{3,}ly)$/iu;

/** `McConnell, …, who in 2010 said`: the relative pronoun (resolved by coreference) before an adjunct. */
function relativeBefore(doc: Doc, start: number): Mention | undefined {
  if (
    !/^(?:who|which)$/iu.test(doc.tokenText(start - 1)) ||
    !ADJUNCT_OPENERS.test(doc.tokenText(start))
  )
    return undefined;
  const relative = doc.tokens.start(start - 1);
  return spansWithin(doc.mentions, relative, doc.tokens.end(start - 1)).find(
    (m) => m.start === relative && isSpeaker(m),
  );
}

/**
 * A name inside the noun phrase that starts at token `first` (`according to | a New York
 * Times/CBS News poll`, `said Clinton’s spokesman Brian Fallon`): its last person, else its first
 * speaker name, before a boundary word or punctuation and within MAX_SUBJECT_TOKENS.
 */
export function phraseStartingAt(doc: Doc, first: number, end: number): Mention | undefined {
  if (PHRASE_BOUNDARY.test(doc.tokenText(first))) return undefined;
  let last = first;
  while (
    last + 1 < end &&
    last - first < MAX_SUBJECT_TOKENS &&
    !PHRASE_BOUNDARY.test(doc.tokenText(last + 1))
  )
    last++;
  if (first >= end) return undefined;
  const inside = spansWithin(doc.mentions, doc.tokens.start(first), doc.tokens.end(last)).filter(
    isSpeaker,
  );
  return inside.filter((m) => m.type === 'PERSON').at(-1) ?? inside[0];
}

/**
 * Whether the verb at token `verb` lacks a subject of its own (`… and said`, `…, arguing`), so the
 * sentence's subject is its speaker; `one official said` has one, and it is not the sentence's.
 */
export function sharesSubject(doc: Doc, verb: number): boolean {
  if (doc.tokenText(verb).endsWith('ing')) return true;
  let before = verb - 1;
  while (before >= 0 && isAuxiliary(doc.tokenText(before))) before--;
  // `… but on Tuesday wrote`: a day between the conjunction and its verb.
  if (WEEKDAY.has(doc.tokenText(before)) && /^(?:on|last)$/iu.test(doc.tokenText(before - 1)))
    before -= 2;
  while (before >= 0 && isAuxiliary(doc.tokenText(before))) before--;
  return before >= 0 && /^(?:and|but|,|;|—|–)$/iu.test(doc.tokenText(before));
}

const WEEKDAY: ReadonlySet<string> = new Set(WEEKDAYS);

/** Forms of `be` and `get` that make the participle after them passive: `was accused of`. */
const PASSIVE_AUXILIARIES = /^(?:is|are|was|were|be|been|being|get|gets|got|gotten|['’]s)$/iu;

/**
 * Whether the cue at token `verb` is a passive participle (`Quiros was accused of`, `Pence was
 * also dubbed`, `Asked to describe …` opening its sentence): its subject is who was spoken of,
 * not who spoke.
 */
export function isPassiveCue(doc: Doc, verb: number, sentenceFirst: number): boolean {
  const word = doc.lowerTokenText(verb);
  if (/(?:ing|s)$/u.test(word) || (word === 'said' && doc.lowerTokenText(verb + 1) === 'to'))
    return false;
  if (verb === sentenceFirst) return /ed$/u.test(word) && doc.lowerTokenText(verb + 1) === 'to';
  let before = verb - 1;
  while (
    before > sentenceFirst &&
    /^(?:also|once|not|never|often|\p{L}{3,}ly)$/iu.test(doc.tokenText(before))
  )
    before--;
  return PASSIVE_AUXILIARIES.test(doc.tokenText(before));
}

/** An untyped name of two or more capitalised words (`House Speaker Paul Ryan`): a name, not `Islamic`. */
const fullName = (m: Mention) =>
  m.type === 'MISC' && /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)+$/u.test(m.text);

/** An untyped acronym (`FBI`, `NATO`): acronyms name bodies. */
const acronym = (m: Mention) => m.type === 'MISC' && /^\p{Lu}[\p{Lu}.&-]+$/u.test(m.text);

/**
 * The person a sentence is about, when it opens the sentence: the speaker of a later cue in a
 * coordinated clause ("Macron praised Germany and said the talks had been …").
 */
export function sentenceSubject(doc: Doc, sentenceStart: number, cue: number): Mention | undefined {
  const subject = subjectFrom(doc, sentenceStart, cue);
  if (subject) return subject;
  // `At a rally in Westchester County on Tuesday, Mr. Trump struck …`: past an opening phrase.
  const opening = OPENING_PHRASE.exec(doc.text.slice(sentenceStart, cue));
  return opening ? subjectFrom(doc, sentenceStart + opening[0].length, cue) : undefined;
}

/** A phrase that opens a sentence before its subject: `In July, `, `At her Brooklyn school, `. */
const OPENING_PHRASE = /^[^,;:"“”]{0,60},\s*/u;

/** `The Russians`, `Democrats`: a people in the plural names a group that acts and speaks. */
const peopleGroup = (m: Mention) => m.type === 'NORP' && /\p{Ll}s$/u.test(m.text);

function subjectFrom(doc: Doc, sentenceStart: number, cue: number): Mention | undefined {
  const first = spansWithin(doc.mentions, sentenceStart, cue).find(isSpeaker);
  const named =
    first &&
    (first.type === 'PERSON' ||
      first.type === 'ORG' ||
      fullName(first) ||
      acronym(first) ||
      peopleGroup(first));
  if (!first || !named) return undefined;
  // An opening phrase closed by a comma (`In July,`, `At her Brooklyn school,`) comes before it.
  const before = doc.text
    .slice(sentenceStart, first.start)
    .replace(OPENING_PHRASE, '')
    .split(/\s+/u)
    .filter(Boolean);
  // `BERLIN, May 3 (AP) — …`: a dateline's agency is no subject; in `it attacked Trump` the
  // pronoun is.
  if (
    before.some((word) =>
      /^(?:of|by|for|with|from|to|at|in|on|about|against|he|she|it|they|we|i|\(.*|—|–)$/iu.test(
        word,
      ),
    )
  )
    return undefined;
  return before.length <= 4 ? first : undefined;
}

/**
 * The speaker mention that starts right after `offset` ("said | Shoigu", "by | the Russian
 * President"), allowing a title or article before it ("said Rep. Gwen Moore", "said the IMF").
 */
export function speakerStartingAt(doc: Doc, offset: number, reach = 40): Mention | undefined {
  let best: Mention | undefined;
  for (const mention of spansWithin(doc.mentions, offset, offset + LOOK_AHEAD)) {
    if (!isSpeaker(mention) || mention.start - offset > reach) continue;
    const gap = doc.text.slice(offset, mention.start).trim();
    if (gap !== '' && !TITLE_GAP.test(gap)) continue;
    if (!best || mention.start < best.start || mention.end > best.end) best = mention;
  }
  return best;
}
