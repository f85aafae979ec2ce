import {
  collapse,
  type HtmlElement,
  type HtmlNode,
  isElement,
  isText,
  type ReadonlyElementSet,
  textSize,
} from './html-dom.js';

/** Elements that start and end a paragraph of output. */
const BLOCK_TAGS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'blockquote',
  'pre',
  'table',
  'thead',
  'tbody',
  'tr',
  'td',
  'th',
  'figure',
  'br',
  'hr',
  'center',
  'details',
  'summary',
  'body',
  'caption',
  'picture',
]);

export interface Block {
  text: string;
  tag: string;
  /** Share of the text inside links. */
  linkDensity: number;
}

/**
 * The text under `roots` as paragraphs: each block element (and `<br>`) ends the paragraph being
 * collected; whitespace is collapsed. Iterative, with an explicit enter/leave stack.
 */
export function blocks(roots: readonly HtmlElement[], removed: ReadonlyElementSet): Block[] {
  const out: Block[] = [];
  let parts: string[] = [];
  let linkChars = 0;
  const open: string[] = ['p'];
  let inLink = 0;
  const flush = () => {
    const text = collapse(parts.join(''));
    if (text !== '')
      out.push({
        text,
        tag: open.at(-1) ?? 'p',
        linkDensity: Math.min(1, linkChars / text.length),
      });
    parts = [];
    linkChars = 0;
  };
  const stack: { node: HtmlNode; leave: boolean }[] = [];
  for (let i = roots.length - 1; i >= 0; i--) {
    const root = roots[i];
    if (root) stack.push({ node: root, leave: false });
  }
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const { node, leave } = item;
    if (isText(node)) {
      parts.push(node.data);
      if (inLink > 0) linkChars += textSize(node);
      continue;
    }
    if (!isElement(node) || removed.has(node)) continue;
    const block = BLOCK_TAGS.has(node.name);
    if (leave) {
      if (node.name === 'a') inLink--;
      if (block) {
        flush();
        open.pop();
      }
      continue;
    }
    if (block) {
      flush();
      open.push(node.name);
    }
    if (node.name === 'a') inLink++;
    stack.push({ node, leave: true });
    for (let i = node.children.length - 1; i >= 0; i--) {
      const child = node.children[i];
      if (child) stack.push({ node: child, leave: false });
    }
  }
  flush();
  return out;
}
