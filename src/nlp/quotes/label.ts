import type { Doc } from '../../doc/doc.js';
import { spansWithin } from '../../doc/spans.js';
import { SPEAKER_LABEL } from './marks.js';
import { isAuxiliary, isSpeaker } from './speakers.js';

/**
 * The speaker named by a transcript label opening a quote (`"PENCE: Well, …`): the one person of
 * the article whose name ends with the label's last word (`Mike Pence`), else a name recognised on
 * the label itself, else null.
 */
export function labelSpeaker(doc: Doc, contentStart: number): number | null {
  const label = SPEAKER_LABEL.exec(doc.text.slice(contentStart, contentStart + 40))?.[0];
  if (!label) return null;
  const on = spansWithin(doc.mentions, contentStart, contentStart + label.length).find(isSpeaker);
  return personNamed(doc, label.replace(/:$/u, '')) ?? on?.entity ?? null;
}

/** The one person of the article whose name ends with the last word of `label`, if exactly one. */
export function personNamed(doc: Doc, label: string): number | null {
  const word = label.trim().split(/\s+/u).at(-1)?.toLowerCase() ?? '';
  const matching = doc.entities.flatMap((entity, index) => {
    const person = entity.type === 'PERSON' || entity.type === 'MISC';
    const named = entity.name !== entity.name.toUpperCase(); // not the label itself
    const last = entity.name.toLowerCase().split(/\s+/u).at(-1);
    return person && named && last === word ? [index] : [];
  });
  return matching.length === 1 ? (matching[0] ?? null) : null;
}

/** A capitalised surname: `King`, `O'Neill`, `Wines`. */
const SURNAME = /^\p{Lu}[\p{Ll}'’-]+$/u;

/**
 * `Mr. King said`, `Wines believes` when the recogniser found no name there: the one person of
 * the article whose name ends with the word right before the verb at token `verb` (auxiliaries
 * skipped), not before offset `from`; else null.
 */
export function surnameBefore(doc: Doc, verb: number, from: number): number | null {
  let end = verb - 1;
  while (end > 0 && doc.tokens.start(end) >= from && isAuxiliary(doc.tokenText(end))) end--;
  if (end < 0 || doc.tokens.start(end) < from) return null;
  const word = doc.tokenText(end);
  return SURNAME.test(word) ? personNamed(doc, word) : null;
}
