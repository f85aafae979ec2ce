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

function roleOf(actor: string): string {
  return actor.slice(3);
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
): CameoCode {
  const role = roleOf(source);
  if (role.includes(PROTESTERS) && VIOLENT.test(code)) return '145';
  const state = STATE_ROLES.some((r) => role.includes(r));
  // CAMEO's 183 is "non-military bombing" and 175 a police's repression: an army firing
  // missiles uses military force.
  if ((state && code === '183') || (role.includes('MIL') && code === '175')) return '190';
  if (code !== '190' || state) return code;
  if (mentionsBombing(words)) return bombingCode(words);
  const armedGroup = NON_STATE_ROLES.some((r) => role.includes(r));
  return armedGroup && KILLING.test(words.lower(trigger)) ? '1823' : code;
}
