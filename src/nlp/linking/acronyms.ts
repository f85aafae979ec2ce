import type { Doc } from '../../doc/doc.js';
import type { Mention } from '../../doc/types.js';

const ACRONYM = /^\p{Lu}[\p{Lu}&.]{1,7}$/u;

/** "Election Commission" → "EC": the initials of its capitalised words. */
function initials(text: string): string {
  return text
    .split(/[\s-]+/u)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

/**
 * Acronyms an article defines in brackets after a name ("the Election Commission (EC)") and that
 * the tables do not know: their key → the full name's key, so later "EC" joins its entity. The
 * acronym must be the name's initials, or begin as they do.
 */
export function acronymAliases(doc: Doc): Map<string, string> {
  const aliases = new Map<string, string>();
  const names = doc.mentions.filter((m) => m.kind === 'name');
  for (let i = 0; i + 1 < names.length; i++) {
    const full = names[i] as Mention;
    const short = names[i + 1] as Mention;
    if (!short.key.startsWith('name:') || !ACRONYM.test(short.text)) continue;
    const between = doc.text.slice(full.end, short.start).trim();
    const closes = doc.text
      .slice(short.end, short.end + 3)
      .trimStart()
      .startsWith(')');
    if (between !== '(' || !closes || full.text.split(/\s+/u).length < 2) continue;
    const letters = short.text.replace(/[&.]/gu, '');
    const first = initials(full.text);
    if (first === letters || (letters.length >= 2 && first.startsWith(letters))) {
      if (!aliases.has(short.key)) aliases.set(short.key, full.key);
    }
  }
  return aliases;
}
