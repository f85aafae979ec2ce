/** How a match reads: its code, whether it is negated, and its modality (asserted, intended…). */
import type { Doc } from '../doc/doc.js';
import type { Modality } from '../doc/types.js';
import type { SentenceWords } from '../nlp/entities/words.js';
import {
  intentCode,
  intentionOf,
  isConditional,
  isHostile,
  isReportedFuture,
  refusalCode,
  threatCode,
} from './intent.js';
import type { Match } from './match.js';
import { CLAUSE_MARK } from './passive.js';
import type { PatternToken } from './patterns.js';

const NEGATORS = new Set(['not', "n't", 'never', 'no']);
const REFUSALS = new Set([
  'refused',
  'refuses',
  'refuse',
  'refusing',
  'declined',
  'declines',
  'decline',
  'declining',
  'rejected',
]);
const CLAUSE_BREAKS = new Set(['and', 'but', ',', ';']);
const HYPOTHETICAL = new Set(['could', 'might', 'may', 'if', 'would']);

/** Whether one of a pattern's word slots has `word` among its alternatives' words. */
function asksFor(tokens: readonly PatternToken[] | undefined, word: string): boolean {
  return (tokens ?? []).some(
    (t) => t.kind === 'words' && t.alternatives.some((alt) => alt.includes(word)),
  );
}

function polarity(words: SentenceWords, m: Match): { negated: boolean; hypothetical: boolean } {
  const at = m.from;
  let negated = false;
  let hypothetical = false;
  // "would not work and warned": a negation before a conjunction belongs to the other verb.
  let from = Math.max(0, at - 3);
  for (let k = at - 1; k >= from; k--) if (CLAUSE_BREAKS.has(words.lower(k))) from = k + 1;
  for (let k = from; k < at; k++) {
    const word = words.lower(k);
    // "didn't clash" under `- &NEGATVAUXVRB * …`: the negation is the pattern's own, its code says it.
    const own = k >= m.first && asksFor(m.pattern.before, word);
    if ((NEGATORS.has(word) || REFUSALS.has(word)) && !own) negated = true;
    if (HYPOTHETICAL.has(word) && !isReportedFuture(words, k)) hypothetical = true;
  }
  return { negated, hypothetical };
}

const DENIALS = new Set(['deny', 'denies', 'denied', 'denying']);
/** How many words a denial may stand before the act it denies: "denied that its army had ever shelled". */
const DENIAL_REACH = 6;

/** "Iran denied supplying drones", "denies that it had sent troops": the act is denied, not done. */
function isDenied(words: SentenceWords, from: number): boolean {
  for (let k = from - 1; k >= Math.max(0, from - DENIAL_REACH); k--) {
    if (CLAUSE_MARK.test(words.word(k))) return false;
    if (DENIALS.has(words.lower(k))) return true;
  }
  return false;
}

/**
 * 1. an event inside a quotation is its speaker's claim: reported;
 * 2. an act after a verb of denial is denied;
 * 3. a conditional or modal verb before the trigger makes it hypothetical;
 * 4. else what the pattern says (asserted, or intended for "plan to").
 */
function modalityOf(
  doc: Doc,
  words: SentenceWords,
  from: number,
  stated: Modality,
  hypothetical: boolean,
): Modality {
  const offset = words.start(from);
  // 1.
  if (doc.quotes.some((q) => q.kind !== 'indirect' && q.start <= offset && offset < q.end)) {
    return 'reported';
  }
  // 2.
  if (isDenied(words, from)) return 'denied';
  // 3. and 4.
  return hypothetical ? 'hypothetical' : stated;
}

/**
 * The code, negation and modality of one match: "will send" is intended; "did not sign" is the
 * refusal to sign (127), where CAMEO has a code for refusing the act; else the act, negated.
 */
export function reading(
  context: { readonly doc: Doc; readonly cameoConventions: boolean },
  words: SentenceWords,
  m: Match,
) {
  const { pattern } = m;
  const { negated, hypothetical } = polarity(words, m);
  // A future act is an intention, not an event yet: "Germany will send tanks" (0332).
  const intention = pattern.modality === 'asserted' ? intentionOf(words, m.from) : null;
  // "threatened to expel" is the threat, made now.
  const intended = intention === 'announced' || intention === 'promised';
  // "as the leader prepared to attend": the act itself, expected.
  const stated = intended ? 'intended' : intention === 'imminent' ? 'expected' : pattern.modality;
  const modality = modalityOf(context.doc, words, m.from, stated, hypothetical);
  // TABARI and PETRARCH read negation only through patterns (`- &NEGATVAUXVRB * …`): with their
  // dictionaries a negated verb with no pattern of its own codes the verb's code.
  if (!context.cameoConventions) return { code: pattern.code, negated: false, modality };
  const own = peacekeepingCode(pattern.code, words, m.last);
  const refusal = negated ? refusalCode(own) : null;
  // "will not send more aid unless the junta steps down": withholding it on a condition is the
  // threat to (1311 aid, 1312 trade, 1313 relations), made now.
  if (refusal && isConditional(words, m.last, own))
    return { code: withholdingThreat(own), negated: false, modality: 'asserted' as const };
  // "will not meet" announces the refusal now: asserted, unless reported or hypothetical.
  if (refusal) return { code: refusal, negated: false, modality: intended ? 'asserted' : modality };
  // "will boycott the elections unless …", "may halt mediation if …" is the threat, made now.
  const threatening = intended || (hypothetical && isHostile(own));
  if (threatening && isConditional(words, m.last, own))
    return { code: threatCode(own), negated, modality: 'asserted' as const };
  // "announced it would prohibit all aid": a cut announced is decided, the cut itself (16x).
  if (
    intention === 'announced' &&
    REDUCED_RELATIONS.test(own) &&
    isAnnouncedDecision(words, m.from)
  )
    return { code: own, negated, modality: 'asserted' as const };
  // "are willing to forgive the President": forgiveness (or an apology) offered is given, as it is
  // said (the CAMEO manual's 056 example); no intent code stands between.
  if ((intention === 'announced' || intention === 'promised') && EXPRESSIVE.test(own))
    return { code: own, negated, modality: 'asserted' as const };
  // "The army prepared to resume shelling": readying force is a show of it (150), done now.
  if (intention === 'imminent' && FORCE.test(own))
    return { code: FORCE_POSTURE, negated, modality: 'asserted' as const };
  const code = intention && intention !== 'imminent' ? intentCode(own, intention) : own;
  return { code, negated, modality };
}

/** Acts done by saying them: apologising (055) and forgiving (056). */
const EXPRESSIVE = /^05[56]$/u;
/** CAMEO's reductions of relations: cutting aid, ties, trade (16). */
const REDUCED_RELATIONS = /^16/u;
const ANNOUNCING = new Set(['announced', 'announces', 'announce', 'announcing']);
/** How far back from the act its "would" and the announcing verb may stand: "announced Wednesday it would". */
const ANNOUNCE_REACH = 6;

/**
 * "The United States announced Wednesday it would prohibit all aid to the rebels": a measure
 * announced as decided ("would", the future of the past) is the measure, taken as it is announced
 * (the CAMEO manual codes it 16x); one announced for the future ("announced that he will withdraw
 * the inspectors") is still its threat (136), as the manual codes that one.
 */
function isAnnouncedDecision(words: SentenceWords, at: number): boolean {
  for (let k = at - 1; k >= Math.max(1, at - 3); k--) {
    if (words.lower(k) !== 'would') continue;
    for (let j = k - 1; j >= Math.max(0, k - ANNOUNCE_REACH); j--)
      if (ANNOUNCING.has(words.lower(j))) return true;
    return false;
  }
  return false;
}

/** Assaults, fighting and mass violence. */
const FORCE = /^(?:18|19|20)/u;
/** CAMEO's "Demonstrate military or police power". */
const FORCE_POSTURE = '150';

/** Shows and mobilisations of force. */
const DEPLOYMENT = /^15/u;
const PEACEKEEPING = /^peace-?keep/u;
/** How far after a deployment its purpose may be named: "troops to an international peace-keeping force". */
const PURPOSE_WORDS = 8;
/** CAMEO's "Provide military protection or peacekeeping". */
const PEACEKEEPING_CODE = '074';

/**
 * "France will contribute 4,000 troops to an international peace-keeping force": forces sent to
 * keep the peace are military protection (074; intended, 0334), not a show of force (15).
 */
function peacekeepingCode(code: string, words: SentenceWords, after: number): string {
  if (!DEPLOYMENT.test(code)) return code;
  for (let k = after; k < Math.min(words.length, after + PURPOSE_WORDS); k++)
    if (PEACEKEEPING.test(words.lower(k))) return PEACEKEEPING_CODE;
  return code;
}

export type Reading = ReturnType<typeof reading>;

/** What withholding a cooperative act on a condition threatens: CAMEO's 131x. */
const WITHHOLDING_THREAT: readonly [prefix: RegExp, threat: string][] = [
  [/^(?:07|033)/u, '1311'],
  [/^(?:06|031)/u, '1312'],
  [/^(?:0[45]|03[26])/u, '1313'],
];

function withholdingThreat(code: string): string {
  return WITHHOLDING_THREAT.find(([prefix]) => prefix.test(code))?.[1] ?? '131';
}
