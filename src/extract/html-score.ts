import {
  classTokens,
  type ElementStats,
  type HtmlDocument,
  type HtmlElement,
  isElement,
  isText,
  parentElement,
  type ReadonlyElementSet,
  type TextStats,
  textSize,
  walk,
} from './html-dom.js';
import { CONTENT_TOKENS, INLINE_TAGS, namesFurniture } from './vocabulary.js';

const PARAGRAPH_TAGS = new Set(['p', 'pre', 'td', 'blockquote', 'dd', 'li']);
/** Elements whose own text (outside `<p>`) counts as a paragraph: `<div>text<br><br>text</div>`. */
const TEXT_HOLDERS = new Set(['div', 'section', 'article', 'main', 'td', 'font', 'center', 'body']);
const TAG_WEIGHT: Readonly<Record<string, number>> = {
  article: 10,
  main: 5,
  section: 3,
  div: 5,
  pre: 3,
  td: 3,
  blockquote: 3,
  form: -3,
  ol: -3,
  ul: -3,
  dl: -3,
  li: -3,
  table: -3,
  h1: -5,
  h2: -5,
  h3: -5,
  th: -5,
};

/**
 * The element that most likely holds the story, readability style: every paragraph with some text
 * scores its parent fully, its grandparent by half and its great-grandparent by a third; scores are
 * scaled down by link density. An `itemprop=articleBody` element with text wins outright.
 */
export function bestContainer(
  doc: HtmlDocument,
  removed: ReadonlyElementSet,
  stats: ElementStats,
): HtmlElement | null {
  const scores = new Map<HtmlElement, number>();
  let declared: HtmlElement | null = null;
  walk(doc, (el) => {
    if (removed.has(el)) return false;
    if (el.attribs.itemprop?.toLowerCase() === 'articlebody' && (stats.get(el)?.text ?? 0) >= 200) {
      declared ??= el;
    }
    const paragraph = PARAGRAPH_TAGS.has(el.name);
    if (!paragraph && !TEXT_HOLDERS.has(el.name)) return true;
    const length = paragraph ? (stats.get(el)?.text ?? 0) : directText(el, stats);
    if (length < 25) return true;
    const score = 1 + commas(el) + Math.min(Math.floor(length / 100), 3);
    let target: HtmlElement | null = paragraph ? parentElement(el) : el;
    for (let level = 1; target && level <= 3; level++, target = parentElement(target)) {
      scores.set(target, (scores.get(target) ?? initial(target)) + score / level);
    }
    return true;
  });
  if (declared) return declared;
  let best: HtmlElement | null = null;
  let bestScore = 0;
  for (const [el, score] of scores) {
    const s = stats.get(el) ?? { text: 0, link: 0 };
    const final = score * (1 - s.link / Math.max(1, s.text));
    if (final > bestScore) [best, bestScore] = [el, final];
  }
  return best ? climb(best, stats) : null;
}

/**
 * Stories split over several sections leave the best container holding only one of them: move up
 * to the highest ancestor that holds clearly more paragraph text at a link density still low; the
 * layout wrappers between them, which add nothing, are passed through.
 */
function climb(best: HtmlElement, stats: ElementStats): HtmlElement {
  let current = best;
  for (let parent = parentElement(best); parent; parent = parentElement(parent)) {
    const here = stats.get(current);
    const up = stats.get(parent);
    if (!here || !up || parent.name === 'body' || parent.name === 'html') break;
    if (up.link > up.text * 0.35) break;
    if (up.para >= here.para * 1.3 + 50 || addsStoryText(here, up)) current = parent;
  }
  return current;
}

/** An intro or a second part beside the container: a real paragraph's worth, with little else. */
function addsStoryText(here: TextStats, up: TextStats): boolean {
  const para = up.para - here.para;
  return para >= 400 && up.text - here.text <= para * 1.5 + 100;
}

function initial(el: HtmlElement): number {
  const tokens = classTokens(el);
  const good = tokens.some((t) => CONTENT_TOKENS.has(t)) ? 25 : 0;
  const bad = namesFurniture(tokens) ? 25 : 0;
  return (TAG_WEIGHT[el.name] ?? 0) + good - bad;
}

/** Text of an element outside its block children: `<div>text<br><span>more</span></div>`. */
function directText(el: HtmlElement, stats: ElementStats): number {
  let length = 0;
  for (const child of el.children) {
    if (isText(child)) length += textSize(child);
    else if (isElement(child) && INLINE_TAGS.has(child.name) && child.name !== 'a') {
      length += stats.get(child)?.text ?? 0;
    }
  }
  return length;
}

function commas(el: HtmlElement): number {
  let n = 0;
  for (const child of el.children) {
    if (isText(child)) n += (child.data.match(/[,，、]/g) ?? []).length;
  }
  return n;
}
