import { looksLikeFeed } from './feed.js';
import { type FeedContext, feedArticles } from './feed-source.js';
import { readFileDocument, readStdinDocument } from './file.js';
import { expandPaths } from './glob.js';
import { openMaybeGzip } from './gzip.js';
import { jsonRecords, readJsonLines } from './json-records.js';
import type { PoliteFetcher } from './polite.js';
import type { RawDocument } from './raw-document.js';
import { errorItem, type SourceItem } from './source-item.js';
import { readWarc } from './warc.js';

export interface InputOptions {
  fetcher: PoliteFetcher;
}

const URL_INPUT = /^https?:\/\//iu;

function head(raw: RawDocument): string {
  return new TextDecoder().decode(raw.bytes.subarray(0, 4096));
}

const FEED_FILE = /\.(?:rss|atom|xml)(?:\.gz)?$/iu;
const FEED_TYPE = /^\s*(?:application|text)\/(?:rss\+xml|atom\+xml|feed\+json|xml)\b/iu;

/**
 * One page, or the articles it lists when it is a feed or sitemap: by content, or because it is
 * named or served as one (then content that is not a feed is NG_E016, not a page).
 */
async function* pageOrFeed(raw: RawDocument, context: FeedContext): AsyncGenerator<SourceItem> {
  const declared = FEED_FILE.test(raw.name) || FEED_TYPE.test(raw.headers['content-type'] ?? '');
  if (declared || looksLikeFeed(head(raw))) yield* feedArticles(raw, context);
  else yield { kind: 'document', raw };
}

async function* fileItems(path: string, context: FeedContext): AsyncGenerator<SourceItem> {
  if (/\.warc(?:\.gz)?$/iu.test(path)) {
    yield* readWarc(path);
    return;
  }
  if (/\.jsonl(?:\.gz)?$/iu.test(path)) {
    yield* readJsonLines(await openMaybeGzip(path), path);
    return;
  }
  const raw = await readFileDocument(path);
  if (/\.json(?:\.gz)?$/iu.test(path) && !looksLikeFeed(head(raw))) {
    yield* jsonRecords(new TextDecoder().decode(raw.bytes), path);
    return;
  }
  yield* pageOrFeed(raw, context);
}

/**
 * Every document the inputs hold, in order, as items that are pages or per-document errors:
 * `-` (stdin), URLs (fetched politely; a feed or sitemap is followed to its articles), files
 * (HTML, text, JSON, JSON Lines, WARC, each maybe gzipped; feeds and sitemaps detected by content),
 * folders (recursive) and globs. One input failing does not stop the others.
 */
export async function* readInputs(
  inputs: readonly string[],
  options: InputOptions,
): AsyncGenerator<SourceItem> {
  const context: FeedContext = { fetcher: options.fetcher, seenUrls: new Set() };
  for (const input of inputs) {
    try {
      if (input === '-') yield* pageOrFeed(await readStdinDocument(), context);
      else if (URL_INPUT.test(input))
        yield* pageOrFeed(await options.fetcher.fetch(input), context);
      else {
        for (const path of await expandPaths([input])) {
          try {
            yield* fileItems(path, context);
          } catch (error) {
            yield errorItem(path, error);
          }
        }
      }
    } catch (error) {
      yield errorItem(input, error);
    }
  }
}
