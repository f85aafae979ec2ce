import type { RelatedLink } from './article.js';
import { classifyLine } from './lines.js';
import {
  bylineOf,
  endsLikeSentence,
  isDateLine,
  isHeadline,
  isSiteName,
  wordCount,
} from './plain-lines.js';

export interface PlainExtraction {
  title: string | null;
  standfirst: string | null;
  byline: string | null;
  paragraphs: string[];
  related: RelatedLink[];
}

const MAX_STANDFIRST = 320;

/**
 * A plain-text copy of a page to its story:
 * 1. lines to units (hard-wrapped blocks joined), furniture dropped, "Also Read" lines to `related`;
 * 2. before the first sentence-like unit: site names dropped, the first headline-like unit is the
 *    title, bylines and date lines go;
 * 3. right after the title, a short unit without final punctuation is the standfirst;
 * 4. the rest is body, minus a tail of short unpunctuated lines (menus, site names); with no
 *    body left, every unit is body.
 */
export function extractPlainText(text: string): PlainExtraction {
  const related: RelatedLink[] = [];
  const units: string[] = [];
  for (const unit of toUnits(text)) {
    const line = classifyLine(unit);
    if (line?.kind === 'related') related.push({ title: line.title, url: line.url });
    else if (line === null) units.push(unit);
  }
  let title: string | null = null;
  let byline: string | null = null;
  let i = 0;
  for (; i < units.length; i++) {
    const unit = units[i] as string;
    const next = units[i + 1];
    const by = bylineOf(unit);
    if (by) byline ??= by;
    else if (isDateLine(unit)) continue;
    else if (title === null && isHeadline(unit)) {
      if (isSiteName(unit) && next !== undefined && isHeadline(next)) continue;
      title = unit;
    } else if (title === null && isSiteName(unit) && !endsLikeSentence(unit)) continue;
    else break;
  }
  let standfirst: string | null = null;
  const candidate = units[i];
  const afterTitle = title !== null && candidate !== undefined && i + 1 < units.length;
  if (afterTitle && candidate.length <= MAX_STANDFIRST && !endsLikeSentence(candidate)) {
    if (wordCount(candidate) >= 4) [standfirst, i] = [candidate, i + 1];
  }
  const body = units.slice(i).filter((u) => !bylineOf(u));
  while (body.length > 1 && isTail(body.at(-1) as string)) body.pop();
  if (body.length === 0 && title !== null) {
    // A lone short text is a story, not a headline without one.
    return {
      title: null,
      standfirst: null,
      byline,
      paragraphs: units.filter((u) => !bylineOf(u)),
      related,
    };
  }
  return { title, standfirst, byline, paragraphs: body, related };
}

function isTail(unit: string): boolean {
  return !endsLikeSentence(unit) && wordCount(unit) < 8;
}

/** Lines to units: one per line, except hard-wrapped blocks (several long lines) become one. */
function toUnits(text: string): string[] {
  const units: string[] = [];
  for (const block of text.split(/\r?\n\s*\r?\n|\r\s*\r/)) {
    const lines = block
      .split(/\r?\n|\r/)
      .map((l) => l.trim())
      .filter((l) => l !== '');
    const wrapped =
      lines.length > 1 && lines.slice(0, -1).every((l) => l.length >= 50 && l.length <= 100);
    if (wrapped) units.push(lines.join(' '));
    else units.push(...lines);
  }
  return units;
}
