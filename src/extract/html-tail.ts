import type { Block } from './html-text.js';
import { RELATED_CUES } from './vocabulary.js';

/** A heading over what follows a story: "Related", "More Great WIRED Stories", "Mehr zum Thema". */
const MORE_STORIES =
  /^(?:more|other|latest|recommended|popular|top)\b.{0,40}\b(?:stories|news|articles|reads|videos|posts)$/i;
const MAX_HEADING = 60;

export function isSectionEnd(text: string): boolean {
  if (text.length > MAX_HEADING) return false;
  const cue = RELATED_CUES.exec(text);
  if (cue && /^\W*$/.test(text.slice(cue[0].length))) return true;
  return MORE_STORIES.test(text);
}

/** A paragraph this long after such a heading is the story again (an inline box has ended). */
const STORY_PARAGRAPH = 200;

/**
 * The story without what follows its section-end headings, at block level:
 * 1. a heading that introduces other stories is dropped with the short blocks after it (teaser
 *    titles and summaries), up to the next long paragraph of the story;
 * 2. short unpunctuated lines left at the end are labels of what follows ("Tags", a date);
 *    list items and table cells may end a story bare.
 */
export function withoutTail(kept: readonly Block[]): Block[] {
  const out: Block[] = [];
  let skipping = false;
  for (const block of kept) {
    if (isSectionEnd(block.text)) skipping = true;
    else if (block.text.length >= STORY_PARAGRAPH) skipping = false;
    if (!skipping) out.push(block);
  }
  let end = out.length;
  while (end > 1 && isLabel(out[end - 1])) end--;
  return out.slice(0, end);
}

const SENTENCE_END = /[.!?…"'”’»)\]:。！？」）]$/u;
const BARE_ENDINGS = new Set(['li', 'td', 'th', 'dd', 'pre', 'blockquote']);

const isLabel = (block: Block | undefined) =>
  !!block &&
  !BARE_ENDINGS.has(block.tag) &&
  block.text.length < 80 &&
  !SENTENCE_END.test(block.text);
