import type { RelatedLink } from './article.js';
import {
  classTokens,
  ElementSet,
  elements,
  type HtmlDocument,
  type HtmlElement,
  measure,
  textLength,
  textOf,
  walk,
} from './html-dom.js';
import {
  alternation,
  CONTENT_TOKENS,
  DROPPED_TAGS,
  FURNITURE_ROLES,
  INLINE_TAGS,
  namesFurniture,
  RELATED_TOKENS,
} from './vocabulary.js';

export interface Pruned {
  removed: ElementSet;
  related: RelatedLink[];
}

const NEVER_REMOVED = new Set(['html', 'body', 'main', 'article']);
/** Tokens that name other stories even beside a content token. */
const STRONG_RELATED = new Set(['related', 'recommended', 'recommendations']);
/** A heading's id is an anchor made from its words ("what-are-you-looking-forward-to-next"). */
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Whole class names that hide an element; `hidden` inside one ("field-label-hidden", "hidden-xs")
 * hides a label, or hides only on small screens. */
const HIDDEN_CLASSES = new Set([
  'hidden',
  'is-hidden',
  'd-none',
  'hide',
  'visually-hidden',
  'sr-only',
]);
/** Any of them in a class value, even as part of a name: most values hold none. */
const MAY_HIDE = new RegExp(alternation(HIDDEN_CLASSES));
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/**
 * Marks page furniture for removal (the tree is not changed):
 * 1. elements that never hold story text (script, nav, footer, ...) and hidden ones;
 * 2. containers whose class, id or role names furniture, unless they hold the page's story:
 *    a content token with some text, or half of the page's text at low link density.
 * `keep` names elements never removed (the story's container and its ancestors); what they
 * hold is pruned as usual.
 */
export function prune(
  doc: HtmlDocument,
  pageUrl: string | null,
  options?: { lenient?: boolean; keep?: ReadonlySet<HtmlElement> },
): Pruned {
  const removed = new ElementSet(doc.elementCount);
  const related: RelatedLink[] = [];
  const remove = (el: HtmlElement) => {
    if (classTokens(el).some((t) => RELATED_TOKENS.has(t)))
      related.push(...links(doc, el, pageUrl));
    removed.add(el);
    return false;
  };
  if (options?.lenient) {
    walk(doc, (el) => !isNeverText(el) || remove(el));
    return { removed, related: [] };
  }
  const keep = options?.keep;
  walk(doc, (el) => !isDropped(el) || keep?.has(el) || remove(el));
  const stats = measure(doc, removed);
  let pageText = 1;
  for (const s of stats.values()) pageText = Math.max(pageText, s.text);
  walk(doc, (el) => {
    if (removed.has(el)) return false;
    if (NEVER_REMOVED.has(el.name) || INLINE_TAGS.has(el.name) || keep?.has(el)) return true;
    if (el.attribs.itemprop?.toLowerCase() === 'articlebody') return true;
    const tokens = HEADINGS.has(el.name) ? classTokens(el, { id: false }) : classTokens(el);
    const role = el.attribs.role?.toLowerCase() ?? '';
    if (!FURNITURE_ROLES.has(role) && !namesFurniture(tokens)) return true;
    const s = stats.get(el) ?? { text: 0, link: 0 };
    const density = s.link / Math.max(1, s.text);
    // "related_post", "post-related": a list of other posts, however much text it holds.
    const related = tokens.some((t) => STRONG_RELATED.has(t));
    if (!related && tokens.some((t) => CONTENT_TOKENS.has(t)) && s.text >= 500) return true;
    if (s.text >= pageText * 0.5 && density < 0.5) return true;
    return remove(el);
  });
  return { removed, related: dedupe(related).slice(0, 20) };
}

/** Blogs put the post in `<noscript>` (and a script template); elsewhere it holds tracking pixels. */
const MIN_NOSCRIPT_TEXT = 500;
const MIN_FORM_TEXT = 2000;
const NEVER_TEXT_TAGS = new Set([
  'script',
  'style',
  'template',
  'svg',
  'iframe',
  'select',
  'option',
  'textarea',
  'button',
  'canvas',
  'video',
  'audio',
  'object',
  'embed',
  'map',
  'title',
  'nav',
  'rt',
  'rp',
]);

/**
 * The lenient pass, for pages whose story the full pruning removed (a post classed `tag-news`, a
 * story inside `<aside>` or `<header>`): only what never holds text goes.
 */
function isNeverText(el: HtmlElement): boolean {
  if (NEVER_TEXT_TAGS.has(el.name)) return true;
  return el.name === 'noscript' && textLength(el) < MIN_NOSCRIPT_TEXT;
}

function isDropped(el: HtmlElement): boolean {
  const a = el.attribs;
  if (DROPPED_TAGS.has(el.name)) return true;
  if (el.name === 'noscript') return textLength(el) < MIN_NOSCRIPT_TEXT;
  // ASP.NET pages wrap the whole page in one form; search and login forms are small.
  if (el.name === 'form') return textLength(el) < MIN_FORM_TEXT;
  if ('hidden' in a || a['aria-hidden'] === 'true') return true;
  if (a.class !== undefined && hasHiddenClass(a.class)) return true;
  return a.style !== undefined && HIDDEN_STYLE.test(a.style);
}

/** Whether a whole class name hides the element; most class values hold none of them even in part. */
function hasHiddenClass(value: string): boolean {
  if (!MAY_HIDE.test(value)) return false;
  return value.split(/\s+/).some((c) => HIDDEN_CLASSES.has(c));
}

function links(doc: HtmlDocument, container: HtmlElement, pageUrl: string | null): RelatedLink[] {
  const out: RelatedLink[] = [];
  for (const el of elements(doc, container)) {
    if (el.name !== 'a') continue;
    const title = textOf(el);
    if (title.length < 20 || title.split(' ').length < 4) continue;
    out.push({ title, url: absolute(el.attribs.href, pageUrl) });
  }
  return out;
}

function dedupe(list: RelatedLink[]): RelatedLink[] {
  const seen = new Set<string>();
  return list.filter((r) => !seen.has(r.title) && seen.add(r.title) !== undefined);
}

function absolute(href: string | undefined, base: string | null): string | null {
  if (!href || href.startsWith('javascript:') || href.startsWith('#')) return null;
  try {
    return new URL(href, base ?? undefined).href;
  } catch {
    return null;
  }
}
