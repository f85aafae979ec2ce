import { WEEKDAYS } from '../times/vocabulary.js';
import {
  OBJECT_VERB_PAIRS,
  OBJECT_VERBS,
  SPEECH_VERB_PAIRS,
  SPEECH_VERBS,
  THAT_VERBS,
} from './cue-verbs.js';

/** Verbs that report speech: the lemmas of cue-verbs.ts inflected, and forms listed here. */
export const SPEECH_CUES: ReadonlySet<string> = new Set([
  ...SPEECH_VERBS,
  'said',
  'says',
  'say',
  'told',
  'tells',
  'added',
  'adds',
  'stated',
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
  'recalled',
  'recalls',
  'demanded',
  'wondered',
  'pressed',
  'shouted',
  'chanted',
  'sings',
  'sang',
  'asking',
  'confirmed',
  'confirms',
  'alleged',
  'alleges',
  'charged',
  'contended',
  'contends',
  'conceded',
  'concedes',
  'complained',
  'complains',
  'continued',
  'concluded',
  'predicted',
  'predicts',
  'promised',
  'promises',
  'suggested',
  'suggests',
  'reported',
  'reports',
  'testified',
  'responded',
  'recounted',
  'joked',
  'quipped',
  'tweeting',
  'saying',
  'telling',
  'adding',
  'arguing',
  'warning',
  'noting',
  'insisting',
  'claiming',
  'announcing',
  'explaining',
]);

/**
 * Verbs whose object is what was said, asked for or stood for (`called for an inquiry`,
 * `criticized the plan`, `wants to raise taxes`): the object, to the end of the sentence, is the
 * attributed content.
 */
export const OBJECT_CUES: ReadonlySet<string> = new Set([
  ...OBJECT_VERBS,
  'cited',
  'cites',
  'citing',
  'criticized',
  'criticised',
  'criticizes',
  'criticizing',
  'attacked',
  'attacks',
  'attacking',
  'questioned',
  'questions',
  'mentioned',
  'mentions',
  'wants',
  'want',
  'wanted',
  'plans',
  'planned',
  'promising',
  'supports',
  'supported',
  'echoed',
  'echoes',
  'defended',
  'defends',
  'praised',
  'praises',
  'blamed',
  'blames',
  'accused',
  'accuses',
  'denounced',
  'denounces',
  'condemned',
  'condemns',
  'slammed',
  'blasted',
  'rejected',
  'rejects',
  'dismissed',
  'demanded',
  'demands',
  'proposed',
  'proposes',
  'endorsed',
  'touted',
  'touts',
  'highlighted',
  'emphasizing',
  'predicting',
  'vowing',
  'pledging',
  'calling',
  'mocked',
  'mocks',
  'ridiculed',
  'refused',
  'refuses',
  'declined',
  'discussed',
  'discusses',
  'addressed',
  'addresses',
  'shows',
  'showed',
  'show',
  'shown',
  'found',
  'finds',
  'seeks',
  'sought',
]);

/** Two-word cues read like OBJECT_CUES: `called for`, `pointed to`, `called on`. */
export const OBJECT_CUE_PAIRS: ReadonlySet<string> = new Set([
  ...OBJECT_VERB_PAIRS,
  ...SPEECH_VERB_PAIRS,
  'called for',
  'calls for',
  'calling for',
  'call for',
  'called on',
  'calls on',
  'pointed to',
  'points to',
  'took aim',
  'weighed in',
]);

/**
 * Verbs of belief and finding that report content only with an explicit `that`:
 * `Trump believes that …`, `the poll found that …` (but not `believes in`).
 */
export const THAT_CUES: ReadonlySet<string> = new Set([
  ...THAT_VERBS,
  'believe',
  'believes',
  'believed',
  'think',
  'thinks',
  'thought',
  'know',
  'knows',
  'knew',
  'found',
  'finds',
  'showed',
  'shows',
  'show',
  'estimated',
  'estimates',
  'hope',
  'hopes',
  'hoped',
  'feel',
  'feels',
  'felt',
  'indicated',
  'indicates',
  'agreed',
  'agrees',
  'acknowledges',
  'admits',
  'learned',
  'revealed',
  'reveals',
  'signaled',
  'signalled',
  'worried',
  'fear',
  'fears',
  'feared',
  'expect',
  'expects',
  'expected',
]);

/** Verbs of belief that take a clause without `that`: `Obama believes his efforts will …`. */
export const BELIEF_CUES: ReadonlySet<string> = new Set([
  'believe',
  'believes',
  'believed',
  'think',
  'thinks',
  'thought',
  'suspects',
  'suspected',
  'fears',
  'feared',
  'worries',
  'worried',
  'doubts',
  'doubted',
  'insists',
  'insisted',
  'hopes',
  'hoped',
  'suspect',
  'expect',
  'expects',
]);

/** Verbs that put a word or phrase in someone's mouth: `called the trust "unprecedented"`. */
export const NAMING_CUES: ReadonlySet<string> = new Set([
  'call',
  'called',
  'calls',
  'describe',
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
  'again',
  'repeatedly',
  'previously',
  'reportedly',
  'once',
  'just',
  'recently',
  'publicly',
  'is',
  'was',
  'are',
  'were',
  'been',
  'would',
  'will',
  'did',
  'not',
  'never',
  // Floating quantifiers: `Brown and Menendez all suggested`, `the two both said`.
  'all',
  'both',
]);

/** Speech cues whose object is the audience, skipped before the reported clause. */
export const AUDIENCE_CUES: ReadonlySet<string> = new Set([
  'told',
  'tells',
  'assured',
  'urged',
  'asked',
  'telling',
  'informed',
  'reminded',
  'reminds',
]);

/** `…, Grassley told POLITICO`: after these a name is the audience, never the subject (`…, asked Smith` is). */
export const AUDIENCE_ONLY_CUES: ReadonlySet<string> = new Set(
  [...AUDIENCE_CUES].filter((word) => word !== 'asked'),
);

/** Longest appositive between a speaker's name and the cue: `Kimball, director of the ACA, said`. */
export const MAX_APPOSITIVE_WORDS = 30;

/** Words that may stand between a cue and `that`: `said on Monday that`, `told CNN's host that`. */
export const MAX_WORDS_BEFORE_THAT = 10;

/**
 * First words after a cue that put a phrase before `that` (`said on Monday that`, `said Tuesday
 * that`); any other word opens the reported clause itself (`said he was convinced that …`).
 */
export const BEFORE_THAT_OPENERS: ReadonlySet<string> = new Set([
  'that',
  'on',
  'in',
  'at',
  'during',
  'after',
  'before',
  'to',
  'last',
  'this',
  'earlier',
  'later',
  'yesterday',
  'today',
  ...WEEKDAYS.map((day) => day.toLowerCase()),
  'repeatedly',
  'again',
  'privately',
  'publicly',
  'recently',
  'previously',
  'via',
  'through',
  'over',
]);

/** Words before a cue that show it has no subject of its own: `Having pledged …`, `being told`. */
export const NO_SUBJECT_BEFORE: ReadonlySet<string> = new Set(['having', 'be', 'been', 'being']);

/** Words before a cue word that make it a noun: `the report`, `his claims`, `a call for`. */
export const NOUN_MARKERS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'his',
  'her',
  'their',
  'its',
  'our',
  'my',
  'your',
  'this',
  'these',
  'those',
  'no',
  'any',
  'every',
  'each',
  'whose',
  'of',
  'for',
  'with',
  'by',
]);

/** Nouns that name who speaks without a name: `said one GOP source`, `a senior official said`. */
export const SOURCE_NOUNS: ReadonlySet<string> = new Set([
  'source',
  'sources',
  'official',
  'officials',
  'aide',
  'aides',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'person',
  'people',
  'adviser',
  'advisers',
  'advisor',
  'advisors',
  'analyst',
  'analysts',
  'expert',
  'experts',
  'lawmaker',
  'lawmakers',
  'member',
  'members',
  'officer',
  'officers',
  'statement',
  'report',
  'spokesmen',
  'executive',
  'executives',
  'strategist',
  'strategists',
  'staffer',
  'staffers',
]);

/** Pronouns whose speaker is the one of the quote before when coreference left them unresolved. */
export const SPEAKER_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she']);

/**
 * Phrases that attribute a sentence to a source: `according to X`, `as reported by X`. Their
 * source is the named entity after them, or none (`According to reports`).
 */
export const SOURCE_PHRASES: readonly (readonly string[])[] = [
  ['according', 'to'],
  ['as', 'reported', 'by'],
  ['as', 'reported', 'in'],
  ['reported', 'by'],
];

/** Longest direct quotation, in characters: bounds a quote whose closing mark is missing. */
export const MAX_QUOTE_CHARS = 4000;

/** Quotes of at most this many words inside a sentence are partial (`"unprecedented"`). */
export const PARTIAL_MAX_WORDS = 4;

/**
 * Hedges that attribute a statement to no one in particular (`is expected to`, `seemed to`,
 * `reportedly`), each a sequence of words with `|` between alternatives. Kept are those PolNeAR's
 * train split annotates as attribution cues at least half the time (`apparently`, `likely to`,
 * `seems to` are not).
 */
export const HEDGE_PATTERNS: readonly (readonly ReadonlySet<string>[])[] = hedgePatterns([
  'is|are|was|were|be|been expected to',
  'is|are|was|were|be|been widely expected to',
  'seemed to',
  'appeared to',
  'appears to',
  'reportedly',
  'is|are|was|were seen as',
  'is|are|was|were said to',
]);

/**
 * The word of each hedge pattern that is rarest in text (`expected`, not `is`), for a quick test
 * per token: the last word of the pattern that is not `to` or `as`.
 */
export const HEDGE_ANCHORS: ReadonlyMap<string, number[]> = (() => {
  const anchors = new Map<string, number[]>();
  HEDGE_PATTERNS.forEach((pattern, index) => {
    const last = pattern.length - 1;
    const at =
      pattern.length > 1 && /^(?:to|as)$/u.test([...(pattern[last] ?? [])][0] ?? '')
        ? last - 1
        : last;
    for (const word of pattern[at] ?? []) anchors.set(word, [...(anchors.get(word) ?? []), index]);
  });
  return anchors;
})();

function hedgePatterns(entries: readonly string[]): ReadonlySet<string>[][] {
  return entries.map((entry) => {
    const words = entry.split(' ');
    if (words.some((w) => !/^[a-z]+(?:\|[a-z]+)*$/u.test(w)))
      throw new Error(`hedge pattern "${entry}" is not words with | between alternatives`);
    return words.map((w) => new Set(w.split('|')));
  });
}

/** Forms of `continue`, which carries a verb after it (`continued to defend`, `continues fighting`). */
export const CONTINUE_FORMS = /^(?:continue|continues|continued|continuing)$/iu;
