import { isCapitalised, type SentenceWords } from '../nlp/entities/words.js';
import type { PatternToken, VerbPattern } from './patterns.js';

export interface Trigger {
  readonly pattern: VerbPattern;
  readonly sequence: readonly string[];
  /** Per word slot of the pattern, the first words of its alternatives (see `mayMatch`). */
  readonly needs: readonly (readonly string[])[];
}

export interface Match {
  readonly pattern: VerbPattern;
  readonly from: number;
  readonly to: number;
  /** Word index after the last word the pattern asked for (≥ `to`). */
  readonly last: number;
  /** Word index where a `+` / `$` marker of the pattern stands (the slot's actor starts there). */
  readonly target?: { at: number; side: 'before' | 'after' };
  readonly source?: { at: number; side: 'before' | 'after' };
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
  return seq.every((w, k) => wordMatches(words.lower(i + k), w));
}

type Marks = { target?: number; source?: number };

/** Matches `tokens` rightwards from word `from`; the end index, or -1. */
function matchAfter(
  words: SentenceWords,
  from: number,
  tokens: readonly PatternToken[],
  marks: Marks,
): number {
  let pos = from;
  for (const t of tokens) {
    if (t.kind === 'skip') pos++;
    else if (t.kind === 'target') marks.target = pos;
    else if (t.kind === 'source') marks.source = pos;
    else if (t.kind === 'words') {
      let found = -1;
      for (let j = pos; j < Math.min(words.length, pos + GAP + 1) && found < 0; j++) {
        const alt = t.alternatives.find((a) => sequenceAt(words, j, a));
        if (alt) found = j + alt.length;
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

/** Matches `tokens` leftwards, ending just before word `to`; true when all are found. */
function matchBefore(
  words: SentenceWords,
  to: number,
  tokens: readonly PatternToken[],
  marks: Marks,
): boolean {
  let pos = to;
  for (let k = tokens.length - 1; k >= 0; k--) {
    const t = tokens[k] as PatternToken;
    if (t.kind === 'skip') pos--;
    else if (t.kind === 'compound' && !joinsBefore(words, pos)) return false;
    else if (t.kind === 'target') marks.target = pos;
    else if (t.kind === 'source') marks.source = pos;
    else if (t.kind === 'words') {
      let found = -1;
      for (let j = pos - 1; j >= Math.max(0, pos - 1 - GAP) && found < 0; j--) {
        const alt = t.alternatives.find(
          (a) => j - a.length + 1 >= 0 && sequenceAt(words, j - a.length + 1, a),
        );
        if (alt) found = j - alt.length + 1;
      }
      if (found < 0) return false;
      pos = found;
    }
  }
  return true;
}

/**
 * Whether one of the pattern's `near` entries follows the trigger closely; an entry `a+b` needs
 * both words there ("partners+military").
 */
function hasNearWord(words: SentenceWords, from: number, pattern: VerbPattern): boolean {
  if (pattern.near.size === 0) return true;
  const seen = new Set<string>();
  for (let k = from; k < Math.min(words.length, from + NEAR_WINDOW); k++)
    for (const part of words.lower(k).split('-')) seen.add(part);
  for (const entry of pattern.near)
    if (entry.split('+').every((word) => seen.has(word))) return true;
  return false;
}

/**
 * Every word (and stem `wordMatches` would accept) of a sentence, so that a pattern whose words
 * are not all there is skipped before the slower positional match. Most patterns of a common verb
 * fail this way.
 */
const sentenceStems = new WeakMap<SentenceWords, Set<string>>();

function stemsOf(words: SentenceWords): Set<string> {
  let stems = sentenceStems.get(words);
  if (stems) return stems;
  stems = new Set();
  for (const w of words.lowered) {
    stems.add(w);
    for (let cut = 1; cut <= 3 && w.length - cut >= 3; cut++) stems.add(w.slice(0, -cut));
  }
  sentenceStems.set(words, stems);
  return stems;
}

/** Per word slot of a pattern: the first words of its alternatives (`_` marks dropped). */
export function needsOf(pattern: VerbPattern): string[][] {
  return [...(pattern.before ?? []), ...(pattern.after ?? [])].flatMap((t) =>
    t.kind === 'words' ? [t.alternatives.map((a) => (a[0] ?? '').replace(/_$/u, ''))] : [],
  );
}

function mayMatch(words: SentenceWords, needs: Trigger['needs']): boolean {
  if (needs.length === 0) return true;
  const stems = stemsOf(words);
  for (const slot of needs) {
    let found = false;
    for (const w of slot)
      if (stems.has(w)) {
        found = true;
        break;
      }
    if (!found) return false;
  }
  return true;
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

function sequenceIsAt(words: SentenceWords, i: number, sequence: readonly string[]): boolean {
  for (let k = 0; k < sequence.length; k++) if (words.lower(i + k) !== sequence[k]) return false;
  return true;
}

/** The first pattern (in dictionary order) whose trigger and words match at word `i`. */
export function matchAt(
  words: SentenceWords,
  i: number,
  index: Map<string, Trigger[]>,
): Match | undefined {
  const triggers = index.get(words.lower(i));
  if (!triggers) return undefined;
  // "a trade deal", "with heads of state"; a capitalised word inside a sentence is a name ("Bill").
  const nounPosition =
    NOUN_MARKERS.has(words.lower(i - 1)) || (i > 0 && words.word(i) !== words.lower(i));
  // The patterns of one verb block share their trigger sequences: check each sequence once.
  let checked: readonly string[] | undefined;
  let present = false;
  for (const { pattern, sequence, needs } of triggers) {
    if (pattern.verbOnly && nounPosition) continue;
    if (sequence !== checked) {
      checked = sequence;
      present = sequenceIsAt(words, i, sequence);
    }
    if (!present || !mayMatch(words, needs)) continue;
    const to = i + sequence.length;
    if (!hasNearWord(words, to, pattern)) continue;
    const before: Marks = {};
    const after: Marks = {};
    if (pattern.before && !matchBefore(words, i, pattern.before, before)) continue;
    const end = pattern.after ? matchAfter(words, to, pattern.after, after) : to;
    if (end < 0) continue;
    const slot = (side: 'target' | 'source') =>
      after[side] !== undefined
        ? { at: after[side], side: 'after' as const }
        : before[side] !== undefined
          ? { at: before[side], side: 'before' as const }
          : undefined;
    const target = slot('target');
    const source = slot('source');
    return {
      pattern,
      from: i,
      to,
      last: Math.max(to, end),
      ...(target ? { target } : {}),
      ...(source ? { source } : {}),
    };
  }
  return undefined;
}
