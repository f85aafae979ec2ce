import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { type EntitySpan, spansOfIob } from './labels.js';

/** One sentence (or segment) of a NER set: words and gold spans over them. */
export interface NerSentence {
  words: string[];
  spans: EntitySpan[];
  /** The tags as written (IOB1 or IOB2), kept for scoring. */
  tags: string[];
}

/** A document: its sentences, in order (document-level features read all of them). */
export type NerDocument = NerSentence[];

export type NerFormat = 'conll2003' | 'iob2' | 'uner';

/** Reads a gzip or plain file as text. */
export function readText(path: string): string {
  const bytes = readFileSync(path);
  return (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString('utf8');
}

/**
 * Which format a text is in: 4 space-separated columns (CoNLL-2003), `# sent_id` comments and a
 * leading index column (UNER), else `token<TAB>tag` (ner-worldwide).
 */
export function sniffFormat(text: string): NerFormat {
  const lines = text.split('\n', 50).filter((l) => l.trim() !== '' && !l.startsWith('-DOCSTART-'));
  if (lines.some((l) => l.startsWith('# '))) return 'uner';
  const first = lines[0] ?? '';
  return !first.includes('\t') && first.split(' ').length === 4 ? 'conll2003' : 'iob2';
}

/**
 * Parses a NER file into documents. Tags are the last column (CoNLL-2003, ner-worldwide) or the
 * third (UNER); `map` renames or drops (`null` → O) types, e.g. UNER's `OTH`.
 */
export function parseNer(
  text: string,
  format: NerFormat = sniffFormat(text),
  map: (type: string) => string | null = (t) => t,
): NerDocument[] {
  const docs: NerDocument[] = [];
  let doc: NerDocument = [];
  let words: string[] = [];
  let tags: string[] = [];
  const endSentence = () => {
    if (words.length > 0) {
      const mapped = tags.map((t) => {
        if (t.length < 3) return 'O';
        const type = map(t.slice(2));
        return type === null ? 'O' : `${t.slice(0, 2)}${type}`;
      });
      doc.push({ words, spans: spansOfIob(mapped), tags: mapped });
    }
    words = [];
    tags = [];
  };
  const endDoc = () => {
    endSentence();
    if (doc.length > 0) docs.push(doc);
    doc = [];
  };
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/u, '');
    if (line.startsWith('-DOCSTART-')) {
      endDoc();
      continue;
    }
    if (line.startsWith('# newdoc')) {
      endDoc();
      continue;
    }
    if (line.startsWith('#') && format === 'uner') continue;
    if (line.trim() === '') {
      endSentence();
      continue;
    }
    const cols = format === 'conll2003' ? line.split(' ') : line.split('\t');
    if (format === 'uner') {
      words.push(cols[1] ?? '');
      tags.push(cols[2] === 'B-O' ? 'O' : (cols[2] ?? 'O'));
    } else {
      words.push(cols[0] ?? '');
      tags.push(cols[cols.length - 1] ?? 'O');
    }
  }
  endDoc();
  return docs;
}

export function readNer(path: string, map?: (type: string) => string | null): NerDocument[] {
  const text = readText(path);
  return parseNer(text, sniffFormat(text), map);
}
