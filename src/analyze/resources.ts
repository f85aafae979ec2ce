import { dataPath } from '../doc/data-path.js';
import { type Codebook, loadCodebook } from '../events/codebook.js';
import { loadCompiledVerbs } from '../events/dicts/compiled-verbs.js';
import type { Discards } from '../events/dicts/discards.js';
import type { Agent } from '../events/dicts/petrarch-agents.js';
import { loadPatterns, type VerbPattern } from '../events/patterns.js';
import { defaultKnowledge } from '../nlp/knowledge/load.js';
import type { Knowledge } from '../nlp/knowledge/types.js';

/** Everything the pipeline loads from `data/`, loaded once per process. */
export interface Resources {
  readonly knowledge: Knowledge;
  readonly codebook: Codebook;
  readonly patterns: readonly VerbPattern[];
  /** A user's agent nouns and discards (`--agents`, `--discards`), when given. */
  readonly agents?: readonly Agent[];
  readonly discards?: Discards;
}

let cached: Resources | undefined;

export function defaultResources(): Resources {
  cached ??= {
    knowledge: defaultKnowledge(),
    codebook: loadCodebook(dataPath('cameo', 'event-codes.json')),
    // Our own patterns first: they are few and specific; then PETRARCH-2's CAMEO dictionary.
    patterns: [
      ...loadPatterns(dataPath('src', 'event-patterns.tsv')),
      ...loadCompiledVerbs(dataPath('events', 'cameo-verbs.json')),
    ],
  };
  return cached;
}
