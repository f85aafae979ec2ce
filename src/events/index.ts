import type { Component } from '../doc/pipeline.js';
import type { Codebook } from './codebook.js';
import { codeSentence, indexPatterns } from './coder.js';
import type { VerbPattern } from './patterns.js';

export interface EventCoderOptions {
  readonly codebook: Codebook;
  readonly patterns: readonly VerbPattern[];
}

/** CAMEO events from each sentence's actors and a verb-pattern dictionary. */
export function createEventCoder(options: EventCoderOptions): Component {
  const triggers = indexPatterns(options.patterns);
  return {
    name: 'events',
    requires: ['sentences', 'entities', 'times'],
    assigns: ['events'],
    run(doc) {
      const context = { doc, codebook: options.codebook, triggers };
      doc.events = doc.sentences.flatMap((sentence) => codeSentence(context, sentence));
    },
  };
}
