import { canonicalUrl } from './canonical.js';
import { type FeedEntry, parseFeed } from './feed.js';
import type { PoliteFetcher } from './polite.js';
import type { RawDocument } from './raw-document.js';
import { errorItem, type SourceItem } from './source-item.js';

/** How many article fetches run ahead of the one being yielded (per-host limits still apply). */
const WINDOW = 4;
const MAX_INDEX_DEPTH = 3;

export interface FeedContext {
  fetcher: PoliteFetcher;
  /** Canonical URLs already fetched in this run, so a story listed twice is fetched once. */
  seenUrls: Set<string>;
}

function decode(raw: RawDocument): string {
  return new TextDecoder().decode(raw.bytes);
}

async function fetchEntry(entry: FeedEntry, context: FeedContext): Promise<SourceItem> {
  try {
    const raw = await context.fetcher.fetch(canonicalUrl(entry.url));
    return { kind: 'document', raw, ...(entry.published ? { published: entry.published } : {}) };
  } catch (error) {
    return errorItem(entry.url, error);
  }
}

/**
 * The articles a feed or sitemap lists, fetched through the polite fetcher, in the feed's
 * order, each with the feed's publication date; a sitemap index is followed to its sitemaps.
 * A feed that cannot be parsed gives one NG_E016 error.
 */
export async function* feedArticles(
  raw: RawDocument,
  context: FeedContext,
  depth = 0,
): AsyncGenerator<SourceItem> {
  let entries: FeedEntry[];
  let kind: string;
  try {
    ({ kind, entries } = parseFeed(decode(raw), raw.name, raw.url));
  } catch (error) {
    yield errorItem(raw.name, error);
    return;
  }
  if (kind === 'sitemapindex') {
    if (depth >= MAX_INDEX_DEPTH) return;
    for (const entry of entries) {
      try {
        yield* feedArticles(await context.fetcher.fetch(entry.url), context, depth + 1);
      } catch (error) {
        yield errorItem(entry.url, error);
      }
    }
    return;
  }
  const fresh = entries.filter((entry) => {
    const key = canonicalUrl(entry.url);
    if (context.seenUrls.has(key)) return false;
    context.seenUrls.add(key);
    return true;
  });
  const pending: Promise<SourceItem>[] = [];
  for (const entry of fresh) {
    pending.push(fetchEntry(entry, context));
    if (pending.length >= WINDOW) yield await (pending.shift() as Promise<SourceItem>);
  }
  while (pending.length > 0) yield await (pending.shift() as Promise<SourceItem>);
}
