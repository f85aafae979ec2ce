import { splitClassTokens } from './class-tokens.js';
import {
  type HtmlDocument,
  type HtmlElement,
  type HtmlNode,
  type HtmlText,
  parseTree,
} from './html-tree.js';
import { collapsedLength } from './whitespace.js';

export type { HtmlDocument, HtmlElement, HtmlNode, HtmlText } from './html-tree.js';

export function parseHtml(html: string): HtmlDocument {
  return parseTree(html);
}

export const isElement = (node: HtmlNode): node is HtmlElement =>
  node.type === 'tag' || node.type === 'script' || node.type === 'style';
export const isText = (node: HtmlNode): node is HtmlText => node.type === 'text';

/**
 * Every element of the document in document order, or, with `under`, every element below that
 * one: its subtree is a stretch of the document's list, from its `index` to its `end`.
 */
export function elements(doc: HtmlDocument, under?: HtmlElement): readonly HtmlElement[] {
  return under === undefined ? doc.elements : doc.elements.slice(under.index + 1, under.end);
}

/** Text of an element with whitespace collapsed; `skip` prunes subtrees. */
export function textOf(root: HtmlElement, skip?: (el: HtmlElement) => boolean): string {
  const parts: string[] = [];
  const stack: HtmlNode[] = [root];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (isText(node)) parts.push(node.data);
    else if (isElement(node) && !skip?.(node)) {
      for (let i = node.children.length - 1; i >= 0; i--) {
        const child = node.children[i];
        if (child) stack.push(child);
      }
    }
  }
  return collapse(parts.join(' '));
}

/**
 * `textOf(root).length` without the text: collapsed, the text is its text nodes' collapsed texts
 * that are not empty, one space apart, and their lengths are kept on the nodes.
 */
export function textLength(root: HtmlElement): number {
  let length = 0;
  let parts = 0;
  const stack: HtmlNode[] = [root];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (isText(node)) {
      const size = textSize(node);
      if (size > 0) {
        length += size;
        parts++;
      }
    } else if (isElement(node)) {
      for (const child of node.children) stack.push(child);
    }
  }
  return length + Math.max(0, parts - 1);
}

/** The text's length once whitespace is collapsed, kept on the node. */
export function textSize(node: HtmlText): number {
  if (node.size < 0) node.size = collapsedLength(node.data);
  return node.size;
}

/** Whitespace runs to one space, none at either end: `text.replace(/\s+/g, ' ').trim()`. */
export function collapse(text: string): string {
  return text.replace(EXTRA_SPACE, ' ').trim();
}

/**
 * The runs of whitespace that are more than one space: two characters or more, or one that is not
 * a space. Matching every run, as `/\s+/g` did, replaced each space between a paragraph's words by
 * a space; leaving those alone halved the time collapsing took.
 */
const EXTRA_SPACE = /\s{2,}|[^\S ]/g;

/** Class and id split into lower-case tokens: "articleShare-bar main_nav" → article, share, bar, main, nav. */
export function classTokens(el: HtmlElement, options?: { id?: boolean }): readonly string[] {
  const withId = options?.id ?? true;
  if (withId && el.tokens !== null) return el.tokens;
  const name = el.attribs.class;
  const id = withId ? el.attribs.id : undefined;
  const tokens =
    id === undefined
      ? name === undefined
        ? NO_TOKENS
        : splitClassTokens(name)
      : splitClassTokens(name === undefined ? id : `${name} ${id}`);
  if (withId) el.tokens = tokens;
  return tokens;
}

const NO_TOKENS: readonly string[] = [];

export function parentElement(el: HtmlElement): HtmlElement | null {
  const parent = el.parent;
  return parent !== null && parent.type !== 'root' && isElement(parent) ? parent : null;
}

/**
 * Pre-order walk over the document's elements; `visit` returns false to skip an element's subtree.
 * A pass over the document's list, which jumps past a skipped subtree to its `end`.
 */
export function walk(doc: HtmlDocument, visit: (el: HtmlElement) => boolean): void {
  const all = doc.elements;
  for (let i = 0; i < all.length; ) {
    const el = all[i] as HtmlElement;
    i = visit(el) ? i + 1 : el.end;
  }
}

export interface TextStats {
  /** Characters of text, whitespace runs counted as one. */
  text: number;
  /** Of which inside links. */
  link: number;
  /** Text of paragraphs (p, pre, blockquote) that are not mostly links. */
  para: number;
}

const PARAGRAPHS = new Set(['p', 'pre', 'blockquote']);

/**
 * `TextStats` by element, in an array by the element's `index`: measuring sets one for every
 * element, and the scoring reads them back many times, which a Map's hashing made slow.
 */
export class ElementStats {
  private readonly byIndex: (TextStats | undefined)[];

  constructor(elementCount: number) {
    this.byIndex = new Array<TextStats | undefined>(elementCount);
  }

  get(el: HtmlElement): TextStats | undefined {
    return this.byIndex[el.index];
  }

  set(el: HtmlElement, stats: TextStats): void {
    this.byIndex[el.index] = stats;
  }

  /** The stats of the elements measured, in no particular order. */
  *values(): Generator<TextStats> {
    for (const stats of this.byIndex) if (stats !== undefined) yield stats;
  }
}

/** A set of one document's elements, as a flag by element `index` (hashing elements was a cost). */
export class ElementSet {
  private readonly flags: Uint8Array;

  constructor(elementCount: number) {
    this.flags = new Uint8Array(elementCount);
  }

  has(el: HtmlElement): boolean {
    return this.flags[el.index] === 1;
  }

  add(el: HtmlElement): this {
    this.flags[el.index] = 1;
    return this;
  }
}

export type ReadonlyElementSet = Pick<ElementSet, 'has'>;

/** Text and link length of every element under `root`, removed subtrees left out. */
export function measure(root: HtmlDocument, removed: ReadonlyElementSet): ElementStats {
  const order: HtmlElement[] = [];
  walk(root, (el) => {
    if (removed.has(el)) return false;
    order.push(el);
    return true;
  });
  const stats = new ElementStats(root.elementCount);
  for (let i = order.length - 1; i >= 0; i--) {
    const el = order[i] as HtmlElement;
    const inLink = el.name === 'a';
    let text = 0;
    let link = 0;
    let para = 0;
    for (const child of el.children) {
      if (child.type === 'text') {
        const length = textSize(child);
        text += length;
        if (inLink) link += length;
      } else if (isElement(child)) {
        const sub = stats.get(child);
        if (sub === undefined) continue;
        text += sub.text;
        link += inLink ? sub.text : sub.link;
        para += sub.para;
      }
    }
    if (PARAGRAPHS.has(el.name)) para = link < text * 0.3 ? text : 0;
    stats.set(el, { text, link, para });
  }
  return stats;
}
