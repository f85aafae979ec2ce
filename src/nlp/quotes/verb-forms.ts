/**
 * Inflected forms of verbs, so cue lists can be written as lemmas. An entry is a lemma
 * (`warn` → warn, warns, warned, warning) or `lemma:past` when the past is irregular or doubles its
 * consonant (`say:said`, `admit:admitted`, `write:wrote:written`); the -ing form follows the past's
 * doubling (`admitting`). A leading `~` marks a lemma that is also a common noun (`~report`): only
 * its past and -ing forms are cues, since `the report` and `reports` are mostly nouns.
 */

function thirdPerson(lemma: string): string {
  if (/(?:s|x|z|ch|sh)$/u.test(lemma)) return `${lemma}es`;
  if (/[^aeiou]y$/u.test(lemma)) return `${lemma.slice(0, -1)}ies`;
  return `${lemma}s`;
}

function regularPast(lemma: string): string {
  if (lemma.endsWith('e')) return `${lemma}d`;
  if (/[^aeiou]y$/u.test(lemma)) return `${lemma.slice(0, -1)}ied`;
  return `${lemma}ed`;
}

function presentParticiple(lemma: string, past: string): string {
  if (lemma.endsWith('ie')) return `${lemma.slice(0, -2)}ying`;
  if (/[^aeioy]e$/u.test(lemma)) return `${lemma.slice(0, -1)}ing`;
  const doubled = past.length === lemma.length + 3 && past.endsWith(`${lemma.at(-1)}ed`);
  return doubled ? `${past.slice(0, -2)}ing` : `${lemma}ing`;
}

/** The forms of one entry; throws on an empty or malformed entry so a bad list fails at load. */
export function verbForms(entry: string): string[] {
  const nounLike = entry.startsWith('~');
  const [lemma, past, participle, ...rest] = entry.replace(/^~/u, '').split(':');
  if (!lemma || !/^[a-z]+(?: [a-z]+)?$/u.test(lemma) || rest.length > 0)
    throw new Error(`verb list entry "${entry}" is not lemma[:past[:participle]]`);
  const [verb, particle] = lemma.split(' ') as [string, string | undefined];
  const pastForm = past || regularPast(verb);
  const forms = [
    ...(nounLike ? [] : [verb, thirdPerson(verb)]),
    pastForm,
    participle || pastForm,
    presentParticiple(verb, pastForm),
  ];
  return [...new Set(forms)].map((form) => (particle ? `${form} ${particle}` : form));
}

/** All forms of all entries, lower-cased. */
export function verbSet(entries: readonly string[]): ReadonlySet<string> {
  return new Set(entries.flatMap(verbForms));
}
