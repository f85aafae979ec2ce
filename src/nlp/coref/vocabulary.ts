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

/**
 * How many sentences back a pronoun that speaks ("he said") may look for the last speaker: a
 * quotation of several sentences stands between them.
 */
export const SPEAKER_WINDOW = 10;

/**
 * Role nouns that name a person already in the text: `the Republican nominee`, `the Vermont
 * senator`, `the New York businessman`. They refer to the latest person mentioned.
 */
export const PERSON_ROLE_NOUNS: ReadonlySet<string> = new Set([
  'president',
  'senator',
  'nominee',
  'candidate',
  'governor',
  'congressman',
  'congresswoman',
  'lawmaker',
  'businessman',
  'businesswoman',
  'billionaire',
  'mogul',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'secretary',
  'chairman',
  'chairwoman',
  'mayor',
  'judge',
  'candidate',
  'speaker',
  'leader',
  'minister',
  'official',
  'director',
  'ceo',
  'executive',
  'host',
  'anchor',
  'attorney',
  'lawyer',
  'senator-elect',
  'president-elect',
  'contender',
  'challenger',
  'incumbent',
  'democrat',
  'republican',
]);

/** Lower-case words allowed between `the` and the role noun: `the former presidential nominee`. */
export const ROLE_MODIFIERS: ReadonlySet<string> = new Set([
  'former',
  'presidential',
  'vice-presidential',
  'republican',
  'democratic',
  'gop',
  'real',
  'estate',
  'party',
  'state',
  'top',
  'senior',
  'junior',
  'new',
  'then',
  'current',
]);

/** How many words after `the` the role noun may stand: `the former Republican presidential nominee`. */
export const ROLE_LIMIT_WORDS = 4;

/** Speech verbs after an untyped name that make it a person for later pronouns: `Merkley said`. */
export const SPEAKER_VERBS: ReadonlySet<string> = new Set([
  'said',
  'says',
  'told',
  'added',
  'wrote',
  'argued',
  'asked',
  'continued',
  'recalled',
  'explained',
  'noted',
]);

/** Words right before a name that tell a man: honorifics and kin nouns ("her husband X"). */
export const MALE_CUES: ReadonlySet<string> = new Set([
  'mr',
  'sir',
  'lord',
  'king',
  'prince',
  'husband',
  'son',
  'father',
  'brother',
  'uncle',
  'nephew',
  'grandson',
  'widower',
  'monsieur',
  'señor',
  'herr',
]);

/** Words right before a name that tell a woman: "Mrs", "Begum", "his wife X". */
export const FEMALE_CUES: ReadonlySet<string> = new Set([
  'mrs',
  'ms',
  'miss',
  'madam',
  'madame',
  'mme',
  'lady',
  'dame',
  'queen',
  'princess',
  'begum',
  'wife',
  'widow',
  'daughter',
  'mother',
  'sister',
  'aunt',
  'niece',
  'granddaughter',
  'señora',
  'frau',
]);

/** Words after a pronoun that go on reporting what a speaker said or would not say. */
export const SPEECH_FOLLOWERS: ReadonlySet<string> = new Set([
  'declined',
  'refused',
  'gave',
  'quoted',
  'insisted',
  'stressed',
  'denied',
  'questioned',
]);
