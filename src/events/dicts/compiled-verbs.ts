import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { PatternToken, VerbPattern } from '../patterns.js';
import { type BlockPattern, type VerbBlock, verbPatterns } from './petrarch-verbs.js';

/**
 * Verb blocks as compact JSON (data/events/cameo-verbs.json): forms as space-joined words;
 * pattern tokens as `$` source, `+` target, `%` compound, `^` any word, else `a b|c` alternatives
 * (`_a b|c` where `_` joins them to the verb's side);
 * a pattern as `[code|null, paired|null, before, after, line]`.
 */
type CompiledPattern = [string | null, string | null, string[], string[], number];
interface CompiledBlock {
  readonly forms: string[];
  readonly patterns: CompiledPattern[];
}
export interface CompiledVerbs {
  readonly source: string;
  readonly blocks: CompiledBlock[];
}

const MARKERS: Readonly<Record<string, PatternToken['kind']>> = {
  $: 'source',
  '+': 'target',
  '%': 'compound',
  '^': 'skip',
};

/** A word slot joined to its neighbour on the verb's side (`PatternToken.tight`) starts with this. */
const TIGHT = '_';

function tokenText(t: PatternToken): string {
  if (t.kind !== 'words') return Object.keys(MARKERS).find((k) => MARKERS[k] === t.kind) ?? '^';
  return (t.tight ? TIGHT : '') + t.alternatives.map((a) => a.join(' ')).join('|');
}

function tokenOf(text: string): PatternToken {
  const marker = MARKERS[text];
  if (marker && marker !== 'words') return { kind: marker } as PatternToken;
  const tight = text.startsWith(TIGHT);
  const alternatives = (tight ? text.slice(1) : text).split('|').map((a) => a.split(' '));
  return { kind: 'words', alternatives, ...(tight ? { tight } : {}) };
}

export function compileVerbs(blocks: readonly VerbBlock[], source: string): CompiledVerbs {
  return {
    source,
    blocks: blocks.map((b) => ({
      forms: b.forms.map((f) => f.join(' ')),
      patterns: b.patterns.map((p) => [
        p.code,
        p.paired ?? null,
        p.before.map(tokenText),
        p.after.map(tokenText),
        p.line,
      ]),
    })),
  };
}

function blockOf(b: CompiledBlock): VerbBlock {
  return {
    forms: b.forms.map((f) => f.split(' ')),
    patterns: b.patterns.map(
      ([code, paired, before, after, line]): BlockPattern => ({
        code,
        ...(paired ? { paired } : {}),
        before: before.map(tokenOf),
        after: after.map(tokenOf),
        line,
      }),
    ),
  };
}

export function loadCompiledVerbs(path: string): VerbPattern[] {
  const compiled = JSON.parse(readFileSync(path, 'utf8')) as CompiledVerbs;
  return verbPatterns(
    compiled.blocks.map(blockOf),
    basename(compiled.source.split(' ')[0] ?? path),
  );
}
