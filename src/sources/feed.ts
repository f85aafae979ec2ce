import { Parser } from 'htmlparser2';
import { NewsgraphError } from '../doc/errors.js';

export type FeedKind = 'rss' | 'atom' | 'jsonfeed' | 'sitemap' | 'sitemapindex';

/** One article (or, in a sitemap index, one sitemap) a feed points to. */
export interface FeedEntry {
  url: string;
  /** ISO 8601 publication date when the feed gives one. */
  published: string | null;
  title: string | null;
}

export interface Feed {
  kind: FeedKind;
  entries: FeedEntry[];
}

const ROOTS: Record<string, FeedKind> = {
  rss: 'rss',
  rdf: 'rss',
  feed: 'atom',
  urlset: 'sitemap',
  sitemapindex: 'sitemapindex',
};
const ENTRY = new Set(['item', 'entry', 'url', 'sitemap']);
// Field names by local name: the first listed that is present wins.
const DATE_FIELDS = [
  'publication_date',
  'pubdate',
  'published',
  'date',
  'issued',
  'updated',
  'lastmod',
];
const URL_FIELDS = ['loc', 'link', 'guid'];

const localName = (name: string) => (name.split(':').pop() ?? name).toLowerCase();

/** True when the text starts like XML or a JSON Feed: what `parseFeed` should be tried on. */
export function looksLikeFeed(text: string): boolean {
  const head = text
    .replace(/^\uFEFF/u, '')
    .trimStart()
    .slice(0, 2048);
  if (head.startsWith('{')) return /jsonfeed\.org\/version/u.test(head);
  return (
    /^<\?xml|^<(?:[\w-]+:)?(?:rss|feed|urlset|sitemapindex|rdf)\b/iu.test(head) &&
    /<(?:[\w-]+:)?(?:rss|feed|urlset|sitemapindex|rdf)\b/iu.test(head)
  );
}

/** An ISO 8601 form of a feed's date (RFC 822 in RSS, W3C-DTF elsewhere); null if unreadable. */
export function feedDate(value: string | undefined): string | null {
  const text = value?.trim();
  if (!text) return null;
  if (/^\d{4}-\d{2}-\d{2}$/u.test(text)) return text;
  const time = Date.parse(text);
  return Number.isNaN(time) ? null : new Date(time).toISOString().replace('.000Z', 'Z');
}

function absolute(href: string | undefined, base: string | null): string | null {
  if (!href?.trim()) return null;
  try {
    return new URL(href.trim(), base ?? undefined).href;
  } catch {
    return null;
  }
}

/**
 * RSS 2.0 (and 1.0), Atom, JSON Feed, XML sitemaps, sitemap indexes and Google News sitemaps to
 * their entries, detected from the content; anything else is NG_E016 naming the input.
 */
export function parseFeed(text: string, name: string, baseUrl: string | null = null): Feed {
  const trimmed = text.replace(/^\uFEFF/u, '').trimStart();
  if (trimmed.startsWith('{')) return parseJsonFeed(trimmed, name, baseUrl);
  return parseXmlFeed(trimmed, name, baseUrl);
}

function parseJsonFeed(text: string, name: string, baseUrl: string | null): Feed {
  let value: { version?: unknown; items?: unknown };
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new NewsgraphError('NG_E016', name, `JSON: ${(error as Error).message}`);
  }
  if (typeof value.version !== 'string' || !Array.isArray(value.items)) {
    throw new NewsgraphError('NG_E016', name, 'JSON without a JSON Feed version and items');
  }
  const entries: FeedEntry[] = [];
  for (const item of value.items as Record<string, unknown>[]) {
    const href = typeof item.url === 'string' ? item.url : item.external_url;
    const url = absolute(typeof href === 'string' ? href : undefined, baseUrl);
    if (!url) continue;
    const date = item.date_published ?? item.date_modified;
    const title = typeof item.title === 'string' ? item.title : null;
    entries.push({ url, published: feedDate(typeof date === 'string' ? date : undefined), title });
  }
  return { kind: 'jsonfeed', entries };
}

function parseXmlFeed(text: string, name: string, baseUrl: string | null): Feed {
  let kind: FeedKind | null = null;
  let sawRoot = false;
  const entries: FeedEntry[] = [];
  const stack: string[] = [];
  let fields: Map<string, string> | null = null;
  let entryDepth = -1;
  let text_ = '';
  const parser = new Parser(
    {
      onopentag(tag, attributes) {
        const local = localName(tag);
        if (!sawRoot) {
          sawRoot = true;
          kind = ROOTS[local] ?? null;
        }
        stack.push(local);
        text_ = '';
        if (kind && ENTRY.has(local) && fields === null) {
          fields = new Map();
          entryDepth = stack.length;
        } else if (fields && local === 'link' && attributes.href) {
          const rel = attributes.rel ?? 'alternate';
          if (rel === 'alternate' && !fields.has('link')) fields.set('link', attributes.href);
        }
      },
      ontext(chunk) {
        text_ += chunk;
      },
      onclosetag() {
        const local = stack.pop() ?? '';
        if (fields && stack.length === entryDepth - 1) {
          const entry = toEntry(fields, baseUrl);
          if (entry) entries.push(entry);
          fields = null;
        } else if (fields && text_.trim() && !fields.has(local)) {
          // `loc` and `title` count only as the entry's own (or news:news's) children, not image:loc.
          const own = stack.length === entryDepth || stack.at(-1) === 'news';
          if (own || !['loc', 'link', 'title'].includes(local)) fields.set(local, text_.trim());
        }
        text_ = '';
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.end(text);
  if (!kind) {
    const what = sawRoot ? `root element is not a feed or sitemap` : 'not XML';
    throw new NewsgraphError('NG_E016', name, what);
  }
  return { kind, entries };
}

function toEntry(fields: Map<string, string>, baseUrl: string | null): FeedEntry | null {
  const href = URL_FIELDS.map((f) => fields.get(f)).find((v) => v && /^(?:https?:|\/)/u.test(v));
  const url = absolute(href, baseUrl);
  if (!url) return null;
  const date = DATE_FIELDS.map((f) => fields.get(f)).find(Boolean);
  return { url, published: feedDate(date), title: fields.get('title') ?? null };
}
