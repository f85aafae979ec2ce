import type { CameoCode } from '../doc/types.js';
import type { SentenceWords } from '../nlp/entities/words.js';

/** Words after which "to <verb>" is a plan or a promise: "is willing to send", "pledged to help". */
const INTENT_BEFORE_TO = new Set([
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
  'pledge',
  'pledged',
  'pledges',
  'promise',
  'promised',
  'promises',
  'vow',
  'vowed',
  'vows',
  'offer',
  'offered',
  'offers',
  'agree',
  'agreed',
  'agrees',
  'committed',
  'determined',
  'set',
]);
const FUTURE = new Set(['will', "'ll", 'shall']);
/** Words that may stand between the cue and the verb: "will also provide", "will not soon send". */
const IN_BETWEEN = new Set(['also', 'soon', 'still', 'now', 'then', 'further', 'again', 'be']);

/**
 * "agreed to lift", "offered to host": a verb of intent at word `at` followed by "to" — the act
 * after it is what CAMEO codes (as the intent to do it), not the agreeing or offering itself.
 */
export function isIntentCue(words: SentenceWords, at: number): boolean {
  return words.lower(at + 1) === 'to' && INTENT_BEFORE_TO.has(words.lower(at));
}

/** Whether the verb at word `at` is announced rather than done: "will send", "offered to host". */
export function isIntended(words: SentenceWords, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && IN_BETWEEN.has(words.lower(k))) k--;
  if (FUTURE.has(words.lower(k))) return true;
  return words.lower(k) === 'to' && INTENT_BEFORE_TO.has(words.lower(k - 1));
}

/**
 * CAMEO's 03 codes for an intended cooperative act ("Express intent to …"): the act's own code
 * when it has none (conflict: a future attack stays 19x, marked `intended`).
 */
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

export function intentCode(code: CameoCode): CameoCode {
  return INTENT_OF.find(([prefix]) => code.startsWith(prefix))?.[1] ?? code;
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
