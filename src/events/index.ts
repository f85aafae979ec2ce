import type { Component } from '../doc/pipeline.js';
import { sentencesOf } from '../nlp/entities/words.js';
import type { Knowledge } from '../nlp/knowledge/types.js';
import { indexAgents } from './agents.js';
import type { Codebook } from './codebook.js';
import { codeSentence } from './coder.js';
import { containsPhrase, type Discards, discardWords } from './dicts/discards.js';
import type { Agent } from './dicts/petrarch-agents.js';
import type { VerbPattern } from './patterns.js';
import { indexPatterns } from './triggers.js';

export interface EventCoderOptions {
  readonly codebook: Codebook;
  readonly patterns: readonly VerbPattern[];
  /** Its role nouns are the built-in agents ("the mayor of X" → X + GOV). */
  readonly knowledge?: Knowledge;
  /** A user's agents, tried before the built-in ones. */
  readonly agents?: readonly Agent[];
  readonly discards?: Discards;
  /**
   * CAMEO's conventions on top of the dictionary: a planned cooperative act is the intent to do it
   * ("will send aid" → 033), a cooperative act refused or not done is the refusal ("would not
   * provide support" → 121). Off when a user's dictionaries replace the built-in ones, whose codes
   * then stand as written.
   */
  readonly cameoConventions?: boolean;
}

function builtinAgents(knowledge: Knowledge | undefined): Agent[] {
  return (knowledge?.roleNouns ?? []).map((r) => ({
    words: r.words.split(' '),
    role: r.role,
    prefix: false,
  }));
}

/** CAMEO events from each sentence's actors and a verb-pattern dictionary. */
export function createEventCoder(options: EventCoderOptions): Component {
  const triggers = indexPatterns(options.patterns);
  const agents = indexAgents([...(options.agents ?? []), ...builtinAgents(options.knowledge)]);
  const discards = options.discards;
  return {
    name: 'events',
    requires: ['sentences', 'entities', 'times'],
    assigns: ['events'],
    run(doc) {
      if (discards && discards.story.length > 0) {
        if (containsPhrase(discardWords(doc.text), discards.story)) {
          doc.events = [];
          return;
        }
      }
      const context = {
        doc,
        codebook: options.codebook,
        triggers,
        agents,
        ...(options.knowledge ? { names: options.knowledge } : {}),
        discards,
        cameoConventions: options.cameoConventions !== false,
      };
      doc.events = sentencesOf(doc).flatMap((words) => codeSentence(context, words));
    },
  };
}
