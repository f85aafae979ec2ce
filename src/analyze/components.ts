import type { Component } from '../doc/pipeline.js';
import { createEventCoder } from '../events/index.js';
import { createCoreference } from '../nlp/coref/index.js';
import { createEntityRecogniser } from '../nlp/entities/index.js';
import { createLinker } from '../nlp/linking/index.js';
import { quotes } from '../nlp/quotes/index.js';
import { sentences } from '../nlp/sentences/index.js';
import { times } from '../nlp/times/index.js';
import { tokens } from '../nlp/tokens/index.js';
import type { Resources } from './resources.js';

/** The default pipeline, in data-flow order; each component reads only what earlier ones assign. */
export function defaultComponents(resources: Resources): Component[] {
  const { knowledge } = resources;
  return [
    tokens,
    sentences,
    times,
    createEntityRecogniser(knowledge),
    createLinker(knowledge),
    createCoreference(knowledge),
    quotes,
    createEventCoder(resources),
  ];
}
