import type { CameoCode } from '../doc/types.js';
import type { SentenceWords } from '../nlp/entities/words.js';

/** Roles of armed groups that are not a state's: CAMEO codes their violence 18, not 19. */
const NON_STATE_ROLES = ['REB', 'INS', 'SEP', 'CRM', 'UAF'];
/** Roles of a state's armed or governing bodies, whose force is military (19). */
const STATE_ROLES = ['MIL', 'GOV', 'COP', 'SPY'];
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
  if (code !== '190') return code;
  const role = roleOf(source);
  if (STATE_ROLES.some((r) => role.includes(r))) return code;
  if (mentionsBombing(words)) return bombingCode(words);
  const armedGroup = NON_STATE_ROLES.some((r) => role.includes(r));
  return armedGroup && KILLING.test(words.lower(trigger)) ? '1823' : code;
}
