import { isCapitalised, type SentenceWords } from '../nlp/entities/words.js';
import { BE } from './passive.js';
import type { PatternToken, VerbPattern } from './patterns.js';
import {
  mayMatch,
  type SentenceTriggers,
  sentenceTriggers,
  type TriggerIndex,
} from './triggers.js';

export interface Match {
  readonly pattern: VerbPattern;
  /** Word index of the first word the pattern asked for before its verb (`from` where none). */
  readonly first: number;
  readonly from: number;
  readonly to: number;
  /** Word index after the last word the pattern asked for (≥ `to`). */
  readonly last: number;
  /** Word index where a `+` / `$` marker of the pattern stands (the slot's actor starts there). */
  readonly target?: { at: number; side: 'before' | 'after' };
  /**
   * `* IFTAR AT ^ ^ +`: where the `^` marks just before an after-verb `+` start and how many there
   * are; TABARI's `^` skips a whole actor there.
   */
  readonly targetSkips?: { from: number; count: number };
  readonly source?: { at: number; side: 'before' | 'after' };
  /** Word index where a `%` marker of the pattern stands: the compound there acts each way. */
  readonly compound?: { at: number; side: 'before' | 'after' };
  /** Word indices of the `near` words the pattern asked for: they code no event of their own. */
  readonly nearAt?: readonly number[];
}

const NEAR_WINDOW = 12;
/** Words a pattern's next word may skip over. */
const GAP = 5;
/**
 * Words a gap does not cross: they start another clause or verb group, whose words belong to
 * another verb ("said he would not provide support" is no "say … support").
 */
const GAP_BARRIERS = new Set([
  ',',
  ';',
  ':',
  '(',
  ')',
  'which',
  'who',
  'he',
  'she',
  'it',
  'they',
  'we',
  'would',
  'will',
  'could',
  'should',
  'can',
  'may',
  'might',
  'must',
]);

/** A dictionary word matches a token exactly, or as a stem ("effort" ~ "efforts") unless it ends in `_`. */
export function wordMatches(token: string, word: string): boolean {
  if (word.endsWith('_')) return token === word.slice(0, -1);
  if (token === word) return true;
  return word.length >= 3 && token.startsWith(word) && token.length - word.length <= 3;
}

function sequenceAt(words: SentenceWords, i: number, seq: readonly string[]): boolean {
  for (let k = 0; k < seq.length; k++)
    if (!wordMatches(words.lower(i + k), seq[k] as string)) return false;
  return true;
}

/** The first of a slot's alternatives that stands at word `i`, if any. */
function alternativeAt(
  words: SentenceWords,
  i: number,
  alternatives: readonly (readonly string[])[],
): readonly string[] | undefined {
  for (const alternative of alternatives) if (sequenceAt(words, i, alternative)) return alternative;
  return undefined;
}

/** The first of a slot's alternatives that ends at word `j`, if any. */
function alternativeEndingAt(
  words: SentenceWords,
  j: number,
  alternatives: readonly (readonly string[])[],
): readonly string[] | undefined {
  for (const alternative of alternatives) {
    const start = j - alternative.length + 1;
    if (start >= 0 && sequenceAt(words, start, alternative)) return alternative;
  }
  return undefined;
}

type Marks = {
  target?: number;
  source?: number;
  compound?: number;
  /** Where the `^` marks just before the `+` start, and how many there are. */
  targetSkips?: { from: number; count: number };
};

/** "contribute up to 4,000 troops": "up" before "to" and a number is a quantity, no particle. */
function quantityAt(words: SentenceWords, j: number): boolean {
  return (
    words.lower(j) === 'up' && words.lower(j + 1) === 'to' && /^[$€£]?\d/u.test(words.lower(j + 2))
  );
}

/** Matches `tokens` rightwards from word `from`; the end index, or -1. */
function matchAfter(
  words: SentenceWords,
  from: number,
  tokens: readonly PatternToken[],
  marks: Marks,
): number {
  let pos = from;
  let skips = 0;
  for (const t of tokens) {
    if (t.kind !== 'skip' && t.kind !== 'target') skips = 0;
    if (t.kind === 'skip') {
      pos++;
      skips++;
    } else if (t.kind === 'compound') marks.compound = pos;
    else if (t.kind === 'target') {
      marks.target = pos;
      if (skips > 0) marks.targetSkips = { from: pos - skips, count: skips };
    } else if (t.kind === 'source') marks.source = pos;
    else if (t.kind === 'words') {
      let found = -1;
      const reach = t.tight ? 1 : GAP + 1;
      for (let j = pos; j < Math.min(words.length, pos + reach) && found < 0; j++) {
        const alt = alternativeAt(words, j, t.alternatives);
        if (alt && !quantityAt(words, j)) found = j + alt.length;
        else if (GAP_BARRIERS.has(words.lower(j))) break;
      }
      if (found < 0) return -1;
      pos = found;
    }
  }
  return pos;
}

/** How far back a compound's "and" may stand: "Gondor and Osgiliath have delayed". */
const COMPOUND_REACH = 6;

/** `%`: the words just before `to` join two actors ("X and Y"), as far as words can tell. */
function joinsBefore(words: SentenceWords, to: number): boolean {
  for (let j = to - 1; j >= Math.max(1, to - COMPOUND_REACH); j--)
    if (words.lower(j) === 'and' && isCapitalised(words.word(j + 1))) return true;
  return false;
}

/**
 * Matches `tokens` leftwards, ending just before word `to`: the index of the first word they take
 * (`to` where they take none), or -1.
 */
function matchBefore(
  words: SentenceWords,
  to: number,
  tokens: readonly PatternToken[],
  marks: Marks,
): number {
  let pos = to;
  for (let k = tokens.length - 1; k >= 0; k--) {
    const t = tokens[k] as PatternToken;
    if (t.kind === 'skip') pos--;
    else if (t.kind === 'compound') {
      if (!joinsBefore(words, pos)) return -1;
      marks.compound = pos;
    } else if (t.kind === 'target') marks.target = pos;
    else if (t.kind === 'source') marks.source = pos;
    else if (t.kind === 'words') {
      let found = -1;
      const reach = t.tight ? 0 : GAP;
      for (let j = pos - 1; j >= Math.max(0, pos - 1 - reach) && found < 0; j--) {
        const alt = alternativeEndingAt(words, j, t.alternatives);
        if (alt) found = j - alt.length + 1;
      }
      if (found < 0) return -1;
      pos = found;
    }
  }
  return pos;
}

/**
 * Where one of the pattern's `near` entries follows the trigger closely (an entry `a+b` needs
 * both words there: "partners+military"): their word indices; [] for a pattern with no `near`
 * condition; undefined where none is there.
 */
function nearWords(
  words: SentenceWords,
  from: number,
  pattern: VerbPattern,
  near: SentenceTriggers['near'],
): readonly number[] | undefined {
  if (pattern.near.size === 0) return [];
  const seen = wordsNear(words, from, near);
  for (const entry of pattern.near) {
    // Most entries are one word: no array to split it into.
    if (!entry.includes('+')) {
      if (seen.has(entry)) return [nearIndex(words, from, entry)];
      continue;
    }
    const wanted = entry.split('+');
    if (wanted.every((word) => seen.has(word))) return wanted.map((w) => nearIndex(words, from, w));
  }
  return undefined;
}

function nearIndex(words: SentenceWords, from: number, word: string): number {
  for (let k = from; k < Math.min(words.length, from + NEAR_WINDOW); k++)
    if (words.lower(k) === word) return k;
  return -1;
}

/**
 * The words (and their hyphen-joined parts) of the `NEAR_WINDOW` words from `from`; `last` holds
 * the sentence's window built last, which the patterns of one verb ask for in turn.
 */
function wordsNear(
  words: SentenceWords,
  from: number,
  last: SentenceTriggers['near'],
): ReadonlySet<string> {
  if (last.from === from) return last.seen;
  const seen = new Set<string>();
  for (let k = from; k < Math.min(words.length, from + NEAR_WINDOW); k++) {
    const word = words.lower(k);
    if (word.includes('-')) for (const part of word.split('-')) seen.add(part);
    else seen.add(word);
  }
  last.from = from;
  last.seen = seen;
  return seen;
}

/**
 * Words after which a dictionary verb is a noun or a gerund of another clause: "a trade
 * agreement", "its attack", "with heads of state", "for violating the ceasefire".
 */
const NOUN_MARKERS = new Set([
  'with',
  'of',
  'for',
  'from',
  'in',
  'on',
  'at',
  'into',
  'about',
  'against',
  'between',
  'among',
  'over',
  'under',
  'a',
  'an',
  'the',
  'its',
  'their',
  'his',
  'her',
  'our',
  'this',
  'these',
  'those',
  "'s",
  '’s',
  'every',
  'each',
]);

const DETERMINERS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'this']);

/** "the brutal slaying": a gerund after a determiner and an adjective is a noun. */
function modifiedGerund(words: SentenceWords, i: number): boolean {
  return (
    i > 1 &&
    words.lower(i).endsWith('ing') &&
    DETERMINERS.has(words.lower(i - 2)) &&
    /^\p{Ll}+$/u.test(words.word(i - 1))
  );
}

const INDEFINITE = new Set(['a', 'an']);

/** A verb's bare form, without -s, -ed or -ing (or a word that ends otherwise). */
function isBareForm(word: string): boolean {
  return !/(?:s|ed|ing)$/u.test(word);
}

/**
 * "asked for a total complete boycott", "an EU aid package": a bare verb form (no -s, -ed, -ing)
 * after "a" and a modifier or two is a noun; a verb after a singular subject would be inflected
 * ("a rebel group attacks").
 */
function singularNoun(words: SentenceWords, i: number): boolean {
  if (!isBareForm(words.lower(i))) return false;
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    if (INDEFINITE.has(words.lower(k))) return k < i - 1;
    if (!/^\p{L}[\p{L}-]*$/u.test(words.word(k))) return false;
  }
  return false;
}

const MEANS = new Set(['by', 'via']);
/** Prepositions that do not also open a clause (as "after", "before" or "since" do). */
const PREPOSITIONS = new Set([
  'of',
  'over',
  'with',
  'for',
  'into',
  'about',
  'against',
  'between',
  'among',
  'under',
  'in',
  'on',
  'at',
  'from',
]);

/**
 * A verb form after a preposition and a lower-case noun is a noun of that phrase: "by video link",
 * "over tax increases". After "by" or "via" only a bare form (a verb there would be a gerund:
 * "responded by attacking"); after another preposition a bare or -s form.
 */
function nounOfPhrase(words: SentenceWords, i: number): boolean {
  const word = words.lower(i);
  const between = words.word(i - 1);
  // "is about to sign": "to" makes the verb an infinitive.
  if (i < 2 || /(?:ed|ing)$/u.test(word) || between === 'to' || !/^\p{Ll}+$/u.test(between))
    return false;
  const preposition = words.lower(i - 2);
  if (MEANS.has(preposition)) return !word.endsWith('s');
  return PREPOSITIONS.has(preposition);
}

/** "taken by force", "sent via satellite": a bare verb form right after "by" or "via" is a noun. */
function nounOfMeans(words: SentenceWords, i: number): boolean {
  return i > 0 && MEANS.has(words.lower(i - 1)) && isBareForm(words.lower(i));
}

/**
 * "agreed to expand cross-border trade": a bare verb form right after a lower-case hyphenated
 * modifier is a noun; after a noun so joined a verb would be inflected ("the cease-fire holds").
 */
function compoundModifiedNoun(words: SentenceWords, i: number): boolean {
  return i > 0 && isBareForm(words.lower(i)) && /^\p{Ll}+-\p{Ll}+$/u.test(words.word(i - 1));
}

/**
 * Whether the words from `i` on are `sequence` (lower-cased); `known` of its first words are
 * already known to stand there (the words a group or an index was found by), and not compared.
 */
export function sequenceIsAt(
  words: SentenceWords,
  i: number,
  sequence: readonly string[],
  known = 0,
): boolean {
  for (let k = known; k < sequence.length; k++)
    if (words.lower(i + k) !== sequence[k]) return false;
  return true;
}

/** The first pattern (in dictionary order) whose trigger and words match at word `i`. */
export function matchAt(
  words: SentenceWords,
  i: number,
  index: TriggerIndex,
  sentence = sentenceTriggers(index, words),
  /**
   * TABARI's dictionaries, read without parts of speech: a pattern that asks for words after its
   * verb matches a noun too ("in fighting between X and Y" under `- * BETWEEN %`).
   */
  nounsWithWordsAfter = false,
): Match | undefined {
  const group = sentence.groups[i];
  if (!group) return undefined;
  // Every sequence of the group starts with word `i`, the word the group was found by.
  const standing = group.sequences.map((sequence) => sequenceIsAt(words, i, sequence, 1));
  if (!standing.includes(true)) return undefined;
  // "a trade deal", "with heads of state"; a capitalised word inside a sentence is a name ("Bill").
  const name = i > 0 && words.word(i) !== words.lower(i);
  const nounPosition =
    NOUN_MARKERS.has(words.lower(i - 1)) ||
    modifiedGerund(words, i) ||
    singularNoun(words, i) ||
    compoundModifiedNoun(words, i) ||
    nounOfMeans(words, i) ||
    nounOfPhrase(words, i);
  const { table } = index;
  for (const t of group.candidates(table, sentence)) {
    const s = group.sequence[t] as number;
    const p = group.pattern[t] as number;
    const verbOnly = table.verbOnly[p] === 1;
    if (!standing[s] || (name && verbOnly)) continue;
    if (!mayMatch(table, p, sentence)) continue;
    const pattern = table.patterns[p] as VerbPattern;
    // "included its voice": a pattern that asks for the word before its verb ("- … ITS *") reads
    // the verb after it as the dictionary says, though that word would make it a noun.
    if (
      nounPosition &&
      verbOnly &&
      !asksForWordBefore(words, i, pattern) &&
      !(nounsWithWordsAfter && asksForWordsAfter(pattern))
    )
      continue;
    const m = matchTrigger(words, i, pattern, group.sequences[s] ?? [], sentence.near);
    if (m) return m;
  }
  return undefined;
}

/** Whether a pattern asks for a word after its verb. */
function asksForWordsAfter(pattern: VerbPattern): boolean {
  return (pattern.after ?? []).some((t) => t.kind === 'words');
}

/** Whether the pattern's last word slot before its verb is the word just before it. */
function asksForWordBefore(words: SentenceWords, i: number, pattern: VerbPattern): boolean {
  const slots = (pattern.before ?? []).filter((t) => t.kind !== 'target' && t.kind !== 'source');
  const last = slots[slots.length - 1];
  return (
    last?.kind === 'words' && alternativeEndingAt(words, i - 1, last.alternatives) !== undefined
  );
}

/** How far before a passive's auxiliary its subject's head may stand: "Evidence against Russia was". */
const SUBJECT_REACH = 4;

/**
 * "Evidence against Russia was presented by the US": in a passive, the object a pattern wants
 * after its verb ("- * EVIDENCE") is the subject before the auxiliary. Only patterns that want
 * one word (or phrase) there.
 */
function passiveObjectBefore(
  words: SentenceWords,
  i: number,
  after: readonly PatternToken[],
): boolean {
  if (!BE.has(words.lower(i - 1))) return false;
  const wanted = after.filter((t) => t.kind !== 'target' && t.kind !== 'source');
  const only = wanted[0];
  if (wanted.length !== 1 || only?.kind !== 'words') return false;
  for (let j = i - 2; j >= Math.max(0, i - 1 - SUBJECT_REACH); j--) {
    if (GAP_BARRIERS.has(words.lower(j))) return false;
    if (alternativeAt(words, j, only.alternatives)) return true;
  }
  return false;
}

function slotOf(
  before: Marks,
  after: Marks,
  side: 'target' | 'source' | 'compound',
): Match['target'] {
  const afterAt = after[side];
  if (afterAt !== undefined) return { at: afterAt, side: 'after' };
  const beforeAt = before[side];
  return beforeAt !== undefined ? { at: beforeAt, side: 'before' } : undefined;
}

/** The match of a pattern whose trigger `sequence` stands at word `i`, if its words are there too. */
function matchTrigger(
  words: SentenceWords,
  i: number,
  pattern: VerbPattern,
  sequence: readonly string[],
  near: SentenceTriggers['near'],
): Match | undefined {
  const to = i + sequence.length;
  const nearAt = nearWords(words, to, pattern, near);
  if (!nearAt) return undefined;
  const before: Marks = {};
  const after: Marks = {};
  const first = pattern.before ? matchBefore(words, i, pattern.before, before) : i;
  if (first < 0) return undefined;
  const end = pattern.after ? matchAfter(words, to, pattern.after, after) : to;
  if (end < 0 && !(pattern.after && passiveObjectBefore(words, i, pattern.after))) return undefined;
  const target = slotOf(before, after, 'target');
  const source = slotOf(before, after, 'source');
  const compound = slotOf(before, after, 'compound');
  return {
    pattern,
    first,
    from: i,
    to,
    last: Math.max(to, end),
    ...(target ? { target } : {}),
    ...(source ? { source } : {}),
    ...(compound ? { compound } : {}),
    ...(after.targetSkips && target?.side === 'after' ? { targetSkips: after.targetSkips } : {}),
    ...(nearAt.length > 0 ? { nearAt } : {}),
  };
}
