/**
 * Role phrases in nominal mentions ("the Russian minister", "the head of the Russian military") and
 * the offices (leaders lexicon roles) whose holder they can name.
 */
export const ROLE_OFFICES: ReadonlyMap<string, readonly string[]> = new Map([
  ['president', ['HOS']],
  ['head of state', ['HOS']],
  ['leader', ['HOS', 'HOG']],
  ['prime minister', ['HOG']],
  ['premier', ['HOG']],
  ['pm', ['HOG']],
  ['chancellor', ['HOG']],
  ['foreign minister', ['FOR']],
  ['top diplomat', ['FOR']],
  ['defence minister', ['DEF']],
  ['defense minister', ['DEF']],
  ['interior minister', ['INT']],
  ['finance minister', ['FIN']],
  ['minister', ['HOG', 'FOR', 'DEF', 'INT', 'FIN']],
  ['military', ['DEF']],
  ['army', ['DEF']],
  ['armed forces', ['DEF']],
  ['defence ministry', ['DEF']],
  ['defense ministry', ['DEF']],
  ['foreign ministry', ['FOR']],
  ['government', ['HOS', 'HOG']],
]);

/** Head nouns of "the head of the X military" constructions. */
export const HEAD_NOUNS: ReadonlySet<string> = new Set(['head', 'chief', 'leader', 'boss']);

export const CAPITAL_NOUNS: ReadonlySet<string> = new Set(['capital']);

export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'him', 'her', 'his']);

/** How many sentences back a pronoun may look for its person. */
export const PRONOUN_WINDOW = 3;
