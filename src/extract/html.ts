import type { RelatedLink } from './article.js';
import {
  collapse,
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
    const gained = textLength(lenient.paragraphs) > 2 * textLength(story.paragraphs) + 100;
    if (gained) story = { ...lenient, related: story.related };
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
  const { removed, related } = prune(doc, meta.url, { lenient });
  const stats = measure(doc, removed);
  const best = bestContainer(doc, removed, stats);
  const lead = found && best && isSetApart(found, best) ? found : null;
  if (lead) removed.add(lead.element);
  const roots = best ? storyRoots(doc, best, removed, stats) : [];
  const kept: Block[] = [];
  for (const block of blocks(roots, removed)) {
    if (!isStory(block, meta.title) || bylineOf(block.text) !== null) continue;
    const line = classifyLine(block.text);
    if (line?.kind === 'related') related.push({ title: line.title, url: line.url });
    else if (line === null || isSectionEnd(block.text)) kept.push(block);
  }
  return { lead, paragraphs: withoutTail(kept).map((b) => b.text), related };
}

const textLength = (paragraphs: readonly string[]) => paragraphs.join(' ').length;

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
