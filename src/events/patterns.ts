import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { CameoCode, Modality } from '../doc/types.js';

export type Frame = 'svo' | 'between';

/** A word slot of a PETRARCH pattern, or a marker: `$` source, `+` target, `%` compound, `^` any word. */
export type PatternToken =
  | {
      readonly kind: 'words';
      readonly alternatives: readonly (readonly string[])[];
      /**
       * Joined to its neighbour on the verb's side by `_` (`SHOW_NO_*`, `* NEW_&TIETYPES_RELATIONS`):
       * no other word may stand between them, where a space allows a few.
       */
      readonly tight?: boolean;
    }
  | { readonly kind: 'source' | 'target' | 'compound' | 'skip' };

export interface VerbPattern {
  readonly code: CameoCode;
  /** A pattern that matches but codes nothing (PETRARCH's `[---]`): it stops weaker patterns. */
  readonly silent?: boolean;
  /** Paired codes `[042:043]`: the code of the event from the target back to the source. */
  readonly paired?: CameoCode;
  /** `[:030]`: the event goes from the target back to the source ("received assurances from X"). */
  readonly reversed?: boolean;
  /** Words (and markers) that must stand before / after the trigger, in order, gaps allowed. */
  readonly before?: readonly PatternToken[];
  readonly after?: readonly PatternToken[];
  readonly frame: Frame;
  /** Each trigger is a sequence of lower-case words. */
  readonly triggers: readonly (readonly string[])[];
  /** One of these words must follow the trigger closely; empty = no condition. */
  readonly near: ReadonlySet<string>;
  readonly modality: Modality;
  /** Where the pattern comes from, for the event's `rule`: file name and line. */
  readonly file: string;
  readonly line: number;
  /**
   * The trigger must be a verb: a dictionary of verbs (PETRARCH's) does not code "a trade
   * agreement" as trading. Our own patterns also list nouns ("talks", "summit").
   */
  readonly verbOnly?: boolean;
}

const FRAMES: readonly Frame[] = ['svo', 'between'];
const MODALITIES: readonly Modality[] = [
  'asserted',
  'intended',
  'expected',
  'reported',
  'hypothetical',
];

function fail(file: string, line: number, why: string): never {
  throw new Error(`${file}:${line}: ${why}`);
}

function words(field: string, file: string, line: number): string[][] {
  const alternatives = field.split('|').map((alt) => alt.trim().toLowerCase());
  if (alternatives.some((alt) => alt === '')) fail(file, line, 'empty alternative in trigger list');
  return alternatives.map((alt) => alt.split(/\s+/u));
}

export function parsePatterns(source: string, file: string): VerbPattern[] {
  const patterns: VerbPattern[] = [];
  source.split('\n').forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '' || raw.startsWith('#')) return;
    const [code, frame, trigger, near, modality, ...rest] = raw.split('\t');
    if (!code || !frame || !trigger || !near || !modality || rest.length > 0) {
      fail(file, line, 'expected 5 tab-separated fields: code frame trigger near modality');
    }
    if (!/^\d{2,4}$/u.test(code)) fail(file, line, `bad CAMEO code ${code}`);
    if (!FRAMES.includes(frame as Frame)) fail(file, line, `unknown frame ${frame}`);
    if (!MODALITIES.includes(modality as Modality))
      fail(file, line, `unknown modality ${modality}`);
    const nearWords = near === '*' ? [] : words(near, file, line).map((w) => w.join(' '));
    patterns.push({
      code,
      frame: frame as Frame,
      triggers: words(trigger, file, line),
      near: new Set(nearWords),
      modality: modality as Modality,
      file: basename(file),
      line,
      verbOnly: frame === 'svo',
    });
  });
  return patterns;
}

export function loadPatterns(path: string): VerbPattern[] {
  return parsePatterns(readFileSync(path, 'utf8'), path);
}
