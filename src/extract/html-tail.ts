import type { Block } from './html-text.js';
import {
  DISCLAIMER_PHRASES,
  PROMO_CALLS,
  PROMO_CHANNELS,
  RELATED_CUES,
  SECTION_END_LABELS,
} from './vocabulary.js';

/** A heading over what follows a story: "Related", "More Great WIRED Stories", "Mehr zum Thema". */
const MORE_STORIES =
  /^(?:more|other|latest|recommended|popular|top)\b.{0,40}\b(?:stories|news|articles|reads|videos|posts)$/i;
const MORE_STORIES_DE =
  /^(?:mehr|weitere|neueste|aktuelle|ähnliche|beliebte)\s.{0,40}(?:artikel|beiträge|themen|news|nachrichten|kolumnen|geschichten|stories|videos)\W*$/iu;
/** "Das könnte dich auch interessieren", "You may also like": anywhere in a short heading. */
const ALSO_INTERESTING =
  /(?:auch|ebenfalls) interessier|könnten? (?:dir|dich|ihnen|euch) (?:auch )?gefallen|\b(?:may|might) also (?:like|enjoy|interest)|te puede interesar|(?:pourrait|pourraient) (?:aussi |également )?vous intéresser|vous aimerez aussi|potrebbero interessarti/iu;
const MAX_HEADING = 60;
const MAX_INTEREST_HEADING = 80;
const HEADING_TAGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6', 'summary']);

/**
 * A heading that introduces other stories: a related cue alone ("Related:"), or leading a heading
 * or a label ("Mehr zu Wärmepumpe", "Lesen Sie auch die folgenden Beiträge:").
 */
export function isSectionEnd(text: string, tag?: string): boolean {
  if (text.length <= MAX_INTEREST_HEADING && ALSO_INTERESTING.test(text)) return true;
  if (text.length > MAX_HEADING) return false;
  const cue = RELATED_CUES.exec(text);
  const rest = cue ? text.slice(cue[0].length) : '';
  if (cue && /^\W*$/.test(rest)) return true;
  if (cue && (HEADING_TAGS.has(tag ?? '') || /:$/.test(text))) return true;
  return MORE_STORIES.test(text) || MORE_STORIES_DE.test(text);
}

/** "Kontakt:", "Weitere Informationen": a label that ends a story when no story paragraph follows
 * it; inside a story it heads a box, and the story goes on after it. */
const isTailLabel = (text: string): boolean =>
  text.length <= MAX_HEADING && SECTION_END_LABELS.has(text.toLowerCase().replace(/\s*:$/, ''));

/** A paragraph this long after such a heading is the story again (an inline box has ended). */
const STORY_PARAGRAPH = 200;

/**
 * The story without what follows its section-end headings, at block level:
 * 1. a heading that introduces other stories is dropped with the short blocks after it (teaser
 *    titles and summaries), up to the next long paragraph of the story; so is a label such as
 *    "Kontakt:" after the story's last long paragraph;
 * 2. short unpunctuated lines left at the end are labels of what follows ("Tags", a date);
 *    list items and table cells may end a story bare; closing calls to follow the site on a
 *    channel or subscribe to it go too ("Follow us on Twitter", "Únete a nuestro canal"), and so
 *    do disclaimers ("… gibt die Meinung des Autors wieder", "affiliate links").
 */
export function withoutTail(kept: readonly Block[]): Block[] {
  const out: Block[] = [];
  let skipping = false;
  const lastParagraph = kept.findLastIndex(isProse);
  for (const [i, block] of kept.entries()) {
    if (isSectionEnd(block.text, block.tag)) skipping = true;
    else if (i > lastParagraph && isTailLabel(block.text)) skipping = true;
    else if (block.text.length >= STORY_PARAGRAPH) skipping = false;
    if (!skipping) out.push(block);
  }
  let end = out.length;
  while (end > 1 && isClosingNote(out[end - 1])) end--;
  return out.slice(0, end);
}

/** A sentence or more of story: what a tail label must come after. */
const PROSE = 80;
const isProse = (block: Block): boolean =>
  block.text.length >= PROSE && SENTENCE_END.test(block.text);

const SENTENCE_END = /[.!?…"'“”‘’»)\]:。！？」）]$/u;
const BARE_ENDINGS = new Set(['li', 'td', 'th', 'dd', 'pre', 'blockquote']);

const isLabel = (block: Block | undefined) =>
  !!block &&
  !BARE_ENDINGS.has(block.tag) &&
  block.text.length < 80 &&
  !SENTENCE_END.test(block.text);

const MAX_PROMO = 300;
const MAX_DISCLAIMER = 500;

const isClosingNote = (block: Block | undefined): boolean =>
  isLabel(block) || isPromo(block) || isDisclaimer(block);

function isDisclaimer(block: Block | undefined): boolean {
  if (!block || block.text.length > MAX_DISCLAIMER) return false;
  const text = block.text.toLowerCase();
  for (const phrase of DISCLAIMER_PHRASES) if (text.includes(phrase)) return true;
  return false;
}

/** A short paragraph calling the reader to a channel: a call verb and a channel both named. */
function isPromo(block: Block | undefined): boolean {
  if (!block || block.text.length > MAX_PROMO) return false;
  const words = block.text.toLowerCase().split(/[^\p{L}]+/u);
  return words.some((w) => PROMO_CALLS.has(w)) && words.some((w) => PROMO_CHANNELS.has(w));
}
