/** Verbs that report speech; each form is listed, there is no lemmatiser yet. */
export const SPEECH_CUES: ReadonlySet<string> = new Set([
  'said',
  'says',
  'say',
  'told',
  'tells',
  'added',
  'adds',
  'stated',
  'states',
  'warned',
  'warns',
  'insisted',
  'insists',
  'denied',
  'denies',
  'claimed',
  'claims',
  'noted',
  'notes',
  'argued',
  'argues',
  'announced',
  'announces',
  'explained',
  'explains',
  'wrote',
  'writes',
  'tweeted',
  'asked',
  'asks',
  'replied',
  'replies',
  'stressed',
  'stresses',
  'emphasised',
  'emphasized',
  'declared',
  'declares',
  'acknowledged',
  'admitted',
  'urged',
  'urges',
  'vowed',
  'vows',
  'pledged',
  'remarked',
  'observed',
  'assured',
  'reiterated',
]);

/** Verbs that put a word or phrase in someone's mouth: `called the trust "unprecedented"`. */
export const NAMING_CUES: ReadonlySet<string> = new Set([
  'called',
  'calls',
  'described',
  'describes',
  'labeled',
  'labelled',
  'termed',
  'dubbed',
  'branded',
]);

/** Words allowed between a speaker and the cue: `Shoigu had said`. */
export const AUXILIARIES: ReadonlySet<string> = new Set([
  'had',
  'has',
  'have',
  'also',
  'later',
  'then',
]);

/** Speech cues whose object is the audience, skipped before the reported clause. */
export const AUDIENCE_CUES: ReadonlySet<string> = new Set([
  'told',
  'tells',
  'assured',
  'urged',
  'asked',
]);

/** Longest direct quotation, in characters: bounds a quote whose closing mark is missing. */
export const MAX_QUOTE_CHARS = 4000;

/** Quotes of at most this many words inside a sentence are partial (`"unprecedented"`). */
export const PARTIAL_MAX_WORDS = 4;
