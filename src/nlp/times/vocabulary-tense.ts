/**
 * Words that mark the tense of the clause around a time expression, for resolving weekdays and
 * yearless dates ("will meet Tuesday" is the next Tuesday, "met Tuesday" the last). Lowercase;
 * built through `words()`, which refuses empty entries.
 */
import { words } from './vocabulary.js';

/** Modals, plan and schedule words: what follows is ahead of the writer. */
// biome-ignore format: a word list reads better packed
export const FUTURE_MARKERS = words('future markers', [
  'will', 'shall', 'would', 'going', 'scheduled', 'expected', 'expects', 'expect',
  'due', 'plans', 'planned', 'planning', 'intends', 'intend', 'payable', 'effective', 'upcoming',
  'forthcoming', 'coming', 'tomorrow', 'pending', 'slated', 'aims', 'hopes', 'deadline',
]);

/** The future markers that still decide when they come after the expression. */
// biome-ignore format: a word list reads better packed
export const MODAL_MARKERS = words('modal markers', ['will', 'shall', 'would', 'going']);

/** Phrases just before an expression that put it ahead ("as early as Tuesday"). */
// biome-ignore format: a word list reads better packed
export const FUTURE_PHRASES = words('future phrases', [
  'as soon as', 'as early as', 'no later than', 'set to', 'set for', 'is to', 'are to',
  'beginning', 'starting',
]);

/** Past forms that do not end in -ed, and words that place a clause in the past. */
// biome-ignore format: a word list reads better packed
export const PAST_MARKERS = words('past markers', [
  'was', 'were', 'had', 'did', 'said', 'says', 'told', 'ago', 'last', 'earlier', 'yesterday',
  'began', 'came', 'went', 'took', 'made', 'gave', 'got', 'saw', 'seen', 'rose',
  'fell', 'sold', 'bought', 'won', 'lost', 'left', 'met', 'shot', 'paid', 'held', 'led', 'ran',
  'spent', 'wrote', 'found', 'became', 'broke', 'brought', 'struck', 'sent', 'built', 'kept',
  'drew', 'flew', 'grew', 'knew', 'threw', 'spoke', 'stood', 'put', 'quit', 'hit', 'cut',
  'fought', 'thought', 'taught', 'caught', 'chose', 'rang', 'sang', 'sank', 'swore', 'wore',
  'since',
]);

/** Auxiliaries before a participle ("be held", "been named"): the tense is the auxiliary's. */
// biome-ignore format: a word list reads better packed
export const NEUTRAL_AUXILIARIES = words('neutral auxiliaries', [
  'be', 'been', 'being', 'is', 'are', 'am', 'get', 'gets',
]);

/** Words in -ed that are mostly adjectives before a noun ("preferred shares"), not past verbs. */
// biome-ignore format: a word list reads better packed
export const PARTICIPLE_ADJECTIVES = words('participle adjectives', [
  'preferred', 'limited', 'united', 'related', 'based', 'armed', 'alleged', 'unidentified',
  'unspecified', 'proposed', 'combined', 'estimated', 'detailed', 'qualified', 'registered',
  'listed', 'advanced', 'troubled', 'embattled', 'unnamed', 'undisclosed', 'renewed', 'added',
]);
