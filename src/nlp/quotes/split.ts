import type { Doc } from '../../doc/doc.js';
import type { MarkedQuote } from './marks.js';
import { SPEECH_CUES } from './vocabulary.js';

/** A quote between marks, possibly in two parts around its attribution. */
export interface QuoteParts extends MarkedQuote {
  /** For `"We will," he said, "respond."`: the first part's closing and the second's opening mark. */
  readonly gap?: { readonly close: number; readonly open: number };
}

/** Longest attribution between two parts of a quote, in words: `," said X, head of Y, of Z. "`. */
const MAX_GAP_WORDS = 40;
/** The cue comes first in it: `she said of the election, in which …`. */
const MAX_CUE_POSITION = 9;
/** Or last, after a long name and appositive: `X, a writer for The Atlantic, said on Twitter.` */
const MAX_WORDS_AFTER_LAST_CUE = 3;

/**
 * `, he said, `, ` Merkley said. ` or `, said Rep. X (D-N.C.), head of the caucus. ` between two
 * parts of one quote in one paragraph: one attribution clause that opens with its cue and name.
 */
function isAttributionGap(doc: Doc, from: number, to: number): boolean {
  const gap = doc.text.slice(from, to).replace(/^'|'$/gu, '');
  if (gap.includes('\n') || !/[,.:]\s*$/u.test(gap)) return false;
  if (/(?<!\b\p{Lu}\p{Ll}{0,3})[.:!?]\s+\S/u.test(gap)) return false;
  const words = gap.toLowerCase().match(/[\p{L}'’-]+/gu) ?? [];
  const cues = words.filter((w) => SPEECH_CUES.has(w));
  const cueNear =
    words.slice(0, MAX_CUE_POSITION).some((w) => SPEECH_CUES.has(w)) ||
    words.slice(-MAX_WORDS_AFTER_LAST_CUE - 1).some((w) => SPEECH_CUES.has(w));
  // `," Trump said, adding later, "…`: a second cue opens a second attribution.
  const secondCue = cues.length > 1 && cues.slice(1).some((w) => w.endsWith('ing'));
  return words.length > 0 && words.length <= MAX_GAP_WORDS && cueNear && !secondCue;
}

/** Words after a closing mark that may hold the quote's own cue: `” added Rep. X`, `” he said`. */
const OWN_CUE_WORDS = 3;

/**
 * `“…,” said Rep. Moore. “…,” added Rep. Clyburn`: a second quote with a cue of its own right
 * after its closing mark is another speaker's, not the first one's second part.
 */
function hasOwnCue(doc: Doc, from: number): boolean {
  const after = doc.text.slice(from, from + 60).split('\n')[0] ?? '';
  const words = after.toLowerCase().match(/[\p{L}'’-]+/gu) ?? [];
  return words.slice(0, OWN_CUE_WORDS).some((w) => SPEECH_CUES.has(w));
}

/** Joins `"We will," he said, "respond."` and `"We will," he said. "Soon."` into one quote. */
export function joinSplitQuotes(doc: Doc, marked: readonly MarkedQuote[]): QuoteParts[] {
  const joined: QuoteParts[] = [];
  for (let i = 0; i < marked.length; i++) {
    const first = marked[i] as MarkedQuote;
    const second = marked[i + 1];
    const firstEndsOpen = /[,?!—–-]['’]?\s*$/u.test(doc.text.slice(first.open + 1, first.close));
    if (
      second &&
      firstEndsOpen &&
      isAttributionGap(doc, first.close + 1, second.open) &&
      !hasOwnCue(doc, second.close + 1)
    ) {
      joined.push({
        open: first.open,
        close: second.close,
        gap: { close: first.close, open: second.open },
      });
      i++;
    } else {
      joined.push(first);
    }
  }
  return joined;
}
