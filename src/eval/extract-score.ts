/**
 * Scoring of main-text extraction by snippets, as in the extraction-dev README (trafilatura's 2026
 * protocol): whitespace-collapsed, case-sensitive substring matches, micro-averaged over pages.
 */
export interface SnippetCounts {
  tp: number;
  fn: number;
  fp: number;
  tn: number;
}

export interface SnippetScores {
  precision: number;
  recall: number;
  accuracy: number;
  f: number;
}

export const zeroCounts = (): SnippetCounts => ({ tp: 0, fn: 0, fp: 0, tn: 0 });

export const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Counts for one page; `output` null (crash or nothing extracted) finds no snippet. */
export function scorePage(
  output: string | null,
  withSnippets: readonly string[],
  withoutSnippets: readonly string[],
): SnippetCounts {
  const text = output === null ? '' : squash(output);
  const found = (snippet: string) => text !== '' && text.includes(squash(snippet));
  const tp = withSnippets.filter(found).length;
  const fp = withoutSnippets.filter(found).length;
  return { tp, fn: withSnippets.length - tp, fp, tn: withoutSnippets.length - fp };
}

export function addCounts(total: SnippetCounts, page: SnippetCounts): SnippetCounts {
  return {
    tp: total.tp + page.tp,
    fn: total.fn + page.fn,
    fp: total.fp + page.fp,
    tn: total.tn + page.tn,
  };
}

export function scores(c: SnippetCounts): SnippetScores {
  const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
  return {
    precision: ratio(c.tp, c.tp + c.fp),
    recall: ratio(c.tp, c.tp + c.fn),
    accuracy: ratio(c.tp + c.tn, c.tp + c.tn + c.fp + c.fn),
    f: ratio(2 * c.tp, 2 * c.tp + c.fp + c.fn),
  };
}
