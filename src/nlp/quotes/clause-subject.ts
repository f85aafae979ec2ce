import type { Doc, Sentence } from '../../doc/doc.js';
import { spansWithin } from '../../doc/spans.js';
import type { Mention } from '../../doc/types.js';
import { isSpeaker } from './speakers.js';

/** `FLINT, Mich., Oct. 4 (UPI) —`: a place in capitals, a comma, then a dash. */
const DATELINE =
  /^(?:\p{Lu}[\p{Lu}\s.'’-]*\p{Lu},[^"“”\n]{0,60}?|\p{Lu}[\p{L}\s.,'’-]{0,40}\(\p{Lu}[\p{L}.]{1,15}\)\s*)(?:—|–|--)\s*/u;
/** Longest opening adjunct, in tokens: `Although the IMF did not single out Trump's proposals,`. */
const MAX_OPENER_TOKENS = 20;
/** Prepositions that open an adjunct before the subject: `In July,`, `At the convention in Ohio`. */
const OPENING_PREPOSITIONS =
  /^(?:in|at|on|during|after|before|since|from|with|for|over|under|following|amid|despite|although|though|while|when|as|because|if|last|earlier|later|this)$/iu;
/** Words before a name that make it an object, no subject: `in Cleveland`, `the`. */
const OBJECT_MARKERS =
  /^(?:the|a|an|of|to|in|on|at|for|with|by|from|about|against|into|than|like)$/iu;
/** Possessives whose noun phrase is the subject: `his operatives forced`. */
const POSSESSIVE = /^(?:his|her|their|its)$/iu;
/** Longest noun after a possessive before the verb: `his campaign operatives`. */
const MAX_POSSESSED_WORDS = 3;
/** Words that are no verb and no head noun. */
const FUNCTION_WORDS =
  /^(?:the|a|an|of|to|in|on|at|for|with|by|from|about|as|and|or|but|nor|so|that|which|who|whom|whose|this|these|those|his|her|their|its|our|my|your|he|she|it|they|we|i|you|there|here|not|no|than|then|also)$/iu;
/** Finite verbs, auxiliaries and frequent irregular pasts. */
const VERB_WORDS =
  /^(?:is|are|was|were|has|have|had|does|do|did|will|would|can|could|should|may|might|must|made|told|said|gave|took|put|sent|wrote|spoke|went|came|got|saw|knew|thought|brought|held|left|kept|ran|won|lost|led|met|paid|set|felt|found|heard|began|became|chose|drew|threw|struck|laid|meant|sold|spent|taught|stood|tore|sang|blew|bit|hit|cut|let|shut|spun|swore)$/iu;
/** Words that may stand between a subject and its verb: `also`, `repeatedly`, `n't`. */
const ADVERB =
  /^(?:also|then|later|again|once|just|never|not|n['’]t|still|even|only|\p{L}{3,}ly)$/iu;
/** `was ridiculed`, `is known`: a passive subject is spoken of, not speaking. */
const BE = /^(?:is|are|was|were|be|been|being)$/iu;
const PAST_PARTICIPLE = /^\p{Ll}+(?:ed|en|wn)$/u;
/** Words that open another clause, which has a subject of its own. */
const CLAUSE_BREAK =
  /^(?:that|which|who|whom|whose|what|why|how|because|if|when|where|whether|although|though|since|unless|while|after|before|until|and|but|or|said|says|[,;:"“”()—–]|''|-+)$/iu;
const QUOTE_MARK = /^(?:["“”]|'')$/u;
/** Connectors that a participle after them shares the subject across: `, stripping`, `while showing`. */
const PARTICIPLE_CONNECTORS = /^(?:,|and|but|while|when|after|before|by|since|—|–|--)$/iu;

const isParticiple = (doc: Doc, t: number) => /^\p{Ll}{2,}ing$/u.test(doc.tokenText(t));

/** A finite verb at token `t` (past, irregular, auxiliary, or `-s` before an object). */
function isVerb(doc: Doc, t: number, pronoun: boolean): boolean {
  const word = doc.tokenText(t);
  if (!/^\p{Ll}/u.test(word) || FUNCTION_WORDS.test(word)) return false;
  if (VERB_WORDS.test(word) || /\p{Ll}{2,}ed$/u.test(word)) return true;
  // `it sends`, `Clinton blasts the`: an -s form is a verb after a pronoun or before an object.
  return (
    /\p{Ll}{2,}[^s']s$/u.test(word) &&
    (pronoun ||
      /^(?:the|a|an|his|her|their|its|it|them|him|this|that|to)$/iu.test(doc.tokenText(t + 1)))
  );
}

/** A speaker mention (a name, or a pronoun coreference resolved) that starts at token `t`. */
function mentionAt(doc: Doc, t: number): Mention | undefined {
  const at = doc.tokens.start(t);
  return spansWithin(doc.mentions, at, at + 120).find((m) => m.start === at && isSpeaker(m));
}

/** `his operatives | forced`: the verb after a possessed noun of one to three words, or -1. */
function afterPossessed(doc: Doc, at: number, end: number): number {
  for (let k = at; k < Math.min(end - 1, at + MAX_POSSESSED_WORDS); k++) {
    const word = doc.tokenText(k);
    if (!/^\p{Ll}/u.test(word) || FUNCTION_WORDS.test(word)) return -1;
    if (isVerb(doc, k + 1, true)) return k + 1;
  }
  return -1;
}

/** Token index of the active verb of a subject ending before token `t`, or -1. */
function verbAfter(doc: Doc, t: number, subject: Mention, end: number): number {
  const possessive = /^['’]s$/u.test(doc.tokenText(t));
  let at = t;
  if (possessive || POSSESSIVE.test(subject.text))
    at = afterPossessed(doc, possessive ? t + 1 : t, end);
  if (at < 0) return -1;
  while (at < end && ADVERB.test(doc.tokenText(at))) at++;
  if (at >= end || !isVerb(doc, at, subject.kind === 'pronoun' || at > t)) return -1;
  let next = at + 1;
  while (next < end && ADVERB.test(doc.tokenText(next))) next++;
  if (BE.test(doc.tokenText(at)) && PAST_PARTICIPLE.test(doc.tokenText(next))) return -1;
  return at;
}

/** Whether nothing between the verb and the quote opens a clause with a subject of its own. */
function sameClause(doc: Doc, verb: number, end: number): boolean {
  for (let t = verb + 1; t < end; t++) {
    const word = doc.tokenText(t);
    // `a call for “…” to Ukraine and …`: an earlier quote inside the clause.
    if (!CLAUSE_BREAK.test(word) || QUOTE_MARK.test(word)) continue;
    // `told them that “…”`: the quote is the clause that `that` opens.
    if (t === end - 1 && /^that$/iu.test(word)) continue;
    // `, stripping out`, `while showing`: a participle shares the subject.
    if (PARTICIPLE_CONNECTORS.test(word) && isParticiple(doc, t + 1)) {
      // `after being asked to defend`: a passive participle is spoken to, not speaking.
      if (/^being$/iu.test(doc.tokenText(t + 1))) return false;
      continue;
    }
    // `and called it`: a coordinated verb shares it too.
    if (/^(?:and|but)$/iu.test(word) && isVerb(doc, t + 1, true)) continue;
    return false;
  }
  return true;
}

/**
 * Whether tokens `[start, t)` may stand before the subject: nothing, a title in capitals
 * (`Former President`), or, before a pronoun, a short prepositional opener with no clause in it.
 */
function openerBefore(doc: Doc, start: number, t: number, pronoun: boolean): boolean {
  let title = true;
  for (let k = start; k < t; k++) {
    if (!/^(?:\p{Lu}[\p{L}.'’-]*|['’]s)$/u.test(doc.tokenText(k))) title = false;
  }
  if (title) return true;
  if (!pronoun || t - start > MAX_OPENER_TOKENS / 2) return false;
  if (!OPENING_PREPOSITIONS.test(doc.tokenText(start))) return false;
  for (let k = start; k < t; k++) if (CLAUSE_BREAK.test(doc.tokenText(k))) return false;
  return true;
}

/** The subject of the clause opening at token `start` when it reaches the quote at token `end`. */
function subjectFrom(doc: Doc, start: number, end: number): Mention | undefined {
  for (let t = start; t < Math.min(end, start + MAX_OPENER_TOKENS); t++) {
    const mention = mentionAt(doc, t);
    if (!mention) continue;
    const after = doc.tokens.indexAt(mention.end - 1) + 1;
    // `in Cleveland`, `Former | President Bill Clinton`: inside an opener or a longer name.
    if (
      (t > start && OBJECT_MARKERS.test(doc.tokenText(t - 1))) ||
      /^\p{Lu}/u.test(doc.tokenText(after)) ||
      (/^['’]s$/u.test(doc.tokenText(after)) && /^\p{Lu}/u.test(doc.tokenText(after + 1)))
    ) {
      t = after - 1;
      continue;
    }
    if (!openerBefore(doc, start, t, mention.kind === 'pronoun')) return undefined;
    const verb = verbAfter(doc, after, mention, end);
    if (verb < 0) return undefined;
    return sameClause(doc, verb, end) ? mention : undefined;
  }
  return undefined;
}

/** The first token after a dateline that opens the sentence, else the sentence's first. */
function afterDateline(doc: Doc, sentence: Sentence): number {
  const match = DATELINE.exec(doc.text.slice(sentence.start, sentence.end));
  return match ? doc.tokens.indexAt(sentence.start + match[0].length) : sentence.firstToken;
}

/** Token index of the comma closing an opening adjunct (`In July,`, `Although …,`), or -1. */
function openerComma(doc: Doc, start: number, end: number): number {
  if (!OPENING_PREPOSITIONS.test(doc.tokenText(start))) return -1;
  for (let t = start + 1; t < Math.min(end, start + MAX_OPENER_TOKENS); t++) {
    if (doc.tokenText(t) === ',') return t;
    if (/^["“”;:]$/u.test(doc.tokenText(t))) return -1;
  }
  return -1;
}

/** Words in -ing that open a sentence but are no participle: `During the “…” era`. */
const NOT_PARTICIPLE =
  /^(?:during|following|including|regarding|concerning|according|pending|notwithstanding|nothing|something|anything|everything|morning|evening|spring|thing|being|building|meeting|wedding|funding|polling|ruling|hearing|briefing|reporting|spending|training)$/iu;

/** Longest stretch (tokens) from a quote's opening mark to the comma closing a fronted participle. */
const FRONTED_REACH = 15;

/**
 * `Bemoaning the “phony system,” Trump accused …`: a participle opening the sentence shares the
 * subject of the clause after its comma, when nothing else opens a clause before the quote.
 */
function frontedSubject(doc: Doc, start: number, end: number, last: number): Mention | undefined {
  const opener = doc.tokenText(start);
  if (!/^\p{Lu}\p{Ll}+ing$/u.test(opener) || NOT_PARTICIPLE.test(opener)) return undefined;
  for (let t = start + 1; t < end; t++) if (CLAUSE_BREAK.test(doc.tokenText(t))) return undefined;
  for (let t = end + 1; t < Math.min(last, end + FRONTED_REACH); t++) {
    if (doc.tokenText(t) !== ',') continue;
    let at = t + 1;
    while (at < last && QUOTE_MARK.test(doc.tokenText(at))) at++;
    const mention = mentionAt(doc, at);
    if (!mention) return undefined;
    const after = doc.tokens.indexAt(mention.end - 1) + 1;
    return verbAfter(doc, after, mention, last) < 0 ? undefined : mention;
  }
  return undefined;
}

/** ADVERB, and the time adverbs a subject may have before its verb: `The company now has`. */
const isAdverb = (word: string) => ADVERB.test(word) || /^(?:now|already|currently)$/iu.test(word);

/** Words that open a common-noun subject: `The ad targets`, `One strategist described`. */
const DETERMINERS = /^(?:the|a|an|one|many|some|several|other|another|this|these|those)$/iu;
/** Longest common-noun subject, in tokens after its determiner: `The Republican National Committee`. */
const MAX_NOMINAL_WORDS = 4;

/**
 * `The ad targets a “…”`, `One strategist described the race as “…”`: the common-noun phrase
 * that opens the quote's sentence, as the token span of its determiner to its head, when an active
 * verb follows it and no other clause opens between that verb and the quote.
 */
export function nominalClauseSubject(
  doc: Doc,
  sentence: Sentence,
  open: number,
): { first: number; head: number } | undefined {
  const end = doc.tokens.indexAt(open);
  const first = afterDateline(doc, sentence);
  if (end <= first + 2 || !DETERMINERS.test(doc.tokenText(first))) return undefined;
  for (let verb = first + 2; verb <= Math.min(end - 1, first + 1 + MAX_NOMINAL_WORDS); verb++) {
    if (!isVerb(doc, verb, false)) continue;
    let head = verb - 1;
    // `The company now has`: an adverb between the subject and its verb.
    while (head > first + 1 && isAdverb(doc.tokenText(head))) head--;
    const word = doc.tokenText(head);
    if (!/^\p{Ll}{2,}$/u.test(word) || FUNCTION_WORDS.test(word) || isAdverb(word))
      return undefined;
    const next = doc.tokenText(verb + 1);
    if (BE.test(doc.tokenText(verb)) && PAST_PARTICIPLE.test(next)) return undefined;
    return sameClause(doc, verb, end) ? { first, head } : undefined;
  }
  return undefined;
}

/**
 * `Bill Clinton criticized the law as a “crazy system”`, `He made the criticism while showing
 * support for her “public option”`: the speaker of a quote with no cue is the subject of the
 * clause it sits in, a name or a resolved pronoun opening the sentence (after a dateline or an
 * opening adjunct), when its verb is active and no other clause opens between it and the quote.
 */
export function clauseSubject(doc: Doc, sentence: Sentence, open: number): Mention | undefined {
  const end = doc.tokens.indexAt(open);
  const start = afterDateline(doc, sentence);
  if (end <= start) return undefined;
  const subject = subjectFrom(doc, start, end);
  if (subject) return subject;
  const comma = openerComma(doc, start, end);
  if (comma >= 0) return subjectFrom(doc, comma + 1, end);
  return frontedSubject(doc, start, end, sentence.endToken);
}
