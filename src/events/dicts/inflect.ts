const VOWEL = /[aeiou]/u;

/** A short word ending consonant-vowel-consonant doubles its last letter: plan → planned. */
function doubles(word: string): boolean {
  const [a, b, c] = [word.at(-3) ?? '', word.at(-2) ?? '', word.at(-1) ?? ''];
  return !VOWEL.test(a) && VOWEL.test(b) && /[bdgklmnprt]/u.test(c) && word.length <= 6;
}

/** The regular forms of an English verb: base, -s, -ed, -ing (with the usual spelling rules). */
export function regularForms(verb: string): string[] {
  const forms = new Set([verb]);
  if (/(?:s|x|z|ch|sh)$/u.test(verb)) forms.add(`${verb}es`);
  else if (/[^aeiou]y$/u.test(verb)) forms.add(`${verb.slice(0, -1)}ies`);
  else forms.add(`${verb}s`);
  if (verb.endsWith('e')) forms.add(`${verb}d`);
  else if (/[^aeiou]y$/u.test(verb)) forms.add(`${verb.slice(0, -1)}ied`);
  else forms.add(`${verb}ed`);
  if (/[^e]e$/u.test(verb)) forms.add(`${verb.slice(0, -1)}ing`);
  else forms.add(`${verb}ing`);
  if (doubles(verb)) {
    const d = `${verb}${verb.at(-1)}`;
    forms.add(`${d}ed`);
    forms.add(`${d}ing`);
  }
  return [...forms];
}
