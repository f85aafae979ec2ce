import { join } from 'node:path';
import { readText } from './io.js';

/**
 * Words that English text writes in lower case more often than capitalised, counted over the UD
 * English EWT and GUM training sets (used only as a filter here, nothing of them is written out).
 * A name variant or alias that is one such word ("target", "chance") would fire on ordinary prose.
 */
export function commonLowercaseWords(shared: string): Set<string> {
  const lower = new Map<string, number>();
  const upper = new Map<string, number>();
  const files = [
    'ud-english-ewt/en_ewt-ud-train.conllu.gz',
    'ud-english-gum/en_gum-ud-train.conllu.gz',
  ];
  for (const file of files) {
    for (const line of readText(join(shared, file)).split('\n')) {
      if (line === '' || line.startsWith('#')) continue;
      const form = line.split('\t')[1];
      if (form === undefined || !/^[A-Za-z][a-z'-]*$/.test(form)) continue;
      const key = form.toLowerCase();
      const counts = form === key ? lower : upper;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const common = new Set<string>();
  for (const [word, n] of lower) {
    if (n >= 2 && n >= (upper.get(word) ?? 0)) common.add(word);
  }
  return common;
}
