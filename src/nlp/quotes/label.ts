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
  const matching = peopleByLastWord(doc).get(word);
  return matching?.length === 1 ? (matching[0] ?? null) : null;
}

/**
 * The people of the article (PERSON or MISC, not named in capitals only, which is the label
 * itself) by the last word of their name, lower-cased. Built once per document and extended as
 * entities are appended (the stage only appends them), instead of a scan of every entity per call.
 */
const PEOPLE_BY_LAST_WORD = new WeakMap<
  Doc,
  { entities: Doc['entities']; indexed: number; byWord: Map<string, number[]> }
>();

function peopleByLastWord(doc: Doc): ReadonlyMap<string, readonly number[]> {
  let cached = PEOPLE_BY_LAST_WORD.get(doc);
  if (!cached || cached.entities !== doc.entities || cached.indexed > doc.entities.length) {
    cached = { entities: doc.entities, indexed: 0, byWord: new Map() };
    PEOPLE_BY_LAST_WORD.set(doc, cached);
  }
  for (; cached.indexed < doc.entities.length; cached.indexed++) {
    const entity = doc.entities[cached.indexed];
    if (!entity || (entity.type !== 'PERSON' && entity.type !== 'MISC')) continue;
    if (entity.name === entity.name.toUpperCase()) continue;
    const last = lastWordOf(entity.name.toLowerCase());
    const indices = cached.byWord.get(last);
    if (indices) indices.push(cached.indexed);
    else cached.byWord.set(last, [cached.indexed]);
  }
  return cached.byWord;
}

/** What follows the last whitespace of `name` (`split(/\s+/u).at(-1)` without the array). */
function lastWordOf(name: string): string {
  let start = name.length;
  while (start > 0 && !isWhitespace(name.charCodeAt(start - 1))) start--;
  return name.slice(start);
}

const WHITESPACE = /^\s$/u;

function isWhitespace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return WHITESPACE.test(String.fromCharCode(code));
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
