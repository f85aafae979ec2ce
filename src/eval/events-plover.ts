import { readFileSync } from 'node:fs';
import { dataPath } from '../doc/data-path.js';

/**
 * The PLOVER GSR records use PLOVER 0.5b1 names; data/cameo/event-codes.json maps CAMEO to the
 * 2021 draft (0.8), which renamed two types and folded FIGHT into ASSAULT and INVESTIGATE into ACCUSE. CAMEO 02 (APPEAL) has no 0.8 type; in 0.5b1 requests
 * were DEMAND.
 */
const PLOVER_05: Readonly<Record<string, string>> = { REQUEST: 'DEMAND', ACCUSE: 'DISAPPROVE' };
const UNMAPPED_ROOTS: Readonly<Record<string, string>> = { '02': 'DEMAND' };
/**
 * 0.5b1 kept investigations (CAMEO 09) as a type of their own, which 0.8 folded into ACCUSE, and
 * counted embargoes, boycotts and sanctions (163) as SANCTION, which 0.8 moved to COERCE.
 */
const CODES_05: Readonly<Record<string, string>> = { '09': 'INVESTIGATE', '163': 'SANCTION' };

/** CAMEO code → PLOVER 0.5b1 event type, or null (01 statements have none). */
export function ploverMapper(): (code: string) => string | null {
  const stored = JSON.parse(readFileSync(dataPath('cameo', 'event-codes.json'), 'utf8')) as {
    codes: Record<string, { plover?: { event?: string } | null }>;
  };
  return (code) => {
    const own = CODES_05[code.slice(0, 3)] ?? CODES_05[code.slice(0, 2)];
    if (own) return own;
    // A code the PLOVER table leaves out (176, "attack cybernetically") takes its parent's type.
    const event = [code, code.slice(0, 3), code.slice(0, 2)]
      .map((c) => stored.codes[c]?.plover?.event)
      .find((e) => e !== undefined);
    // 0.5b1 kept conventional military force (CAMEO 19) apart from assault as FIGHT.
    if (event === 'ASSAULT' && code.startsWith('19')) return 'FIGHT';
    if (event) return PLOVER_05[event] ?? event;
    return UNMAPPED_ROOTS[code.slice(0, 2)] ?? null;
  };
}
