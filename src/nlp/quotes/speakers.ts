import type { Doc } from '../../doc/doc.js';
import { spansWithin } from '../../doc/spans.js';
import type { Mention } from '../../doc/types.js';
import { AUXILIARIES, MAX_APPOSITIVE_WORDS } from './vocabulary.js';

/** Window (characters) searched for a speaker's name: the gap plus a long name and appositive. */
const LOOK_BACK = 240;
const LOOK_AHEAD = 200;
/**
 * Types a speaker can have. MISC is allowed because a name the recogniser could not type
 * (`Merkley said`) is still the speaker when it stands in the cue's subject slot.
 */
const SPEAKER_TYPES = new Set(['PERSON', 'ORG', 'GPE', 'MISC']);

function onlyAuxiliaries(gap: string): boolean {
  const words = gap
    .replace(/\([^()]{0,40}\)/gu, ' ')
    .trim()
    .split(/\s+/u)
    .filter(Boolean);
  return words.every((word) => AUXILIARIES.has(word.toLowerCase()));
}

/** `, a professor at Princeton,` — an appositive closed by a comma, with no clause inside. */
function isAppositive(gap: string): boolean {
  const match = /^\s*,([^,;:"“”.]*(?:,[^,;:"“”.]*)?),\s*$/u.exec(gap);
  if (!match) return false;
  const words = (match[1] ?? '').trim().split(/\s+/u).filter(Boolean);
  return words.length > 0 && words.length <= MAX_APPOSITIVE_WORDS;
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
  for (const mention of spansWithin(doc.mentions, offset - LOOK_BACK, offset)) {
    if (!isSpeaker(mention)) continue;
    const gap = doc.text.slice(mention.end, offset);
    if (!(gap.length <= 50 && onlyAuxiliaries(gap)) && !isAppositive(gap)) continue;
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

/**
 * The person a sentence is about, when it opens the sentence: the speaker of a later cue in a
 * coordinated clause ("Macron praised Germany and said the talks had been …").
 */
export function sentenceSubject(doc: Doc, sentenceStart: number, cue: number): Mention | undefined {
  const first = spansWithin(doc.mentions, sentenceStart, cue).find(isSpeaker);
  if (first?.type !== 'PERSON') return undefined;
  const before = doc.text.slice(sentenceStart, first.start).split(/\s+/u).filter(Boolean);
  return before.length <= 4 ? first : undefined;
}

/**
 * The speaker mention that starts right after `offset` ("said | Shoigu", "by | the Russian
 * President"), allowing a title or article before it ("said Rep. Gwen Moore", "said the IMF").
 */
export function speakerStartingAt(doc: Doc, offset: number): Mention | undefined {
  let best: Mention | undefined;
  for (const mention of spansWithin(doc.mentions, offset, offset + LOOK_AHEAD)) {
    if (!isSpeaker(mention) || mention.start - offset > 40) continue;
    const gap = doc.text.slice(offset, mention.start).trim();
    if (gap !== '' && !TITLE_GAP.test(gap)) continue;
    if (!best || mention.start < best.start || mention.end > best.end) best = mention;
  }
  return best;
}
