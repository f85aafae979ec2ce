import type { RelatedLink } from './article.js';
import {
  collapse,
  type HtmlElement,
  measure,
  parentElement,
  parseHtml,
  type TextStats,
} from './html-dom.js';
import { type HtmlMeta, readHtmlMeta } from './html-meta.js';
import { prune } from './html-prune.js';
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
 * 3. the best-scoring container, with its siblings that read like story text;
 * 4. its blocks, minus link lists, furniture lines and the headline itself;
 * 5. JSON-LD `articleBody` instead when it is much longer (pages rendered by scripts).
 */
export function extractHtml(html: string, pageUrl: string | null): HtmlExtraction {
  const doc = parseHtml(html);
  const meta = readHtmlMeta(doc, pageUrl);
  const { removed, related } = prune(doc, meta.url);
  const stats = measure(doc, removed);
  const best = bestContainer(doc, removed, stats);
  const roots = best ? withSiblings(best, removed, stats) : [];
  const paragraphs: string[] = [];
  for (const block of blocks(roots, removed)) {
    if (!isStory(block, meta.title)) continue;
    const line = classifyLine(block.text);
    if (line?.kind === 'related') related.push({ title: line.title, url: line.url });
    else if (line === null) paragraphs.push(block.text);
  }
  const found = paragraphs.join(' ').length;
  const ld = (meta.ldBody ?? '')
    .split(/\r?\n/)
    .map(collapse)
    .filter((p) => p !== '');
  const body = ld.join(' ').length > 2 * found + 200 ? ld : paragraphs;
  return { ...meta, standfirst: meta.description, paragraphs: body, related };
}

function isStory(block: Block, title: string | null): boolean {
  if (block.tag === 'h1' && title !== null && collapse(block.text) === title) return false;
  if (block.linkDensity > 0.5) return false;
  return !(block.linkDensity > 0.3 && block.text.length < 100);
}

/** Readability's sibling rule: neighbours of the container that are substantial, low-link text. */
function withSiblings(
  best: HtmlElement,
  removed: ReadonlySet<HtmlElement>,
  stats: ReadonlyMap<HtmlElement, TextStats>,
): HtmlElement[] {
  const parent = parentElement(best);
  if (!parent) return [best];
  const bestText = stats.get(best)?.text ?? 0;
  const out: HtmlElement[] = [];
  for (const node of parent.children) {
    if (node === best) {
      out.push(best);
      continue;
    }
    const el = node as HtmlElement;
    const s = stats.get(el);
    if (!s || removed.has(el)) continue;
    const density = s.link / Math.max(1, s.text);
    const paragraph = el.name === 'p' && s.text >= 80 && density < 0.25;
    if (paragraph || (s.text >= bestText * 0.25 && density < 0.2 && s.text >= 100)) out.push(el);
  }
  return out;
}
