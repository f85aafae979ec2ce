import { ElementType, parseDocument } from 'htmlparser2';

/** Types taken from what htmlparser2 returns, so no undeclared package (domhandler) is imported. */
export type HtmlDocument = ReturnType<typeof parseDocument>;
export type HtmlNode = HtmlDocument['children'][number];
export type HtmlElement = Extract<HtmlNode, { attribs: Record<string, string> }>;

export function parseHtml(html: string): HtmlDocument {
  return parseDocument(html, { decodeEntities: true, lowerCaseTags: true });
}

export type HtmlText = Extract<HtmlNode, { type: ElementType.ElementType.Text }>;

export const isElement = (node: HtmlNode): node is HtmlElement => ElementType.isTag(node);
export const isText = (node: HtmlNode): node is HtmlText => node.type === ElementType.Text;

/** Every element in document order. Iterative: pages nest deeper than the call stack allows. */
export function* elements(root: HtmlDocument | HtmlElement): Generator<HtmlElement> {
  const stack: HtmlNode[] = [...root.children].reverse();
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (!isElement(node)) continue;
    yield node;
    for (let i = node.children.length - 1; i >= 0; i--) {
      const child = node.children[i];
      if (child) stack.push(child);
    }
  }
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

export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Class and id split into lower-case tokens: "articleShare-bar main_nav" → article, share, bar, main, nav. */
export function classTokens(el: HtmlElement, options?: { id?: boolean }): string[] {
  const id = (options?.id ?? true) ? (el.attribs.id ?? '') : '';
  const value = `${el.attribs.class ?? ''} ${id}`;
  if (value.trim() === '') return [];
  return value
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((t) => t !== '');
}

export function parentElement(el: HtmlElement): HtmlElement | null {
  const parent = el.parent;
  return parent && isElement(parent as HtmlNode) ? (parent as HtmlElement) : null;
}

/** Pre-order walk; `visit` returns false to skip an element's subtree. Iterative. */
export function walk(root: HtmlDocument | HtmlElement, visit: (el: HtmlElement) => boolean): void {
  const stack: HtmlNode[] = [...root.children].reverse();
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (!isElement(node) || !visit(node)) continue;
    for (let i = node.children.length - 1; i >= 0; i--) {
      const child = node.children[i];
      if (child) stack.push(child);
    }
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

/** Text and link length of every element under `root`, removed subtrees left out. */
export function measure(
  root: HtmlDocument,
  removed: ReadonlySet<HtmlElement>,
): Map<HtmlElement, TextStats> {
  const order: HtmlElement[] = [];
  walk(root, (el) => {
    if (removed.has(el)) return false;
    order.push(el);
    return true;
  });
  const stats = new Map<HtmlElement, TextStats>();
  for (let i = order.length - 1; i >= 0; i--) {
    const el = order[i] as HtmlElement;
    const own: TextStats = { text: 0, link: 0, para: 0 };
    for (const child of el.children) {
      const sub = isText(child)
        ? { text: collapse(child.data).length, link: 0 }
        : isElement(child)
          ? stats.get(child)
          : undefined;
      if (!sub) continue;
      own.text += sub.text;
      own.link += el.name === 'a' ? sub.text : sub.link;
      own.para += 'para' in sub ? sub.para : 0;
    }
    if (PARAGRAPHS.has(el.name)) own.para = own.link < own.text * 0.3 ? own.text : 0;
    stats.set(el, own);
  }
  return stats;
}
