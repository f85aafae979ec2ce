import type { Doc } from '../../doc/doc.js';
import { spansWithin } from '../../doc/spans.js';

/**
 * Makes the pronoun at `[start, end)` a mention of `entity`, as coreference would have, when the
 * quote stage resolves it (`it further wrote`, `economists who argue`). False when the entity is
 * unknown or a mention already stands there. The caller reindexes the mentions.
 */
export function addPronounMention(doc: Doc, start: number, end: number, entity: number): boolean {
  const target = doc.entities[entity];
  if (!target || spansWithin(doc.mentions, start, end).some((m) => m.start === start)) return false;
  doc.mentions.push({
    start,
    end,
    text: doc.text.slice(start, end),
    type: target.type,
    kind: 'pronoun',
    entity,
    key: `ref:${target.id}`,
    country: target.country,
  });
  return true;
}
