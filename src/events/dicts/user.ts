import { readFileSync } from 'node:fs';
import { NewsgraphError } from '../../doc/errors.js';
import {
  type ActorDictionary,
  conflictsAcrossFiles,
  parseActors,
} from '../../nlp/knowledge/actor-dictionary.js';
import type { Knowledge } from '../../nlp/knowledge/types.js';
import { extendKnowledge } from '../../nlp/knowledge/user-knowledge.js';
import type { Codebook } from '../codebook.js';
import type { EventCoderOptions } from '../index.js';
import { parsePatterns, type VerbPattern } from '../patterns.js';
import { type Discards, parseDiscards } from './discards.js';
import { type Agent, parseAgents } from './petrarch-agents.js';
import { parsePetrarchVerbs } from './petrarch-verbs.js';

/** The files behind `--verbs`, `--actors`, `--agents`, `--discards` (each repeatable), and `--replace-dicts`. */
export interface UserDictionaryFiles {
  readonly verbs?: readonly string[];
  readonly actors?: readonly string[];
  readonly agents?: readonly string[];
  readonly discards?: readonly string[];
  /** Skip (and report) malformed actor lines instead of failing: for upstream files with typos. */
  readonly lenient?: boolean;
  /** Replace the built-in dictionaries instead of extending them. */
  readonly replace?: boolean;
}

export interface UserDictionaries {
  readonly patterns: readonly VerbPattern[];
  readonly actors: readonly ActorDictionary[];
  readonly agents: readonly Agent[];
  readonly discards: Discards;
  readonly replace: boolean;
  /** Conflicting entries, `file:line: …`. */
  readonly warnings: readonly string[];
}

/** PETRARCH/TABARI verb blocks (`--- VERB [code] ---`), else newsgraph's tab-separated patterns. */
const PETRARCH_VERBS = /^---\s+\S.*\[[^\]]*\]\s*---\s*$/mu;

function read(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new NewsgraphError(
      'NG_E005',
      path,
      error instanceof Error ? error.message : String(error),
    );
  }
}

export function parseVerbs(source: string, file: string, warnings?: string[]): VerbPattern[] {
  return PETRARCH_VERBS.test(source)
    ? parsePetrarchVerbs(source, file, warnings)
    : parsePatterns(source, file);
}

/** Reads and parses the user's dictionary files; a bad line throws NG_E005 naming file:line. */
export function loadUserDictionaries(files: UserDictionaryFiles): UserDictionaries {
  const actors = (files.actors ?? []).map((f) =>
    parseActors(read(f), f, { lenient: files.lenient === true }),
  );
  const discards = (files.discards ?? []).map((f) => parseDiscards(read(f)));
  const skipped: string[] | undefined = files.lenient ? [] : undefined;
  return {
    patterns: (files.verbs ?? []).flatMap((f) => parseVerbs(read(f), f, skipped)),
    actors,
    agents: (files.agents ?? []).flatMap((f) => parseAgents(read(f), f, skipped)),
    discards: {
      sentence: discards.flatMap((d) => d.sentence),
      story: discards.flatMap((d) => d.story),
    },
    replace: files.replace === true,
    warnings: [
      ...actors.flatMap((a) => a.warnings),
      ...conflictsAcrossFiles(actors),
      ...(skipped ?? []),
    ],
  };
}

export interface CodingResources extends EventCoderOptions {
  readonly knowledge: Knowledge;
  readonly codebook: Codebook;
  readonly patterns: readonly VerbPattern[];
}

const EMPTY_KNOWLEDGE: Pick<Knowledge, 'lookup' | 'lookupKey' | 'peopleBySurname' | 'roleNouns'> = {
  lookup: () => [],
  lookupKey: () => [],
  peopleBySurname: () => [],
  roleNouns: [],
};

/**
 * Resources for an Analyzer that codes with the user's dictionaries: actors on top of the
 * knowledge lookup (coded as on `date`, ISO), user verb patterns before the built-in ones, user
 * agents before the built-in role nouns. With `replace`, the built-in names, patterns and agents
 * are left out. Pass the result as `new Analyzer({ resources })`.
 */
export function userResources(
  base: CodingResources,
  user: UserDictionaries,
  date: string | null,
): CodingResources {
  const knowledge = user.replace ? { ...base.knowledge, ...EMPTY_KNOWLEDGE } : base.knowledge;
  return {
    ...base,
    knowledge: user.actors.length > 0 ? extendKnowledge(knowledge, user.actors, date) : knowledge,
    patterns: user.replace ? user.patterns : [...user.patterns, ...base.patterns],
    agents: user.agents,
    discards: user.discards,
    cameoConventions: !user.replace,
  };
}
