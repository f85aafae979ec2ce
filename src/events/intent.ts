import type { CameoCode } from '../doc/types.js';
import type { SentenceWords } from '../nlp/entities/words.js';

/** Words after which "to <verb>" is a promise made to someone: "pledged to help", "agreed to lift". */
const COMMITMENT_BEFORE_TO = new Set([
  'pledge',
  'pledged',
  'pledges',
  'promise',
  'promised',
  'promises',
  'offer',
  'offered',
  'offers',
  'agree',
  'agreed',
  'agrees',
  'committed',
]);
/** Words after which "to <verb>" is a plan, a wish or a vow: "is willing to send", "vowed to fight". */
const PLAN_BEFORE_TO = new Set([
  'vow',
  'vowed',
  'vows',
  'swore',
  'sworn',
  'swear',
  'swears',
  'willing',
  'ready',
  'prepared',
  'plan',
  'plans',
  'planned',
  'planning',
  'intend',
  'intends',
  'intended',
  'determined',
  'set',
  'seek',
  'seeks',
  'seeking',
  'sought',
  'hope',
  'hopes',
  'hoped',
  'hoping',
  'aim',
  'aims',
  'aiming',
  'want',
  'wants',
  'wanted',
  'wish',
  'wishes',
]);
/** Words after which "to <verb>" is threatened: "threatened to impose a curfew" (1323). */
const THREAT_BEFORE_TO = new Set(['threaten', 'threatened', 'threatens', 'threatening']);
const FUTURE = new Set(['will', "'ll", 'shall']);
/** Words that may stand between the cue and the verb: "will also provide", "will not soon send". */
const IN_BETWEEN = new Set(['also', 'soon', 'still', 'now', 'then', 'further', 'again', 'be']);

/** Time and manner words that may stand between a cue and its "to": "agreed on Saturday to send". */
const ADVERBIAL =
  /^(?:in|on|at|principle|today|yesterday|tonight|now|also|again|finally|last|this|next|week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/u;
const MAX_ADVERBIAL = 4;

export function isAdverbial(word: string): boolean {
  return ADVERBIAL.test(word);
}

/**
 * "agreed to lift", "offered on Monday to host": a verb of intent at word `at` followed by "to" —
 * the act after it is what CAMEO codes (as the intent to do it), not the agreeing or offering
 * itself. The word index of that act, or -1.
 */
export function intentCueVerb(words: SentenceWords, at: number): number {
  const cue = words.lower(at);
  const cues =
    COMMITMENT_BEFORE_TO.has(cue) || PLAN_BEFORE_TO.has(cue) || THREAT_BEFORE_TO.has(cue);
  if (!cues || (STATE_ONLY.has(cue) && !STATE_VERBS.test(words.lower(at - 1)))) return -1;
  return verbAfterTo(words, at);
}

/**
 * Plan words that are a state only after "be" ("is prepared to negotiate"): as a verb of their own
 * ("as the US leader prepared to attend") they tell of the act about to be done, as PETRARCH reads them.
 */
const STATE_ONLY: ReadonlySet<string> = new Set(['prepared']);
const STATE_VERBS =
  /^(?:is|are|was|were|be|been|being|am|['’]s|['’]re|stands?|stood|appears?|appeared|seems?|seemed|looks?|looked|remains?|remained|fully|well|not|also|now|still|already)$/u;

/** Verbs whose "to" act is done, not meant: "the court decided to allow", "parliament voted to lift". */
const DECISION = new Set(['decided', 'decides', 'voted', 'votes', 'moved', 'moves']);
/** Verbs whose "to" act is refused: "refused to deploy" codes the refusal of deploying (polarity). */
const REFUSAL_BEFORE_TO = new Set(['refused', 'refuses', 'refuse', 'declined', 'declines']);

/**
 * The act a cue verb at word `at` leads to, intended ("agreed to lift"), decided ("decided to
 * lift") or refused ("refused to deploy"): that act, not the cue, is what CAMEO codes (a refused
 * act as its refusal). Its word index, or -1.
 */
/** "refused to", "declined to": a cue whose own patterns ("declined to meet", 125) say more. */
export function isRefusalCue(word: string): boolean {
  return REFUSAL_BEFORE_TO.has(word);
}

/**
 * The words `cuedActVerb` reads as cues, in one set: it looks up every word of a sentence. Unlike
 * `intentCueVerb`, it takes a state-only word ("prepared") without a "be" before it.
 */
const CUE_VERBS: ReadonlySet<string> = new Set([
  ...DECISION,
  ...REFUSAL_BEFORE_TO,
  ...STATE_ONLY,
  ...COMMITMENT_BEFORE_TO,
  ...PLAN_BEFORE_TO,
  ...THREAT_BEFORE_TO,
]);

export function cuedActVerb(words: SentenceWords, at: number): number {
  return CUE_VERBS.has(words.lower(at)) ? verbAfterTo(words, at) : -1;
}

function verbAfterTo(words: SentenceWords, at: number): number {
  for (let k = at + 1; k <= at + 1 + MAX_ADVERBIAL && k < words.length; k++) {
    if (words.lower(k) === 'to') return k + 1;
    if (!ADVERBIAL.test(words.lower(k))) return -1;
  }
  return -1;
}

/** Verbs that report speech: "said it would send" is a promise, not a hypothesis. */
const REPORTING =
  /^(?:said|says|say|told|tells|announced|announces|added|stated|declared|confirmed|indicated|insisted|warned|concluded|reminded|reiterated|reiterates|stressed|stresses|argued|argues|noted|notes|asserted|asserts|maintained|maintains|explained|explains)$/u;

export function isReporting(word: string): boolean {
  return REPORTING.test(word);
}
const REPORT_REACH = 4;

/** "would" in reported speech ("Iraq said it would allow inspectors") is the future of the past. */
export function isReportedFuture(words: SentenceWords, would: number): boolean {
  if (words.lower(would) !== 'would') return false;
  for (let k = would - 1; k >= Math.max(0, would - REPORT_REACH); k--)
    if (REPORTING.test(words.lower(k))) return true;
  return false;
}

/**
 * How the verb at word `at` is meant rather than done: `announced` in the future tense or after a
 * plan ("will send", "said it would boycott", "plans to impose"), `promised` after a commitment
 * ("offered to host", "pledged to expel"), `imminent` when about to be done ("prepared to
 * attend"); null when it is done.
 */
export type Intention = 'announced' | 'promised' | 'threatened' | 'imminent' | null;

export function intentionOf(words: SentenceWords, at: number): Intention {
  let k = at - 1;
  while (k >= 0 && IN_BETWEEN.has(words.lower(k))) k--;
  if (FUTURE.has(words.lower(k)) || isReportedFuture(words, k)) return 'announced';
  if (isObjectOfFutureVerb(words, at)) return 'announced';
  if (words.lower(k) !== 'to') return null;
  for (let cue = k - 1; cue >= Math.max(0, k - 1 - MAX_ADVERBIAL); cue--) {
    if (intentCueVerb(words, cue) === k + 1) {
      const word = words.lower(cue);
      if (THREAT_BEFORE_TO.has(word)) return 'threatened';
      return COMMITMENT_BEFORE_TO.has(word) ? 'promised' : 'announced';
    }
    if (STATE_ONLY.has(words.lower(cue)) && verbAfterTo(words, cue) === k + 1) return 'imminent';
  }
  return purposeOfIntendedAct(words, k);
}

const DETERMINER = /^(?:the|a|an|its|their|his|her|our|this|these|those)$/u;
/** Words a noun may have before it after its determiner: "the naval blockade", "a new land offensive". */
const MAX_MODIFIERS = 2;

/**
 * "it would tighten the naval blockade": a noun trigger that is the object of a verb in the
 * future is meant as the verb is.
 */
function isObjectOfFutureVerb(words: SentenceWords, at: number): boolean {
  for (let det = at - 1; det >= Math.max(2, at - 1 - MAX_MODIFIERS); det--) {
    if (!/^\p{Ll}/u.test(words.lower(det))) return false;
    if (!DETERMINER.test(words.lower(det))) continue;
    const modal = det - 2;
    return FUTURE.has(words.lower(modal)) || isReportedFuture(words, modal);
  }
  return false;
}

/** How far back from a purpose's "to" the act it serves may start: "send material to help". */
const PURPOSE_REACH = 5;

/**
 * "is willing to send material to help defend": an act done for the sake of an intended act
 * ("to help", the `to` at word `to`) is meant as that act is, no more done than it is.
 */
function purposeOfIntendedAct(words: SentenceWords, to: number): Intention {
  for (let verb = to - 1; verb >= Math.max(1, to - PURPOSE_REACH); verb--) {
    if (!/^\p{L}/u.test(words.lower(verb))) return null;
    if (words.lower(verb - 1) === 'to') {
      const how = intentionOf(words, verb);
      return how === 'announced' || how === 'promised' ? how : null;
    }
  }
  return null;
}

/** Commitments, and willingness as CAMEO counts it: "is ready to contribute", "is willing to send". */
const COMMITTING: ReadonlySet<string> = new Set([...COMMITMENT_BEFORE_TO, 'willing', 'ready']);

/**
 * "will provide", "said it would send", "agreed to share": the act at word `at` is committed to,
 * not only wished or planned ("sought to ease", "plans to send").
 */
export function isCommitted(words: SentenceWords, at: number): boolean {
  if (isConditionClause(words, at)) return false;
  let k = at - 1;
  while (k >= 0 && IN_BETWEEN.has(words.lower(k))) k--;
  if (FUTURE.has(words.lower(k)) || isReportedFuture(words, k)) return true;
  if (words.lower(k) !== 'to') return false;
  for (let cue = k - 1; cue >= Math.max(0, k - 1 - MAX_ADVERBIAL); cue--)
    if (COMMITTING.has(words.lower(cue)) && verbAfterTo(words, cue) === k + 1) return true;
  return false;
}

const CONDITION = new Set(['unless', 'if']);
const CONDITION_REACH = 6;

/** "… unless the president agrees to step down": an act a condition names is not committed to. */
function isConditionClause(words: SentenceWords, at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - CONDITION_REACH); k--)
    if (CONDITION.has(words.lower(k))) return true;
  return false;
}

/** CAMEO's 03 codes for an intended cooperative act ("Express intent to …"). */
const INTENT_OF: readonly [prefix: string, intent: CameoCode][] = [
  ['061', '0311'],
  ['062', '0312'],
  ['063', '0313'],
  ['064', '0314'],
  ['06', '031'],
  ['071', '0331'],
  ['072', '0332'],
  ['073', '0333'],
  ['074', '0334'],
  ['07', '033'],
  ['081', '0351'],
  ['082', '0352'],
  ['0841', '0353'],
  ['085', '0354'],
  ['086', '0355'],
  ['087', '0356'],
  ['083', '034'],
  ['08', '035'],
  ['04', '036'],
  ['05', '032'],
];

/**
 * CAMEO's 13 codes for an announced hostile act ("would boycott all contact" → 1312, "will attack"
 * → 138): announcing it is the threat.
 */
const THREAT_OF: readonly [prefix: string, threat: CameoCode][] = [
  ['161', '1313'],
  ['162', '1311'],
  ['163', '1312'],
  ['164', '134'],
  ['165', '135'],
  ['166', '136'],
  ['16', '131'],
  ['1721', '1321'],
  ['1722', '1322'],
  ['1723', '1323'],
  ['1724', '1324'],
  ['172', '132'],
  ['17', '137'],
  ['14', '133'],
  ['18', '1383'],
  ['191', '1381'],
  ['192', '1382'],
  ['19', '1384'],
  ['20', '1385'],
];

/**
 * The code of an act meant for the future: the intent to cooperate; for a hostile act announced,
 * the threat; a hostile act promised ("pledged to expel") keeps its own code.
 */
export function intentCode(code: CameoCode, how: Intention = 'announced'): CameoCode {
  if (how === 'threatened') return threatCode(code);
  const hostile = isHostile(code);
  if (hostile && how === 'promised') return code;
  const table = hostile ? THREAT_OF : INTENT_OF;
  const mapped = table.find(([prefix]) => code.startsWith(prefix))?.[1];
  if (mapped) return mapped;
  // "agreed to set up a research center" (09), "agreed to postpone the rally" (12): a commitment
  // to an act CAMEO has no intent code for is the intent to cooperate, not specified (030).
  return how === 'promised' && !hostile && !ALREADY_STATED.test(code) ? INTENT_TO_COOPERATE : code;
}

const INTENT_TO_COOPERATE: CameoCode = '030';
/** Statements (01) and intents (03) say what is meant already. */
const ALREADY_STATED = /^0[13]/u;

/** An act CAMEO has a threat code for: reducing relations, coercion, protest, violence. */
export function isHostile(code: CameoCode): boolean {
  return THREAT_OF.some(([prefix]) => code.startsWith(prefix));
}

/**
 * "will withdraw its force unless …": an act announced on a condition threatens it; so does a
 * hostile act that may or will come "if" something happens ("may halt mediation if …").
 */
export function isConditional(words: SentenceWords, after: number, code: CameoCode): boolean {
  const ifCounts = isHostile(code);
  for (let k = after; k < words.length; k++) {
    const word = words.lower(k);
    if (word === 'unless' || (ifCounts && word === 'if')) return true;
  }
  return false;
}

/** The threat of an act: its 13 code when it is hostile, else a threat unspecified (130). */
export function threatCode(code: CameoCode): CameoCode {
  return THREAT_OF.find(([prefix]) => code.startsWith(prefix))?.[1] ?? '130';
}

/**
 * CAMEO's 12 codes for refusing a cooperative act ("would not provide support" → 121, "did not
 * sign the agreement" → 127); null where the act has none (a hostile act not done stays negated).
 */
const REFUSAL_OF: readonly [prefix: string, refusal: CameoCode][] = [
  ['0311', '1211'],
  ['0312', '1212'],
  ['031', '121'],
  ['033', '122'],
  ['036', '125'],
  ['03', '120'],
  ['045', '126'],
  ['046', '125'],
  ['04', '125'],
  ['057', '127'],
  ['05', '120'],
  ['061', '1211'],
  ['062', '1212'],
  ['06', '121'],
  ['07', '122'],
  ['081', '1241'],
  ['082', '1242'],
  ['0841', '1243'],
  ['084', '1243'],
  ['085', '1244'],
  ['086', '1245'],
  ['087', '1246'],
  ['08', '124'],
];

export function refusalCode(code: CameoCode): CameoCode | null {
  return REFUSAL_OF.find(([prefix]) => code.startsWith(prefix))?.[1] ?? null;
}
