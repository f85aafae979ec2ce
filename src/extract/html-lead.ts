import {
  classTokens,
  elements,
  type HtmlDocument,
  type HtmlElement,
  type HtmlNode,
  isElement,
  isText,
  parentElement,
  textOf,
} from './html-dom.js';
import { alternation, DROPPED_TAGS, LEAD_TOKENS, NOT_LEAD_TOKENS } from './vocabulary.js';

export interface Lead {
  element: HtmlElement;
  text: string;
  /** `marked`: named a lead by class, id or itemprop; `apart`: the paragraph under the headline. */
  kind: 'marked' | 'apart';
}

const MIN_LEAD = 40;
const MAX_LEAD = 800;
const MAX_APART = 400;
/** More marked leads than this on one page are a list of teasers, each with its summary. */
const MAX_MARKED = 2;

/**
 * The story's lead (standfirst), looked for on the whole page before furniture is removed (it
 * often sits in the article's `<header>` beside the headline):
 * 1. an element marked as one (`.lead`, `.standfirst`, `.summary`, `[itemprop=description]`, ...);
 * 2. else the paragraph right after the headline (`<h1>`), when it is short.
 * The caller decides whether an `apart` lead is set apart from the body it found.
 */
export function findLead(doc: HtmlDocument): Lead | null {
  const marked: HtmlElement[] = [];
  let h1: HtmlElement | null = null;
  for (const el of elements(doc)) {
    if (el.name === 'h1') h1 ??= el;
    if (isMarked(el)) marked.push(el);
  }
  const usable = marked.filter((el) => !inFurniture(el));
  if (usable.length > 0 && usable.length <= MAX_MARKED) {
    for (const el of usable) {
      const text = textOf(el);
      if (text.length >= MIN_LEAD && text.length <= MAX_LEAD && !linky(doc, el, text)) {
        return { element: el, text, kind: 'marked' };
      }
    }
  }
  const next = h1 ? nextElement(h1) : null;
  if (next?.name !== 'p' || inFurniture(next)) return null;
  const text = textOf(next);
  if (text.length < MIN_LEAD || text.length > MAX_APART || linky(doc, next, text)) return null;
  return { element: next, text, kind: 'apart' };
}

function isMarked(el: HtmlElement): boolean {
  if (el.name === 'meta' || el.name === 'h1' || DROPPED_TAGS.has(el.name)) return false;
  if (el.attribs.itemprop?.toLowerCase() === 'description') return true;
  if (!mayHoldLeadToken(el)) return false;
  const tokens = classTokens(el);
  return tokens.some((t) => LEAD_TOKENS.has(t)) && !tokens.some((t) => NOT_LEAD_TOKENS.has(t));
}

/**
 * A lead token among the element's class and id tokens needs one of the words in the class or the
 * id, in any case (tokens are cut from them lower-cased), or a character beyond ASCII (whose lower
 * case may be ASCII). Most elements have neither, and are passed by without splitting their class
 * names: pruning never asks them of most of the page, which it removes or passes over whole.
 */
const MAY_HOLD_LEAD = new RegExp(`${alternation(LEAD_TOKENS)}|[^\\x00-\\x7f]`, 'i');

function mayHoldLeadToken(el: HtmlElement): boolean {
  const { class: name, id } = el.attribs;
  return (
    (name !== undefined && MAY_HOLD_LEAD.test(name)) || (id !== undefined && MAY_HOLD_LEAD.test(id))
  );
}

/** Inside navigation, asides, footers or scripts; a `<header>` holds headline and lead alike. */
function inFurniture(el: HtmlElement): boolean {
  for (let up = parentElement(el); up; up = parentElement(up)) {
    if (up.name !== 'header' && DROPPED_TAGS.has(up.name)) return true;
  }
  return false;
}

function linky(doc: HtmlDocument, el: HtmlElement, text: string): boolean {
  let links = 0;
  for (const a of elements(doc, el)) if (a.name === 'a') links += textOf(a).length;
  return links > text.length * 0.3;
}

/** The next element sibling, skipping whitespace and comments. */
function nextElement(el: HtmlElement): HtmlElement | null {
  for (let node: HtmlNode | null = el.next; node; node = node.next) {
    if (isElement(node)) return node;
    if (isText(node) && node.data.trim() !== '') return null;
  }
  return null;
}
