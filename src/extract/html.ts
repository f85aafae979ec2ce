import type { RelatedLink } from './article.js';
import { collapse, type HtmlElement, measure, parentElement, parseHtml } from './html-dom.js';
import { findLead, type Lead } from './html-lead.js';
import { type HtmlMeta, readHtmlMeta } from './html-meta.js';
import { prune } from './html-prune.js';
import { storyRoots } from './html-roots.js';
import { bestContainer } from './html-score.js';
import { type Block, blocks } from './html-text.js';
import { classifyLine } from './lines.js';

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
  const { removed, related } = prune(doc, meta.url);
  const stats = measure(doc, removed);
  const best = bestContainer(doc, removed, stats);
  const lead = found && best && isSetApart(found, best) ? found : null;
  if (lead) removed.add(lead.element);
  const roots = best ? storyRoots(doc, best, removed, stats) : [];
  const paragraphs: string[] = [];
  for (const block of blocks(roots, removed)) {
    if (!isStory(block, meta.title)) continue;
    const line = classifyLine(block.text);
    if (line?.kind === 'related') related.push({ title: line.title, url: line.url });
    else if (line === null) paragraphs.push(block.text);
  }
  const length = paragraphs.join(' ').length;
  const ld = (meta.ldBody ?? '')
    .split(/\r?\n/)
    .map(collapse)
    .filter((p) => p !== '');
  const body = ld.join(' ').length > 2 * length + 200 ? ld : paragraphs;
  return { ...meta, standfirst: lead?.text ?? meta.description, paragraphs: body, related };
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
