/** Abbreviations that keep their final period inside the token (lower-cased, without the period). */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cmdr', 'adm', 'sgt', 'cpl',
  'sen', 'rep', 'gov', 'pres', 'amb', 'rev', 'hon', 'st', 'sr', 'jr', 'messrs', 'mt', 'ft',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thurs', 'fri', 'sat', 'sun',
  'inc', 'corp', 'co', 'ltd', 'plc', 'bros', 'dept', 'univ', 'assn', 'est', 'approx',
  'no', 'nos', 'vol', 'vs', 'etc', 'al', 'fig', 'pp', 'p', 'ca',
]);

/** Abbreviations that also commonly end a sentence, so a following capital still starts a new one. */
export const SENTENCE_FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'inc', 'corp', 'co', 'ltd', 'plc', 'etc', 'jr', 'sr',
]);
