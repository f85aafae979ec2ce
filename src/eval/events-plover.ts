/**
 * The PLOVER GSR records use PLOVER 0.5b1 types (December 2016). The PLOVER manual of that time
 * (draft 0.6b2, 2016, "CAMEO to PLOVER translation") converts a CAMEO code by its two-digit cue
 * category alone — "everything at the 3- and 4-digit level should simply be reduced to the 2-digit
 * cue category" — except that YIELD splits into CONCEDE (081–083) and RETREAT (084–087). The 2021
 * table in data/cameo (draft 0.8) maps some sub-codes elsewhere (destroying property to ASSAULT,
 * easing a curfew to RETREAT), which is not what the records were labelled with. 0.5b1 kept
 * conventional military force (19) and mass violence (20) as FIGHT, apart from ASSAULT (18); it
 * had no types for statements (01), and its DEMAND took appeals (02).
 */
const CUE_CATEGORY: Readonly<Record<string, string>> = {
  '02': 'DEMAND',
  '03': 'AGREE',
  '04': 'CONSULT',
  '05': 'SUPPORT',
  '06': 'COOPERATE',
  '07': 'AID',
  '09': 'INVESTIGATE',
  '10': 'DEMAND',
  '11': 'DISAPPROVE',
  '12': 'REJECT',
  '13': 'THREATEN',
  '14': 'PROTEST',
  '15': 'MOBILIZE',
  '16': 'SANCTION',
  '17': 'COERCE',
  '18': 'ASSAULT',
  '19': 'FIGHT',
  '20': 'FIGHT',
};

/** YIELD's verbal part: easing sanctions and dissent, acceding to demands (080 is YIELD unspecified). */
const CONCEDE = /^08[0-3]/u;

/** CAMEO code → PLOVER 0.5b1 event type, or null (01 statements have none). */
export function ploverMapper(): (code: string) => string | null {
  return (code) => {
    const root = code.slice(0, 2);
    if (root === '08') return CONCEDE.test(code) ? 'CONCEDE' : 'RETREAT';
    return CUE_CATEGORY[root] ?? null;
  };
}
