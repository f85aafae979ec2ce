import { type Handler, Parser } from 'htmlparser2';
import { SkippingTokenizer } from './html-tokenizer.js';

/**
 * The document tree htmlparser2's parser is turned into: the tree its `DomHandler` builds (same
 * nodes, same text merging), but of plain objects. DomHandler's class instances, four classes deep
 * with field initialisers, made building the tree the largest single cost of extraction.
 */
interface Links {
  parent: HtmlParent | null;
  prev: HtmlNode | null;
  next: HtmlNode | null;
}

export interface HtmlElement extends Links {
  type: 'tag' | 'script' | 'style';
  name: string;
  attribs: Record<string, string>;
  children: HtmlNode[];
  /** `classTokens` of the element, kept on first use: pruning, scoring and the lead search ask alike. */
  tokens: readonly string[] | null;
  /** Position among the document's elements in the order they opened, from 0: a key for arrays. */
  index: number;
  /** The `index` after its last descendant's: its subtree is the document's elements from `index` to this. */
  end: number;
}

export interface HtmlText extends Links {
  type: 'text';
  data: string;
  /** `collapsedLength(data)`, kept on first use (-1 before): every measure of the tree asks it. */
  size: number;
}

export interface HtmlComment extends Links {
  type: 'comment';
  data: string;
}

/** `<!doctype …>` and `<?…>`: `name` and `data` as htmlparser2 reports them. */
export interface HtmlDirective extends Links {
  type: 'directive';
  name: string;
  data: string;
}

export interface HtmlCdata extends Links {
  type: 'cdata';
  children: HtmlNode[];
}

export interface HtmlDocument {
  type: 'root';
  children: HtmlNode[];
  /** How many elements the document has (their `index`es run from 0 to this, exclusive). */
  elementCount: number;
  /** The elements in document order, which is the order they opened: by `index`. */
  elements: HtmlElement[];
  parent: null;
  prev: null;
  next: null;
}

export type HtmlNode = HtmlElement | HtmlText | HtmlComment | HtmlDirective | HtmlCdata;
type HtmlParent = HtmlDocument | HtmlElement | HtmlCdata;

const NO_ATTRIBUTES: Record<string, string> = Object.freeze({}) as Record<string, string>;

/**
 * Every node gets the same properties in the same order, so that the walks over the tree see one
 * object shape (V8 keeps their property loads monomorphic).
 */
function node(
  type: HtmlNode['type'] | 'root',
  name: string,
  attribs: Record<string, string>,
  children: HtmlNode[],
  data: string,
): Links {
  return {
    type,
    name,
    attribs,
    children,
    data,
    tokens: null,
    index: -1,
    end: -1,
    size: -1,
    parent: null,
    prev: null,
    next: null,
  } as Links;
}

/** The children of nodes that have none; never added to. */
const NO_CHILDREN: HtmlNode[] = [];

const textNode = (data: string) => node('text', '', NO_ATTRIBUTES, NO_CHILDREN, data) as HtmlText;

/**
 * Parses HTML (entities decoded, tag names lower-cased) into a document tree. `tokenizer` is for
 * the test that holds the skipping tokenizer to the stock one.
 */
export function parseTree(html: string, tokenizer = SkippingTokenizer): HtmlDocument {
  const builder = new TreeBuilder();
  const options = { decodeEntities: true, lowerCaseTags: true, Tokenizer: tokenizer };
  new Parser(builder, options).end(html);
  return builder.finish();
}

/** DomHandler's callbacks, minus the options and the streaming callback extraction never used. */
class TreeBuilder implements Partial<Handler> {
  readonly root = node('root', '', NO_ATTRIBUTES, [], '') as HtmlDocument;
  private readonly open: HtmlParent[] = [this.root];
  /** The text or comment node that text reported next is appended to. */
  private last: HtmlText | HtmlComment | null = null;
  private readonly elements: HtmlElement[] = [];

  onopentag(name: string, attribs: Record<string, string>): void {
    const type = name === 'script' ? 'script' : name === 'style' ? 'style' : 'tag';
    const element = node(type, name, attribs, [], '') as HtmlElement;
    element.index = this.elements.length;
    this.elements.push(element);
    this.add(element);
    this.open.push(element);
  }

  onclosetag(): void {
    this.last = null;
    const closed = this.open.pop();
    if (closed !== undefined && closed.type !== 'root' && closed.type !== 'cdata') {
      closed.end = this.elements.length;
    }
  }

  /** The document, once the parser has closed every element. */
  finish(): HtmlDocument {
    for (const parent of this.open)
      if (parent.type !== 'root' && parent.type !== 'cdata') parent.end = this.elements.length;
    this.root.elementCount = this.elements.length;
    this.root.elements = this.elements;
    return this.root;
  }

  ontext(data: string): void {
    const last = this.last;
    if (last !== null && last.type === 'text') {
      last.data += data;
      return;
    }
    const text = textNode(data);
    this.add(text);
    this.last = text;
  }

  oncomment(data: string): void {
    const last = this.last;
    if (last !== null && last.type === 'comment') {
      last.data += data;
      return;
    }
    const comment = node('comment', '', NO_ATTRIBUTES, NO_CHILDREN, data) as HtmlComment;
    this.add(comment);
    this.last = comment;
  }

  oncommentend(): void {
    this.last = null;
  }

  oncdatastart(): void {
    const text = textNode('');
    const cdata = node('cdata', '', NO_ATTRIBUTES, [text], '') as HtmlCdata;
    this.add(cdata);
    text.parent = cdata;
    this.last = text;
  }

  oncdataend(): void {
    this.last = null;
  }

  onprocessinginstruction(name: string, data: string): void {
    this.add(node('directive', name, NO_ATTRIBUTES, NO_CHILDREN, data) as HtmlDirective);
  }

  onerror(error: Error): void {
    throw error;
  }

  private add(child: HtmlNode): void {
    const parent = this.open[this.open.length - 1] ?? this.root;
    const siblings = parent.children;
    const previous = siblings[siblings.length - 1];
    siblings.push(child);
    if (previous !== undefined) {
      child.prev = previous;
      previous.next = child;
    }
    child.parent = parent;
    this.last = null;
  }
}
