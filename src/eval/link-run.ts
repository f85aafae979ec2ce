import { defaultComponents } from '../analyze/components.js';
import { defaultResources } from '../analyze/resources.js';
import { Doc } from '../doc/doc.js';
import { Pipeline } from '../doc/pipeline.js';

let pipeline: Pipeline | undefined;

/** Runs the pipeline up to coreference (quotes and events are not needed to score linking). */
export function linkDocument(text: string, published: string): Doc {
  pipeline ??= new Pipeline(defaultComponents(defaultResources()), {
    disable: ['quotes', 'events'],
  });
  const doc = new Doc(text, { published: { value: published, source: 'given' } });
  pipeline.run(doc);
  return doc;
}
