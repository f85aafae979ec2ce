/** Last words that make a capitalised name an organisation. */
export const ORGANISATION_HEADS: ReadonlySet<string> = new Set([
  'agency', 'army', 'association', 'assembly', 'authority', 'bank', 'board', 'bureau', 'cabinet',
  'center', 'centre', 'church', 'coalition', 'college', 'commission', 'committee', 'company',
  'congress', 'corp', 'corp.', 'corporation', 'council', 'court', 'department', 'federation',
  'forces', 'foundation', 'front', 'fund', 'group', 'guard', 'inc', 'inc.', 'institute', 'league',
  'ltd', 'ltd.', 'media', 'ministry', 'movement', 'navy', 'news', 'office', 'organisation',
  'organization', 'parliament', 'party', 'plc', 'police', 'post', 'press', 'service', 'services',
  'society', 'times', 'tribune', 'union', 'university', 'agency',
]);

/** Lower-case words allowed inside a capitalised name ("Ministry of Defence", "Bank of England"). */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', 'de', 'al', 'bin', 'von', 'van']);

/** Capitalised words that start sentences or headlines but are not names. */
export const NON_NAME_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'he', 'she', 'it', 'we', 'they', 'i', 'you',
  'his', 'her', 'its', 'our', 'their', 'my', 'your', 'there', 'here', 'and', 'but', 'or', 'so',
  'if', 'when', 'while', 'as', 'at', 'in', 'on', 'of', 'for', 'to', 'by', 'with', 'from', 'after',
  'before', 'during', 'since', 'until', 'according', 'also', 'having', 'both', 'all', 'some',
  'many', 'most', 'more', 'no', 'not', 'one', 'two', 'three', 'read', 'follow', 'share', 'click',
  'subscribe', 'advertisement', 'however', 'meanwhile', 'yet', 'still', 'now', 'then', 'today',
  'yesterday', 'tomorrow', 'last', 'next', 'earlier', 'later', 'what', 'who', 'why', 'how',
  'where', 'which', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december', 'mr', 'mrs', 'ms', 'dr', 'day', 'summit', 'talks',
]);

/** Words after a capitalised run that mark it as a person who speaks. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'told', 'added', 'stated', 'warned', 'insisted', 'denied', 'claimed', 'noted',
  'argued', 'announced', 'explained', 'wrote', 'tweeted', 'asked', 'replied',
]);

/** Last words that make a capitalised name an event or occasion, not a person ("Republic Day"). */
export const OCCASION_HEADS: ReadonlySet<string> = new Set([
  'day', 'days', 'week', 'summit', 'games', 'cup', 'festival', 'conference', 'forum', 'war',
  'award', 'awards', 'olympics', 'championship', 'election', 'elections', 'talks', 'agreement',
  'treaty', 'accord', 'accords', 'act', 'declaration', 'initiative', 'plan', 'programme', 'program',
  'revolution', 'crisis', 'year', 'eve', 'season', 'series', 'prize', 'expo', 'show',
]);
