/** What a page's JSON-LD says about its article: the first object that looks like one wins. */
export interface JsonLdArticle {
  headline: string | null;
  datePublished: string | null;
  author: string | null;
  publisher: string | null;
  description: string | null;
  articleBody: string | null;
}

const ARTICLE_TYPE = /article|posting|news|report|webpage/i;

export function readJsonLd(scripts: readonly string[]): JsonLdArticle {
  const found: JsonLdArticle = {
    headline: null,
    datePublished: null,
    author: null,
    publisher: null,
    description: null,
    articleBody: null,
  };
  for (const object of objects(scripts)) {
    const type = String(object['@type'] ?? '');
    if (!ARTICLE_TYPE.test(type) && !('datePublished' in object)) continue;
    found.headline ??= str(object.headline);
    found.datePublished ??= str(object.datePublished);
    found.author ??= names(object.author);
    found.publisher ??= names(object.publisher);
    found.description ??= str(object.description);
    found.articleBody ??= str(object.articleBody);
  }
  return found;
}

type Json = Record<string, unknown>;

/** All objects in the scripts, `@graph` members included, breadth first without recursion. */
function* objects(scripts: readonly string[]): Generator<Json> {
  const queue: unknown[] = [];
  for (const script of scripts) {
    try {
      queue.push(JSON.parse(script.trim()));
    } catch {
      // Broken JSON-LD is common; the page's other metadata still counts.
    }
  }
  for (let i = 0; i < queue.length && i < 1000; i++) {
    const item = queue[i];
    if (Array.isArray(item)) queue.push(...item);
    else if (item && typeof item === 'object') {
      const object = item as Json;
      yield object;
      if (object['@graph']) queue.push(object['@graph']);
      if (object.mainEntity) queue.push(object.mainEntity);
    }
  }
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

function names(value: unknown): string | null {
  const list = Array.isArray(value) ? value : [value];
  const out = list
    .map((v) => str(v) ?? (v && typeof v === 'object' ? str((v as Json).name) : null))
    .filter((v): v is string => v !== null && !/^https?:/.test(v));
  return out.length > 0 ? out.join(', ') : null;
}
