import {
  type ElementStats,
  type HtmlDocument,
  type HtmlElement,
  parentElement,
  type ReadonlyElementSet,
  walk,
} from './html-dom.js';

/**
 * The containers that hold the story, in document order, none inside another:
 * 1. the best-scoring container;
 * 2. its siblings that read like story text (Readability's sibling rule);
 * 3. elements elsewhere with the container's exact tag and class, low in links: stories split by
 *    ad slots and promos into `<section class="article-section">` or `<div class="story-text">`
 *    parts in different rows of the layout.
 */
export function storyRoots(
  doc: HtmlDocument,
  best: HtmlElement,
  removed: ReadonlyElementSet,
  stats: ElementStats,
): HtmlElement[] {
  const chosen = new Set(withSiblings(best, removed, stats));
  const signature = best.attribs.class?.trim();
  const out: HtmlElement[] = [];
  walk(doc, (el) => {
    if (removed.has(el)) return false;
    if (chosen.has(el) || (signature && isKin(el, best, signature, stats))) {
      out.push(el);
      return false;
    }
    return true;
  });
  return out;
}

/** Minimum paragraph text of a part of a split story: an empty twin of the container is layout. */
const MIN_KIN_PARAGRAPHS = 50;

function isKin(
  el: HtmlElement,
  best: HtmlElement,
  signature: string,
  stats: ElementStats,
): boolean {
  if (el.name !== best.name || el.attribs.class?.trim() !== signature) return false;
  const s = stats.get(el);
  if (!s) return false;
  // Text straight in the parts (`<div class="section-text">text<br>text</div>`) counts too.
  const prose = Math.max(s.para, s.text - s.link);
  return prose >= MIN_KIN_PARAGRAPHS && s.link < s.text * 0.3;
}

/** Readability's sibling rule: neighbours of the container that are substantial, low-link text. */
function withSiblings(
  best: HtmlElement,
  removed: ReadonlyElementSet,
  stats: ElementStats,
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
