import type { Doc } from '../../doc/doc.js';
import type { MarkedQuote } from './marks.js';
import { SPEECH_CUES } from './vocabulary.js';

/** A quote between marks, possibly in two parts around its attribution. */
export interface QuoteParts extends MarkedQuote {
  /** For `"We will," he said, "respond."`: the first part's closing and the second's opening mark. */
  readonly gap?: { readonly close: number; readonly open: number };
}

/**
 * `, he said, ` or ` Merkley said. ` between two parts of one quote in one paragraph: a few words
 * with a cue and nothing else.
 */
function isAttributionGap(doc: Doc, from: number, to: number): boolean {
  const gap = doc.text.slice(from, to).replace(/^'|'$/gu, '');
  if (gap.includes('\n') || !/[,.:]\s*$/u.test(gap)) return false;
  if (/(?<!\b\p{Lu}\p{Ll}{0,3})[.:!?]\s+\S/u.test(gap)) return false;
  const words = gap.toLowerCase().match(/[\p{L}'’-]+/gu) ?? [];
  return words.length > 0 && words.length <= 8 && words.some((w) => SPEECH_CUES.has(w));
}

/** Joins `"We will," he said, "respond."` and `"We will," he said. "Soon."` into one quote. */
export function joinSplitQuotes(doc: Doc, marked: readonly MarkedQuote[]): QuoteParts[] {
  const joined: QuoteParts[] = [];
  for (let i = 0; i < marked.length; i++) {
    const first = marked[i] as MarkedQuote;
    const second = marked[i + 1];
    const firstEndsOpen = /[,?!—–-]\s*$/u.test(doc.text.slice(first.open + 1, first.close));
    if (second && firstEndsOpen && isAttributionGap(doc, first.close + 1, second.open)) {
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
