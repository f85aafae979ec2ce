import type { RelatedLink } from './article.js';
import {
  collapse,
  type ElementSet,
  type ElementStats,
  type HtmlDocument,
  type HtmlElement,
  measure,
  parentElement,
  parseHtml,
} from './html-dom.js';
import { findLead, type Lead } from './html-lead.js';
import { type HtmlMeta, readHtmlMeta } from './html-meta.js';
import { prune } from './html-prune.js';
import { storyRoots } from './html-roots.js';
import { bestContainer } from './html-score.js';
import { isSectionEnd, withoutTail } from './html-tail.js';
import { type Block, blocks } from './html-text.js';
import { classifyLine } from './lines.js';
import { bylineOf } from './plain-lines.js';

export interface HtmlExtraction extends HtmlMeta {
  standfirst: string | null;
  paragraphs: string[];
  related: RelatedLink[];
}

/**
 * An HTML page to its story:
 * 1. metadata from the whole page (head, JSON-LD, headings, URL);
 * 2. page furniture marked for removal (tags, hidden elements, class/id/role vocabulary);
 * 3. the best-scoring container, with its siblings that read like story text and the other parts
 *    of a story split by ads (`storyRoots`);
 * 4. the lead (standfirst) taken apart from the body when it is marked as one, or is the paragraph
 *    under the headline outside the body's container; else the page's description;
 * 5. the blocks, minus link lists, furniture lines and the headline itself;
 * 6. JSON-LD `articleBody` instead when it is much longer (pages rendered by scripts).
 */
export function extractHtml(html: string, pageUrl: string | null): HtmlExtraction {
  const doc = parseHtml(html);
  const meta = readHtmlMeta(doc, pageUrl);
  const found = findLead(doc);
  let story = storyOf(doc, meta, found, false);
  if (textLength(story.paragraphs) < SHORT_STORY) {
    const lenient = storyOf(doc, meta, found, true);
    if (lenientGains(story.paragraphs, lenient.paragraphs)) {
      story = { ...lenient, related: story.related };
    }
  }
  const ld = (meta.ldBody ?? '')
    .split(/\r?\n/)
    .map(collapse)
    .filter((p) => p !== '');
  const length = textLength(story.paragraphs);
  const body = textLength(ld) > 2 * length + 200 ? ld : story.paragraphs;
  const standfirst = story.lead?.text ?? meta.description;
  return { ...meta, standfirst, paragraphs: body, related: story.related };
}

/** Below this many characters the story may have been pruned away: a lenient pass is tried. */
const SHORT_STORY = 1000;

interface Story {
  lead: Lead | null;
  paragraphs: string[];
  related: RelatedLink[];
}

function storyOf(doc: HtmlDocument, meta: HtmlMeta, found: Lead | null, lenient: boolean): Story {
  const pruned = prune(doc, meta.url, { lenient });
  const related = pruned.related;
  let { removed } = pruned;
  let stats = measure(doc, removed);
  const best = bestContainer(doc, removed, stats);
  if (lenient && best) [removed, stats] = furnitureBelow(doc, meta, best, removed, stats);
  const lead = found && best && isSetApart(found, best) ? found : null;
  if (lead) removed.add(lead.element);
  const roots = best ? storyRoots(doc, best, removed, stats) : [];
  const kept: Block[] = [];
  for (const block of blocks(roots, removed)) {
    if (!isStory(block, meta.title) || bylineOf(block.text) !== null) continue;
    const line = classifyLine(block.text);
    if (line?.kind === 'related') related.push({ title: line.title, url: line.url });
    else if (line === null || isSectionEnd(block.text, block.tag)) kept.push(block);
  }
  return { lead, paragraphs: withoutTail(kept).map((b) => b.text), related };
}

/**
 * The lenient pass's container with the furniture inside it removed again (related posts, a meta
 * line, a comment form): the full pruning, except of the container and its ancestors. When that removes most of its text, the story itself was in the furniture, and the
 * lenient removal stays.
 */
function furnitureBelow(
  doc: HtmlDocument,
  meta: HtmlMeta,
  best: HtmlElement,
  removed: ElementSet,
  stats: ElementStats,
): [ElementSet, ElementStats] {
  const path = new Set<HtmlElement>();
  for (let el: HtmlElement | null = best; el; el = parentElement(el)) path.add(el);
  const narrowed = prune(doc, meta.url, { keep: path }).removed;
  const narrowedStats = measure(doc, narrowed);
  const kept = narrowedStats.get(best)?.text ?? 0;
  return kept >= KEPT_BELOW * (stats.get(best)?.text ?? 0)
    ? [narrowed, narrowedStats]
    : [removed, stats];
}

/** Share of the lenient container's text that must survive the furniture rules inside it. */
const KEPT_BELOW = 0.5;

/** `paragraphs.join(' ').length`, without the joining. */
function textLength(paragraphs: readonly string[]): number {
  let length = Math.max(0, paragraphs.length - 1);
  for (const p of paragraphs) length += p.length;
  return length;
}

/** A strict story this long that opens the lenient one is a short post, not a pruned one. */
const SHORT_POST = 150;
/** Text allowed before it; past this growth factor the lenient pass found the real story. */
const SHORT_POST_LEAD = 100;
const SHORT_POST_GROWTH = 10;

/**
 * Whether the lenient pass found the story the strict one pruned away. It must add text; and when
 * the strict story (a short post) opens the lenient one, what it adds after it is the comments,
 * sidebar and footer the strict pass rightly removed, unless it is many times the post.
 */
function lenientGains(strict: readonly string[], lenient: readonly string[]): boolean {
  const before = textLength(strict);
  const after = textLength(lenient);
  if (after <= 2 * before + 100) return false;
  if (before < SHORT_POST || after >= SHORT_POST_GROWTH * before) return true;
  const start = lenient.indexOf(strict[0] ?? '');
  return start < 0 || textLength(lenient.slice(0, start)) > SHORT_POST_LEAD;
}

/** A marked lead that is not the body's container itself; an unmarked one outside it. */
function isSetApart(lead: Lead, best: HtmlElement): boolean {
  if (contains(lead.element, best)) return false;
  return lead.kind === 'marked' || !contains(best, lead.element);
}

function contains(outer: HtmlElement, inner: HtmlElement): boolean {
  for (let el: HtmlElement | null = inner; el; el = parentElement(el))
    if (el === outer) return true;
  return false;
}

function isStory(block: Block, title: string | null): boolean {
  if (block.tag === 'h1' && title !== null && collapse(block.text) === title) return false;
  if (block.linkDensity > 0.5) return false;
  return !(block.linkDensity > 0.3 && block.text.length < 100);
}
