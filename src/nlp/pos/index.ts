import type { Doc } from '../../doc/doc.js';
import type { Component } from '../../doc/pipeline.js';
import type { PosModel } from './model.js';
import { tagInto } from './tagger.js';

export { loadPosModel, type PosModel } from './model.js';
export { tagWords } from './tagger.js';

/** The `pos` component: tags each sentence's tokens with UPOS ids into `doc.pos`. */
export function createPosTagger(model: PosModel): Component {
  return {
    name: 'pos',
    requires: ['tokens', 'sentences'],
    assigns: ['pos'],
    run(doc: Doc): void {
      const pos = new Uint8Array(doc.tokens.length);
      const words: string[] = [];
      for (const sentence of doc.sentences) {
        words.length = 0;
        for (let i = sentence.firstToken; i < sentence.endToken; i++) words.push(doc.tokenText(i));
        tagInto(model, words, pos, sentence.firstToken);
      }
      doc.pos = pos;
    },
  };
}
