import type { Doc } from '../../doc/doc.js';
import type { Mention } from '../../doc/types.js';
import { isSeatOn } from '../knowledge/seats.js';
import type { Knowledge } from '../knowledge/types.js';

/** Words after a capital that make it the government acting ("Moscow sent troops"). */
const ACTING_WORDS = new Set([
  'says',
  'said',
  'has',
  'have',
  'had',
  'is',
  'was',
  'will',
  'would',
  'could',
  'should',
  'must',
  'may',
  'might',
  'can',
  'cannot',
  'did',
  'does',
  'wants',
  'sent',
  'made',
  'took',
  'gave',
  'told',
  'appeals',
  'urges',
  'warns',
  'accuses',
  'denies',
  'rejects',
  'demands',
  'insists',
  'hopes',
  'plans',
  'seeks',
  'backs',
  'supports',
  'condemns',
]);

/** Nouns after a capital that name its government ("the Tehran government"). */
const GOVERNMENT_NOUNS = new Set(['government', 'regime', 'authorities', 'leadership']);

/** Nouns after a leader's name that name the leader's government ("the Bush administration"). */
const LEADER_GOVERNMENT_NOUNS = new Set(['administration', 'government', 'regime', 'cabinet']);

/**
 * A person's name used for the government they lead: "the Bush administration", "the Putin
 * regime". The name must follow "the" (or stand first) and be right before the noun.
 */
export function isLeaderGovernment(doc: Doc, mention: Mention): boolean {
  if (mention.type !== 'PERSON' || mention.kind !== 'name') return false;
  const next = doc.tokens.indexAt(mention.end);
  const sentence = doc.sentenceAt(mention.start);
  if (!sentence || next >= sentence.endToken || doc.tokens.start(next) > mention.end + 1)
    return false;
  if (!LEADER_GOVERNMENT_NOUNS.has(doc.tokenText(next))) return false;
  const previous = doc.tokens.indexAt(mention.start) - 1;
  return previous < sentence.firstToken || /^(?:the|a)$/iu.test(doc.tokenText(previous));
}

/** Words before a capital that make it a place, whatever follows ("talks in Moscow"). */
const PLACE_WORDS = new Set([
  'in',
  'at',
  'from',
  'to',
  'near',
  'outside',
  'into',
  'inside',
  'via',
  'around',
  'visit',
  'visited',
  'visiting',
  'of',
]);

/** Past forms ending in -ed that are not actions of the city ("Moscow based"). */
const NOT_ACTING = new Set(['based', 'headquartered', 'located', 'situated', 'bred', 'born']);

function acts(word: string): boolean {
  if (!/^\p{Ll}+$/u.test(word)) return false;
  if (ACTING_WORDS.has(word)) return true;
  return word.length > 4 && word.endsWith('ed') && !NOT_ACTING.has(word);
}

/**
 * A capital used for its government: the city named as the subject of a verb ("Washington
 * turned up the heat", "Moscow has sent troops"). A dateline or "in Moscow" is a place.
 */
export function isGovernmentMetonym(doc: Doc, mention: Mention, kb: Knowledge): boolean {
  if (!mention.key.startsWith('place:') || !mention.country) return false;
  const capital = kb.lookup(mention.key.slice(6)).some((h) => isSeatOn(h, doc.publishedDate));
  if (!capital) return false;
  const next = doc.tokens.indexAt(mention.end);
  if (next >= doc.tokens.length || doc.tokens.start(next) > mention.end + 1) return false;
  const sentence = doc.sentenceAt(mention.start);
  if (!sentence || next >= sentence.endToken) return false;
  const previous = doc.tokens.indexAt(mention.start) - 1;
  const placeWord =
    previous >= sentence.firstToken && PLACE_WORDS.has(doc.lowerTokenText(previous));
  const word = doc.tokenText(next);
  if (GOVERNMENT_NOUNS.has(word)) return true;
  if (placeWord) return false;
  if (word === ',' && doc.tokenText(next + 1) === 'which') return true;
  return acts(word) || (word.length > 5 && word.endsWith('ing') && /^\p{Ll}+$/u.test(word));
}
