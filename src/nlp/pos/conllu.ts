import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

export interface ConlluWord {
  form: string;
  upos: string;
  xpos: string;
}

/** A surface token: one word, or a multiword token (`don't` = words `do`, `n't`). */
export interface ConlluToken {
  form: string;
  /** Its words are `words[firstWord .. endWord)`. */
  firstWord: number;
  endWord: number;
}

export interface ConlluSentence {
  id: string;
  /** The `# text =` comment, or the forms joined by spaces when it is missing. */
  text: string;
  words: ConlluWord[];
  tokens: ConlluToken[];
}

/**
 * Parses CoNLL-U (https://universaldependencies.org/format.html). Empty nodes (`8.1`) are skipped;
 * a multiword range (`3-4`) becomes one surface token over its words.
 */
export function parseConllu(source: string): ConlluSentence[] {
  const sentences: ConlluSentence[] = [];
  let current: ConlluSentence = { id: '', text: '', words: [], tokens: [] };
  let rangeEnd = 0;
  const flush = () => {
    if (current.words.length > 0) {
      if (!current.text) current.text = current.tokens.map((t) => t.form).join(' ');
      sentences.push(current);
    }
    current = { id: '', text: '', words: [], tokens: [] };
    rangeEnd = 0;
  };
  for (const line of source.split(/\r?\n/u)) {
    if (line.trim() === '') {
      flush();
      continue;
    }
    if (line.startsWith('#')) {
      const comment = /^#\s*(sent_id|text)\s*=\s?(.*)$/u.exec(line);
      if (comment?.[1] === 'sent_id') current.id = comment[2] ?? '';
      if (comment?.[1] === 'text') current.text = comment[2] ?? '';
      continue;
    }
    const cols = line.split('\t');
    const id = cols[0] ?? '';
    const form = cols[1] ?? '';
    const range = /^(\d+)-(\d+)$/u.exec(id);
    if (range) {
      const first = current.words.length;
      rangeEnd = Number(range[2]);
      const endWord = first + rangeEnd - Number(range[1]) + 1;
      current.tokens.push({ form, firstWord: first, endWord });
      continue;
    }
    if (!/^\d+$/u.test(id)) continue;
    if (Number(id) > rangeEnd) {
      const at = current.words.length;
      current.tokens.push({ form, firstWord: at, endWord: at + 1 });
    }
    current.words.push({ form, upos: cols[3] ?? '_', xpos: cols[4] ?? '_' });
  }
  flush();
  return sentences;
}

/** Reads a `.conllu` or `.conllu.gz` file. */
export function readConllu(path: string): ConlluSentence[] {
  const bytes = readFileSync(path);
  const text = (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString(
    'utf8',
  );
  return parseConllu(text);
}
