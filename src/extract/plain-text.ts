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

/** A unit that reads as story prose: a sentence of some length. */
function isProse(unit: string): boolean {
  return endsLikeSentence(unit) && wordCount(unit) >= 6 && !bylineOf(unit);
}

function isStandfirst(unit: string): boolean {
  return unit.length <= MAX_STANDFIRST && !endsLikeSentence(unit) && wordCount(unit) >= 4;
}

interface Head {
  title: string | null;
  standfirst: string | null;
  byline: string | null;
}

/**
 * Reads the head of the story backwards from where its prose starts, so whatever comes before
 * the headline (site names, menus, section links) is left out without being recognised:
 * 1. bylines and date lines just before the prose are metadata;
 * 2. a short unpunctuated unit there is the standfirst when a headline stands before it;
 * 3. the headline-like unit before that is the title.
 */
function readHead(units: readonly string[], bodyStart: number): Head {
  let byline: string | null = null;
  let j = bodyStart - 1;
  const skipMetadata = () => {
    for (; j >= 0; j--) {
      const unit = units[j] as string;
      const by = bylineOf(unit);
      if (by) byline ??= by;
      else if (!isDateLine(unit)) break;
    }
  };
  // 1.
  skipMetadata();
  // 2.
  const last = units[j];
  if (last !== undefined && isStandfirst(last)) {
    const standfirstAt = j;
    j--;
    skipMetadata();
    const title = units[j];
    if (title !== undefined && isHeadline(title) && !isSiteName(title)) {
      return { title, standfirst: last, byline };
    }
    j = standfirstAt;
  }
  // 3.
  const title = units[j];
  if (title !== undefined && isHeadline(title)) return { title, standfirst: null, byline };
  return { title: null, standfirst: null, byline };
}

/**
 * A plain-text copy of a page to its story:
 * 1. lines to units (hard-wrapped blocks joined), furniture dropped, "Also Read" lines to `related`;
 * 2. the story's prose starts at the first sentence-like unit; its head (title, standfirst,
 *    byline) is read backwards from there, and what stands before the head is page furniture;
 * 3. the body runs from the prose to the end, minus a tail of short unpunctuated lines (menus,
 *    site names); a text with no sentence-like unit is all body.
 */
export function extractPlainText(text: string): PlainExtraction {
  const related: RelatedLink[] = [];
  const units: string[] = [];
  // 1.
  for (const unit of toUnits(text)) {
    const line = classifyLine(unit);
    if (line?.kind === 'related') related.push({ title: line.title, url: line.url });
    else if (line === null) units.push(unit);
  }
  // 2.
  const bodyStart = units.findIndex(isProse);
  if (bodyStart === -1) {
    return { title: null, standfirst: null, byline: null, paragraphs: units, related };
  }
  const head = readHead(units, bodyStart);
  // 3.
  const body = units.slice(bodyStart).filter((u) => !bylineOf(u));
  while (body.length > 1 && isTail(body.at(-1) as string)) body.pop();
  return { ...head, paragraphs: body, related };
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
