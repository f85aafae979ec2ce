import type { Doc } from '../../doc/doc.js';
import { spansWithin } from '../../doc/spans.js';
import type { Mention } from '../../doc/types.js';
import { AUXILIARIES } from './vocabulary.js';

/** Window (characters) searched for a speaker's name: the gap (40) plus a long name. */
const LOOK_BACK = 200;
const LOOK_AHEAD = 200;
const SPEAKER_TYPES = new Set(['PERSON', 'ORG', 'GPE']);

function onlyAuxiliaries(gap: string): boolean {
  const words = gap.trim().split(/\s+/u).filter(Boolean);
  return words.every((word) => AUXILIARIES.has(word.toLowerCase()));
}

function isSpeaker(mention: Mention): boolean {
  return SPEAKER_TYPES.has(mention.type) && mention.entity >= 0;
}

/** The speaker mention that ends just before `offset` ("Shoigu had | said"). */
export function speakerEndingAt(doc: Doc, offset: number): Mention | undefined {
  let best: Mention | undefined;
  for (const mention of spansWithin(doc.mentions, offset - LOOK_BACK, offset)) {
    if (!isSpeaker(mention) || offset - mention.end > 40) continue;
    if (!onlyAuxiliaries(doc.text.slice(mention.end, offset))) continue;
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

/** The speaker mention that starts right after `offset` ("said | Shoigu", "by | the Russian President"). */
export function speakerStartingAt(doc: Doc, offset: number): Mention | undefined {
  let best: Mention | undefined;
  for (const mention of spansWithin(doc.mentions, offset, offset + LOOK_AHEAD)) {
    if (!isSpeaker(mention) || mention.start - offset > 40) continue;
    if (doc.text.slice(offset, mention.start).trim() !== '') continue;
    if (!best || mention.start < best.start || mention.end > best.end) best = mention;
  }
  return best;
}
