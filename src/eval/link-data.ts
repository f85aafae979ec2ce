import { readFileSync } from 'node:fs';
import { type NerDocument, readNer } from '../nlp/ner-model/conll.js';

/** The sets a linking gold row can point into, by name, with the date their articles are read on. */
export const LINK_SOURCES: Record<string, { path: string; published: string }> = {
  'conll-testa': { path: 'ner-conll2003/eng.testa.gz', published: '1996-08-30' },
  'worldwide-dev': { path: 'ner-worldwide/worldwide.dev.conll.gz', published: '2022-07-01' },
};

/** One gold mention: where it is (source, document, sentence, n-th occurrence of its text there). */
export interface LinkGoldRow {
  readonly line: number;
  readonly source: string;
  readonly doc: number;
  readonly sentence: number;
  readonly text: string;
  readonly nth: number;
  /** name, title (a titled name), metonym, surname, nominal or pronoun. */
  readonly kind: string;
  /** Expected actor code; null ('-'): not a political actor; '*': not scored (unnamed referent). */
  readonly actor: string | null;
  /** For references (pronouns, nominals, surnames): the full name of the person meant. */
  readonly refers: string | null;
}

const NO_SPACE_BEFORE = /^(?:[.,;:!?%)\]}'”’]|'s|n't|’s)$/u;
const NO_SPACE_AFTER = /^[([{“‘$]$/u;

/** A document's text from its words (one line per sentence), and where each sentence starts. */
export function documentText(doc: NerDocument): { text: string; starts: number[] } {
  let text = '';
  const starts: number[] = [];
  for (const sentence of doc) {
    if (text !== '') text += '\n';
    starts.push(text.length);
    let line = '';
    let glue = true;
    let previous = '';
    for (const word of sentence.words) {
      // ner-worldwide splits "Suk-yeol" and "Yoon’s" into "Suk - yeol" and "Yoon’ s".
      const joins = word === '-' || (word === 's' && /^['’]$/u.test(previous));
      if (!glue && !joins && !NO_SPACE_BEFORE.test(word)) line += ' ';
      line += word;
      glue = NO_SPACE_AFTER.test(word) || word === '-';
      previous = word;
    }
    text += line;
  }
  return { text, starts };
}

const cache = new Map<string, NerDocument[]>();

/** The documents of a source, with -DOCSTART- splits as the reader gives them. */
export function sourceDocuments(shared: string, source: string): NerDocument[] {
  const known = LINK_SOURCES[source];
  if (!known) throw new Error(`unknown source ${source} (${Object.keys(LINK_SOURCES).join(', ')})`);
  let docs = cache.get(source);
  if (!docs) {
    docs = readNer(`${shared}/${known.path}`);
    cache.set(source, docs);
  }
  return docs;
}

/** Parses the gold TSV: a header row, `#` comments; errors name the file and line. */
export function readLinkGold(path: string): LinkGoldRow[] {
  const rows: LinkGoldRow[] = [];
  const lines = readFileSync(path, 'utf8').split(/\r?\n/u);
  lines.forEach((raw, index) => {
    if (raw.trim() === '' || raw.startsWith('#') || raw.startsWith('source\t')) return;
    const cells = raw.split('\t');
    const [source, doc, sentence, text, nth, kind, actor, refers = ''] = cells;
    const line = index + 1;
    if (cells.length < 7 || !source || !text || !kind || !actor || !LINK_SOURCES[source])
      throw new Error(`${path}:${line}: expected source doc sentence text nth kind actor [refers]`);
    rows.push({
      line,
      source,
      doc: Number(doc),
      sentence: Number(sentence),
      text,
      nth: Number(nth),
      kind,
      actor: actor === '-' ? null : actor,
      refers: refers.trim() === '' ? null : refers.trim(),
    });
  });
  return rows;
}

/** Character span of the n-th (1-based) whole-word occurrence of `needle` in a sentence. */
export function occurrence(
  text: string,
  sentenceStart: number,
  needle: string,
  nth: number,
): { start: number; end: number } | undefined {
  const end = text.indexOf('\n', sentenceStart);
  const line = text.slice(sentenceStart, end < 0 ? text.length : end);
  const word = /[\p{L}\p{N}]/u;
  let seen = 0;
  for (let at = line.indexOf(needle); at >= 0; at = line.indexOf(needle, at + 1)) {
    const before = line[at - 1] ?? ' ';
    const after = line[at + needle.length] ?? ' ';
    if (word.test(before) || word.test(after)) continue;
    seen++;
    if (seen === nth) return { start: sentenceStart + at, end: sentenceStart + at + needle.length };
  }
  return undefined;
}
