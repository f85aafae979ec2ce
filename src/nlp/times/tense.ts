import type { Found } from './mention.js';
import {
  FUTURE_MARKERS,
  FUTURE_PHRASES,
  MODAL_MARKERS,
  NEUTRAL_AUXILIARIES,
  PARTICIPLE_ADJECTIVES,
  PAST_MARKERS,
} from './vocabulary-tense.js';

export type Tense = 'past' | 'future';

// How far around an expression its clause is read (characters); sentences rarely run longer.
const WINDOW = 160;
// A sentence end: the window stops there ("Feb. 1" is no end: a digit, not a capital, follows).
const SENTENCE_END = /[.!?]["'”’)]?\s+(?=["“‘(]?[A-Z])|\n|;/g;
// A subordinate or coordinate clause starts: what is before it has its own tense.
const CLAUSE_START = /,\s+(?:where|which|who|when|while|but|although|though|as|after|before)\s/gi;
// Lowercase words only: a capitalised one is a name or a sentence start ("United States"),
// except a contracted modal ("They'll").
const WORD = /(?<![A-Za-z])(?:[A-Za-z]+['’]ll\b|[a-z]+(?:['’][a-z]+)?)/g;
const FUTURE_PHRASE = new RegExp(
  `\\b(?:${FUTURE_PHRASES.map((p) => p.replace(/ /g, '\\s+')).join('|')})\\s*$`,
  'i',
);

const FUTURE = new Set(FUTURE_MARKERS);
const PAST = new Set(PAST_MARKERS);
const NEUTRAL = new Set(NEUTRAL_AUXILIARIES);
const MODALS = new Set(MODAL_MARKERS);
const ADJECTIVES = new Set(PARTICIPLE_ADJECTIVES);
const TO_FUTURE = new Set(['is', 'are', 'set', 'about']);

/** A regular past form ("announced", "changed"), not a word that merely ends in -ed ("red"). */
const looksPast = (word: string): boolean => word.length > 4 && /[^e]ed$|[^aeiou]ied$/.test(word);

type Mark = Tense | 'modal' | 'neutral' | null;

/** What one word marks ("they'll" and "won't" by their modal). */
function markOf(token: string): Mark {
  const word = token.replace('’', "'");
  if (MODALS.has(word) || word.endsWith("'ll") || word === "won't") return 'modal';
  if (FUTURE.has(word)) return 'future';
  if (PAST.has(word)) return 'past';
  if (NEUTRAL.has(word)) return 'neutral';
  return looksPast(word) && !ADJECTIVES.has(word) ? 'past' : null;
}

/**
 * The tense of the clause that states an expression ("will meet Tuesday": future; "met
 * Tuesday": past), from the nearest marker before it in its sentence, else the nearest after:
 * 1. a future phrase just before the expression ("as soon as", "set to");
 * 2. scanning back to the clause start: a modal or plan word ("will", "payable", "is to") is
 *    future, a past form past; a participle after an auxiliary ("will be held", "was held")
 *    defers to the auxiliary;
 * 3. scanning forward, when nothing before decides: a modal or a past form.
 */
export function tenseAt(text: string, start: number, end: number): Tense | undefined {
  return tenseEvidence(text, start, end)?.tense;
}

/** The tense `tenseAt` reads and the word or phrase that decides it. */
export function tenseEvidence(
  text: string,
  start: number,
  end: number,
): { tense: Tense; word: string } | undefined {
  const before = clauseBefore(text, start);
  // 1. Phrases.
  const phrase = FUTURE_PHRASE.exec(before);
  if (phrase) return { tense: 'future', word: phrase[0].trim() };
  // 2. Back.
  const back = before.match(WORD) ?? [];
  for (let i = back.length - 1; i >= 0; i--) {
    // "is to resume", "are to meet": a plan.
    if (back[i] === 'to' && TO_FUTURE.has(back[i - 1] ?? ''))
      return { tense: 'future', word: 'to' };
    const mark = markOf(back[i] as string);
    if (mark === 'modal' || mark === 'future') return { tense: 'future', word: back[i] as string };
    // "will be held", "has been named": the participle's auxiliary decides.
    if (mark === 'past' && !NEUTRAL.has(back[i - 1] ?? ''))
      return { tense: 'past', word: back[i] as string };
  }
  // 3. Forward.
  const forward = clauseAfter(text, end).match(WORD) ?? [];
  for (let i = 0; i < forward.length; i++) {
    // After the expression only modals count as future: "On Friday, the government planned".
    const mark = markOf(forward[i] as string);
    if (mark === 'modal' || mark === 'past')
      return { tense: mark === 'modal' ? 'future' : 'past', word: `+${forward[i]}` };
  }
  return undefined;
}

function clauseBefore(text: string, start: number): string {
  const window = text.slice(Math.max(0, start - WINDOW), start);
  let cut = 0;
  for (const m of window.matchAll(SENTENCE_END)) cut = m.index + m[0].length;
  for (const m of window.matchAll(CLAUSE_START)) cut = Math.max(cut, m.index + 1);
  return window.slice(cut);
}

function clauseAfter(text: string, end: number): string {
  const window = text.slice(end, end + WINDOW);
  const stop = window.search(SENTENCE_END);
  return stop < 0 ? window : window.slice(0, stop);
}

/** Records each expression's clause tense, for the expressions whose value depends on it. */
export function markTense(text: string, found: readonly Found[]): Found[] {
  return found.map((f) => {
    if (!dependsOnTense(text, f)) return f;
    const tense = tenseAt(text, f.start, f.end);
    return tense === undefined ? f : { ...f, tense };
  });
}

function dependsOnTense(text: string, f: Found): boolean {
  // "Wednesday's ruling": an event already named, whatever the clause's tense.
  if (/^['’]s\b/.test(text.slice(f.end, f.end + 3))) return false;
  const m = f.mention.kind === 'daypart' || f.mention.kind === 'clock' ? f.mention.day : f.mention;
  if (m.kind === 'weekday' || m.kind === 'weekend') return m.relation === 0;
  if (m.kind === 'holiday') return m.relation === undefined;
  return m.kind === 'date' && m.year === undefined && m.relation === undefined;
}
