import type { CameoCode } from '../doc/types.js';
import type { SentenceWords } from '../nlp/entities/words.js';

/** Roles of armed groups that are not a state's: CAMEO codes their violence 18, not 19. */
const NON_STATE_ROLES = ['REB', 'INS', 'SEP', 'CRM', 'UAF'];
/** Roles of a state's armed or governing bodies, whose force is military (19). */
const STATE_ROLES = ['MIL', 'GOV', 'COP', 'SPY'];
/** Protesters' role (role-nouns.tsv): their violence is a violent protest (145), not an assault. */
const PROTESTERS = 'CVLOPP';
/** Destroying property (1712), assaults (18) and fights (19). */
const VIOLENT = /^(?:1712|18\d*|19\d*)$/u;
const BOMBING = /^(?:bomb|bombs|bombing|bombings|bomber|bombers|explosive|explosives|ied|ieds)$/u;
const KILLING = /^(?:killed|kills|kill|killing|murdered|murders|murder)$/u;
const SURRENDER =
  /^(?:surrender|surrendered|surrendering|surrenders|capitulated|capitulates|capitulate)$/u;
/** CAMEO's "Retreat or surrender militarily" (0874). */
const MILITARY_SURRENDER: CameoCode = '0874';

function roleOf(actor: string): string {
  return actor.slice(3);
}

/** Civilians and refugees: no side in a fight, so an armed group's attack on them is an assault. */
const UNARMED_ROLES = ['CVL', 'REF'];
/** CAMEO's "Use unconventional violence, not specified below" (180). */
const UNCONVENTIONAL_VIOLENCE: CameoCode = '180';

function isUnarmed(target: string): boolean {
  const role = roleOf(target);
  return UNARMED_ROLES.some((r) => role.includes(r)) && !isArmed(role);
}

const PROTEST_NOUN = /^(?:demonstrations?|protests?|riots?|rallies|rally|marches)$/u;
const DURING = /^(?:during|amid|at)$/u;

/**
 * "Palestinian youths resorted to throwing stones during demonstrations": violence by people
 * who are neither a state's forces nor an armed group, done during a protest, is a riot (145).
 */
function duringProtest(words: SentenceWords, role: string): boolean {
  if (isArmed(role) || STATE_ROLES.some((r) => role.includes(r))) return false;
  for (let k = 1; k < words.length; k++)
    if (PROTEST_NOUN.test(words.lower(k)) && DURING.test(words.lower(k - 1))) return true;
  return false;
}

function isNonState(role: string): boolean {
  return NON_STATE_ROLES.some((r) => role.includes(r));
}

function isArmed(role: string): boolean {
  return [...NON_STATE_ROLES, 'MIL'].some((r) => role.includes(r));
}

function bombingCode(words: SentenceWords): CameoCode {
  let code: CameoCode = '183';
  for (let k = 0; k < words.length; k++) {
    const w = words.lower(k);
    if (w === 'suicide') return '1831';
    if (w === 'car' || w === 'vehicle' || w === 'truck') code = '1832';
    else if (w === 'roadside' && code === '183') code = '1833';
  }
  return code;
}

function mentionsBombing(words: SentenceWords): boolean {
  for (let k = 0; k < words.length; k++) if (BOMBING.test(words.lower(k))) return true;
  return false;
}

/**
 * Protesters who destroy, assault or fight protest violently: "demonstrators set fire to the
 * embassy" is 145 (riot), whatever the act's own code; a state's forces that bomb use military
 * force (190), as CAMEO's bombing code 183 is for non-military bombs.
 * CAMEO tells unconventional violence (18: bombings, killings by armed groups) from a state's
 * military force (19). A 19 code whose source is no state body becomes its 18 counterpart when
 * the sentence says a bomb did it ("killed in a car bombing" → 1832) or an armed group killed
 * ("guerrillas killed the deputy chief" → 1823); fights, shelling and air strikes stay 19.
 */
export function violenceCode(
  code: CameoCode,
  source: string,
  words: SentenceWords,
  trigger: number,
  target = '',
): CameoCode {
  const role = roleOf(source);
  if (VIOLENT.test(code) && (role.includes(PROTESTERS) || duringProtest(words, role))) return '145';
  // "rebels surrendered": an armed force that yields surrenders militarily.
  if (code.startsWith('08') && SURRENDER.test(words.lower(trigger)) && isArmed(role))
    return MILITARY_SURRENDER;
  const state = STATE_ROLES.some((r) => role.includes(r));
  // CAMEO's 183 is "non-military bombing" and 175 a police's repression: an army firing
  // missiles uses military force.
  if ((state && code === '183') || (role.includes('MIL') && code === '175')) return '190';
  if (state) return code;
  // "a refugee camp was attacked by militiamen": an armed group's attack on civilians is an assault.
  if (code.startsWith('19') && isNonState(role) && isUnarmed(target))
    return UNCONVENTIONAL_VIOLENCE;
  if (code !== '190') return code;
  if (mentionsBombing(words)) return bombingCode(words);
  return isNonState(role) && KILLING.test(words.lower(trigger)) ? '1823' : code;
}
