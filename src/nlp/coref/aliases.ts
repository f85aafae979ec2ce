import type { Doc } from '../../doc/doc.js';
import type { Mention } from '../../doc/types.js';
import { isCapitalised, type SentenceWords } from '../entities/words.js';

/** Entity types whose later mentions by surname alone (`Stein said`) are resolved. */
const ALIAS_TYPES = new Set(['PERSON', 'MISC']);

/** The surname of each multi-word person (or untyped) name, when only one entity has it. */
function surnames(doc: Doc): Map<string, { entity: number; from: number }> {
  const found = new Map<string, { entity: number; from: number }>();
  const ambiguous = new Set<string>();
  for (const mention of doc.mentions) {
    if (!ALIAS_TYPES.has(mention.type) || mention.kind !== 'name' || mention.entity < 0) continue;
    const words = mention.text.split(/\s+/u);
    const last = words.at(-1) ?? '';
    if (words.length < 2 || !/^\p{Lu}\p{Ll}+$/u.test(last)) continue;
    const seen = found.get(last);
    if (seen && seen.entity !== mention.entity) ambiguous.add(last);
    else if (!seen) found.set(last, { entity: mention.entity, from: mention.end });
  }
  for (const name of ambiguous) found.delete(name);
  return found;
}

/**
 * Mentions by surname alone that the recogniser left out (`Stein said …` at the start of a
 * sentence, after `Jill Stein` was named): a capitalised word equal to the surname of exactly one
 * earlier multi-word name (or a later one, in the first sentence: a headline), standing alone,
 * refers to that name's entity.
 */
export function surnameMentions(doc: Doc, sentences: readonly SentenceWords[]): Mention[] {
  const names = surnames(doc);
  if (names.size === 0) return [];
  const covered = (start: number) => doc.mentions.some((m) => m.start <= start && start < m.end);
  const added: Mention[] = [];
  sentences.forEach((words, k) => {
    for (let i = 0; i < words.length; i++) {
      const name = names.get(words.word(i));
      // A headline names by surname whom the article names in full only later.
      if (!name || (words.start(i) < name.from && k > 0)) continue;
      if (isCapitalised(words.word(i - 1)) && i > 0) continue;
      if (isCapitalised(words.word(i + 1))) continue;
      if (covered(words.start(i))) continue;
      const target = doc.entities[name.entity];
      if (!target) continue;
      const span = doc.span(words.start(i), words.end(i));
      added.push({
        start: span.start,
        end: span.end,
        text: doc.slice(span),
        type: target.type,
        kind: 'name',
        entity: name.entity,
        key: `ref:${target.id}`,
        country: target.country,
      });
    }
  });
  return added;
}
