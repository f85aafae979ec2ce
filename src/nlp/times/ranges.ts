import type { Found } from './mention.js';
import { alternation, FORWARD_CUES, SINCE_CUES, UNTIL_CUES } from './vocabulary.js';

const BOUND_CUE = new RegExp(`\\b(${alternation([...UNTIL_CUES, ...SINCE_CUES])})\\s+$`, 'i');
const SPAN_OPEN = /\b(?:from|between)\s+$/i;
const SPAN_JOIN = /^\s*(?:to|and|until|till|[-–])\s*$/i;
const BOUNDABLE = new Set(['date', 'shift', 'decade', 'weekday']);

/**
 * Joins cues that change a date's meaning into it: "until 2030" is a span ending in 2030, "from
 * 2019 to 2021" a span between them. A plain signal ("in", "during") stays outside the expression.
 * Expects `found` in text order without overlaps.
 */
export function joinRanges(text: string, found: readonly Found[]): Found[] {
  const out: Found[] = [];
  for (let i = 0; i < found.length; i++) {
    const f = found[i] as Found;
    const next = found[i + 1];
    const before = text.slice(Math.max(0, f.start - 12), f.start);
    const open = SPAN_OPEN.exec(before);
    if (
      f.type === 'DATE' &&
      next?.type === 'DATE' &&
      open &&
      SPAN_JOIN.test(text.slice(f.end, next.start))
    ) {
      out.push({
        start: f.start - open[0].length,
        end: next.end,
        type: 'DATE',
        mention: { kind: 'span', from: f.mention, to: next.mention },
      });
      i++;
      continue;
    }
    const cue = BOUND_CUE.exec(before);
    if (f.type === 'DATE' && cue && BOUNDABLE.has(f.mention.kind)) {
      const word = (cue[1] as string).toLowerCase();
      const kind = SINCE_CUES.includes(word) ? 'since' : 'until';
      out.push({
        ...f,
        start: f.start - cue[0].length,
        mention: { kind: 'bound', cue: kind, bound: f.mention },
      });
      continue;
    }
    out.push(f);
  }
  return out;
}

const FORWARD = new Set(FORWARD_CUES);

/** A forward cue, or a contracted "'ll" ("they'll"), which counts as the cue "'ll" would. */
const isForwardWord = (word: string): boolean =>
  FORWARD.has(word) || (word.endsWith("'ll") && FORWARD.has("'ll"));

/** Marks expressions with a forward-looking word among the six before them in their sentence. */
export function markForward(text: string, found: readonly Found[]): Found[] {
  return found.map((f) => {
    const before = text.slice(Math.max(0, f.start - 60), f.start);
    const clause = before.slice(
      Math.max(before.lastIndexOf('.'), before.lastIndexOf('\n'), before.lastIndexOf(';')) + 1,
    );
    const words = clause.toLowerCase().match(/[a-z']+/g) ?? [];
    const forward = words.slice(-6).some(isForwardWord);
    return forward ? { ...f, forward } : f;
  });
}
