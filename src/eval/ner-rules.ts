import { Doc } from '../doc/doc.js';
import { Pipeline } from '../doc/pipeline.js';
import type { EntityType } from '../doc/types.js';
import { createEntityRecogniser } from '../nlp/entities/index.js';
import type { Knowledge } from '../nlp/knowledge/types.js';
import type { EntitySpan } from '../nlp/ner-model/labels.js';
import { sentences } from '../nlp/sentences/index.js';
import { tokens } from '../nlp/tokens/index.js';

const CONLL: Record<EntityType, string> = {
  PERSON: 'PER',
  ORG: 'ORG',
  GPE: 'LOC',
  LOC: 'LOC',
  NORP: 'MISC',
  MISC: 'MISC',
};

/**
 * The rule-based recogniser (no model) on one document's sentences, each written as its words
 * joined by spaces, one sentence per line; its mentions map to CoNLL types (GPE and LOC → LOC, NORP
 * → MISC) and count where they start and end on gold word boundaries.
 */
export function ruleSpans(kb: Knowledge): (doc: readonly { words: string[] }[]) => EntitySpan[][] {
  const pipeline = new Pipeline([tokens, sentences, createEntityRecogniser(kb)]);
  return (doc) => {
    const starts = new Map<number, [number, number]>();
    const ends = new Map<number, [number, number]>();
    let at = 0;
    doc.forEach((s, k) => {
      s.words.forEach((w, i) => {
        starts.set(at, [k, i]);
        ends.set(at + w.length, [k, i + 1]);
        at += w.length + 1;
      });
    });
    const text = doc.map((s) => s.words.join(' ')).join('\n');
    const out: EntitySpan[][] = doc.map(() => []);
    const analysed = pipeline.run(new Doc(text));
    for (const m of analysed.mentions) {
      if (m.kind !== 'name') continue;
      const from = starts.get(m.start);
      const to = ends.get(m.end);
      if (!from || !to || from[0] !== to[0]) continue;
      out[from[0]]?.push({ from: from[1], to: to[1], type: CONLL[m.type] });
    }
    return out;
  };
}
