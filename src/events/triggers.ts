import type { SentenceWords } from '../nlp/entities/words.js';
import type { PatternToken, VerbPattern } from './patterns.js';

/**
 * The patterns in matching order, with the words each needs kept in flat arrays: a common verb has
 * hundreds of patterns, and most fail for want of their words before any positional match.
 */
export interface PatternTable {
  readonly patterns: readonly VerbPattern[];
  /** 1 where pattern p's trigger must be a verb (`VerbPattern.verbOnly`). */
  readonly verbOnly: Uint8Array;
  /**
   * Pattern p's word slots are slots `slotStart[p]` to `slotStart[p + 1]`; slot s's words, as ids
   * in `vocabulary`, are `wordIds[wordStart[s]]` to `wordIds[wordStart[s + 1]]` (ends excluded).
   */
  readonly slotStart: Uint32Array;
  readonly wordStart: Uint32Array;
  readonly wordIds: Uint32Array;
  /** The first words of every slot's alternatives (see `needsOf`). */
  readonly vocabulary: ReadonlyMap<string, number>;
}

/**
 * The ids of the `vocabulary` words a sentence holds (or stems of its words `wordMatches`
 * accepts): a dozen or so, few enough to search in order.
 */
export interface SentenceVocabulary {
  readonly ids: readonly number[];
}

/** Trigger positions of a group by the words of their first slot, for one lookup per word. */
interface Postings {
  /** Triggers whose patterns need no words. */
  readonly free: readonly number[];
  readonly byWord: ReadonlyMap<number, readonly number[]>;
}

/** Groups of at most this many triggers are tried whole, without looking up their postings. */
const SMALL_GROUP = 16;

/** The triggers whose sequences start with one word, in matching order. */
export class TriggerGroup {
  #postings: Postings | undefined;
  #all: readonly number[] | undefined;

  constructor(
    /** The group's distinct sequences: each is looked for once per word, not once per pattern. */
    readonly sequences: readonly (readonly string[])[],
    /** Per trigger: its pattern (in the table) and its sequence (in `sequences`). */
    readonly pattern: Uint32Array,
    readonly sequence: Uint32Array,
  ) {}

  /**
   * In matching order, the triggers whose first word slot (if any) has a word the sentence holds:
   * a few of the group's hundreds, found without looking at the others.
   */
  candidates(table: PatternTable, sentence: SentenceVocabulary): readonly number[] {
    // A small group is quicker tried whole: `mayMatch` checks every slot anyway.
    if (this.pattern.length <= SMALL_GROUP) {
      this.#all ??= Array.from(this.pattern, (_, t) => t);
      return this.#all;
    }
    this.#postings ??= this.#index(table);
    const { free, byWord } = this.#postings;
    const lists: (readonly number[])[] = free.length > 0 ? [free] : [];
    // Whichever is shorter: the sentence's words, or the words the group's patterns need.
    if (byWord.size <= sentence.ids.length) {
      for (const [id, list] of byWord) if (sentence.ids.includes(id)) lists.push(list);
    } else
      for (const id of sentence.ids) {
        const list = byWord.get(id);
        if (list) lists.push(list);
      }
    let merged = lists[0] ?? [];
    for (let k = 1; k < lists.length; k++) merged = mergeInOrder(merged, lists[k] ?? []);
    return merged;
  }

  #index(table: PatternTable): Postings {
    const free: number[] = [];
    const byWord = new Map<number, number[]>();
    this.pattern.forEach((p, t) => {
      const slot = table.slotStart[p] as number;
      if (slot === table.slotStart[p + 1]) free.push(t);
      else
        for (
          let w = table.wordStart[slot] as number;
          w < (table.wordStart[slot + 1] as number);
          w++
        ) {
          const id = table.wordIds[w] as number;
          const list = byWord.get(id);
          if (!list) byWord.set(id, [t]);
          else if (list[list.length - 1] !== t) list.push(t);
        }
    });
    return { free, byWord };
  }
}

/**
 * Two ascending lists of distinct numbers as one, each number once: postings are built in
 * trigger order, so a merge keeps them in matching order without sorting.
 */
function mergeInOrder(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x <= y) i++;
    if (y <= x) j++;
    out.push(Math.min(x, y));
  }
  while (i < a.length) out.push(a[i++] as number);
  while (j < b.length) out.push(b[j++] as number);
  return out;
}

export interface TriggerIndex {
  readonly table: PatternTable;
  readonly groups: ReadonlyMap<string, TriggerGroup>;
  /** Per word seen, its group and vocabulary ids (see `entryOf`). */
  readonly words: Map<string, WordEntry>;
}

const asksForWords = (p: VerbPattern) =>
  p.near.size > 0 ||
  [...(p.before ?? []), ...(p.after ?? [])].some(
    (t) => t.kind === 'words' || t.kind === 'compound',
  );

/** Per word slot of a pattern: the first words of its alternatives (`_` marks dropped). */
export function needsOf(pattern: VerbPattern): string[][] {
  const slots: readonly PatternToken[] = [...(pattern.before ?? []), ...(pattern.after ?? [])];
  return slots.flatMap((t) =>
    t.kind === 'words' ? [t.alternatives.map((a) => (a[0] ?? '').replace(/_$/u, ''))] : [],
  );
}

function idOf(vocabulary: Map<string, number>, word: string): number {
  let id = vocabulary.get(word);
  if (id === undefined) {
    id = vocabulary.size;
    vocabulary.set(word, id);
  }
  return id;
}

function patternTable(patterns: readonly VerbPattern[]): PatternTable {
  const vocabulary = new Map<string, number>();
  const slotStart = [0];
  const wordStart = [0];
  const wordIds: number[] = [];
  for (const pattern of patterns) {
    for (const slot of needsOf(pattern)) {
      for (const word of slot) wordIds.push(idOf(vocabulary, word));
      wordStart.push(wordIds.length);
    }
    slotStart.push(wordStart.length - 1);
  }
  return {
    patterns,
    verbOnly: Uint8Array.from(patterns, (p) => (p.verbOnly ? 1 : 0)),
    slotStart: Uint32Array.from(slotStart),
    wordStart: Uint32Array.from(wordStart),
    wordIds: Uint32Array.from(wordIds),
    vocabulary,
  };
}

interface GroupBuilder {
  sequences: (readonly string[])[];
  pattern: number[];
  sequence: number[];
}

/**
 * Trigger sequences by their first word (the first match wins): patterns that ask for words
 * around the verb before bare verbs, each group in the dictionaries' order.
 */
export function indexPatterns(patterns: readonly VerbPattern[]): TriggerIndex {
  const ordered = [...patterns.filter(asksForWords), ...patterns.filter((p) => !asksForWords(p))];
  const builders = new Map<string, GroupBuilder>();
  ordered.forEach((pattern, p) => {
    for (const sequence of pattern.triggers) {
      const first = sequence[0] as string;
      let group = builders.get(first);
      if (!group) {
        group = { sequences: [], pattern: [], sequence: [] };
        builders.set(first, group);
      }
      // The patterns of one verb block share their sequence arrays.
      let s = group.sequences.indexOf(sequence);
      if (s < 0) s = group.sequences.push(sequence) - 1;
      group.pattern.push(p);
      group.sequence.push(s);
    }
  });
  const groups = new Map<string, TriggerGroup>();
  for (const [first, b] of builders) {
    const pattern = Uint32Array.from(b.pattern);
    groups.set(first, new TriggerGroup(b.sequences, pattern, Uint32Array.from(b.sequence)));
  }
  return { table: patternTable(ordered), groups, words: new Map() };
}

/** What `matchAt` reads of one sentence: each word's trigger group, and the words' vocabulary. */
export interface SentenceTriggers extends SentenceVocabulary {
  readonly groups: readonly (TriggerGroup | undefined)[];
  /** The window of words `match.ts` read last: the patterns of one verb ask for it in turn. */
  readonly near: { from: number; seen: ReadonlySet<string> };
}

const NO_WORDS: ReadonlySet<string> = new Set();

/** A word's trigger group and its vocabulary ids (see `entryOf`). */
interface WordEntry {
  readonly group: TriggerGroup | undefined;
  readonly ids: readonly number[];
}

/**
 * The trigger groups and vocabulary words of a sentence, found once per sentence (its one caller,
 * `sentenceMatches`, runs once per sentence, so they are not remembered beyond it).
 */
export function sentenceTriggers(index: TriggerIndex, words: SentenceWords): SentenceTriggers {
  const groups: (TriggerGroup | undefined)[] = [];
  const ids: number[] = [];
  for (const word of words.lowered) {
    const entry = entryOf(index, word);
    groups.push(entry.group);
    for (const id of entry.ids) if (!ids.includes(id)) ids.push(id);
  }
  return { groups, ids, near: { from: -1, seen: NO_WORDS } };
}

const NO_IDS: readonly number[] = [];
/** Distinct words remembered by `entryOf`; past this many it starts afresh. */
const MAX_WORDS = 100_000;

/**
 * A word's trigger group, and the vocabulary ids of the word and of the stems `wordMatches`
 * accepts; remembered per word, so that each word of a sentence costs one lookup.
 */
function entryOf(index: TriggerIndex, word: string): WordEntry {
  let entry = index.words.get(word);
  if (entry) return entry;
  const { vocabulary } = index.table;
  const ids: number[] = [];
  const whole = vocabulary.get(word);
  if (whole !== undefined) ids.push(whole);
  for (let cut = 1; cut <= 3 && word.length - cut >= 3; cut++) {
    const id = vocabulary.get(word.slice(0, -cut));
    if (id !== undefined) ids.push(id);
  }
  entry = { group: index.groups.get(word), ids: ids.length > 0 ? ids : NO_IDS };
  if (index.words.size >= MAX_WORDS) index.words.clear();
  index.words.set(word, entry);
  return entry;
}

/** Whether each word slot of pattern `p` has one of its words in the sentence. */
export function mayMatch(table: PatternTable, p: number, sentence: SentenceVocabulary): boolean {
  const { slotStart, wordStart, wordIds } = table;
  const { ids } = sentence;
  for (let s = slotStart[p] as number; s < (slotStart[p + 1] as number); s++) {
    let found = false;
    for (let w = wordStart[s] as number; w < (wordStart[s + 1] as number) && !found; w++)
      found = ids.includes(wordIds[w] as number);
    if (!found) return false;
  }
  return true;
}
